"""A real server process for tests that need one (browsers, API clients).

It runs on a database of its own, built with the same commands as `make run`,
so the tests sharing pytest-django's database keep their demo content.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg2
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database_url(tmp_dir):
    """A new empty database on the server the test run uses."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_dir / 'live_site.sqlite3'}"
    parts = urllib.parse.urlsplit(url)
    name = f"{parts.path.lstrip('/')}_live_{os.getpid()}"
    admin = psycopg2.connect(url, dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def drop_database(url):
    if not url.startswith(("postgres://", "postgresql://")):
        return
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    admin = psycopg2.connect(url, dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


class LiveSite:
    def __init__(self, tmp_dir):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "DATABASE_URL": fresh_database_url(tmp_dir),
        }
        self.log = open(tmp_dir / "live_site.log", "w")
        self.process = None

    def manage(self, *args):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            check=True,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def start(self):
        self.manage("migrate", "--no-input")
        self.manage("load_demo_content")
        self.manage("create_demo_users")
        self.process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{self.port}",
                "--noreload",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/sq/", timeout=5)  # noqa: S310
                return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"The live site did not start; see {self.log.name}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.log.close()
        drop_database(self.env["DATABASE_URL"])
