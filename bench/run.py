"""The benchmark: throughput and latency of the public site, at two sizes.

    python -m bench.run                    # demo size, then N=10,000 (make bench)
    python -m bench.run --scale 0          # demo size only
    python -m bench.run --seconds 5        # shorter runs

It builds the site in a private PostgreSQL cluster and a private Redis (as
tests/load/run_load.py does, on free ports in a temporary folder), serves it
with gunicorn, the production settings and 2 workers on 127.0.0.1, and
measures each URL with wrk at concurrency 8: requests per second, p50 and p99,
from the page cache and uncached (PAGE_CACHE=false), beside a static file of
about the same size served by the same gunicorn. Then it adds N sessions per
language with ``load_bench_content`` (timed) and measures again. The table goes
to standard output and test-artifacts/bench/.

Workers are not recycled during the run (gunicorn's --max-requests 0): their
memory is measured after the 1,000th and the 5,000th request.
"""

# ruff: noqa: T201 (a command-line report)
import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from tests.load.run_load import (
    PrivatePostgres,
    PrivateRedis,
    free_port,
    port_open,
    wait_for,
)

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS = BASE_DIR / "test-artifacts" / "bench"
WORKERS = 2
CONNECTIONS = 8
# Requests after which worker memory is read (the RSS target).
MEMORY_CHECKPOINTS = (1000, 5000)
# Profiled uncached at the largest size (bench/profile.py).
PROFILED = ("session", "topic", "listing", "search", "api_list")
URL_NAMES = (
    "home",
    "topic",
    "session",
    "speaker",
    "listing",
    "search",
    "api_list",
    "api_detail",
)
# The URLs of the site as built, printed as JSON by a Django shell.
URLS_SCRIPT = """
import json
from home.models import HomePage
from sessions.models import InformationSessionPage, SessionIndexPage, SpeakerPage
sq = dict(locale__language_code="sq")
with_speakers = dict(session_speakers__isnull=False)
session = InformationSessionPage.objects.filter(**sq, **with_speakers).latest("start")
speaker = SpeakerPage.objects.filter(**sq, session_links__isnull=False).latest("pk")
print(json.dumps({
    "home": HomePage.objects.get(**sq).url,
    "topic": session.get_parent().url,
    "session": session.url,
    "speaker": speaker.url,
    "listing": SessionIndexPage.objects.get(**sq).url + "?format=online",
    "search": "/sq/search/?query=shoqeria+civile",
    "api_list": "/api/v2/pages/?type=infosessions.InformationSessionPage"
    "&fields=*&limit=20",
    "api_detail": f"/api/v2/pages/{session.pk}/",
}))
"""


ANALYSE = (
    "from django.db import connection; connection.cursor().execute('VACUUM (ANALYZE)')"
)


def manage(env, *args, capture=False):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return result.stdout


def analyse(env):
    """What autovacuum does after a load, done before measuring, not during it."""
    manage(env, "shell", "-c", ANALYSE)


def site_urls(env):
    # The last line: the production settings log JSON to standard output too.
    output = manage(env, "shell", "-c", URLS_SCRIPT, capture=True)
    return json.loads(output.strip().splitlines()[-1])


class Server:
    """gunicorn with the production settings, as gunicorn.conf.py sets it up."""

    def __init__(self, env, log):
        self.env = env
        self.log = log
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--max-requests",
                "0",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for(lambda: port_open(self.port), "gunicorn")
        wait_for(lambda: len(self.workers()) == WORKERS, "gunicorn workers")
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def workers(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def rss_mib(self):
        """Resident memory of each worker, in MiB."""
        sizes = []
        for pid in self.workers():
            status = Path(f"/proc/{pid}/status").read_text()
            kib = int(re.search(r"VmRSS:\s+(\d+) kB", status)[1])
            sizes.append(kib / 1024)
        return sizes


def wrk(url, seconds, script=None):
    command = [
        "wrk",
        "-t2",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--timeout",
        "60s",
        "--latency",
    ]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(  # noqa: S603
        [*command, url], check=True, capture_output=True, text=True
    ).stdout
    percentiles = dict(
        re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, flags=re.MULTILINE)
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": milliseconds(percentiles["50"]),
        "p99": milliseconds(percentiles["99"]),
        "errors": int(non_2xx[1]) if non_2xx else 0,
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
    }


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def fetch(url):
    import urllib.request

    with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310
        return response.headers, response.read()


