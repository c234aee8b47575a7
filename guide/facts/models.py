from django.contrib.contenttypes.models import ContentType
from django.db import models


class Finding(models.Model):
    """A sentence whose number disagrees with a typed fact, kept from the last check of its
    page or snippet so that listings and the findings view need not read the prose again."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    object_title = models.CharField(max_length=255)
    fact = models.CharField(max_length=16)
    sentence = models.TextField()
    subject = models.CharField(max_length=255)
    stated = models.CharField(max_length=120)
    recorded = models.CharField(max_length=255)
    field = models.CharField(max_length=255)
    block_path = models.CharField(max_length=255, blank=True)
    checked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["content_type", "object_id"])]
        ordering = ["content_type", "object_id", "id"]

    def __str__(self):
        return f"{self.object_title}: {self.subject} ({self.stated} / {self.recorded})"
