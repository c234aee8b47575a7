from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search.index import insert_or_update_object

from .models import Place


@receiver(post_save, sender=Place)
def reindex_pages_of_place(sender, instance, **kwargs):
    """Pages are searchable by their place's name and aliases, so they follow a renamed place."""
    for relation in ("destination_pages", "community_pages"):
        for page in getattr(instance, relation).all():
            insert_or_update_object(page)
