"""Uploads: written whole or not at all, refused when too large, resized at upload time."""

import os
import subprocess
from io import BytesIO

import PIL.Image
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from guide.core.representations import rendition_specs
from guide.core.storage import AtomicFileSystemStorage


def png(width: int, height: int, noise: bool = False) -> bytes:
    """A PNG; with ``noise`` its bytes do not compress (about 3 bytes a pixel)."""
    if noise:
        image = PIL.Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = PIL.Image.new("RGB", (width, height), (120, 80, 40))
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KB filesystem of its own (tmpfs): a real full disk, nothing shared is filled."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"mounting a tmpfs is required in CI: {result.stderr.decode()}")
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_write_that_fills_the_disk_leaves_no_file(small_disk):
    storage = AtomicFileSystemStorage(location=small_disk)
    with pytest.raises(OSError):
        storage.save("images/huge.bin", ContentFile(b"x" * 1024 * 1024))
    assert [path for path in small_disk.rglob("*") if path.is_file()] == []
    # The disk is usable again at once: a file that fits is written whole.
    name = storage.save("images/small.bin", ContentFile(b"y" * 1000))
    assert (small_disk / name).read_bytes() == b"y" * 1000


def test_a_taken_name_is_never_overwritten(tmp_path):
    storage = AtomicFileSystemStorage(location=tmp_path)
    first = storage.save("images/view.jpg", ContentFile(b"first"))
    second = storage.save("images/view.jpg", ContentFile(b"second"))
    assert first != second
    assert (tmp_path / first).read_bytes() == b"first"
    assert (tmp_path / second).read_bytes() == b"second"
    assert oct((tmp_path / second).stat().st_mode & 0o777) == oct(0o644)
    assert sorted(path.name for path in (tmp_path / "images").iterdir()) == sorted(
        [os.path.basename(first), os.path.basename(second)]
    )


@pytest.mark.django_db
def test_an_image_over_the_pixel_limit_is_refused_with_a_message(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
    upload = SimpleUploadedFile("big.png", png(120, 100), content_type="image/png")
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Too big", "file": upload, "collection": 1}
    )
    assert response.status_code == 200  # the form again, with its error
    assert b"too many pixels" in response.content.lower()
    assert not get_image_model().objects.filter(title="Too big").exists()


@pytest.mark.django_db
def test_an_uploaded_image_has_its_renditions_before_anyone_asks(
    admin_client, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("view.png", png(200, 120), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:add"), {"title": "A view", "file": upload, "collection": 1}
        )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="A view")
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert made == set(rendition_specs())


@pytest.mark.django_db
def test_an_upload_to_a_full_disk_tells_the_editor_and_saves_nothing(
    admin_client, settings, small_disk
):
    settings.MEDIA_ROOT = str(small_disk)
    upload = SimpleUploadedFile("wide.png", png(300, 300, noise=True), content_type="image/png")
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Wide view", "file": upload, "collection": 1}
    )
    assert response.status_code == 507
    assert b"run out of storage space" in response.content
    assert not get_image_model().objects.filter(title="Wide view").exists()
    assert [path for path in small_disk.rglob("*") if path.is_file()] == []
