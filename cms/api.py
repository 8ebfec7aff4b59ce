"""The headless API: every endpoint is registered here and mounted at /api/.

- ``/api/v2/``: Wagtail's API v2 (pages, images, documents, page_preview),
  public content only, with every query parameter checked by a form first.
- ``/api/v3/``: Wagtail 8's API v3 (django-ninja), with its OpenAPI schema at
  ``/api/v3/openapi.json`` and interactive docs at ``/api/v3/docs/``.

Errors are JSON with a ``message`` in the request's language (chosen from
``Accept-Language``) and, for bad parameters, ``errors`` keyed by parameter.
"""

import json
import operator
import re
from datetime import timedelta
from functools import reduce, wraps

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signing import BadSignature
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.urls import path, re_path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import APISettings
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    LocaleFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import (
    BadRequestError,
    page_models_from_string,
    parse_fields_parameter,
)
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.v3.errors import PROBLEM_JSON, problem_response
from wagtail.api.v3.urls import api as api_v3
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from search.api import LocaleSearchFilter
from sessions.api import (
    ParentField,
    SessionFilterForm,
    TranslationsField,
    prefetch_for_api,
    public_documents,
    restricted_collections,
    select_related_for_api,
)
from sessions.models import InformationSessionPage

# A preview link works for as long as the package keeps the draft it shows.
PREVIEW_TOKEN_MAX_AGE = timedelta(days=1)
ORDERABLE_FIELDS = {"id", "title", "slug", "first_published_at"}
SESSION_ORDERABLE_FIELDS = {"start", "end", "number"}


class AcceptHeaderNegotiation(DefaultContentNegotiation):
    """Pick the renderer from the Accept header only: ``format`` filters sessions."""

    settings = APISettings({"URL_FORMAT_OVERRIDE": None})


class QueryForm(forms.Form):
    """The query parameters every endpoint understands."""

    limit = forms.IntegerField(
        min_value=0, max_value=settings.WAGTAILAPI_LIMIT_MAX, required=False
    )
    offset = forms.IntegerField(min_value=0, max_value=10**6, required=False)
    fields = forms.CharField(max_length=500, required=False)
    order = forms.CharField(max_length=200, required=False)
    search = forms.CharField(max_length=200, required=False)
    search_operator = forms.ChoiceField(
        choices=[("and", "and"), ("or", "or")], required=False
    )
    rich_text_format = forms.ChoiceField(
        choices=[(name, name) for name in APIRichText._serializers()], required=False
    )
    # jQuery's cache-busting parameter, which Wagtail's API accepts too.
    _ = forms.CharField(max_length=50, required=False)

    def get_errors(self):
        """Errors by parameter, unknown parameters included, or ``None``."""
        errors = self.errors.as_data() if not self.is_valid() else {}
        for name in sorted(set(self.data) - set(self.fields)):
            errors[name] = [ValidationError(_("Unknown parameter."))]
        return errors or None

    def clean_fields(self):
        value = self.cleaned_data["fields"]
        if value:
            try:
                parse_fields_parameter(value)
            except ValueError as error:
                raise ValidationError(
                    _("Not a list of field names: %(error)s."),
                    params={"error": error},
                ) from error
        return value

    def clean(self):
        cleaned_data = super().clean()
        # After the other fields: what can be ordered by depends on the type.
        if error := self.order_error(cleaned_data.get("order", "")):
            self.add_error("order", error)
        return cleaned_data

    def order_error(self, value):
        names = value.split(",") if value else []
        if names == ["random"]:
            if self.data.get("offset"):
                return _("Random order cannot be used with offset.")
            return None
        allowed = self.get_orderable_fields()
        if unknown := [name for name in names if name.lstrip("-") not in allowed]:
            return ValidationError(
                _("Cannot order by %(names)s. Choose from: %(allowed)s."),
                params={
                    "names": ", ".join(unknown),
                    "allowed": ", ".join(sorted(allowed)),
                },
            )
        return None

    def get_orderable_fields(self):
        return set()


