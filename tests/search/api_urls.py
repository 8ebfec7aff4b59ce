"""Wagtail's pages endpoint with ``LocaleSearchFilter``, as the site's API uses it."""

from django.urls import path
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as site_urlpatterns
from search.api import LocaleSearchFilter


class PagesEndpoint(PagesAPIViewSet):
    filter_backends = [
        *(f for f in PagesAPIViewSet.filter_backends if f is not SearchFilter),
        LocaleSearchFilter,
    ]


router = WagtailAPIRouter("search_test_api")
router.register_endpoint("pages", PagesEndpoint)

urlpatterns = [path("search-api/", router.urls), *site_urlpatterns]