def static_reference(static_root, size):
    """The fingerprinted static file closest in size to ``size`` bytes."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    files = [
        (abs((static_root / hashed).stat().st_size - size), hashed)
        for hashed in manifest["paths"].values()
        if not hashed.endswith((".gz", ".br"))
    ]
    return "/static/" + min(files)[1]


def measure(server, urls, static_url, seconds, cached):
    """One row for each URL, and the static file's.

    The static file is measured before and after the pages, and the faster of
    the two kept: a slow moment of the machine must not flatter the ratios.
    """
    label = "cached" if cached else "uncached"
    static = server.base + static_url
    warm(static)
    rows = {}
    static_runs = [measure_one(static, "static", seconds, label)]
    for name, path in urls.items():
        headers = warm(server.base + path)
        if cached and headers.get("X-Page-Cache") != "hit":
            rows[name] = {"note": f"not cached ({headers.get('X-Page-Cache')})"}
            continue
        rows[name] = measure_one(server.base + path, name, seconds, label)
    static_runs.append(measure_one(static, "static", seconds, label))
    rows["static"] = max(static_runs, key=lambda row: row["rps"])
    return rows


def warm(url):
    """The headers of the third response, when every cache has been filled."""
    for _request in range(3):
        headers, _body = fetch(url)
    return headers


def measure_one(url, name, seconds, label):
    row = wrk(url, seconds)
    print(
        f"  {name:10} {label:8} {row['rps']:8.1f} req/s  "
        f"p50 {row['p50']:7.1f} ms  p99 {row['p99']:7.1f} ms",
        flush=True,
    )
    return row


def memory_growth(server, urls):
    """Worker RSS after the 1,000th and 5,000th request (per worker) of a mix.

    Exactly that many requests, from CONNECTIONS clients at once: wrk can stop
    sending after a count, but then waits out its whole duration.
    """
    paths = list(urls.values())
    sizes = []
    done = 0
    with ThreadPoolExecutor(CONNECTIONS) as clients:
        for checkpoint in MEMORY_CHECKPOINTS:
            requests = range(done * WORKERS, checkpoint * WORKERS)
            for _response in clients.map(
                lambda n: fetch(server.base + paths[n % len(paths)]), requests
            ):
                pass
            done = checkpoint
            sizes.append(sum(server.rss_mib()) / WORKERS)
    return sizes


def run_scale(label, env, log, urls, static_root, seconds, memory):
    result = {"label": label, "urls": urls}
    uncached_env = {**env, "PAGE_CACHE": "false"}
    env = {**env, "PAGE_CACHE": "true"}
    with Server(uncached_env, log) as server:
        home_size = len(fetch(server.base + urls["session"])[1])
        static_url = static_reference(static_root, home_size)
        result["static"] = {"url": static_url, "page_bytes": home_size}
        result["rss_before"] = server.rss_mib()
        print(f"{label}: uncached (static reference {static_url})", flush=True)
        result["uncached"] = measure(server, urls, static_url, seconds, cached=False)
        result["rss_after"] = server.rss_mib()
        if memory:
            print(f"{label}: worker memory over {MEMORY_CHECKPOINTS} requests")
            result["memory"] = memory_growth(server, urls)
    with Server(env, log) as server:
        print(f"{label}: from the page cache", flush=True)
        result["cached"] = measure(server, urls, static_url, seconds, cached=True)
    return result


def machine():
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def load_average():
    return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=10_000, metavar="N")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--no-memory", action="store_true")
    options = parser.parse_args()
    # Stopped with SIGTERM, the servers and the cluster are still cleaned up.
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(1))
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench installs it).")

    folder = Path(tempfile.mkdtemp(prefix="kcsf-bench-"))
    postgres = PrivatePostgres(folder)
    # Without redis-server, each worker caches pages in its own memory.
    redis = PrivateRedis(folder) if shutil.which("redis-server") else None
    log = open(folder / "gunicorn.log", "w")
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load_before": load_average(),
        "scales": [],
    }
    try:
        postgres.create()
        if redis:
            redis.start()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": postgres.url,
            **({"REDIS_URL": redis.url} if redis else {}),
            "ALLOWED_HOSTS": "127.0.0.1",
            "ALLOW_PLAIN_HTTP": "true",
            "STATIC_ROOT": str(folder / "static"),
            "MEDIA_ROOT": str(folder / "media"),
            "LOG_LEVEL": "WARNING",
        }
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "collectstatic", "--no-input", "-v0")
        manage(env, "load_demo_content", "-v0")
        analyse(env)
        urls = site_urls(env)
        static_root = folder / "static"
        report["scales"].append(
            run_scale(
                "demo",
                env,
                log,
                urls,
                static_root,
                options.seconds,
                # Once, at the largest size: 10,000 uncached requests take a while.
                memory=not (options.no_memory or options.scale),
            )
        )
        if options.scale:
            started = time.monotonic()
            manage(env, "load_bench_content", "--scale", str(options.scale))
            report["build_seconds"] = round(time.monotonic() - started)
            analyse(env)
            urls = site_urls(env)
            report["scales"].append(
                run_scale(
                    f"N={options.scale:,}",
                    env,
                    log,
                    urls,
                    static_root,
                    options.seconds,
                    memory=not options.no_memory,
                )
            )
        profiles = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "bench.profile"] + [urls[name] for name in PROFILED],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        log.close()
        if redis and redis.process and redis.process.poll() is None:
            redis.kill()
        if (postgres.data / "postmaster.pid").exists():
            postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)

    report["load_after"] = load_average()
    table = markdown(report)
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text(table)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2))
    (RESULTS / "profiles.txt").write_text(profiles)
    print(f"Profiles of {', '.join(PROFILED)}: {RESULTS / 'profiles.txt'}")
    return 0


def cell(row, static):
    if row is None or "rps" not in row:
        return [row.get("note", "–") if row else "–", "", "", ""]
    ratio = row["rps"] / static["rps"] if static.get("rps") else 0
    errors = f" ({row['errors']} errors)" if row["errors"] else ""
    return [
        f"{row['rps']:.0f}{errors}",
        f"{row['p50']:.1f}",
        f"{row['p99']:.1f}",
        f"{ratio:.3f}",
    ]


def markdown(report):
    scales = report["scales"]
    header = ["URL", "mode"]
    for scale in scales:
        header += [
            f"{scale['label']} req/s",
            "p50 ms",
            "p99 ms",
            "× static",
        ]
    if len(scales) == 2:
        header.append(f"p50 {scales[1]['label']} ÷ demo")
    lines = [
        f"Benchmark of {report['date']} on {report['machine']}; "
        f"load average {report['load_before']} before, {report['load_after']} after. "
        f"gunicorn, {WORKERS} workers × 4 threads, wrk at concurrency {CONNECTIONS}, "
        "PostgreSQL and Redis on the same machine.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for name in (*URL_NAMES, "static"):
        for mode in ("cached", "uncached"):
            row = ["static file" if name == "static" else name.replace("_", " "), mode]
            p50s = []
            for scale in scales:
                data = scale[mode].get(name)
                row += cell(data, scale[mode]["static"])
                p50s.append(data.get("p50") if data else None)
            if len(scales) == 2:
                row.append(f"{p50s[1] / p50s[0]:.2f}" if p50s[0] and p50s[1] else "–")
            lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    for scale in scales:
        memory = scale.get("memory")
        growth = (
            f"; after request 1,000: {memory[0]:.1f} MiB, after 5,000: "
            f"{memory[1]:.1f} MiB ({(memory[1] / memory[0] - 1) * 100:+.1f} %)"
            if memory
            else ""
        )
        lines.append(
            f"- {scale['label']}: worker RSS {fmt_mib(scale['rss_before'])} before, "
            f"{fmt_mib(scale['rss_after'])} after the uncached runs{growth}; "
            f"static reference {scale['static']['url']} beside a "
            f"{scale['static']['page_bytes']:,}-byte session page."
        )
    if "build_seconds" in report:
        lines.append(
            f"- Building the N data set (load_bench_content): "
            f"{report['build_seconds']} s."
        )
    return "\n".join(lines) + "\n"


def fmt_mib(sizes):
    return " / ".join(f"{size:.0f} MiB" for size in sizes)


if __name__ == "__main__":
    sys.exit(main())
