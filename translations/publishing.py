"""What keeps a translation from being published: segments that are invalid.

wagtail-localize refuses a translated string only for tags or attributes it
does not allow, and on the next publish quietly uses the source text in its
place; it repairs unclosed tags without a word, and publishes an empty
translation of a required field as the source text. Here a translation is not
published at all while any segment is invalid: the segment carries the error,
shown in the translation editor, and the translator's strings stay as they
are until corrected. Overrides of page links are checked too: a page chosen by
a translator must be in the translation's own language.
"""

import json
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext
from wagtail.blocks import Block, ListBlock, PageChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
)

VOID_ELEMENTS = {"br", "hr", "img", "wbr"}


def invalid_segment_count(translation):
    """How many segments of ``translation`` are invalid, each marked with why."""
    source_instance = translation.source.get_source_instance()
    return len(invalid_strings(translation, source_instance)) + len(
        overrides_leaving_the_locale(translation, source_instance)
    )


def invalid_strings(translation, source_instance):
    of_this_source = StringSegment.objects.filter(
        source=translation.source,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    invalid = []
    for string in (
        StringTranslation.objects.filter(locale_id=translation.target_locale_id)
        .filter(Exists(of_this_source))
        .select_related("context")
    ):
        if string.has_error:
            invalid.append(string)
            continue
        error = string_error(string, source_instance)
        if error:
            string.set_field_error([ValidationError(error)])
            invalid.append(string)
    return invalid


def string_error(string, source_instance):
    if not tags_balanced(string.data):
        return gettext(
            "Some tags of this translation are not closed or do not match: "
            "close each tag you open, e.g. <b>…</b>."
        )
    if not string.data.strip():
        definition = definition_at(
            type(source_instance), string.context.get_field_path(source_instance)
        )
        if is_required(definition):
            return gettext("This field is required: the translation is empty.")
    return None


class TagBalance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open_tags = []
        self.mismatched = False

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.open_tags.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS:
            return
        if not self.open_tags or self.open_tags.pop() != tag:
            self.mismatched = True


def tags_balanced(html):
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    return not parser.mismatched and not parser.open_tags


def overrides_leaving_the_locale(translation, source_instance):
    """Page links overridden with a page of another language, marked in error."""
    contexts = {
        segment.context_id: segment.context
        for segment in OverridableSegment.objects.filter(
            source=translation.source
        ).select_related("context")
    }
    invalid = []
    for override in SegmentOverride.objects.filter(
        locale_id=translation.target_locale_id, context_id__in=contexts
    ):
        field_path = contexts[override.context_id].get_field_path(source_instance)
        if not holds_a_page(definition_at(type(source_instance), field_path)):
            continue
        linked = linked_page(override)
        if linked is not None and linked.locale_id != translation.target_locale_id:
            override.set_field_error(
                [
                    ValidationError(
                        gettext(
                            "Choose a page in %(language)s: this one is in "
                            "another language."
                        )
                        % {"language": translation.target_locale.get_display_name()}
                    )
                ]
            )
            invalid.append(override)
        elif override.has_error:
            # wagtail-localize keeps the flag when the override is changed.
            override.has_error = False
            override.field_error = ""
            override.save(update_fields=["has_error", "field_error"])
    return invalid


def definition_at(model, field_path):
    """The model field or StreamField block at ``field_path`` (``body.cta.page``)."""
    name, *block_names = field_path.split(".")
    field = model._meta.get_field(name)
    if not isinstance(field, StreamField):
        return field
    block = field.stream_block
    for block_name in block_names:
        if isinstance(block, ListBlock):
            block = block.child_block
        else:
            block = block.child_blocks[block_name]
    return block


def is_required(definition):
    if isinstance(definition, Block):
        return definition.required
    return not definition.blank


def holds_a_page(definition):
    if isinstance(definition, Block):
        return isinstance(definition, PageChooserBlock)
    return definition.is_relation and issubclass(definition.related_model, Page)


def linked_page(override):
    try:
        return Page.objects.filter(pk=int(json.loads(override.data_json))).first()
    except (TypeError, ValueError):
        return None
