"""export_translations and import_translations on the demo content."""

import io

import polib
import pytest
from django.core.management import CommandError, call_command

from sessions.models import InformationSessionPage

from .conftest import PARAGRAPHS, counterpart, edit_session, translated_strings
from .conftest import translation_into as translation_of

pytestmark = pytest.mark.django_db


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(command, *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def changed_demo_session(editor, locales):
    """A demo session whose second paragraph the editor rewrote and published."""
    session = InformationSessionPage.objects.get(
        locale=locales["sq"], slug="cfare-eshte-shoqeria-civile"
    )
    paragraphs = [block.value.source[3:-4] for block in session.body]
    paragraphs[1] = "Sesioni u mbajt në Zoom, me mbi 25 pjesëmarrës."
    edit_session(editor, session, paragraphs)
    return session


def test_demo_content_exports_nothing(tmp_path, db):
    out, _err, error = run("export_translations", "sr-latn", str(tmp_path))

    assert error is None
    assert list(tmp_path.iterdir()) == []


def test_export_and_import_round_trip(
    changed_demo_session, new_session, tmp_path, django_capture_on_commit_callbacks
):
    alias = counterpart(new_session, "sr-latn")
    changed = counterpart(changed_demo_session, "sr-latn")

    with django_capture_on_commit_callbacks(execute=True):
        out, _err, error = run("export_translations", "sr-latn", str(tmp_path))

    assert error is None
    files = {path.name: polib.pofile(str(path)) for path in tmp_path.iterdir()}
    assert set(files) == {
        f"{alias.pk}-{alias.slug}.po",
        f"{changed.pk}-{changed.slug}.po",
    }
    changed_po = files[f"{changed.pk}-{changed.slug}.po"]
    assert [entry.msgid for entry in changed_po.untranslated_entries()] == [
        "Sesioni u mbajt në Zoom, me mbi 25 pjesëmarrës."
    ]
    new_po = files[f"{alias.pk}-{alias.slug}.po"]
    assert {entry.msgid for entry in new_po} >= set(PARAGRAPHS)
    assert new_po.percent_translated() == 0

    for po in files.values():
        for entry in po.untranslated_entries():
            entry.msgstr = f"[sr] {entry.msgid}"
    for name, po in files.items():
        po.save(str(tmp_path / name))

    out, err, error = run("import_translations", str(tmp_path))

    assert error is None and err == ""
    assert all(name in out for name in files)
    for page in (changed_demo_session, new_session):
        translation = translation_of(page, "sr-latn")
        strings = translated_strings(translation)
        assert all(strings.get(entry.msgctxt) for entry in translation.export_po()), (
            page.title
        )
    assert "[sr] Sesioni u mbajt në Zoom, me mbi 25 pjesëmarrës." in (
        translated_strings(translation_of(changed_demo_session, "sr-latn")).values()
    )


def test_import_refuses_a_bad_file_and_applies_the_others(
    new_session, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run("export_translations", "sr-latn", str(tmp_path))
    [exported] = tmp_path.iterdir()
    good = polib.pofile(str(exported))
    for entry in good:
        entry.msgstr = f"[sr] {entry.msgid}"
    good.save(str(exported))
    tampered = polib.pofile(str(exported))
    tampered.append(polib.POEntry(msgid="Nuk është këtu", msgctxt="body", msgstr="x"))
    tampered.save(str(tmp_path / "tampered.po"))
    (tmp_path / "garbage.po").write_bytes(b"\x00\xff not a po file")
    translation = translation_of(new_session, "sr-latn")

    out, err, error = run("import_translations", str(tmp_path))

    assert error is not None
    assert exported.name in out
    assert "tampered.po" in err and "garbage.po" in err
    assert "tampered.po" not in out and "garbage.po" not in out
    assert set(translated_strings(translation).values()) == {
        entry.msgstr for entry in good
    }
