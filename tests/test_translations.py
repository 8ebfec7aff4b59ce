import re

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from sessions.models import InformationSessionPage, SpeakerPage

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

HTML_LANG = re.compile(r'<html lang="([^"]+)"')
HREFLANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


def source_pages(locales):
    return Page.objects.filter(locale=locales["sq"], depth__gt=1).specific()


def test_every_page_exists_live_in_all_three_languages(locales):
    for page in source_pages(locales):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live()
        }
        assert set(translations) == set(LANGUAGES), page.title
        assert len({p.slug for p in translations.values()}) >= 1


def test_every_translation_is_a_wagtail_localize_translation(locales):
    for page in source_pages(locales):
        source = TranslationSource.objects.get_for_instance(page)
        targets = set(
            Translation.objects.filter(source=source).values_list(
                "target_locale__language_code", flat=True
            )
        )
        assert targets == {"sr-latn", "en"}, page.title


def test_translated_pages_have_their_own_slugs(locales):
    topic = Page.objects.get(locale=locales["sq"], slug="koncepti-i-shoqerise-civile")

    slugs = {
        p.locale.language_code: p.slug for p in topic.get_translations(inclusive=True)
    }

    assert slugs == {
        "sq": "koncepti-i-shoqerise-civile",
        "sr-latn": "koncept-civilnog-drustva",
        "en": "concept-of-civil-society",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_speakers_are_in_the_session_language(locales, language):
    for session in InformationSessionPage.objects.filter(locale=locales[language]):
        for link in session.speaker_links():
            assert link.speaker.locale_id == locales[language].pk, session.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_speaker_and_topic_links_stay_in_the_page_language(
    client: Client, locales, language
):
    for session in InformationSessionPage.objects.filter(locale=locales[language]):
        html = client.get(session.url).content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        links = re.findall(r'href="(/[^"]*)"', main)

        assert links, session.title
        internal = [link for link in links if not link.startswith("/media/")]
        assert all(link.startswith(f"/{language}/") for link in internal), links
        speaker_urls = {link.speaker.url for link in session.speaker_links()}
        assert speaker_urls <= set(internal)
        assert session.get_parent().url in internal


@pytest.mark.parametrize("language", LANGUAGES)
def test_speaker_page_lists_sessions_in_its_own_language(
    client: Client, locales, language
):
    speaker = SpeakerPage.objects.get(locale=locales[language], slug="dren-puka")
    session = speaker.sessions().get()

    html = client.get(speaker.url).content.decode()

    assert session.locale_id == locales[language].pk
    assert f'href="{session.url}"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_alternate_and_switcher_links_lead_to_the_same_page_in_each_language(
    client: Client, locales, language
):
    for page in Page.objects.filter(locale=locales[language], depth__gt=1):
        html = client.get(page.url).content.decode()
        alternates = dict(
            re.findall(
                r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html
            )
        )
        assert set(alternates) == {"sq", "sr-Latn", "en", "x-default"}, page.url
        assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
        translations = {
            HREFLANG[p.locale.language_code]: p
            for p in page.get_translations(inclusive=True)
        }
        for hreflang, url in alternates.items():
            target = translations["sq" if hreflang == "x-default" else hreflang]
            response = client.get(url)
            assert response.status_code == 200, url
            assert HTML_LANG.search(response.content.decode()).group(1) == (
                "sq" if hreflang == "x-default" else hreflang
            )
            assert url == f"http://testserver{target.url}"

        switcher = html[html.index('class="language-switcher"') :]
        switcher = switcher[: switcher.index("</nav>")]
        for hreflang, name in (
            ("sq", "shqip"),
            ("sr-Latn", "srpski"),
            ("en", "English"),
        ):
            match = re.search(
                rf'<a href="([^"]+)" hreflang="{hreflang}" lang="{hreflang}"[^>]*>'
                rf"{name}</a>",
                switcher,
            )
            assert match, (page.url, hreflang)
            assert match.group(1) == translations[hreflang].url
