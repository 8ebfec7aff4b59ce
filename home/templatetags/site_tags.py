from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()


def hreflang(language_code):
    """BCP 47 spelling of a Django language code: ``sr-latn`` → ``sr-Latn``."""
    language, *subtags = language_code.split("-")
    return "-".join(
        [language] + [tag.title() if len(tag) == 4 else tag.upper() for tag in subtags]
    )


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the active language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page, or this view, in each of the site's languages.

    Pages link to their own translations (each with its own slug); other views,
    such as search, to the same URL under another language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.id:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    versions = []
    for code, name in settings.LANGUAGES:
        if translations:
            target = translations.get(code)
            if target is None:
                home = _home_in(request, code)
                if home is None:
                    continue
                target = home
            url = target.get_url(request)
        else:
            url = translate_url(request.path, code)
        versions.append(
            {
                "code": code,
                "hreflang": hreflang(code),
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return versions


def _home_in(request, language_code):
    site = Site.find_for_request(request)
    locale = Locale.objects.filter(language_code=language_code).first()
    if site is None or locale is None:
        return None
    return site.root_page.get_translation_or_none(locale)


@register.filter
def bcp47(language_code):
    return hreflang(language_code)
