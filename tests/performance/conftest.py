from datetime import timedelta
from itertools import count

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.rich_text import RichText

from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SessionDocument,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)
from tests.builders import make_document, make_image

numbers = count(1)


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


@pytest.fixture
def page_cache(settings):
    """The page cache switched on, empty before and after the test."""
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield cache
    cache.clear()
