"""``/sitemap.xml``: every live page of every language, with its translations.

Wagtail's sitemap lists the default site's root and its descendants, which is
the Albanian tree only: the other languages' home pages are the root's
translations, beside it in the page tree.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.templatetags.site_tags import hreflang


class TranslatedPagesSitemap(Sitemap):
    def location(self, obj):
        # The host the request came to, as in the pages' own hreflang links.
        return self.request.build_absolute_uri(obj.get_url(self.request))

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_home)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_by_translation_key(
            {item.translation_key for item in pages}
        )
        urls = []
        for item in pages:
            urls.append(
                {
                    "item": item,
                    "location": self.location(item),
                    "lastmod": self.lastmod(item),
                    "alternates": alternates[item.translation_key],
                }
            )
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates_by_translation_key(self, translation_keys):
        """Each page's live translations, itself included, as hreflang links."""
        alternates = {key: [] for key in translation_keys}
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=translation_keys)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for translation in translations:
            alternates[translation.translation_key].append(
                {
                    "lang_code": hreflang(translation.locale.language_code),
                    "location": self.location(translation),
                }
            )
        return alternates
