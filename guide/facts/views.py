"""The stored findings as JSON, for signed-in editors (mounted under the admin's URLs, which
require admin access)."""

from django.http import JsonResponse

from .models import Finding
from .store import as_json


def findings(request):
    queryset = Finding.objects.select_related("content_type")
    model = request.GET.get("type")  # "app_label.model"
    if model and "." in model:
        app_label, model_name = model.lower().split(".", 1)
        queryset = queryset.filter(
            content_type__app_label=app_label, content_type__model=model_name
        )
    if request.GET.get("id"):
        queryset = queryset.filter(object_id=request.GET["id"])
    items = [as_json(finding) for finding in queryset]
    return JsonResponse({"count": len(items), "findings": items})
