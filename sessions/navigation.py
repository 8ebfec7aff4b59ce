"""The pages every public page links to, found together in one query a request.

The header links to the home page and its menu in the visitor's language, the
language switcher and ``hreflang`` links to the page's translations, or the
home pages where it has none.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr
from django.utils import translation
from wagtail.models import Page, Site


class Navigation:
    def __init__(self, request, page=None):
        self.page = page
        self.homes = {}
        self.translations = {}
        self.menu = []
        self.home = None
        site = Site.find_for_request(request) if request else None
        if site is None:
            return
        root = site.root_page
        language = translation.get_language()
        homes = Q(translation_key=root.translation_key, depth=root.depth)
        in_a_home = Page.objects.filter(
            translation_key=root.translation_key,
            path=Substr(OuterRef("path"), 1, len(root.path)),
        )
        menu = Q(
            Exists(in_a_home),
            depth=root.depth + 1,
            show_in_menus=True,
            locale__language_code=language,
        )
        wanted = homes | menu
        if page is not None:
            wanted |= Q(translation_key=page.translation_key)
        for found in (
            Page.objects.live().filter(wanted).select_related("locale").order_by("path")
        ):
            code = found.locale.language_code
            if found.translation_key == root.translation_key:
                self.homes[code] = found
            if page is not None and found.translation_key == page.translation_key:
                self.translations[code] = found
            if (
                found.depth == root.depth + 1
                and found.show_in_menus
                and code == language
            ):
                self.menu.append(found)
        self.home = self.homes.get(language) or root


def navigation(request, page=None):
    """The ``Navigation`` of ``page`` (or of any page, if ``None``), once a request."""
    known = getattr(request, "site_navigation", None)
    if known is None or (page is not None and known.page != page):
        known = Navigation(request, page)
        if request is not None:
            request.site_navigation = known
    return known
