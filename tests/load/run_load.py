"""Load and fault test of the production set-up (README, "Deploying").

    python -m tests.load.run_load                # full: 60 s per load phase
    python -m tests.load.run_load --seconds 15   # short form, run by .ci/run

It starts a PRIVATE PostgreSQL cluster and a private redis-server on free ports
in a temporary folder (so stopping them disturbs nobody), builds the demo site
there and serves it with gunicorn and the production settings. Then:

1. steady load: 50 clients read pages in every language, search and the API,
   while an editor publishes sessions and a translator publishes their Serbian
   translations; each change must show on the very next request;
2. the same, with Redis killed halfway through and started again;
3. PostgreSQL stopped: pages answer 503 in their own language and /healthz 503;
   PostgreSQL started again: the same gunicorn serves every page with 200.

It exits 1 on any 5xx outside step 3, any connection error, or any published
change not visible on the next request. Traffic goes to 127.0.0.1 only.
"""

# ruff: noqa: T201 (a command-line report)
import argparse
import collections
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from tests.load import web_server

BASE_DIR = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = BASE_DIR / "test-artifacts" / "load"
CLIENTS = 50
LANGUAGES = ("sq", "sr-latn", "en")
# Text of templates/503.html in each language.
UNAVAILABLE = {
    "sq": "Provoni përsëri",
    "sr-latn": "Pokušajte ponovo",
    "en": "Try again",
}
SEARCH_TERMS = {
    "sq": ["shoqëria", "civile", "OJQ"],
    "sr-latn": ["društvo", "civilno"],
    "en": ["civil", "society", "governance"],
}
# The proxy in front terminates TLS; the settings trust this header from it.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
WORKERS = 2


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, what, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise RuntimeError(f"Timed out waiting for {what}")


def port_open(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


class PrivatePostgres:
    """A throw-away PostgreSQL cluster, run as postgres when we are root."""

    def __init__(self, folder):
        self.folder = folder
        self.data = folder / "pgdata"
        self.port = free_port()
        self.bin = max(Path("/usr/lib/postgresql").glob("*/bin"))
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/kcsf"

    def run(self, *args):
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603

    def create(self):
        self.run(
            "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self.start()
        self.run(
            "createdb",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "kcsf",
        )

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self.run(
            "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.folder / "postgres.log",
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")


class PrivateRedis:
    def __init__(self, folder):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log = folder / "redis.log"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--logfile",
                str(self.log),
            ]
        )
        wait_for(lambda: port_open(self.port), "redis-server")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.server_errors = []
        self.connection_errors = []
        self.stale = []
        self.published = 0
        self.latencies = []

    def record(self, url, status, seconds):
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)
            if status >= 500:
                self.server_errors.append(f"{status} {url}")

    def failures(self):
        return self.server_errors + self.connection_errors + self.stale

    def report(self, name):
        latencies = sorted(self.latencies) or [0]
        print(
            f"{name}: {sum(self.statuses.values())} requests {dict(self.statuses)}, "
            f"{len(self.connection_errors)} connection errors, "
            f"{self.published} publishes checked, {len(self.stale)} stale; "
            f"p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, "
            f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms"
        )


def reader(base, urls, deadline, stats, seed):
    session = requests.Session()
    session.headers.update(PROXY_HEADERS)
    choose = random.Random(seed).choice  # noqa: S311
    while time.monotonic() < deadline:
        url = choose(urls)
        started = time.monotonic()
        try:
            response = session.get(base + url, timeout=60, allow_redirects=False)
        except requests.RequestException as exc:
            with stats.lock:
                stats.connection_errors.append(f"{url}: {exc}")
            continue
        stats.record(url, response.status_code, time.monotonic() - started)


