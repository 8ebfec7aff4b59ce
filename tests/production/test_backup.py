"""`make backup` and `make restore` bring back everything editors saved."""

import os
import subprocess
import urllib.parse
import uuid
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from wagtail.images.models import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from tests.live_site import drop_database

pytestmark = [pytest.mark.django_db, pytest.mark.postgresql_only]

DEPLOY = Path(settings.BASE_DIR, "deploy")


@pytest.fixture
def database_url():
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump and pg_restore need PostgreSQL (DATABASE_URL)")
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def fresh_database_url(database_url):
    name = f"kcsf_restore_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(database_url, dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    url = urllib.parse.urlsplit(database_url)._replace(path=f"/{name}").geturl()
    yield url
    drop_database(url)


def run(script, *args, **env):
    subprocess.run(  # noqa: S603
        [DEPLOY / script, *args],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    )


def rows(url, query):
    with psycopg2.connect(url) as restored, restored.cursor() as cursor:
        cursor.execute(query)
        return set(cursor.fetchall())


def test_restore_into_a_fresh_database_finds_everything(
    database_url, fresh_database_url, tmp_path
):
    backup_dir, restored_media = tmp_path / "backups", tmp_path / "media"
    media_root = str(settings.MEDIA_ROOT)
    run(
        "backup.sh",
        DATABASE_URL=database_url,
        MEDIA_ROOT=media_root,
        BACKUP_DIR=str(backup_dir),
    )
    (tarball,) = backup_dir.glob("kcsf-*.tar.gz")

    run(
        "restore.sh",
        tarball,
        DATABASE_URL=fresh_database_url,
        MEDIA_ROOT=str(restored_media),
    )

    pages = {
        (p.pk, p.title, p.url_path, p.locale_id, str(p.translation_key))
        for p in Page.objects.all()
    }
    assert len(pages) > 30
    assert (
        rows(
            fresh_database_url,
            "SELECT id, title, url_path, locale_id, translation_key::text"
            " FROM wagtailcore_page",
        )
        == pages
    )
    assert rows(
        fresh_database_url,
        "SELECT id, target_locale_id FROM wagtail_localize_translation",
    ) == set(Translation.objects.values_list("pk", "target_locale_id"))
    assert rows(
        fresh_database_url, "SELECT id, object_id FROM wagtailcore_revision"
    ) == set(Revision.objects.values_list("pk", "object_id"))
    images = set(Image.objects.values_list("pk", "file"))
    assert images
    assert (
        rows(fresh_database_url, "SELECT id, file FROM wagtailimages_image") == images
    )
    for _pk, name in images:
        assert (restored_media / name).read_bytes() == (
            Path(settings.MEDIA_ROOT, name).read_bytes()
        )
