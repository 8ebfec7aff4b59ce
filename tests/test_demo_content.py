import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage
from sessions.models import InformationSessionPage, SpeakerPage, TopicPage

pytestmark = pytest.mark.django_db


def content_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_loading_twice_changes_nothing(django_capture_on_commit_callbacks):
    before = content_counts()
    updated = {p.pk: p.last_published_at for p in Page.objects.all()}
    out = io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=out)

    assert content_counts() == before
    assert {p.pk: p.last_published_at for p in Page.objects.all()} == updated
    assert "0 pages created" in out.getvalue()


def test_the_seed_sessions_have_their_real_dates_and_speakers(locales):
    sessions = InformationSessionPage.objects.filter(
        locale=locales["sq"], number__in=[1, 2, 3]
    ).order_by("number")

    assert [s.start.date().isoformat() for s in sessions] == [
        "2021-03-30",
        "2021-05-06",
        "2021-07-29",
    ]
    assert [[link.speaker.title for link in s.speaker_links()] for s in sessions] == [
        ["Demush Shasha"],
        ["Darko Dimitrijeviq"],
        ["Dren Puka"],
    ]


def test_every_topic_has_a_session_and_the_example_one_is_upcoming(locales):
    topics = TopicPage.objects.filter(locale=locales["sq"])

    assert topics.count() == 3
    for topic in topics:
        assert topic.sessions().exists(), topic.title
    governance = topics.get(slug="qeverisja-e-brendshme-e-oshc-ve")
    example = governance.upcoming_sessions().get()
    assert "shembull" in example.title.lower()


def test_speakers_carry_their_organisations(locales):
    organisations = set(
        SpeakerPage.objects.filter(locale=locales["en"]).values_list(
            "organisation", flat=True
        )
    )

    assert organisations == {
        "EPIK Institute",
        "Radio Gorazdevac",
        "Kosovo Civil Society Foundation (KCSF)",
    }


def test_the_site_root_is_the_albanian_home_page(locales):
    home = HomePage.objects.get(locale=locales["sq"])

    assert home.get_site().root_page.pk == home.pk
    assert not Page.objects.filter(depth=2).exclude(
        pk__in=HomePage.objects.values("pk")
    )
