"""Anonymous responses come from the cache, and never once they are stale."""

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from cms.page_cache import PageCacheMiddleware, purge
from sessions.models import SessionIndexPage
from tests.builders import counterpart, make_image, translate

from .conftest import add_session, add_speaker, add_topic, home

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == HTTPStatus.OK, url
    return response


def cached(client, url, **headers):
    """``url`` after two requests: the second must come from the cache."""
    first = get(client, url, **headers)
    second = get(client, url, **headers)
    assert second["X-Page-Cache"] == "hit", url
    assert second.content == first.content
    return second


def feed_url(language_code="sq"):
    with translation.override(language_code):
        return reverse("session_feed")


def test_a_cache_hit_makes_no_query(page_cache, client, django_assert_num_queries):
    url = home().url
    first = get(client, url)
    assert first["X-Page-Cache"] == "miss"

    with django_assert_num_queries(0):
        second = get(client, url)

    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_response_rendered_before_a_purge_is_never_served_after_it(
    page_cache, rf, client
):
    url = home().url

    def render_while_a_publish_commits(request):
        response = HttpResponse("Shown before the publish")
        purge([url])
        return response

    PageCacheMiddleware(render_while_a_publish_commits)(rf.get(url))
    response = get(client, url)

    assert response["X-Page-Cache"] == "miss"
    assert "Shown before the publish" not in response.content.decode()
    assert get(client, url)["X-Page-Cache"] == "hit"


@pytest.mark.parametrize(
    "url",
    [
        "/sq/",
        "/sitemap.xml",
        "/api/v2/pages/?type=infosessions.InformationSessionPage&fields=*",
        "/sq/sessions/feed/",
        "/sq/sessions/calendar.ics",
        "/robots.txt",
    ],
)
def test_pages_feeds_calendars_sitemap_and_the_api_are_cached(page_cache, client, url):
    cached(client, url)


def test_signed_in_users_are_never_served_from_the_cache(
    page_cache, client, admin_client
):
    url = home().url
    cached(client, url)

    response = get(admin_client, url)

    assert "X-Page-Cache" not in response
    # Wagtail's user bar, which only signed-in editors see.
    assert b"wagtail-userbar" in response.content
    assert b"wagtail-userbar" not in get(client, url).content


def test_search_results_are_not_cached_so_every_search_counts(page_cache, client):
    url = "/sq/search/?query=shoqeri"
    get(client, url)

    assert get(client, url)["X-Page-Cache"] == "miss"


