"""An image's srcset renditions are made when it is uploaded (or its file replaced), in the
background, so that neither publishing nor a visitor's request waits for an image to be
resized."""

import logging

from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model

from .representations import rendition_specs

logger = logging.getLogger(__name__)


@task()
def make_renditions(image_id: int) -> int:
    """Make the image's srcset renditions (those it has are kept); returns how many it has."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    try:
        return len(image.get_renditions(*rendition_specs()))
    except (OSError, ValueError) as error:  # a missing or unreadable original
        logger.error("No renditions for image %s (%r): %s", image.pk, image.title, error)
        return 0


def on_image_saved(sender, instance, **kwargs):
    transaction.on_commit(lambda: make_renditions.enqueue(instance.pk))
