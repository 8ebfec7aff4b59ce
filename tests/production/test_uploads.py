"""Uploaded files can neither attack visitors nor the server, and privacy holds."""

import io
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

SCRIPT = b"<html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
    b'<rect width="10" height="10"/></svg>'
)


def png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    PillowImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_document(admin_client, name, content, collection=None):
    collection = collection or Collection.get_first_root_node()
    return admin_client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": collection.pk,
        },
    )


def upload_image(admin_client, name, content):
    return admin_client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def served(client, document, **headers):
    return client.get(document.url, headers=headers)


@pytest.mark.parametrize(
    ("name", "content"),
    [("page.html", SCRIPT), ("page.htm", SCRIPT), ("drawing.svg", SVG)],
)
def test_documents_that_a_browser_would_run_are_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["file"]
    assert not Document.objects.filter(title=name).exists()


def test_a_text_document_full_of_html_is_served_as_an_inert_attachment(
    admin_client, client
):
    upload_document(admin_client, "notes.txt", SCRIPT)
    document = Document.objects.get(title="notes.txt")

    response = served(client, document)

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_an_unchanged_document_is_not_sent_again(admin_client, client):
    upload_document(admin_client, "agenda.txt", b"Agenda")
    document = Document.objects.get(title="agenda.txt")
    etag = served(client, document)["ETag"]

    response = served(client, document, if_none_match=etag)

    assert response.status_code == HTTPStatus.NOT_MODIFIED


def test_a_document_in_a_private_collection_is_kept_from_visitors(admin_client, client):
    private = Collection.get_first_root_node().add_child(name="Board only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    upload_document(admin_client, "minutes.txt", b"Board minutes", private)
    document = Document.objects.get(title="minutes.txt")

    response = served(client, document)

    assert response.status_code == HTTPStatus.FOUND
    assert "/login/" in response["Location"]
    assert b"Board minutes" not in response.content
    assert served(admin_client, document).status_code == HTTPStatus.OK


def test_nginx_sends_the_bytes_only_after_wagtails_checks(
    admin_client, client, settings
):
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = f"{settings.MEDIA_ROOT}/documents"
    settings.SENDFILE_URL = "/protected-documents"
    upload_document(admin_client, "report.txt", b"Annual report")
    document = Document.objects.get(title="report.txt")

    response = served(client, document)

    assert response["X-Accel-Redirect"] == (
        f"/protected-documents/{document.file.name.removeprefix('documents/')}"
    )
    assert response.content == b""
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("name", "content"), [("drawing.svg", SVG), ("page.html", SCRIPT)]
)
def test_images_wagtail_does_not_render_are_refused(admin_client, name, content):
    response = upload_image(admin_client, name, content)

    assert response.context["form"].errors["file"]
    assert not Image.objects.filter(title=name).exists()


def test_an_image_with_too_many_pixels_is_refused(admin_client, settings):
    side = int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS**0.5) + 1

    response = upload_image(admin_client, "bomb.png", png(side, side, mode="1"))

    assert response.context["form"].errors["file"]
    assert not Image.objects.filter(title="bomb.png").exists()


def test_an_image_over_the_size_limit_is_refused(admin_client, settings):
    content = png(200, 200)
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(content) - 1

    response = upload_image(admin_client, "large.png", content)

    assert response.context["form"].errors["file"]
    assert not Image.objects.filter(title="large.png").exists()


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10

    response = upload_document(admin_client, "long.txt", b"x" * 11)

    assert response.context["form"].errors["file"]
    assert not Document.objects.filter(title="long.txt").exists()
