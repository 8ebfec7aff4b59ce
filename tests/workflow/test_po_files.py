"""PO files through wagtail-localize's download and upload views."""

from http import HTTPStatus

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page

from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)

from .conftest import (
    SERBIAN,
    counterpart,
    publish_translation,
    start_translating,
    translated_strings,
    translation_into,
)

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    TopicPage,
    InformationSessionPage,
    SpeakerIndexPage,
    SpeakerPage,
]


def download(client, translation):
    response = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert response.status_code == HTTPStatus.OK
    return polib.pofile(response.content.decode())


def upload(client, translation, content, next_url="/admin/pages/"):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {
            "file": SimpleUploadedFile("translation.po", content),
            "next": next_url,
        },
    )


def messages_of(response):
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def started(new_session, translator, django_capture_on_commit_callbacks):
    """The Serbian translation of ``new_session``, started and still empty."""
    with django_capture_on_commit_callbacks(execute=True):
        start_translating(translator, counterpart(new_session, "sr-latn"))
    return translation_into(new_session, "sr-latn")


def test_a_po_round_trip_fills_the_translation(
    started, translator, django_capture_on_commit_callbacks
):
    po = download(translator, started)
    body = iter(SERBIAN["body"])
    for entry in po:
        field = entry.msgctxt.split(".")[0]
        entry.msgstr = next(body) if field == "body" else SERBIAN[field]

    response = upload(translator, started, str(po).encode())

    assert response.status_code == HTTPStatus.FOUND
    assert messages_of(response)[0][0] == "success"
    assert sorted(translated_strings(started).values()) == sorted(
        [SERBIAN["title"], SERBIAN["slug"], SERBIAN["summary"], *SERBIAN["body"]]
    )
    page = started.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(translator, page)
    html = translator.get(Page.objects.get(pk=page.pk).url).content.decode()
    assert all(text in html for text in SERBIAN["body"])


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_round_trips(translator, locales, page_type):
    source = page_type.objects.filter(locale=locales["sq"]).first()
    translation = translation_into(source, "sr-latn")
    po = download(translator, translation)
    assert len(po) == translation.source.stringsegment_set.count()
    if getattr(source, "body", None):
        assert any(entry.msgctxt.startswith("body.") for entry in po)
    entry = po[-1]
    entry.msgstr = f"{entry.msgstr} (ispravljeno)"

    response = upload(translator, translation, str(po).encode())

    assert messages_of(response)[0][0] == "success"
    assert translated_strings(translation)[entry.msgctxt] == entry.msgstr


@pytest.fixture
def serbian_session(locales):
    source = InformationSessionPage.objects.get(
        locale=locales["sq"], slug="cfare-eshte-shoqeria-civile"
    )
    return translation_into(source, "sr-latn")


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00binary",
        b'msgid "unterminated\nmsgstr ""\n',
        b"",
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Çfarë është shoqëria civile"\nmsgstr "Nešto drugo"\n'.encode(),
    ],
    ids=["binary", "syntax-error", "empty", "no-translation-header"],
)
def test_a_malformed_po_file_changes_nothing(translator, serbian_session, content):
    before = translated_strings(serbian_session)

    response = upload(translator, serbian_session, content)

    assert response.status_code == HTTPStatus.FOUND
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert "PO" in text
    assert translated_strings(serbian_session) == before


def test_a_po_file_of_another_page_is_refused(translator, locales, serbian_session):
    other = translation_into(
        TopicPage.objects.filter(locale=locales["sq"]).first(), "sr-latn"
    )
    po = download(translator, other)
    for entry in po:
        entry.msgstr = "Pogrešna stranica"
    before = translated_strings(serbian_session)

    response = upload(translator, serbian_session, str(po).encode())

    assert [level for level, _text in messages_of(response)] == ["error"]
    assert translated_strings(serbian_session) == before
    assert "Pogrešna stranica" not in translated_strings(other).values()


def test_a_po_file_with_unknown_messages_is_refused_whole(translator, serbian_session):
    po = download(translator, serbian_session)
    po[0].msgstr = "Promenjeno"
    po.append(polib.POEntry(msgid="Nuk është në faqe", msgctxt="body", msgstr="X"))
    before = translated_strings(serbian_session)

    response = upload(translator, serbian_session, str(po).encode())

    [(level, text)] = messages_of(response)
    assert level == "error"
    assert "Nuk është në faqe" in text
    assert translated_strings(serbian_session) == before


def test_uploading_without_a_file_is_refused(translator, serbian_session):
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[serbian_session.pk]),
        {"next": "/admin/"},
    )

    assert response.status_code == HTTPStatus.FOUND
    assert messages_of(response)[0][0] == "error"


def test_a_translator_may_not_use_po_files_of_another_language(
    translator, serbian_session
):
    english = translation_into(serbian_session.source.get_source_instance(), "en")
    po = download(translator, serbian_session)
    before = translated_strings(english)

    assert (
        translator.get(
            reverse("wagtail_localize:download_pofile", args=[english.pk])
        ).status_code
        == HTTPStatus.FOUND
    )
    response = upload(translator, english, str(po).encode())
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == reverse("wagtailadmin_home")
    assert translated_strings(english) == before
