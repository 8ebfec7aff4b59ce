from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from sessions.navigation import navigation

register = template.Library()


def hreflang(language_code):
    """BCP 47 spelling of a Django language code: ``sr-latn`` → ``sr-Latn``."""
    language, *subtags = language_code.split("-")
    return "-".join(
        [language] + [tag.title() if len(tag) == 4 else tag.upper() for tag in subtags]
    )


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The home page and its menu in the active language."""
    return navigation(context.get("request"), context_page(context))


def context_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.id else None


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page, or this view, in each of the site's languages.

    Pages link to their own translations (each with its own slug); other views,
    such as search, to the same URL under another language prefix.
    """
    request = context["request"]
    page = context_page(context)
    current = translation.get_language()
    site_pages = navigation(request, page)
    translations = site_pages.translations
    versions = []
    for code, name in settings.LANGUAGES:
        if translations:
            target = translations.get(code) or site_pages.homes.get(code)
            if target is None:
                continue
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


@register.filter
def bcp47(language_code):
    return hreflang(language_code)
