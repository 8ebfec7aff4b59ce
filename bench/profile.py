"""Profile uncached requests with pyinstrument, in the environment of bench/run.py.

    python -m bench.profile /sq/search/?query=shoqeria+civile ...

Each URL is requested once to warm the caches, then profiled over five
requests with the page cache off; the call tree goes to standard output.
"""

# ruff: noqa: T201 (a command-line report)
import sys

REPEATS = 5


def main(urls):
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from pyinstrument import Profiler

    settings.PAGE_CACHE_ENABLED = False
    client = Client(HTTP_HOST="127.0.0.1")
    for url in urls:
        client.get(url)
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _repeat in range(REPEATS):
                response = client.get(url)
        print(f"## {url} ({response.status_code}), {REPEATS} requests")
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main(sys.argv[1:])
