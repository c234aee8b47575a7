import json
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from guide.core.conf import guide_settings

from .tokens import make_token


class PagePreview(models.Model):
    """A snapshot of the editor's unsaved form, so the visitor site can render it by token."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    content = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self):
        return f"Preview of {self.content.get('title', 'a page')} at {self.created_at:%H:%M}"

    @classmethod
    def create_for(cls, page) -> "PagePreview":
        lifetime = timedelta(seconds=guide_settings.PREVIEW_TOKEN_SECONDS)
        cls.objects.filter(created_at__lt=timezone.now() - lifetime).delete()
        content = json.loads(json.dumps(page.serializable_data(), cls=DjangoJSONEncoder))
        return cls.objects.create(
            content_type=ContentType.objects.get_for_model(page.specific_class), content=content
        )

    def as_page(self):
        """The page as the editor left it in the form, with its days and other children."""
        model = self.content_type.model_class()
        return model.from_serializable_data(self.content, check_fks=False, strict_fks=False)

    @property
    def token(self) -> str:
        return make_token(self.pk)
