"""Machine translation: configured from the environment, absent by default."""

import json
from http import HTTPStatus

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.production.conftest import production_env, run_production

from .conftest import counterpart, start_translating, translated_strings
from .conftest import translation_into as translation_of

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
PRINT_TRANSLATOR = (
    "import json; from django.conf import settings; "
    "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))"
)


@pytest.fixture
def started(new_session, translator, django_capture_on_commit_callbacks):
    alias = counterpart(new_session, "sr-latn")
    with django_capture_on_commit_callbacks(execute=True):
        start_translating(translator, alias)
    return alias, translation_of(new_session, "sr-latn")


def editor_props(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == HTTPStatus.OK
    return json.loads(response.context["props"])


@pytest.mark.django_db
def test_without_a_machine_translator_the_editor_has_no_button(started, translator):
    alias, _translation = started

    assert editor_props(translator, alias)["machineTranslator"] is None


@pytest.mark.django_db
@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_the_configured_translator_pre_fills_the_segments(started, translator):
    alias, translation = started
    button = editor_props(translator, alias)["machineTranslator"]
    assert button["url"] == reverse(
        "wagtail_localize:machine_translate", args=[translation.pk]
    )

    translator.post(button["url"], {"next": "/admin/"})

    strings = translated_strings(translation)
    assert len(strings) == translation.source.stringsegment_set.count()
    assert all(strings.values())


@pytest.mark.parametrize(
    ("environment", "translator_class", "options"),
    [
        ({}, None, None),
        (
            {"DEEPL_API_KEY": "key:fx"},
            "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            {"AUTH_KEY": "key:fx"},
        ),
        (
            {
                "LIBRETRANSLATE_URL": "https://libretranslate.example.org",
                "LIBRETRANSLATE_API_KEY": "secret",
            },
            "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            {
                "LIBRETRANSLATE_URL": "https://libretranslate.example.org",
                "API_KEY": "secret",
            },
        ),
    ],
    ids=["none", "deepl", "libretranslate"],
)
def test_production_takes_the_machine_translator_from_the_environment(
    environment, translator_class, options
):
    result = run_production(
        "shell", "-c", PRINT_TRANSLATOR, env=production_env(**environment)
    )

    assert result.returncode == 0, result.stderr
    configured = json.loads(result.stdout.strip().splitlines()[-1])
    if translator_class is None:
        assert configured is None
    else:
        assert configured == {"CLASS": translator_class, "OPTIONS": options}