def test_a_password_protected_page_is_never_stored(page_cache, client):
    session = add_session(add_topic(), "Sesion me fjalëkalim")
    PageViewRestriction.objects.create(
        page=session, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    first = get(client, session.url)
    second = get(client, session.url)

    assert first.cookies, "the password form sets a CSRF cookie"
    assert second["X-Page-Cache"] == "miss"
    assert b'name="password"' in second.content


def test_a_front_end_preview_is_never_cached(page_cache, client):
    session = add_session(add_topic(), "Sesion i publikuar")
    cached(client, session.url)
    session.title = "Titull në draft"
    preview = session.create_page_preview()
    url = f"/api/v2/page_preview/?token={preview.token}"

    responses = [get(client, url), get(client, url)]

    assert ["X-Page-Cache" in response for response in responses] == [False, False]
    assert all(r.json()["title"] == "Titull në draft" for r in responses)
    assert "Titull në draft" not in get(client, session.url).content.decode()


def test_the_api_answers_each_language_its_own(page_cache, client):
    url = "/sitemap.xml"
    serbian = cached(client, url, accept_language="sr-latn")
    english = get(client, url, accept_language="en")

    assert serbian["Content-Language"] == "sr-latn"
    assert english["Content-Language"] == "en"


def test_html_has_an_etag_and_answers_a_conditional_request_with_304(
    page_cache, client
):
    url = home().url
    response = get(client, url)
    assert response["ETag"]

    again = client.get(url, headers={"if-none-match": response["ETag"]})

    assert again.status_code == HTTPStatus.NOT_MODIFIED
    assert again.content == b""


def test_uncached_pages_answer_conditional_requests_too(client):
    url = home().url
    response = get(client, url)

    again = client.get(url, headers={"if-none-match": response["ETag"]})

    assert again.status_code == HTTPStatus.NOT_MODIFIED


@pytest.fixture
def session_and_pages():
    """A session, its speaker and its topic."""
    speaker = add_speaker("Arbëresha Kelmendi")
    topic = add_topic("Temë e cache-it")
    session = add_session(topic, "Sesioni i parë i cache-it", speakers=[speaker])
    return session, speaker, topic


def urls_showing(session, speaker):
    with translation.override("sq"):
        event_calendar = reverse("session_event_calendar", args=[session.pk])
    return [
        session.url,
        session.get_parent().url,
        speaker.url,
        SessionIndexPage.objects.get(locale__language_code="sq").url,
        home().url,
        feed_url(),
        "/sq/sessions/calendar.ics",
        event_calendar,
        "/sitemap.xml",
        f"/api/v2/pages/{session.pk}/",
        f"/api/v2/pages/?descendant_of={session.get_parent().pk}&fields=title",
        "/sq/search/suggest/?q=Sesioni",
    ]


def test_publishing_a_session_purges_every_response_that_shows_it(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, _topic = session_and_pages
    urls = urls_showing(session, speaker)
    for url in urls:
        cached(client, url)

    session.title = "Sesioni i ripublikuar"
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    for url in urls:
        response = get(client, url)
        assert response["X-Page-Cache"] == "miss", url
        if "sitemap" not in url:
            assert "Sesioni i ripublikuar" in response.content.decode(), url


def test_pages_that_do_not_show_the_session_stay_cached(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, _speaker, _topic = session_and_pages
    other_speaker = add_speaker("Folës që s'flet")
    cached(client, other_speaker.url)

    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    assert get(client, other_speaker.url)["X-Page-Cache"] == "hit"


def test_unpublishing_a_session_takes_it_off_every_page(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, topic = session_and_pages
    listings = [topic.url, speaker.url, feed_url()]
    for url in [session.url, *listings]:
        cached(client, url)

    with django_capture_on_commit_callbacks(execute=True):
        session.unpublish()

    assert client.get(session.url).status_code == HTTPStatus.NOT_FOUND
    for url in listings:
        assert session.title not in get(client, url).content.decode(), url


def test_deleting_a_session_takes_it_off_every_page(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, topic = session_and_pages
    url = session.url
    listings = [topic.url, speaker.url, feed_url(), "/sitemap.xml"]
    for address in [url, *listings]:
        cached(client, address)

    with django_capture_on_commit_callbacks(execute=True):
        session.delete()

    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    for address in listings:
        assert url not in get(client, address).content.decode(), address
        assert session.title not in get(client, address).content.decode()


def test_moving_a_session_moves_it_between_topics(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, _speaker, topic = session_and_pages
    other_topic = add_topic("Tema tjetër")
    old_url = session.url
    for url in [old_url, topic.url, other_topic.url]:
        cached(client, url)

    with django_capture_on_commit_callbacks(execute=True):
        session.move(other_topic, pos="last-child")
    session.refresh_from_db()

    # Wagtail redirects the old address to the new one.
    assert client.get(old_url).url == session.url
    assert session.title not in get(client, topic.url).content.decode()
    assert session.title in get(client, other_topic.url).content.decode()
    assert get(client, session.url)["X-Page-Cache"] == "miss"


def test_changing_a_slug_frees_the_old_address(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, _speaker, _topic = session_and_pages
    old_url = session.url
    cached(client, old_url)

    session.slug = "adresa-e-re"
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    session.refresh_from_db()
    assert session.url.endswith("/adresa-e-re/")
    assert client.get(old_url).url == session.url
    assert get(client, session.url)["X-Page-Cache"] == "miss"


def test_speakers_added_and_removed_see_the_change(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    from sessions.models import SessionSpeaker

    session, speaker, _topic = session_and_pages
    newcomer = add_speaker("Drita Gashi")
    for url in [speaker.url, newcomer.url]:
        cached(client, url)

    # As the page editor does: the new list is saved when the page is published.
    session.session_speakers = [SessionSpeaker(speaker=newcomer)]
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    assert session.title not in get(client, speaker.url).content.decode()
    assert session.title in get(client, newcomer.url).content.decode()


def test_a_speakers_new_job_shows_on_their_sessions(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, _topic = session_and_pages
    cached(client, session.url)

    speaker.job_title = "Drejtoreshë ekzekutive"
    with django_capture_on_commit_callbacks(execute=True):
        speaker.save_revision().publish()

    assert "Drejtoreshë ekzekutive" in get(client, session.url).content.decode()


def test_a_topic_change_shows_on_every_page_of_the_menu(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, topic = session_and_pages
    topic.show_in_menus = True
    with django_capture_on_commit_callbacks(execute=True):
        topic.save_revision().publish()
    for url in [speaker.url, session.url]:
        cached(client, url)

    topic.title = "Tema me emër të ri"
    with django_capture_on_commit_callbacks(execute=True):
        topic.save_revision().publish()

    for url in [speaker.url, session.url]:
        assert "Tema me emër të ri" in get(client, url).content.decode(), url


def test_a_translation_published_through_wagtail_localize_shows_at_once(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation, TranslationSource

    session, speaker, topic = session_and_pages
    with django_capture_on_commit_callbacks(execute=True):
        translate(topic, speaker)
    serbian_topic = counterpart(topic, "sr-latn")
    for url in [session.url, serbian_topic.url]:
        cached(client, url)

    source, _created = TranslationSource.get_or_create_from_instance(session)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.create(
            source=source, target_locale=serbian_topic.locale
        ).save_target(publish=True)
    serbian_session = counterpart(session, "sr-latn")

    switcher = get(client, session.url).content.decode()
    assert f'hreflang="sr-Latn" href="http://testserver{serbian_session.url}"' in (
        switcher
    )
    assert serbian_session.title in get(client, serbian_topic.url).content.decode()


def test_replacing_an_image_in_the_admin_shows_the_new_one(
    page_cache,
    client,
    admin_client,
    session_and_pages,
    django_capture_on_commit_callbacks,
):

    session, _speaker, _topic = session_and_pages
    old = cached(client, session.url).content.decode()
    image = session.image
    old_rendition = image.get_rendition("fill-600x300|format-webp").url
    assert old_rendition in old
    replacement = make_image("Zëvendësim").file

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": image.title,
                "file": replacement.open("rb"),
                "collection": image.collection_id,
                "tags": "",
                "focal_point_x": "",
                "focal_point_y": "",
                "focal_point_width": "",
                "focal_point_height": "",
            },
        )
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]

    page = get(client, session.url)
    assert page["X-Page-Cache"] == "miss"
    assert old_rendition not in page.content.decode()


def test_renaming_a_document_in_the_admin_shows_the_new_title(
    page_cache,
    client,
    admin_client,
    session_and_pages,
    django_capture_on_commit_callbacks,
):
    session, _speaker, _topic = session_and_pages
    cached(client, session.url)
    document = session.documents.get().document

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Raporti përfundimtar",
                "collection": document.collection_id,
                "tags": "",
            },
        )
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]

    assert "Raporti përfundimtar" in get(client, session.url).content.decode()


def test_a_menu_page_change_reaches_every_page(
    page_cache, client, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, _topic = session_and_pages
    for url in [session.url, speaker.url]:
        cached(client, url)
    index = SessionIndexPage.objects.get(locale__language_code="sq")

    index.title = "Të gjitha sesionet"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()

    for url in [session.url, speaker.url]:
        assert "Të gjitha sesionet" in get(client, url).content.decode(), url


class RecordPurges(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append(self.path)
        self.send_response(HTTPStatus.OK)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordPurges)
    server.purged = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()


def test_the_frontend_cache_gets_the_same_purge_list(
    varnish, session_and_pages, django_capture_on_commit_callbacks
):
    session, speaker, _topic = session_and_pages

    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    # API responses are purged as a group in the page cache only.
    pages = {
        url.split("?")[0]
        for url in urls_showing(session, speaker)
        if not url.startswith("/api/")
    }
    assert pages <= set(varnish.purged)
