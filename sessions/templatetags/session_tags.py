import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from sessions import structured_data
from sessions.listing import SessionListing

register = template.Library()

# The escapes of Django's json_script: no "</script>" can end the block early.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def session_listing(context, sessions):
    """The filterable list of ``sessions``, filtered by the request's query."""
    return SessionListing(context["request"].GET, sessions)


def json_ld(data):
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text),  # noqa: S308
    )


@register.simple_tag(takes_context=True)
def event_json_ld(context, session):
    return json_ld(
        structured_data.event(
            session, context["request"], speaker_links=context.get("speaker_links")
        )
    )


@register.simple_tag(takes_context=True)
def person_json_ld(context, speaker):
    return json_ld(structured_data.person(speaker, context["request"]))


@register.simple_tag(takes_context=True)
def organization_json_ld(context, home):
    return json_ld(structured_data.organization(home, context["request"]))


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page):
    return structured_data.absolute_url(page, context["request"])
