"""/sitemap.xml and /robots.txt."""

from collections import defaultdict
from http import HTTPStatus
from pathlib import Path

import pytest
from lxml import etree
from wagtail.models import Page, PageViewRestriction

from sessions.models import InformationSessionPage

pytestmark = pytest.mark.django_db

SCHEMA = Path(__file__).parent / "schemas" / "sitemap-with-alternates.xsd"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HREFLANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def entries(document):
    """``{loc: {"lastmod": …, "alternates": {hreflang: href}}}``."""
    found = {}
    for url in document.findall("sm:url", NS):
        found[url.findtext("sm:loc", namespaces=NS)] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
            },
        }
    return found


def absolute(page):
    return f"http://testserver{page.url}"


def test_the_sitemap_validates_against_the_sitemaps_schema(client, schema):
    document = sitemap(client)

    schema.assertValid(document)


def test_the_schema_refuses_a_broken_sitemap(client, schema):
    document = sitemap(client)
    link = document.find("sm:url/xhtml:link", NS)
    del link.attrib["hreflang"]

    assert not schema.validate(document)


def test_every_live_page_of_every_language_is_listed_with_lastmod(client):
    listed = entries(sitemap(client))

    pages = Page.objects.live().public().filter(depth__gt=1)
    assert set(listed) == {absolute(page) for page in pages}
    assert {HREFLANG[p.locale.language_code] for p in pages} == set(HREFLANG.values())
    for page in pages:
        modified = page.last_published_at or page.latest_revision_created_at
        assert listed[absolute(page)]["lastmod"] == modified.date().isoformat()


def test_hreflang_alternates_are_reciprocal_and_include_the_page_itself(client):
    listed = entries(sitemap(client))

    groups = defaultdict(set)
    for page in Page.objects.live().public().filter(depth__gt=1):
        groups[page.translation_key].add(page)
    for translations in groups.values():
        expected = {
            HREFLANG[page.locale.language_code]: absolute(page) for page in translations
        }
        for page in translations:
            assert listed[absolute(page)]["alternates"] == expected
    assert any(len(group) == len(HREFLANG) for group in groups.values())


def test_drafts_and_private_pages_are_left_out(client, locales):
    draft = InformationSessionPage.objects.get(locale=locales["en"], number=1)
    draft.unpublish()
    private = InformationSessionPage.objects.get(locale=locales["en"], number=2)
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="secret"
    )
    sq_version = InformationSessionPage.objects.get(locale=locales["sq"], number=1)

    listed = entries(sitemap(client))

    assert absolute(draft) not in listed
    assert absolute(private) not in listed
    assert "en" not in listed[absolute(sq_version)]["alternates"]
    assert set(listed[absolute(sq_version)]["alternates"]) == {"sq", "sr-Latn"}


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_site_wide_files_have_no_language_prefix(client, path):
    assert client.get(f"/en{path}").status_code == HTTPStatus.NOT_FOUND
