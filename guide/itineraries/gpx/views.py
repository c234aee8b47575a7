"""The admin's GPX import: upload, review what would change, confirm."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from guide.places.models import PlaceKind

from ..models import ItineraryPage
from .importer import Decisions, GPXImportError, apply_import, plan_import

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
TEMPLATE = "guide_itineraries/gpx_import.html"


class UploadForm(forms.Form):
    gpx_file = forms.FileField(
        label="GPX file", help_text="A .gpx file: each track segment becomes a day."
    )

    def clean_gpx_file(self):
        upload = self.cleaned_data["gpx_file"]
        if not upload.name.lower().endswith(".gpx"):
            raise forms.ValidationError("Choose a .gpx file.")
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 5 MB.")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError("The file is not UTF-8 text.") from exc


def _decisions(post) -> Decisions:
    decisions = Decisions(apply=set(post.getlist("apply")))
    for key in post.getlist("create"):
        elevation = post.get(f"elevation-{key}", "").strip()
        decisions.create[key] = (
            post.get(f"name-{key}", ""),
            post.get(f"kind-{key}", ""),
            int(elevation) if elevation.lstrip("-").isdigit() else None,
        )
    return decisions


def gpx_import(request, page_id: int):
    page = get_object_or_404(ItineraryPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    context = {"page": page, "kinds": PlaceKind.choices, "form": UploadForm()}
    if request.method != "POST":
        return TemplateResponse(request, TEMPLATE, context)
    if "gpx_text" in request.POST:
        text = request.POST["gpx_text"]
    else:
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return TemplateResponse(request, TEMPLATE, {**context, "form": form})
        text = form.cleaned_data["gpx_file"]
    try:
        plan = plan_import(text)
    except GPXImportError as exc:
        return TemplateResponse(request, TEMPLATE, {**context, "error": str(exc)})
    context.update(plan=plan, gpx_text=text)
    if request.POST.get("action") != "import":
        return TemplateResponse(request, TEMPLATE, context)
    try:
        apply_import(page, plan, _decisions(request.POST), user=request.user)
    except GPXImportError as exc:
        return TemplateResponse(request, TEMPLATE, {**context, "error": str(exc)})
    messages.success(
        request, f"Imported {len(plan.days)} days from the GPX file into a draft of '{page.title}'."
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
