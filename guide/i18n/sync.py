"""Facts are not translated: publishing the original brings its translations in step at once.

wagtail-localize copies a translation's synchronised fields (figures, places, departures and
prices, images) from the original only when someone syncs it. Here every enabled translation
of a published original is saved again right after the commit, published if it was live: the
figures follow, every segment already translated is kept, and a sentence changed in the
original shows in the original until a translator updates it.
"""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def sync_translations(sender, instance, **kwargs):
    from wagtail.models import TranslatableMixin
    from wagtail_localize.models import Translation, TranslationSource

    if not isinstance(instance, TranslatableMixin):
        return  # a place: one record in every language
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return
    translations = list(Translation.objects.filter(source=source, enabled=True))
    if translations:
        transaction.on_commit(lambda: _save_targets(source, translations))


def _save_targets(source, translations) -> None:
    try:
        source.update_from_db()
        for translation in translations:
            target = translation.get_target_instance()
            translation.save_target(publish=getattr(target, "live", True))
    except Exception:  # the original is published; its translations wait for a manual sync
        logger.exception("Bringing the translations of %s in step failed", source.object_repr)
