"""Itineraries as GPX and GeoJSON, GPX files imported into drafts, and the round trip."""

import json
import math
from decimal import Decimal

import gpxpy
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import PageViewRestriction

from guide.api.v3.openapi import build_document
from guide.itineraries.gpx.extension import NAMESPACE
from guide.itineraries.gpx.importer import Decisions, apply_import, plan_import
from guide.itineraries.models import ItineraryPage
from guide.places.models import Place
from tests.factories import build_day

API = "/api/v3/guide/itineraries"


@pytest.fixture(autouse=True)
def _hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


def gpx_of(client, page):
    response = client.get(f"{API}/{page.pk}/gpx/")
    assert response.status_code == 200, response.content
    return response


def route_pks(page) -> list[list[int]]:
    return [[place.pk for place in day.route_places()] for day in page.ordered_days()]


# --- export -------------------------------------------------------------------------------


def test_gpx_is_gpx_1_1_that_gpxpy_reads(client, lares_trek, places):
    response = gpx_of(client, lares_trek)
    assert response["Content-Type"] == "application/gpx+xml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lares-trek-in-4-days.gpx"'
    assert "public" in response["Cache-Control"]
    text = response.content.decode()
    assert 'xmlns="http://www.topografix.com/GPX/1/1"' in text and 'version="1.1"' in text

    gpx = gpxpy.parse(text)
    assert gpx.name == "Lares trek in 4 days"
    [track] = gpx.tracks
    assert len(track.segments) == 4
    second = track.segments[1]
    assert [point.name for point in second.points] == [
        "Huacahuasi",
        "Ipsaycocha pass",
        "Ipsaycocha lake",
        "Patacancha",
    ]
    assert [point.elevation for point in second.points] == [3800, 4450, 4250, 3700]
    assert (second.points[1].latitude, second.points[1].longitude) == (-13.177, -72.142)
    # A description per day, in the track's <desc> and in each segment's extension.
    assert track.description.count("Day ") == 4
    day = second.extensions[0]
    assert day.tag == f"{{{NAMESPACE}}}day"
    values = {child.tag.split("}")[1]: child.text for child in day}
    assert values["desc"].startswith("Over the Ipsaycocha pass. Huacahuasi to Patacancha. 12.0 km")
    assert values["distance_km"] == "12.0" and values["ascent_m"] == "650"

    waypoints = {point.name: point for point in gpx.waypoints}
    assert set(waypoints) == {place.name for place in places.values()}
    assert waypoints["Ipsaycocha pass"].type == "pass"
    assert waypoints["Ipsaycocha pass"].symbol == "Summit"
    assert waypoints["Ipsaycocha pass"].elevation == 4450


def check_position(position, where):
    assert isinstance(position, list) and len(position) in (2, 3), where
    assert all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in position), where
    assert all(math.isfinite(n) for n in position), where
    longitude, latitude = position[:2]
    assert -180 <= longitude <= 180 and -90 <= latitude <= 90, where


def check_rfc7946(document):
    """The rules of RFC 7946 that a FeatureCollection of LineStrings and Points must keep."""
    assert document["type"] == "FeatureCollection"
    assert "crs" not in document  # section 4: no other coordinate system
    assert isinstance(document["features"], list)
    for number, feature in enumerate(document["features"]):
        where = f"features[{number}]"
        assert feature["type"] == "Feature", where
        assert "crs" not in feature
        assert isinstance(feature.get("id"), (str, int)), where  # 3.2: string or number
        assert isinstance(feature["properties"], dict) or feature["properties"] is None, where
        geometry = feature["geometry"]
        assert set(geometry) == {"type", "coordinates"}, where
        if geometry["type"] == "Point":
            check_position(geometry["coordinates"], where)
        elif geometry["type"] == "LineString":
            assert len(geometry["coordinates"]) >= 2, where  # 3.1.4: two or more positions
            for position in geometry["coordinates"]:
                check_position(position, where)
        else:
            pytest.fail(f"{where}: unexpected geometry {geometry['type']}")


