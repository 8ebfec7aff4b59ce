"""What every page's <head> tells feed readers and social networks."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation
from lxml import etree
from wagtail.models import Page

from sessions.models import InformationSessionPage

from .conftest import LANGUAGES, parse

pytestmark = pytest.mark.django_db

OG_LOCALES = {"sq": "sq_AL", "sr-latn": "sr_RS", "en": "en_GB"}


def public_paths(language):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    return [page.url for page in pages] + [f"/{language}/search/?query=zoom"]


def meta(document, key):
    found = document.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_advertises_the_feeds_of_its_language(client, language):
    with translation.override(language):
        rss, ics = reverse("session_feed"), reverse("session_calendar")

    for path in public_paths(language):
        head = parse(client.get(path)).find("head")
        feeds = {
            link.get("type"): link.get("href")
            for link in head.xpath('link[@rel="alternate"][@type]')
        }
        assert feeds == {"application/rss+xml": rss, "text/calendar": ics}, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rss_feed_lists_the_sessions_of_its_language(client, language):
    with translation.override(language):
        response = client.get(reverse("session_feed"))

    channel = etree.fromstring(response.content).find("channel")
    sessions = InformationSessionPage.objects.live().filter(
        locale__language_code=language
    )
    assert response.status_code == HTTPStatus.OK
    assert channel.findtext("language") == language
    assert {item.findtext("title") for item in channel.iter("item")} == {
        s.title for s in sessions
    }
    links = {item.findtext("link") for item in channel.iter("item")}
    assert links == {f"http://testserver{s.url}" for s in sessions}
    guids = [item.find("guid") for item in channel.iter("item")]
    assert all(guid.get("isPermaLink") == "false" for guid in guids)
    assert all(guid.text.endswith(f"-{language}") for guid in guids)


def test_the_rss_feed_title_speaks_the_visitor_language(client):
    response = client.get("/sr-latn/sessions/feed/")

    channel = etree.fromstring(response.content).find("channel")
    assert channel.findtext("title").startswith("Informativne sesije · ")
    assert channel.findtext("link") == "http://testserver/sr-latn/informativne-sesije/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_open_graph_and_twitter_tags(client, language):
    for path in public_paths(language):
        document = parse(client.get(path))

        for key in (
            "og:title",
            "og:description",
            "og:image",
            "og:url",
            "og:site_name",
            "twitter:title",
            "twitter:description",
            "twitter:image",
        ):
            assert meta(document, key) and meta(document, key)[0].strip(), (path, key)
        assert meta(document, "og:locale") == [OG_LOCALES[language]], path
        assert sorted(meta(document, "og:locale:alternate")) == sorted(
            code for lang, code in OG_LOCALES.items() if lang != language
        ), path
        assert meta(document, "twitter:card") == ["summary_large_image"]
        image = meta(document, "og:image")[0].removeprefix("http://testserver")
        assert client.get(image).status_code == HTTPStatus.OK, (path, image)


def test_a_session_shares_its_own_picture_title_and_summary(client, locales):
    session = InformationSessionPage.objects.get(locale=locales["sr-latn"], number=2)

    document = parse(client.get(session.url))

    assert meta(document, "og:title") == [session.title]
    (description,) = meta(document, "og:description")
    assert description[:150] == session.summary[:150]
    assert len(description) <= 200
    assert meta(document, "og:type") == ["article"]
    assert meta(document, "og:url") == [f"http://testserver{session.url}"]
    rendition = session.image.get_rendition("fill-1200x630|format-jpeg")
    assert meta(document, "og:image") == [f"http://testserver{rendition.url}"]
    assert meta(document, "og:image:width") == [str(rendition.width)]
    assert meta(document, "og:image:height") == [str(rendition.height)]
    assert rendition.width == 1200


def test_og_locale_alternates_are_only_the_languages_the_page_exists_in(
    client, locales
):
    session = InformationSessionPage.objects.get(locale=locales["en"], number=3)
    session.unpublish()
    sq_session = InformationSessionPage.objects.get(locale=locales["sq"], number=3)

    document = parse(client.get(sq_session.url))

    assert meta(document, "og:locale:alternate") == ["sr_RS"]