class PageIdField(forms.CharField):
    """The id of a page, or ``root`` for the site's home page."""

    def __init__(self, allow_root=True, **kwargs):
        self.allow_root = allow_root
        super().__init__(max_length=20, required=False, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value or (self.allow_root and value == "root"):
            return value
        if not value.isascii() or not value.isdigit() or not 0 < int(value) < 2**31:
            raise ValidationError(
                _("Enter the id of a page (a whole number).")
                if not self.allow_root
                else _("Enter the id of a page (a whole number) or “root”.")
            )
        return int(value)


class PageQueryForm(SessionFilterForm, QueryForm):
    type = forms.CharField(max_length=500, required=False)
    locale = forms.ChoiceField(
        choices=settings.WAGTAIL_CONTENT_LANGUAGES, required=False
    )
    translation_of = PageIdField()
    child_of = PageIdField()
    descendant_of = PageIdField()
    ancestor_of = PageIdField(allow_root=False)
    # The find view (pages/find/).
    id = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    html_path = forms.CharField(max_length=1000, required=False)

    def clean_type(self):
        value = self.cleaned_data["type"]
        if not value:
            return []
        try:
            return list(page_models_from_string(value))
        except (LookupError, ValueError) as error:
            raise ValidationError(
                _("Not a page type: %(type)s."), params={"type": value}
            ) from error

    def clean(self):
        cleaned_data = super().clean()
        if self.filters_sessions() and cleaned_data.get("type") not in (
            [],
            [InformationSessionPage],
        ):
            self.add_error(
                "type",
                ValidationError(
                    _("The session filters only apply to type %(type)s."),
                    params={"type": InformationSessionPage._meta.label},
                ),
            )
        return cleaned_data

    def get_models(self):
        """The page types listed: sessions when a session filter is used."""
        models = self.cleaned_data["type"]
        if not models and self.filters_sessions():
            return [InformationSessionPage]
        return models

    def get_orderable_fields(self):
        models = self.cleaned_data.get("type")
        if models == [InformationSessionPage] or (
            not models and self.filters_sessions()
        ):
            return ORDERABLE_FIELDS | SESSION_ORDERABLE_FIELDS
        return ORDERABLE_FIELDS


class PublicEndpointMixin:
    """What every endpoint of the public API v2 shares.

    Nobody signs in to this API, so a browser's session never shows more.
    """

    authentication_classes = []
    renderer_classes = [JSONRenderer]
    content_negotiation_class = AcceptHeaderNegotiation
    query_form_class = QueryForm
    not_found_message = _("Not found.")

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        form = self.query_form_class(request.GET)
        if errors := form.get_errors():
            raise ValidationError(errors)
        self.query = form.cleaned_data
        self.query_form = form

    def check_query_parameters(self, queryset):
        """Already done by the query form in ``initial()``."""

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):
            return error_response(400, exc)
        if isinstance(exc, Http404):
            return JsonResponse({"message": str(self.not_found_message)}, status=404)
        if isinstance(exc, BadRequestError):
            return JsonResponse({"message": str(exc)}, status=400)
        return super().handle_exception(exc)


def error_response(status, error):
    errors = {
        name: [message for item in items for message in item.messages]
        for name, items in error.error_dict.items()
    }
    message = " ".join(
        f"{name}: {' '.join(messages)}" for name, messages in errors.items()
    )
    return JsonResponse({"message": message, "errors": errors}, status=status)


class SitePageSerializer(PageSerializer):
    translations = TranslationsField()
    parent = ParentField()


class SessionFilter:
    """The session filters of ``PageQueryForm``: topic, format, dates, upcoming."""

    def filter_queryset(self, request, queryset, view):
        form = view.query_form
        if not form.filters_sessions():
            return queryset
        queryset = form.filter_sessions(queryset, view.get_base_queryset())
        if form.cleaned_data["upcoming"] is not None and not view.query["order"]:
            queryset = queryset.order_by(
                "start" if form.cleaned_data["upcoming"] else "-start"
            )
        return queryset


