from datetime import timedelta
from itertools import count

import pytest
from django.utils import timezone

from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)
from tests.builders import make_image

numbers = count(1)


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


@pytest.fixture
def topic(db):
    return add_topic()