def publisher(base, deadline, stats, round_prefix):
    """An editor publishes an Albanian session, a translator its Serbian version."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    from sessions.models import InformationSessionPage

    session = requests.Session()
    session.headers.update(PROXY_HEADERS)
    serbian = Locale.objects.get(language_code="sr-latn")
    pages = list(
        InformationSessionPage.objects.live().filter(locale__language_code="sq")
    )
    titles = {page.pk: page.title.split(" · ")[0] for page in pages}
    count = 0
    while time.monotonic() < deadline:
        count += 1
        page = InformationSessionPage.objects.get(pk=pages[count % len(pages)].pk)
        mark = f"{round_prefix}-{count}"
        page.title = f"{titles[page.pk]} · {mark}"
        page.save_revision().publish()
        check_visible(session, base, page.url, mark, stats)

        source, _created = TranslationSource.update_or_create_from_instance(page)
        title = StringSegment.objects.get(source=source, context__path="title")
        StringTranslation.objects.update_or_create(
            translation_of=title.string,
            locale=serbian,
            context=title.context,
            defaults={"data": f"Prevod · {mark}"},
        )
        Translation.objects.get(source=source, target_locale=serbian).save_target(
            publish=True
        )
        translated = page.get_translation(serbian)
        check_visible(session, base, translated.url, f"Prevod · {mark}", stats)
        time.sleep(0.5)


def check_visible(session, base, url, text, stats):
    response = session.get(base + url, timeout=60)
    with stats.lock:
        stats.published += 1
        if response.status_code != 200 or text not in response.text:
            stats.stale.append(f"{url}: {response.status_code}, {text!r} not shown")


def load(base, urls, seconds, stats, round_prefix, during=None):
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=reader, args=(base, urls, deadline, stats, n))
        for n in range(CLIENTS)
    ]
    threads.append(
        threading.Thread(target=publisher, args=(base, deadline, stats, round_prefix))
    )
    for thread in threads:
        thread.start()
    if during:
        during()
    for thread in threads:
        thread.join()


def public_urls():
    from wagtail.models import Page

    pages = [page.url for page in Page.objects.live().public().filter(depth__gt=2)]
    searches = [
        f"/{language}/search/?q={term}"
        for language, terms in SEARCH_TERMS.items()
        for term in terms
    ]
    api = [f"/api/v2/pages/?locale={language}&fields=*" for language in LANGUAGES] + [
        "/api/v2/pages/?type=infosessions.InformationSessionPage&locale=sr-latn",
        "/api/v2/images/",
        "/healthz",
    ]
    return pages + searches + api


def database_outage(base, postgres):
    """Stop PostgreSQL under the running site, then start it again."""
    failures = []
    session = requests.Session()
    session.headers.update(PROXY_HEADERS)
    postgres.stop()
    for language, text in UNAVAILABLE.items():
        response = session.get(f"{base}/{language}/", timeout=30)
        if response.status_code != 503 or text not in response.text:
            failures.append(
                f"/{language}/ with the database down: {response.status_code}"
            )
    if session.get(f"{base}/healthz", timeout=30).status_code != 503:
        failures.append("/healthz did not answer 503 with the database down")
    postgres.start()
    wait_for(
        lambda: session.get(f"{base}/healthz", timeout=30).status_code == 200,
        "the site to recover",
    )
    from django.db import connections

    # This script's own connection went down with the server too.
    connections.close_all()
    return failures


def check_web_server(folder, app_port):
    """deploy/nginx.conf in front of the same gunicorn, when nginx is installed."""
    if not Path(web_server.NGINX).exists():
        message = "nginx is not installed: deploy/nginx.conf was not checked"
        print(message)
        return [message] if os.environ.get("CI") else []
    failures = web_server.check(folder, app_port, free_port(), folder / "media")
    print(f"deploy/nginx.conf: {len(failures)} failures")
    return failures


def server_errors_logged(log_lines):
    """The last line of each distinct traceback behind a 500, to say why."""
    reasons = collections.Counter()
    for line in log_lines:
        if '"Internal Server Error: ' in line:
            record = json.loads(line)
            trace = record.get("exc_info", record["message"]).strip()
            reasons[trace.splitlines()[-1]] += 1
    return [f"{count} x {reason}" for reason, count in reasons.most_common(5)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--seconds", type=int, default=60, help="length of each load phase"
    )
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kcsf-load-"))
    postgres, redis = PrivatePostgres(folder), PrivateRedis(folder)
    gunicorn = None
    gunicorn_log = folder / "gunicorn.log"
    try:
        postgres.create()
        redis.start()
        os.environ.update(
            DJANGO_SETTINGS_MODULE="cms.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            DATABASE_URL=postgres.url,
            REDIS_URL=redis.url,
            ALLOWED_HOSTS="127.0.0.1",
            STATIC_ROOT=str(folder / "static"),
            MEDIA_ROOT=str(folder / "media"),
            LOG_LEVEL="WARNING",
            WEB_CONCURRENCY=str(WORKERS),
            DOCUMENTS_X_ACCEL_REDIRECT="true",
        )
        for command in (
            ["migrate", "--no-input"],
            ["load_demo_content"],
            ["collectstatic", "--no-input"],
        ):
            subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", *command, "-v0"],
                cwd=BASE_DIR,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with open(gunicorn_log, "w") as log:
            gunicorn = subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    "gunicorn.conf.py",
                    "--bind",
                    f"127.0.0.1:{port}",
                ],
                cwd=BASE_DIR,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for(lambda: port_open(port), "gunicorn")

        import django

        django.setup()
        urls = public_urls()
        print(f"{len(urls)} URLs, {CLIENTS} clients, {options.seconds} s per phase")

        steady = Stats()
        load(base, urls, options.seconds, steady, "steady")
        steady.report("steady load")

        def kill_and_restart_redis():
            time.sleep(options.seconds / 2)
            redis.kill()
            time.sleep(options.seconds / 4)
            redis.start()

        outage = Stats()
        load(
            base, urls, options.seconds, outage, "redis", during=kill_and_restart_redis
        )
        outage.report("Redis killed halfway")

        database_failures = database_outage(base, postgres)
        web_server_failures = check_web_server(folder, port)
        recovered = Stats()
        load(base, urls, 3, recovered, "recovered")
        recovered.report("after PostgreSQL came back")

        log_lines = gunicorn_log.read_text().splitlines()
        redis_lines = sum('"django_redis.cache"' in line for line in log_lines)
        workers = sum("Booting worker" in line for line in log_lines)
        print(
            f"Redis errors logged: {redis_lines} lines from {workers} worker processes"
        )
        failures = (
            steady.failures()
            + outage.failures()
            + recovered.failures()
            + database_failures
            + web_server_failures
        )
        failures += server_errors_logged(log_lines)
        if not redis_lines or redis_lines > 2 * workers:
            failures.append(f"{redis_lines} Redis error lines; expected 1 per minute")
        if not (steady.published and outage.published):
            failures.append("No publish was checked")
    finally:
        if gunicorn:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if redis.process and redis.process.poll() is None:
            redis.kill()
        if (postgres.data / "postmaster.pid").exists():
            postgres.stop()
        # The server's log outlives the run, for whoever reads a failure.
        if gunicorn_log.exists():
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(gunicorn_log, ARTIFACTS / "gunicorn.log")
        shutil.rmtree(folder, ignore_errors=True)

    for failure in failures[:30]:
        print("FAIL", failure)
    print("load and fault test:", "FAILED" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