def test_geojson_is_an_rfc_7946_feature_collection(client, lares_trek, places):
    response = client.get(f"{API}/{lares_trek.pk}/geojson/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    assert "public" in response["Cache-Control"]
    document = json.loads(response.content)
    check_rfc7946(document)

    days = [f for f in document["features"] if f["geometry"]["type"] == "LineString"]
    points = [f for f in document["features"] if f["geometry"]["type"] == "Point"]
    assert [day["properties"]["day"] for day in days] == [1, 2, 3, 4]
    assert days[1]["properties"] == {
        "feature": "day",
        "day": 2,
        "title": "Over the Ipsaycocha pass",
        "distance_km": 12.0,
        "ascent_m": 650,
        "descent_m": 750,
    }
    # Longitude first, then latitude, then the elevation, as numbers.
    assert days[1]["geometry"]["coordinates"][1] == [-72.142, -13.177, 4450]
    assert days[3]["properties"]["distance_km"] is None
    pass_point = next(p for p in points if p["properties"]["name"] == "Ipsaycocha pass")
    assert pass_point["properties"] == {
        "feature": "place",
        "name": "Ipsaycocha pass",
        "slug": places["ipsay_pass"].slug,
        "kind": "pass",
        "elevation_m": 4450,
    }
    assert len(points) == len(places)


@pytest.mark.parametrize("route", ["gpx", "geojson"])
def test_only_public_itineraries_are_exported(
    client, lares_trek, make_itinerary, lares_days, route
):
    draft = make_itinerary("Lares draft", lares_days(), publish=False)
    response = client.get(f"{API}/{draft.pk}/{route}/")
    assert response.status_code == 404
    assert response.json()["param"] == "id"

    PageViewRestriction.objects.create(page=lares_trek, restriction_type="password", password="x")
    assert client.get(f"{API}/{lares_trek.pk}/{route}/").status_code == 404
    assert client.get(f"{API}/999999/{route}/").status_code == 404
    assert client.get(f"{API}/{draft.pk}/{route}/?format=x").status_code == 400


def test_openapi_declares_the_content_types(db):
    paths = build_document()["paths"]
    gpx = paths["/api/v3/guide/itineraries/{id}/gpx/"]["get"]["responses"]
    geojson = paths["/api/v3/guide/itineraries/{id}/geojson/"]["get"]["responses"]
    assert list(gpx["200"]["content"]) == ["application/gpx+xml"]
    assert list(geojson["200"]["content"]) == ["application/geo+json"]
    assert {"400", "404"} <= set(gpx) and {"400", "404"} <= set(geojson)


# --- import -------------------------------------------------------------------------------


@pytest.fixture
def new_itinerary(make_itinerary, places):
    """A new, never published itinerary with one placeholder day."""
    day = build_day("To be imported", places["cusco"], places["lares"])
    return make_itinerary("Lares imported", [day], publish=False)


def test_round_trip_of_the_four_day_trek(client, lares_trek, new_itinerary, places):
    text = gpx_of(client, lares_trek).content.decode()
    place_count = Place.objects.count()
    plan = plan_import(text)
    assert plan.proposed == [] and plan.changes == [] and plan.fills == []

    revision = apply_import(new_itinerary, plan, Decisions())
    imported = revision.as_object()
    assert Place.objects.count() == place_count
    # The same Place rows, in the same order, day by day.
    assert route_pks(imported) == route_pks(lares_trek)
    for place in Place.objects.all():
        assert place.elevation_m == places_by_pk(places)[place.pk].elevation_m
    gpx = gpxpy.parse(text)
    for segment, day in zip(gpx.tracks[0].segments, imported.ordered_days(), strict=True):
        for point, place in zip(segment.points, day.route_places(), strict=True):
            assert abs(point.elevation - place.elevation_m) <= 1
    for typed, again in zip(lares_trek.ordered_days(), imported.ordered_days(), strict=True):
        if typed.distance_km is None:
            assert again.distance_km is None
        else:
            assert abs(again.distance_km - typed.distance_km) <= typed.distance_km / 100
        assert (again.ascent_m, again.descent_m) == (typed.ascent_m, typed.descent_m)
        assert again.title == typed.title
    # A draft: nothing published, the page's own days untouched until it is.
    new_itinerary.refresh_from_db()
    assert not new_itinerary.live
    assert new_itinerary.latest_revision_id == revision.pk
    assert [d.title for d in ItineraryPage.objects.get(pk=new_itinerary.pk).days.all()] == [
        "To be imported"
    ]


def places_by_pk(places):
    return {place.pk: place for place in places.values()}


def offset(latitude, longitude, metres_north):
    return latitude + metres_north / 111_195, longitude


def track_gpx(points, waypoints=()) -> str:
    """A GPX file as a GPS app writes it: one unnamed segment, named waypoints, no extensions."""
    gpx = gpxpy.gpx.GPX()
    for name, lat, lon, ele in waypoints:
        gpx.waypoints.append(gpxpy.gpx.GPXWaypoint(lat, lon, elevation=ele, name=name))
    track = gpxpy.gpx.GPXTrack()
    segment = gpxpy.gpx.GPXTrackSegment()
    segment.points = [gpxpy.gpx.GPXTrackPoint(lat, lon, elevation=ele) for lat, lon, ele in points]
    track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml()


def interpolate(start, end, steps):
    return [
        tuple(a + (b - a) * step / steps for a, b in zip(start, end, strict=True))
        for step in range(steps + 1)
    ]


@pytest.fixture
def recorded_day(places):
    """Huacahuasi over the pass to the lake, recorded: matches by alias, accents and distance."""
    p = places
    huaca = (float(p["huacahuasi"].latitude), float(p["huacahuasi"].longitude), 3790.0)
    summit = (float(p["ipsay_pass"].latitude), float(p["ipsay_pass"].longitude), 4460.0)
    camp = (-13.179, -72.146, 4300.0)
    lake = (*offset(float(p["ipsay_lake"].latitude), float(p["ipsay_lake"].longitude), 150), 4251.0)
    points = interpolate(huaca, summit, 20) + interpolate(summit, camp, 5)[1:]
    points += interpolate(camp, lake, 5)[1:]
    waypoints = [
        ("IPSAY", summit[0], summit[1], 4460.0),  # an alias, in capitals
        ("Ípsaycocha  Lake", lake[0], lake[1], 4251.0),  # accent and spacing
        ("High camp", *camp),
        ("Unnamed spot", *huaca),  # no such name: found within 300 m of Huacahuasi
    ]
    return track_gpx(points, waypoints), points


def test_a_recorded_track_matches_places_and_proposes_the_rest(recorded_day, new_itinerary, places):
    text, points = recorded_day
    plan = plan_import(text)
    how = {point.name: (place, way) for point, place, way in plan.matches}
    assert how["IPSAY"] == (places["ipsay_pass"], "name")
    assert how["Ípsaycocha  Lake"] == (places["ipsay_lake"], "name")
    assert how["Unnamed spot"] == (places["huacahuasi"], "distance")
    assert [proposal.point.name for proposal in plan.proposed] == ["High camp"]
    # Differing facts are listed, never applied unasked; the lake is 150 m off: also listed.
    assert {change.key for change in plan.changes} == {
        f"{places['ipsay_pass'].pk}-elevation",
        f"{places['huacahuasi'].pk}-elevation",
        f"{places['ipsay_lake'].pk}-position",
        f"{places['ipsay_lake'].pk}-elevation",
    }
    [day] = plan.days
    length = gpxpy.parse(text).tracks[0].segments[0].length_3d() / 1000
    assert float(day.distance_km) == pytest.approx(length, abs=0.05)
    assert day.ascent_m > 600

    # Nothing ticked: no place created, no fact changed, the unconfirmed camp left out.
    imported = apply_import(new_itinerary, plan, Decisions()).as_object()
    [day] = imported.ordered_days()
    assert [place.pk for place in day.route_places()] == [
        places["huacahuasi"].pk,
        places["ipsay_pass"].pk,
        places["ipsay_lake"].pk,
    ]
    assert Place.objects.get(pk=places["ipsay_pass"].pk).elevation_m == 4450
    assert not Place.objects.filter(name="High camp").exists()

    # Ticked: the camp is created and the pass's elevation replaced, nothing else.
    decisions = Decisions(
        create={"new-1": ("Ipsay high camp", "campsite", 4300)},
        apply={f"{places['ipsay_pass'].pk}-elevation"},
    )
    imported = apply_import(new_itinerary, plan_import(text), decisions).as_object()
    camp = Place.objects.get(name="Ipsay high camp")
    assert (camp.kind, camp.elevation_m) == ("campsite", 4300)
    assert [p.name for p in imported.ordered_days()[0].route_places()] == [
        "Huacahuasi",
        "Ipsaycocha pass",
        "Ipsay high camp",
        "Ipsaycocha lake",
    ]
    assert Place.objects.get(pk=places["ipsay_pass"].pk).elevation_m == 4460
    assert Place.objects.get(pk=places["ipsay_lake"].pk).latitude == Decimal("-13.181000")


# --- admin --------------------------------------------------------------------------------


def test_the_editor_imports_from_the_admin(admin_client, client, lares_trek, new_itinerary):
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[new_itinerary.pk]))
    url = reverse("guide_itineraries_gpx_import", args=[new_itinerary.pk])
    assert url in edit.content.decode()

    text = gpx_of(client, lares_trek).content
    upload = SimpleUploadedFile("lares.gpx", text, content_type="application/gpx+xml")
    review = admin_client.post(url, {"gpx_file": upload})
    assert review.status_code == 200
    page = review.content.decode()
    assert "Over the Ipsaycocha pass" in page and "Import as a draft" in page

    done = admin_client.post(url, {"gpx_text": text.decode(), "action": "import"})
    assert done.status_code == 302
    draft = ItineraryPage.objects.get(pk=new_itinerary.pk).get_latest_revision_as_object()
    assert route_pks(draft) == route_pks(lares_trek)
    assert not ItineraryPage.objects.get(pk=new_itinerary.pk).live


def test_the_admin_refuses_a_file_that_is_not_gpx(admin_client, new_itinerary):
    url = reverse("guide_itineraries_gpx_import", args=[new_itinerary.pk])
    for body, message in (
        (b"<gpx><trk>", "not a GPX file"),
        (b'<gpx version="1.1"></gpx>', "no track with points"),
    ):
        response = admin_client.post(url, {"gpx_file": SimpleUploadedFile("notes.gpx", body)})
        assert response.status_code == 200
        assert message in response.content.decode()
    assert (
        admin_client.post(url, {"gpx_file": SimpleUploadedFile("a.txt", b"x")}).status_code == 200
    )