class PagesEndpoint(PublicEndpointMixin, PagesAPIViewSet):
    """Live, public pages of the site in every language, with their translations."""

    base_serializer_class = SitePageSerializer
    query_form_class = PageQueryForm
    not_found_message = _("No published page has this id.")
    filter_backends = [
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        TranslationOfFilter,
        LocaleFilter,
        SessionFilter,
        OrderingFilter,
        LocaleSearchFilter,  # last: search results cannot be filtered further
    ]
    body_fields = [*PagesAPIViewSet.body_fields, "translations"]
    # Fields whose cost grows with the content of each page.
    detail_only_fields = [
        *PagesAPIViewSet.detail_only_fields,
        "body",
        "documents",
        "sessions",
    ]

    def get_base_queryset(self):
        """Live pages of the site in every language, outside view restrictions.

        Unlike Wagtail's own, this shows no more to a browser that has passed
        a page's password or signed in.
        """
        if not hasattr(self, "_base_queryset"):
            site = Site.find_for_request(self.request)
            # Cached by Wagtail: the site's home page in every language.
            roots = [
                Q(url_path__startswith=root.root_path)
                for root in Site.get_site_root_paths()
                if site and root.site_id == site.pk
            ]
            site_pages = Page.objects.filter(reduce(operator.or_, roots, Q(pk__in=[])))
            # A subquery: search backends filter on indexed fields only.
            self._base_queryset = (
                Page.objects.live().public().filter(pk__in=site_pages.values("pk"))
            )
        return self._base_queryset

    def get_queryset(self):
        models = self.query_form.get_models()
        queryset = self.get_base_queryset()
        if len(models) == 1:
            queryset = models[0].objects.filter(pk__in=queryset.values("pk"))
        elif models:
            queryset = queryset.type(*models)
        return select_related_for_api(queryset)

    def listing_view(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        pages = list(self.paginate_queryset(queryset))
        prefetch_for_api(pages, self.get_base_queryset())
        serializer = self.get_serializer(pages, many=True)
        return self.get_paginated_response(serializer.data)

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            page = GenericAPIView.get_object(self)
            specific = page.specific_class.objects.filter(pk=page.pk)
            self._cached_object = select_related_for_api(specific).get()
        return self._cached_object

    def detail_view(self, request, pk):
        page = self.get_object()
        prefetch_for_api([page], self.get_base_queryset(), details=True)
        return Response(self.get_serializer(page).data)

    @classmethod
    def _get_serializer_class(
        cls, router, model, fields_config, show_details=False, nested=False
    ):
        if not nested:
            check_field_names(cls, model, fields_config, show_details)
        return super()._get_serializer_class(
            router, model, fields_config, show_details=show_details, nested=nested
        )


def check_field_names(endpoint, model, fields_config, show_details):
    names = {name for name, _negated, _sub_fields in fields_config} - {"*", "_"}
    available = set(
        endpoint.get_body_fields_names(model) + endpoint.get_meta_fields_names(model)
    )
    if not show_details:
        available -= set(endpoint.detail_only_fields)
    if unknown := sorted(names - available):
        raise ValidationError(
            {
                "fields": ValidationError(
                    _("Unknown fields: %(names)s. Choose from: %(available)s."),
                    params={
                        "names": ", ".join(unknown),
                        "available": ", ".join(sorted(available)),
                    },
                )
            }
        )


class PreviewQueryForm(QueryForm):
    content_type = forms.CharField(max_length=100, required=False)
    token = forms.CharField(max_length=255)


class PagePreviewEndpoint(PagesEndpoint):
    """The draft an editor previews, for the holder of its preview token."""

    query_form_class = PreviewQueryForm
    not_found_message = _("This preview has expired. Preview the page again.")

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "detail_view"}), name="detail")]

    def detail_view(self, request, pk=None):
        # The draft's speakers and documents are in memory, not in the database.
        return Response(self.get_serializer(self.get_object()).data)

    def get_object(self):
        token = self.query["token"]
        try:
            HeadlessPreviewMixin.get_preview_signer().unsign(
                token, max_age=PREVIEW_TOKEN_MAX_AGE
            )
            preview = PagePreview.objects.select_related("content_type").get(
                token=token
            )
        except (BadSignature, PagePreview.DoesNotExist) as error:
            raise Http404 from error
        content_type = self.query["content_type"]
        if content_type and content_type != ".".join(
            preview.content_type.natural_key()
        ):
            raise Http404
        page = preview.as_page()
        # A page that was never saved has no id; the API needs one.
        page.pk = page.pk or 0
        return page


class DocumentQueryForm(QueryForm):
    title = forms.CharField(max_length=255, required=False)
    id = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)

    def get_orderable_fields(self):
        return {"id", "title"}


