"""PO files in and out of wagtail-localize translations, refused whole when wrong.

wagtail-localize's own import skips, without a word, the messages it does not
recognise, and fails on a file that does not name its translation. Here a file
is checked first and applied only when every message belongs to the page, so
a wrong file changes nothing and says why.
"""

import contextlib
import os
import tempfile
import uuid

import polib
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail_localize.models import StringSegment, Translation

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
# How many unknown messages a refusal quotes.
QUOTED_MESSAGES = 3


class POFileRefused(Exception):
    """A PO file that was not applied; the message says why, to its user."""


def parse(content):
    """A POFile from uploaded bytes, or POFileRefused."""
    # polib reads a string naming an existing file as that file, so the
    # upload is parsed from a file of its own, as wagtail-localize does.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(content)
    try:
        return polib.pofile(file.name)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise POFileRefused(
            _("This is not a valid PO file: it could not be read.")
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(file.name)


def translation_of(po):
    """The Translation a PO file was exported from, or POFileRefused."""
    try:
        translation_uuid = uuid.UUID(po.metadata.get(TRANSLATION_ID, ""))
    except ValueError as exc:
        raise POFileRefused(
            _(
                "This PO file does not say which translation it belongs to: "
                "download it again from the translation editor."
            )
        ) from exc
    translation = Translation.objects.filter(uuid=translation_uuid).first()
    if translation is None:
        raise POFileRefused(
            _("This PO file belongs to a translation that no longer exists.")
        )
    return translation


def check(translation, po):
    """Refuse a PO file made for another translation or with unknown messages."""
    if translation_of(po).pk != translation.pk:
        raise POFileRefused(
            _(
                "This PO file belongs to another page or language: download the "
                "PO file of this translation and try again."
            )
        )
    known = {
        (segment.string.data, segment.context.path)
        for segment in StringSegment.objects.filter(
            source=translation.source
        ).select_related("string", "context")
    }
    unknown = [
        entry.msgid
        for entry in po
        if not entry.obsolete and (entry.msgid, entry.msgctxt) not in known
    ]
    if unknown:
        quoted = "; ".join(f"“{msgid[:60]}”" for msgid in unknown[:QUOTED_MESSAGES])
        raise POFileRefused(
            ngettext(
                "Nothing was imported: %(count)d message of this PO file is not "
                "in the page (%(messages)s). Download a new PO file and try again.",
                "Nothing was imported: %(count)d messages of this PO file are not "
                "in the page (%(messages)s). Download a new PO file and try again.",
                len(unknown),
            )
            % {"count": len(unknown), "messages": quoted}
        )


def apply(translation, po, user=None, tool_name="PO File"):
    """Import a checked PO file; returns how many translated messages it held."""
    translation.import_po(po, user=user, tool_name=tool_name)
    return sum(1 for entry in po if entry.msgstr and not entry.obsolete)
