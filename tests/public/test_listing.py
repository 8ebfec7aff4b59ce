"""The session listing: filters in the query string, pagination, bad input."""

from http import HTTPStatus

import pytest
from wagtail.models import Page

from home.models import HomePage
from sessions.models import InformationSessionPage, SessionIndexPage, TopicPage

from .conftest import LANGUAGES, add_session, parse, squash

pytestmark = pytest.mark.django_db

EMPTY_MESSAGES = {
    "sq": "Asnjë sesion nuk përputhet me këta filtra.",
    "sr-latn": "Nijedna sesija ne odgovara ovim filterima.",
    "en": "No session matches these filters.",
}


def listing_url(language):
    return SessionIndexPage.objects.get(locale__language_code=language).url


def listed_titles(response):
    return [
        squash(a.text_content())
        for a in parse(response).cssselect(".session-card__title a")
    ]


def start(session):
    return session.start


def live_sessions(language, **filters):
    return InformationSessionPage.objects.live().filter(
        locale__language_code=language, **filters
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_navigation_of_every_language_leads_to_the_listing(client, language):
    home = HomePage.objects.get(locale__language_code=language)

    nav = parse(client.get(home.url)).cssselect(".site-nav a")

    assert listing_url(language) in [a.get("href") for a in nav]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_listing_shows_every_session_of_its_language_upcoming_first(
    client, language
):
    response = client.get(listing_url(language))

    expected = {s.title for s in live_sessions(language)}
    soonest = min((s for s in live_sessions(language) if not s.is_past), key=start)
    titles = listed_titles(response)
    assert response.status_code == HTTPStatus.OK
    assert set(titles) == expected
    assert titles[0] == soonest.title


def test_the_filters_combine_and_stay_in_the_query_string(client, sessions_by_kind):
    topic = TopicPage.objects.filter(locale__language_code="en").order_by("path")[0]
    hybrid = sessions_by_kind["en"]["hybrid"]
    query = {
        "when": "upcoming",
        "topic": topic.slug,
        "format": "hybrid",
        "language": "sr",
        "year": str(hybrid.start.year),
    }

    response = client.get(listing_url("en"), query)

    assert listed_titles(response) == [hybrid.title]
    form = parse(response).cssselect("form.filters")[0]
    assert form.get("method") == "get"
    for name, value in query.items():
        assert (
            form.cssselect(f'select[name="{name}"] option[selected]')[0].get("value")
            == value
        )


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ({"format": "online"}, {"online"}),
        ({"when": "past"}, {"past"}),
        ({"language": "tr"}, {"upcoming"}),
        ({"format": "in_person", "when": "upcoming"}, {"upcoming"}),
    ],
)
def test_each_filter_keeps_only_matching_sessions(
    client, sessions_by_kind, query, kept
):
    sessions_by_kind["en"]["upcoming"].languages = ["tr"]
    sessions_by_kind["en"]["upcoming"].save_revision().publish()

    titles = set(listed_titles(client.get(listing_url("en"), query)))

    mine = {kind: s.title for kind, s in sessions_by_kind["en"].items()}
    assert {kind for kind, title in mine.items() if title in titles} == kept


def test_the_language_filter_matches_whole_codes_only(client, sessions_by_kind):
    session = sessions_by_kind["en"]["online"]
    session.languages = ["rom"]
    session.save_revision().publish()

    romani = listed_titles(client.get(listing_url("en"), {"language": "rom"}))

    assert romani == [session.title]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_result_says_so_in_the_visitor_language(client, language):
    response = client.get(listing_url(language), {"year": "2021", "when": "upcoming"})

    assert response.status_code == HTTPStatus.OK
    assert listed_titles(response) == []
    assert EMPTY_MESSAGES[language] in squash(response.content.decode())


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "1999"},
        {"format": "zzz"},
        {"topic": "../../etc"},
        {"language": "' OR 1=1 --"},
        {"when": "tomorrow"},
        {"page": "-1"},
        {"page": "0"},
        {"page": "abc"},
        {"page": "99999999999999999999999"},
        {"title__startswith": "x", "locale__language_code": "sq"},
        {"format": "\x00"},
    ],
)
def test_bad_filter_values_return_the_listing(client, query):
    response = client.get(listing_url("en"), query)

    assert response.status_code == HTTPStatus.OK
    assert set(listed_titles(response)) == {s.title for s in live_sessions("en")}


def test_a_refused_filter_is_explained_in_the_visitor_language(client):
    response = client.get(listing_url("sr-latn"), {"year": "abc", "format": "online"})

    document = parse(response)
    error = squash(document.cssselect(".filters__error")[0].text_content())
    assert "Ovaj filter je izostavljen." in error
    assert document.cssselect("#id_year")[0].get("aria-invalid") == "true"
    assert set(listed_titles(response)) == {
        s.title for s in live_sessions("sr-latn", format="online")
    }


def test_pages_of_results_keep_the_filters(client, locales):
    topic = TopicPage.objects.filter(locale=locales["en"]).order_by("path")[0]
    for number in range(12):
        add_session(
            topic,
            title=f"Paged session {number:02}",
            slug=f"paged-{number}",
            days=100 + number,
            format="online",
        )

    first = client.get(listing_url("en"), {"format": "online", "when": "upcoming"})
    next_link = parse(first).cssselect('.pagination a[rel="next"]')[0].get("href")
    second = client.get(listing_url("en") + next_link)
    beyond = client.get(listing_url("en"), {"format": "online", "page": "999"})

    assert len(listed_titles(first)) == 10
    assert "format=online" in next_link
    assert "when=upcoming" in next_link
    assert listed_titles(second) == ["Paged session 10", "Paged session 11"]
    assert (
        listed_titles(beyond)[-1]
        == min(live_sessions("en", format="online"), key=lambda s: s.start).title
    )


def test_a_topic_page_lists_only_its_own_sessions_with_the_same_filters(
    client, sessions_by_kind
):
    topic = sessions_by_kind["en"]["online"].get_parent()

    response = client.get(topic.url, {"format": "online"})

    document = parse(response)
    own_online = InformationSessionPage.objects.child_of(topic).filter(format="online")
    assert set(listed_titles(response)) == {s.title for s in own_online.live()}
    assert sessions_by_kind["en"]["online"].title in listed_titles(response)
    assert sessions_by_kind["en"]["hybrid"].title not in listed_titles(response)
    assert not document.cssselect('select[name="topic"]')
    assert document.cssselect('select[name="format"]')


def test_draft_and_private_sessions_are_not_listed(client, sessions_by_kind):
    from wagtail.models import PageViewRestriction

    draft = sessions_by_kind["en"]["upcoming"]
    draft.unpublish()
    private = sessions_by_kind["en"]["online"]
    PageViewRestriction.objects.create(
        page=private,
        restriction_type="password",
        password="secret",
    )

    titles = listed_titles(client.get(listing_url("en")))

    assert draft.title not in titles
    assert private.title not in titles
    assert sessions_by_kind["en"]["hybrid"].title in titles


def test_the_listing_page_can_exist_once_per_home():
    home = HomePage.objects.get(locale__language_code="sq")

    assert not SessionIndexPage.can_create_at(home)
    assert SessionIndexPage in home.specific_class.allowed_subpage_models()
    assert Page.objects.type(SessionIndexPage).live().count() == len(LANGUAGES)
