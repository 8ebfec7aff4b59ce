import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import html
from wagtail.images import get_image_model

from sessions.models import (
    InformationSessionPage,
    SessionSpeaker,
    SpeakerPage,
    TopicPage,
)

LANGUAGES = ("sq", "sr-latn", "en")

# One session of each shape the public outputs must describe.
KINDS = {
    "past": {"days": -40, "format": "in_person", "venue": "Gračanica"},
    "upcoming": {"days": 12, "format": "in_person", "venue": "Prizren"},
    "online": {
        "days": 20,
        "format": "online",
        "platform": "Zoom",
        "join_url": "https://example.org/join/online",
    },
    "hybrid": {
        "days": 30,
        "format": "hybrid",
        "venue": "Mitrovicë",
        "platform": "Zoom",
        "join_url": "https://example.org/join/hybrid",
    },
}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_session(topic, *, title, slug, days, speakers=(), **fields):
    start = (timezone.now() + timedelta(days=days)).replace(microsecond=0)
    session = InformationSessionPage(
        title=title,
        slug=slug,
        start=start,
        end=start + timedelta(hours=3),
        languages=fields.pop("languages", ["sq", "sr"]),
        summary=fields.pop("summary", f"{title}: summary."),
        image=get_image_model().objects.first(),
        **fields,
    )
    for speaker in speakers:
        session.session_speakers.add(SessionSpeaker(speaker=speaker, role="speaker"))
    return publish(topic, session)


@pytest.fixture
def sessions_by_kind(locales):
    """``{language: {kind: session}}``, each with two speakers of its language."""
    created = {}
    for language in LANGUAGES:
        locale = locales[language]
        topic = TopicPage.objects.filter(locale=locale).order_by("path").first()
        speakers = list(SpeakerPage.objects.filter(locale=locale).order_by("title"))[:2]
        created[language] = {
            kind: add_session(
                topic,
                title=f"Test {kind} session ({language})",
                slug=f"test-{kind}-session",
                speakers=speakers,
                **fields,
            )
            for kind, fields in KINDS.items()
        }
    return created


def parse(response):
    return html.fromstring(response.content)


def json_ld_blocks(response):
    return [
        json.loads(script.text)
        for script in parse(response).xpath('//script[@type="application/ld+json"]')
    ]


def squash(text):
    return re.sub(r"\s+", " ", text).strip()
