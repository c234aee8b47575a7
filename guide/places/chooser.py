"""The place chooser: filtered by kind, rows with the facts that tell two places apart, and a
Create tab that adds a published place without leaving the page being edited."""

from django import forms
from wagtail.actions.create import CreateAction
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)

from .models import Place, PlaceKind
from .precision import Precision


def elevation_text(place) -> str:
    if place.elevation_m is None:
        return "Unknown"
    text = f"{place.elevation_m:,} m"
    if place.elevation_precision == Precision.APPROXIMATE and place.elevation_margin_m:
        return f"About {text} (± {place.elevation_margin_m:,} m)"
    return text


class KindFilterMixin(forms.Form):
    kind = forms.ChoiceField(
        label="Kind",
        choices=[("", "All kinds"), *PlaceKind.choices],
        required=False,
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects):
        if self.cleaned_data.get("kind"):
            objects = objects.filter(kind=self.cleaned_data["kind"])
        return super().filter(objects)


class PlaceFilterForm(SearchFilterMixin, KindFilterMixin, BaseFilterForm):
    """Search within the chosen kind: the kind narrows the places before the search runs."""


class PlaceCreationForm(WagtailAdminModelForm):
    """What a day or a waypoint needs of a new place; its sources and description are added
    later on the place itself. Place.clean refuses a name or alias another place has."""

    prefix = "new-place"  # its kind field would otherwise share its id with the kind filter's

    class Meta:
        model = Place
        fields = [
            "name",
            "kind",
            "elevation_m",
            "elevation_precision",
            "elevation_margin_m",
            "latitude",
            "longitude",
            "coordinates_precision",
            "coordinates_margin_m",
            "aliases",
        ]


class PublishedCreationMixin:
    """A place made in the chooser is published at once: the editor chose it to be shown on a
    page. So only editors who may publish places get the Create tab."""

    def can_create(self):
        user, policy = self.request.user, self.get_permission_policy()
        return all(policy.user_has_permission(user, action) for action in ("add", "publish"))


class PlaceListingMixin(PublishedCreationMixin):
    filter_form_class = PlaceFilterForm

    @property
    def columns(self):
        title, *others = super().columns
        return [
            title,
            Column("kind", label="Kind", accessor="get_kind_display"),
            Column("elevation", label="Elevation", accessor=elevation_text),
            Column("aliases", label="Aliases", accessor="aliases"),
            *others,
        ]


class PlaceChooseView(PlaceListingMixin, ChooseView):
    pass


class PlaceChooseResultsView(PlaceListingMixin, ChooseResultsView):
    pass


class PlaceCreateView(PublishedCreationMixin, SnippetCreateView):
    def save_form(self, form):
        # Created and published as the Places menu's Publish button does: with a revision and
        # both log entries.
        action = CreateAction(form.instance, user=self.request.user, form=form, publish=True)
        return action.execute(skip_permission_checks=True)


class PlaceChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PlaceChooseView
    choose_results_view_class = PlaceChooseResultsView
    create_view_class = PlaceCreateView
    creation_form_class = PlaceCreationForm
    create_action_label = "Create and publish"
    creation_tab_label = "Create"
