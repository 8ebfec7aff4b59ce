import io
from datetime import timedelta
from itertools import count

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)

numbers = count(1)


def make_image(title, collection=None):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), (11, 79, 138)).save(buffer, format="PNG")
    fields = {"collection": collection} if collection else {}
    return get_image_model().objects.create(
        title=title,
        file=ImageFile(buffer, name=f"api-test-{next(numbers)}.png"),
        **fields,
    )


def make_document(title, collection=None):
    fields = {"collection": collection} if collection else {}
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4", name=f"api-test-{next(numbers)}.pdf"),
        **fields,
    )


def sq_home():
    return HomePage.objects.get(locale__language_code="sq")


def publish(parent, page):
    return parent.add_child(instance=page)


def add_topic(title="Temë prove"):
    return publish(sq_home(), TopicPage(title=title, slug=f"tema-{next(numbers)}"))


def add_session(topic, title="Sesion prove", days=14, speakers=(), **fields):
    start = timezone.now() + timedelta(days=days)
    fields.setdefault("end", start + timedelta(hours=3))
    session = InformationSessionPage(
        title=title, slug=f"sesion-{next(numbers)}", start=start, **fields
    )
    for speaker in speakers:
        session.session_speakers.add(SessionSpeaker(speaker=speaker))
    return publish(topic, session)


def add_speaker(name):
    index = SpeakerIndexPage.objects.get(locale__language_code="sq")
    return publish(
        index,
        SpeakerPage(
            title=name,
            slug=f"folesi-{next(numbers)}",
            job_title="Hulumtuese",
            organisation="KCSF",
            photo=make_image(name),
        ),
    )


def translate(*pages):
    """Translate ``pages`` into Serbian and English through wagtail-localize."""
    locales = list(Locale.objects.exclude(language_code="sq"))
    for page in pages:
        TranslationCreator(user=None, target_locales=locales).create_translations(
            page, include_related_objects=False
        )


@pytest.fixture
def topic(db):
    return add_topic()
