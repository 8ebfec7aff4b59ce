import io
from datetime import timedelta
from itertools import count

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.operations import TranslationCreator

from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SessionDocument,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)

numbers = count(1)


def make_image(title):
    buffer = io.BytesIO()
    shade = next(numbers) % 200
    PILImage.new("RGB", (64, 36), (shade, 79, 138)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"performance-{next(numbers)}.png")
    )


def make_document(title):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4", name=f"performance-{next(numbers)}.pdf"),
    )


def home(language_code="sq"):
    return HomePage.objects.get(locale__language_code=language_code)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_topic(title="Temë matjeje", images=1):
    return publish(
        home(),
        TopicPage(
            title=title,
            slug=f"tema-matjeje-{next(numbers)}",
            image=make_image(title),
            body=body_with_images(images),
        ),
    )


def body_with_images(count):
    return [("paragraph", RichText("<p>Paragraf.</p>"))] + [
        (
            "image",
            {
                "image": make_image(f"Figurë {n}"),
                "alt_text": f"Figurë {n}",
                "caption": "",
            },
        )
        for n in range(count)
    ]


def add_speaker(name, images=1):
    index = SpeakerIndexPage.objects.get(locale__language_code="sq")
    return publish(
        index,
        SpeakerPage(
            title=name,
            slug=f"folesi-matjeje-{next(numbers)}",
            job_title="Hulumtuese",
            organisation="KCSF",
            photo=make_image(name),
            body=body_with_images(images),
        ),
    )


def add_session(topic, title, *, days=14, speakers=(), images=1, documents=1, **fields):
    start = timezone.now() + timedelta(days=days)
    session = InformationSessionPage(
        title=title,
        slug=f"sesion-matjeje-{next(numbers)}",
        start=start,
        end=start + timedelta(hours=3),
        summary=f"{title}: përmbledhje.",
        languages=["sq", "sr"],
        image=make_image(title),
        body=body_with_images(images),
        **fields,
    )
    for speaker in speakers:
        session.session_speakers.add(SessionSpeaker(speaker=speaker))
    for number in range(documents):
        session.documents.add(SessionDocument(document=make_document(f"Doc {number}")))
    return publish(topic, session)


def translate(*pages):
    """Translate ``pages`` into Serbian and English through wagtail-localize."""
    locales = list(Locale.objects.exclude(language_code="sq"))
    for page in pages:
        TranslationCreator(user=None, target_locales=locales).create_translations(
            page, include_related_objects=False
        )


def translation_of(page, language_code):
    return Page.objects.get(
        translation_key=page.translation_key, locale__language_code=language_code
    ).specific


@pytest.fixture
def page_cache(settings):
    """The page cache switched on, empty before and after the test."""
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield cache
    cache.clear()
