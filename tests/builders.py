"""Images, documents and translations that tests build through Wagtail's models."""

import io
from itertools import count

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

numbers = count(1)


def make_image(title, collection=None):
    buffer = io.BytesIO()
    shade = next(numbers) % 200
    PILImage.new("RGB", (64, 36), (shade, 79, 138)).save(buffer, format="PNG")
    fields = {"collection": collection} if collection else {}
    return get_image_model().objects.create(
        title=title,
        file=ImageFile(buffer, name=f"test-image-{next(numbers)}.png"),
        **fields,
    )


def make_document(title, collection=None):
    fields = {"collection": collection} if collection else {}
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4", name=f"test-document-{next(numbers)}.pdf"),
        **fields,
    )


def translate(*pages):
    """Translate ``pages`` into Serbian and English through wagtail-localize."""
    locales = list(Locale.objects.exclude(language_code="sq"))
    for page in pages:
        TranslationCreator(user=None, target_locales=locales).create_translations(
            page, include_related_objects=False
        )


def counterpart(page, language_code):
    """The page of ``page``'s translation key in ``language_code``, as its type."""
    return Page.objects.get(
        translation_key=page.translation_key, locale__language_code=language_code
    ).specific
