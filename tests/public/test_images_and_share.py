"""Responsive pictures and the session page's share box."""

from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest

from home.models import HomePage
from sessions.models import InformationSessionPage, TopicPage

from .conftest import parse

pytestmark = pytest.mark.django_db


def test_pictures_offer_webp_in_several_widths_with_a_sized_fallback(client, locales):
    home = HomePage.objects.get(locale=locales["en"])

    pictures = parse(client.get(home.url)).cssselect("picture")

    assert pictures
    for picture in pictures:
        (webp,) = picture.cssselect('source[type="image/webp"]')
        widths = [c.split()[-1] for c in webp.get("srcset").split(",")]
        assert len(widths) >= 2 and all(w.endswith("w") for w in widths)
        assert webp.get("sizes")
        (img,) = picture.cssselect("img")
        assert int(img.get("width")) > 0 and int(img.get("height")) > 0
        assert img.get("src").endswith(".jpg")
        assert img.get("alt") == ""


def test_images_below_the_fold_load_lazily_and_the_topic_hero_does_not(client, locales):
    topic = TopicPage.objects.filter(locale=locales["en"]).order_by("path")[0]

    images = parse(client.get(topic.url)).cssselect("main img")

    hero, *cards = images
    assert hero.get("loading") is None
    assert hero.get("fetchpriority") == "high"
    assert cards and all(img.get("loading") == "lazy" for img in cards)


def test_every_srcset_candidate_is_served(client, locales):
    session = InformationSessionPage.objects.get(locale=locales["sq"], number=2)

    document = parse(client.get(session.url))
    urls = {
        candidate.split()[0]
        for source in document.cssselect("main source")
        for candidate in source.get("srcset").split(",")
    }

    assert urls
    for url in urls:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        assert response["Content-Type"] == "image/webp"


def test_the_share_box_links_need_no_script_and_carry_the_page_url(client, locales):
    session = InformationSessionPage.objects.get(locale=locales["sr-latn"], number=3)
    url = f"http://testserver{session.url}"

    document = parse(client.get(session.url))
    box = document.cssselect("section.share")[0]

    assert box.cssselect("#share-link")[0].get("value") == url
    button = box.cssselect("button[data-copy-link]")[0]
    assert button.get("hidden") is not None
    assert button.text_content().strip() == "Kopiraj link"
    shared = []
    for link in box.cssselect("a"):
        query = parse_qs(urlsplit(link.get("href")).query)
        shared.append(" ".join(value for values in query.values() for value in values))
    assert len(shared) >= 5
    assert all(url in text for text in shared)
    scripts = [s.get("src") for s in document.cssselect("script[src]")]
    assert "/static/js/share.js" in scripts
    assert all(src.startswith("/static/") for src in scripts)
    assert client.get("/static/js/share.js").status_code == HTTPStatus.OK
