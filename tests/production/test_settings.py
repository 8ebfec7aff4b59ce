"""The production settings, run as the server runs them: in a process of their own."""

import json

from .conftest import production_env, run_production

SHELL_CACHE_AND_LOG = """
import logging
from django.core.cache import cache
for n in range(50):
    cache.set(f"key-{n}", n)
    assert cache.get(f"key-{n}") is None
missed = cache.get_many(["a"])
missed["b"] = None
assert cache.get_many(["c"]) == {}
logging.getLogger("cms").warning("Plain application line")
"""

SHELL_VISIT = """
import json
from django.test import Client
client = Client(HTTP_X_FORWARDED_PROTO="https")
responses = {}
for path in ("/sq/", "/sr-latn/", "/en/", "/healthz"):
    response = client.get(path)
    responses[path] = {
        "status": response.status_code,
        "cache_control": response.headers.get("Cache-Control", ""),
        "body": response.content.decode(),
    }
print("RESPONSES", json.dumps(responses))
"""


def json_lines(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_deploy_check_reports_nothing_with_a_realistic_environment():
    result = run_production("check", "--deploy", "--fail-level", "DEBUG")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_start_up_without_secret_key_fails_with_a_clear_message():
    result = run_production("check", env=production_env(SECRET_KEY=None))

    assert result.returncode != 0
    assert "The SECRET_KEY environment variable is required" in result.stderr


def test_start_up_without_database_url_fails_with_a_clear_message():
    result = run_production("check", env=production_env(DATABASE_URL=None))

    assert result.returncode != 0
    assert "The DATABASE_URL environment variable is required" in result.stderr


def test_cache_fails_open_and_logs_redis_errors_once_per_interval():
    """Redis not running: every cache call misses quietly, one JSON line says why."""
    result = run_production("shell", "-c", SHELL_CACHE_AND_LOG)

    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stdout)
    redis_lines = [line for line in lines if line["name"] == "django_redis.cache"]
    assert len(redis_lines) == 1
    assert "ConnectionError" in redis_lines[0]["exc_info"]
    assert {"time", "level", "message"} <= redis_lines[0].keys()
    assert any(line["message"] == "Plain application line" for line in lines)


def test_unreachable_database_gives_a_503_page_in_the_visitors_language(
    unreachable_database_url, static_root
):
    env = production_env(
        DATABASE_URL=unreachable_database_url,
        ALLOWED_HOSTS="testserver",
        STATIC_ROOT=str(static_root),
    )
    result = run_production("shell", "-c", SHELL_VISIT, env=env)

    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESPONSES "))
    responses = json.loads(line.removeprefix("RESPONSES "))
    assert {path: r["status"] for path, r in responses.items()} == {
        "/sq/": 503,
        "/sr-latn/": 503,
        "/en/": 503,
        "/healthz": 503,
    }
    assert all("no-store" in r["cache_control"] for r in responses.values())
    assert '<html lang="sq">' in responses["/sq/"]["body"]
    assert "Provoni përsëri" in responses["/sq/"]["body"]
    assert '<html lang="sr-Latn">' in responses["/sr-latn/"]["body"]
    assert "Pokušajte ponovo" in responses["/sr-latn/"]["body"]
    assert "Try again" in responses["/en/"]["body"]
    assert json.loads(responses["/healthz"]["body"]) == {
        "status": "unavailable",
        "database": "unavailable",
    }


def test_static_files_are_fingerprinted_and_compressed(static_root):
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]

    assert hashed != "css/site.css"
    assert (static_root / hashed).exists()
    assert (static_root / f"{hashed}.gz").exists()


def test_media_can_live_in_an_s3_bucket_shown_under_the_policy():
    env = production_env(
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="kcsf-media",
        AWS_S3_CUSTOM_DOMAIN="media.kcsf.example.org",
    )
    shell = (
        "from django.conf import settings;"
        "from django.core.files.storage import default_storage as s;"
        "print(type(s._wrapped).__name__, s.bucket_name, s.querystring_auth);"
        "print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )

    result = run_production("shell", "-c", shell, env=env)

    assert result.returncode == 0, result.stderr
    assert "S3Storage kcsf-media False" in result.stdout
    assert "https://media.kcsf.example.org" in result.stdout