class ImageQueryForm(DocumentQueryForm):
    width = forms.IntegerField(min_value=0, max_value=10**6, required=False)
    height = forms.IntegerField(min_value=0, max_value=10**6, required=False)

    def get_orderable_fields(self):
        return {"id", "title", "width", "height"}


class ImagesEndpoint(PublicEndpointMixin, ImagesAPIViewSet):
    """Images outside restricted collections."""

    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    not_found_message = _("No public image has this id.")

    query_form_class = ImageQueryForm

    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=restricted_collections())


class DocumentsEndpoint(PublicEndpointMixin, DocumentsAPIViewSet):
    """Documents outside restricted collections."""

    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    not_found_message = _("No public document has this id.")

    query_form_class = DocumentQueryForm

    def get_queryset(self):
        return public_documents().order_by("id")


api_v2 = WagtailAPIRouter("wagtailapi_v2")
api_v2.register_endpoint("pages", PagesEndpoint)
api_v2.register_endpoint("images", ImagesEndpoint)
api_v2.register_endpoint("documents", DocumentsEndpoint)
api_v2.register_endpoint("page_preview", PagePreviewEndpoint)


def not_found(request, path=""):
    message = gettext("There is nothing at this address in the API.")
    return JsonResponse({"message": message}, status=404)


PROBLEM_TITLES = {
    400: _("Bad request"),
    401: _("Not signed in"),
    403: _("Not allowed"),
    404: _("Not found"),
    405: _("Method not allowed"),
    422: _("Invalid request"),
}
PROBLEM_DETAILS = {
    "Validation failed": _("Some values are not valid: see the errors."),
    "Authentication required": _("Send a valid API token to do this."),
    "Permission denied": _("The owner of this API token may not do this."),
}
LIMIT_TOO_HIGH = re.compile(r"limit cannot be higher than (\d+)")
MAX_QUERY_STRING = 2000
PARAMETER = re.compile(r"[a-z_][a-z0-9_]*")
INTEGER = re.compile(r"[+-]?[0-9]+")
MAX_DATABASE_INTEGER = 2**63 - 1


def v3_view(view):
    """Guard API v3's views and put their errors in the request's language.

    Wagtail's API v3 ignores parameters it does not know and answers errors in
    English (RFC 7807 problem details). Query strings too long or parameter
    names no endpoint has are refused here; titles and details are
    translated, while the per-field ``errors`` still name the parameter at
    fault.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        names = [name for name in request.GET if not PARAMETER.fullmatch(name)]
        if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
            response = problem_response(
                status=400, detail=gettext("The query string is too long.")
            )
        elif names:
            response = problem_response(
                status=400,
                detail=gettext("Unknown parameters: %(names)s.")
                % {"names": ", ".join(names)},
            )
        elif too_large := [
            name
            for name, value in request.GET.items()
            if INTEGER.fullmatch(value) and abs(int(value)) > MAX_DATABASE_INTEGER
        ]:
            # Such numbers pass django-ninja's validation, and PostgreSQL then
            # refuses them (bigint out of range) in OFFSET or a lookup.
            response = problem_response(
                status=400,
                detail=gettext("Numbers too large for: %(names)s.")
                % {"names": ", ".join(too_large)},
            )
        else:
            response = view(request, *args, **kwargs)
        if response.get("Content-Type") != PROBLEM_JSON:
            return response
        problem = json.loads(response.content)
        problem["title"] = str(PROBLEM_TITLES.get(problem["status"], problem["title"]))
        detail = problem.get("detail", "")
        if problem["status"] == 404:
            problem["detail"] = gettext("There is nothing at this address in the API.")
        elif detail in PROBLEM_DETAILS:
            problem["detail"] = str(PROBLEM_DETAILS[detail])
        elif match := LIMIT_TOO_HIGH.fullmatch(detail):
            problem["detail"] = gettext("limit cannot be higher than %(limit)s.") % {
                "limit": match[1]
            }
        response.content = json.dumps(problem)
        return response

    return wrapper


api_v3_patterns, api_v3_app_name, api_v3_namespace = api_v3.urls
decorate_urlpatterns(api_v3_patterns, v3_view)

urlpatterns = [
    path("v2/", api_v2.urls),
    path("v3/", (api_v3_patterns, api_v3_app_name, api_v3_namespace)),
    re_path(r"^(?P<path>.*)$", not_found),
]
