from http import HTTPStatus

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SessionIndexPage,
    SpeakerIndexPage,
    TopicPage,
)

pytestmark = pytest.mark.django_db


def session_form(**overrides):
    data = {
        "title": "Sesioni i ri",
        "slug": "sesioni-i-ri",
        "start": "2030-05-06 10:00",
        "end": "2030-05-06 13:00",
        "format": "online",
        "join_url": "https://example.org/join",
        "languages": ["sq"],
        "summary": "Përmbledhje.",
        "body": streamfield([]),
        "session_speakers": inline_formset([]),
        "documents": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(model, parent):
    return (
        f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/"
        f"{parent.pk}/"
    )


@pytest.fixture
def topic(locales):
    return TopicPage.objects.get(
        locale=locales["sq"], slug="koncepti-i-shoqerise-civile"
    )


def test_admin_creates_a_valid_session(admin_client, topic):
    response = admin_client.post(add_url(InformationSessionPage, topic), session_form())

    assert response.status_code == HTTPStatus.FOUND
    assert (
        InformationSessionPage.objects.child_of(topic)
        .filter(slug="sesioni-i-ri")
        .exists()
    )


def test_session_ending_before_it_starts_is_refused_on_the_end_field(
    admin_client, topic
):
    count = Page.objects.count()

    response = admin_client.post(
        add_url(InformationSessionPage, topic),
        session_form(start="2030-05-06 13:00", end="2030-05-06 10:00"),
    )

    assert response.status_code == HTTPStatus.OK
    form = response.context["form"]
    assert "end" in form.errors
    assert Page.objects.count() == count


def test_join_url_that_is_not_a_url_is_refused_on_its_field(admin_client, topic):
    response = admin_client.post(
        add_url(InformationSessionPage, topic), session_form(join_url="zoom meeting")
    )

    assert response.status_code == HTTPStatus.OK
    assert "join_url" in response.context["form"].errors


def test_invalid_edit_keeps_the_saved_session(admin_client, topic):
    session = topic.sessions().get()
    edit_url = f"/admin/pages/{session.pk}/edit/"

    response = admin_client.post(
        edit_url,
        session_form(
            title="Titull i ndryshuar",
            slug=session.slug,
            start="2030-05-06 13:00",
            end="2030-05-06 10:00",
        ),
    )

    assert response.status_code == HTTPStatus.OK
    assert "end" in response.context["form"].errors
    session.refresh_from_db()
    assert session.title == "Çfarë është shoqëria civile"
    assert session.start.year == 2021


@pytest.mark.parametrize(
    ("model", "parent_model", "parent_slug"),
    [
        (InformationSessionPage, HomePage, "ballina"),
        (TopicPage, TopicPage, "koncepti-i-shoqerise-civile"),
        (SpeakerIndexPage, SpeakerIndexPage, "folesit"),
    ],
)
def test_admin_refuses_a_page_type_where_it_does_not_belong(
    admin_client, locales, model, parent_model, parent_slug
):
    parent = parent_model.objects.get(locale=locales["sq"], slug=parent_slug)

    # The admin speaks the site's default language, Albanian, to a user who has
    # not chosen another one.
    response = admin_client.get(add_url(model, parent), follow=True)

    assert response.redirect_chain[-1] == ("/admin/", HTTPStatus.FOUND)
    messages = [str(m).strip() for m in response.context["messages"]]
    assert messages == ["Na vjen keq, nuk keni leje për të hyrë në këtë pjesë."]
    assert not model.objects.child_of(parent).exists()


def test_page_tree_rules():
    assert InformationSessionPage.allowed_parent_page_models() == [TopicPage]
    assert TopicPage.allowed_parent_page_models() == [HomePage]
    assert set(HomePage.allowed_subpage_models()) == {
        TopicPage,
        SessionIndexPage,
        SpeakerIndexPage,
    }
    assert InformationSessionPage.allowed_subpage_models() == []


def test_only_one_speaker_index_per_home_page(locales):
    home = HomePage.objects.get(locale=locales["sq"])

    assert not SpeakerIndexPage.can_create_at(home)
    assert TopicPage.can_create_at(home)
