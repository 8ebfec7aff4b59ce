import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from tests.live_site import free_port


def production_env(**overrides):
    """A realistic production environment, as README "Deploying" describes it."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_", "AWS_", "EMAIL_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="kcsf.example.org",
        CSRF_TRUSTED_ORIGINS="https://kcsf.example.org",
        WAGTAILADMIN_BASE_URL="https://kcsf.example.org",
        DATABASE_URL=os.environ.get("DATABASE_URL")
        or f"sqlite:///{settings.BASE_DIR / 'db.sqlite3'}",
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
        EMAIL_HOST="smtp.example.org",
        LOG_LEVEL="INFO",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run_production(*args, env=None):
    """Run ``manage.py`` with the production settings in a process of its own."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env or production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected as for production: compressed, with a manifest."""
    root = tmp_path_factory.mktemp("static")
    result = run_production(
        "collectstatic", "--no-input", env=production_env(STATIC_ROOT=str(root))
    )
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def unreachable_database_url():
    """A PostgreSQL address where no server listens."""
    return f"postgres://postgres@127.0.0.1:{free_port()}/kcsf"
