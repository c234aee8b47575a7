from django.apps import AppConfig


class GuideOpsConfig(AppConfig):
    name = "guide.ops"
    label = "guide_ops"
    verbose_name = "Guide operations"

    def ready(self):
        from django.core.signals import got_request_exception

        from .unavailable import note_database_failure

        # Failures raised in middleware reach no process_exception(); the signal still sees them.
        got_request_exception.connect(note_database_failure, dispatch_uid="guide_ops_database")
