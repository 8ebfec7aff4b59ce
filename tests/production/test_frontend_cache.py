"""Publishing a page purges it from a Varnish (or any HTTP cache) in front."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


class RecordPurges(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordPurges)
    server.purged = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()


def test_publishing_purges_the_page_in_its_language(
    varnish, django_capture_on_commit_callbacks
):
    page = Page.objects.get(url_path__endswith="/cfare-eshte-shoqeria-civile/")
    page = page.specific
    page.title = "Çfarë është shoqëria civile?"

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert page.url in varnish.purged
