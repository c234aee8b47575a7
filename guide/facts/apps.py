from django.apps import AppConfig


class GuideFactsConfig(AppConfig):
    name = "guide.facts"
    label = "guide_facts"
    verbose_name = "Fact checks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from guide.places.models import Place

        from .signals import recheck_after_a_place_changes

        post_save.connect(
            recheck_after_a_place_changes, sender=Place, dispatch_uid="guide_facts_place_saved"
        )
