import functools

from django.apps import apps
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_q():
    """True for pages under a view restriction, in the same query as the pages."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


class SitePageQuerySet(PageQuerySet):
    def public(self):
        """Wagtail's ``public()``, but as a subquery rather than a query of its own.

        Wagtail reads every view restriction before building the filter, one
        more query for each list of pages a page shows.
        """
        return self.exclude(restricted_q())


class SitePageManager(PageManager.from_queryset(SitePageQuerySet)):
    pass


class SitePage(Page):
    """What every page type of the site shares."""

    objects = SitePageManager()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # The home page's route looks up each page's restrictions with the
        # page itself (home.routing); aliases go Wagtail's way.
        restricted = getattr(self, "route_restrictions", None)
        if restricted is None:
            return super().get_view_restrictions()
        if not restricted:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=restricted)


@functools.cache
def specific_relations():
    """``select_related()`` names that join each site page type and its images.

    Worked out once: every request's routing asks for them.
    """
    from wagtail.images import get_image_model

    relations = []
    for model in apps.get_models():
        if not issubclass(model, SitePage):
            continue
        accessor = model._meta.get_ancestor_link(Page).remote_field.get_accessor_name()
        relations.append(accessor)
        relations.extend(
            f"{accessor}__{field.name}"
            for field in model._meta.concrete_fields
            if field.many_to_one and field.related_model is get_image_model()
        )
    return tuple(relations)


def with_specific(queryset):
    """Base pages that bring their own type's fields and images in the same query.

    ``as_specific()`` then turns each into its own type without a query, where
    Wagtail's ``specific()`` needs one more query for each page type.
    """
    return queryset.select_related(*specific_relations())


def as_specific(page):
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    if issubclass(model, SitePage):
        link = model._meta.get_ancestor_link(Page)
        return getattr(page, link.remote_field.get_accessor_name())
    return page.specific
