"""deploy/nginx.conf in front of the load test's gunicorn: what it lets through.

The documented configuration runs as written except for what only a real
server has: its TLS listener becomes a plain one on a free port (reporting
https to the app, as TLS termination would) and /srv/kcsf/media the test's
media folder.
"""

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import requests

BASE_DIR = Path(__file__).resolve().parent.parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def site_configuration(app_port, port, media_root):
    text = (BASE_DIR / "deploy/nginx.conf").read_text()
    # Keep the HTTPS server only: the plain one just redirects to it.
    text = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", text, flags=re.S)
    text = re.sub(r"    listen \[::\]:443.*\n|    ssl_certificate.*\n", "", text)
    text = text.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port};")
    text = text.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
    text = text.replace("X-Forwarded-Proto $scheme", "X-Forwarded-Proto https")
    return text.replace("/srv/kcsf/media/", f"{media_root}/")


def start(folder, app_port, port, media_root):
    configuration = folder / "nginx.conf"
    configuration.write_text(
        f"""
        {"user root;" if os.geteuid() == 0 else ""}
        pid {folder}/nginx.pid;
        error_log {folder}/nginx-error.log;
        events {{}}
        http {{
            include /etc/nginx/mime.types;
            access_log {folder}/nginx-access.log;
            client_body_temp_path {folder}/nginx-body;
            proxy_temp_path {folder}/nginx-proxy;
            {site_configuration(app_port, port, media_root)}
        }}
        """
    )
    subprocess.run([NGINX, "-c", configuration], check=True)  # noqa: S603
    return configuration


def create_documents():
    """A public and a private document, as an editor would upload them."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    private = root.add_child(name="Board only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    documents = []
    for title, collection in (("Annual report", root), ("Board minutes", private)):
        document = Document(title=title, collection=collection)
        document.file.save("report.txt", ContentFile(f"{title}, 2026.\n".encode() * 50))
        document._set_document_file_metadata()
        document.save()
        documents.append(document)
    return documents


def check(folder, app_port, port, media_root):
    """Failures of the documented web-server rules, as readable lines."""
    from wagtail.images.models import Image, Rendition

    public, private = create_documents()
    image = Image.objects.first()
    rendition = image.get_rendition("width-400")
    assert Rendition.objects.filter(pk=rendition.pk).exists()
    start(folder, app_port, port, media_root)
    base = f"http://127.0.0.1:{port}"
    get = requests.Session().get
    expected = {
        # Originals and documents never straight from the disk ...
        f"/media/{image.file.name}": 404,
        f"/media/{public.file.name}": 404,
        # ... nor from the folder nginx keeps for after Wagtail's checks,
        f"/protected-documents/{public.file.name.removeprefix('documents/')}": 404,
        # while renditions are.
        f"/media/{rendition.file.name}": 200,
        public.url: 200,
        private.url: 302,
    }
    failures = []
    try:
        time.sleep(0.5)
        for url, status in expected.items():
            answer = get(base + url, allow_redirects=False, timeout=30).status_code
            if answer != status:
                failures.append(f"nginx: {url} answered {answer}, not {status}")
        whole = get(base + public.url, timeout=30)
        if whole.content != public.file.open("rb").read():
            failures.append("nginx: the document's bytes differ")
        if not whole.headers.get("Content-Disposition", "").startswith("attachment"):
            failures.append("nginx: the document is not an attachment")
        part = get(base + public.url, headers={"Range": "bytes=0-9"}, timeout=30)
        if part.status_code != 206 or part.content != whole.content[:10]:
            failures.append(f"nginx: range request answered {part.status_code}")
        again = get(base + public.url, headers={"If-None-Match": whole.headers["ETag"]})
        if again.status_code != 304:
            failures.append(f"nginx: conditional request answered {again.status_code}")
    finally:
        subprocess.run(  # noqa: S603
            [NGINX, "-c", folder / "nginx.conf", "-s", "stop"], check=False
        )
    return failures
