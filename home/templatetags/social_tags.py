from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from sessions.models import InformationSessionPage
from sessions.navigation import navigation
from sessions.structured_data import SHARE_IMAGE_SPEC, absolute_url

register = template.Library()

# Open Graph wants language_TERRITORY; the territories are those of the
# languages' main audiences.
OG_LOCALES = {"sq": "sq_AL", "sr-latn": "sr_RS", "en": "en_GB"}
# static/img/share.png, for pages without a picture of their own.
DEFAULT_IMAGE = ("img/share.png", 1200, 630)
DESCRIPTION_LENGTH = 200


def page_description(page):
    for field in ("search_description", "summary", "introduction", "bio"):
        text = getattr(page, field, "")
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def page_image(page):
    return getattr(page, "image", None) or getattr(page, "photo", None)


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags of the page or view being shown."""
    request = context["request"]
    page = context.get("page")
    site_name = _("Kosovo Resource Centre for Civil Society")
    language = get_language()
    is_page = isinstance(page, Page) and page.id
    data = {
        "site_name": site_name,
        "title": site_name,
        "description": _(
            "Information sessions on civil society, participation and European "
            "integration, in the languages official and in use in Kosovo."
        ),
        "url": request.build_absolute_uri(request.path),
        "type": "website",
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [
            OG_LOCALES[code] for code, _name in settings.LANGUAGES if code != language
        ],
    }
    path, width, height = DEFAULT_IMAGE
    data["image"] = request.build_absolute_uri(static(path))
    data["image_width"], data["image_height"] = width, height
    if is_page:
        data["title"] = page.seo_title or page.title
        data["description"] = page_description(page) or data["description"]
        data["url"] = absolute_url(page, request)
        if isinstance(page, InformationSessionPage):
            data["type"] = "article"
        translations = navigation(request, page).translations
        data["alternate_locales"] = [
            OG_LOCALES[code]
            for code in translations
            if code in OG_LOCALES and translations[code].pk != page.pk
        ]
        image = page_image(page)
        if image:
            rendition = image.get_rendition(SHARE_IMAGE_SPEC)
            data["image"] = request.build_absolute_uri(rendition.url)
            data["image_width"], data["image_height"] = (
                rendition.width,
                rendition.height,
            )
    return data
