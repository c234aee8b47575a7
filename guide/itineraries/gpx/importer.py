"""A GPX file read into an import plan, and the plan applied as a draft of an itinerary.

Reading changes nothing: the plan lists the days (one per track segment), the Place each point
stands for, the places it would create and the facts it would change on existing places. The
editor confirms the creations and each change; applying then writes the confirmed ones and saves
the itinerary's new days as a draft revision, never published.
"""

from dataclasses import dataclass, field
from decimal import Decimal

import gpxpy
import gpxpy.gpx
from django.core.exceptions import ValidationError
from django.db import transaction

from guide.places.models import Place, PlaceKind
from guide.places.names import name_key

from ..models import DayWaypoint, ItineraryDay, TransportLeg
from .export import SYMBOLS
from .extension import DayExtension
from .matching import PlaceIndex, distance_m

# Coordinates closer than this to a place's own are the same position written another way.
SAME_POSITION_M = 10
KEPT_DAY_FIELDS = (
    "hiking_hours_min",
    "hiking_hours_max",
    "overnight_type",
    "overnight_place",
    "breakfast",
    "lunch",
    "dinner",
    "description",
)
KINDS_BY_SYMBOL = {symbol: kind for kind, symbol in reversed(SYMBOLS.items())}


@dataclass
class Point:
    name: str
    latitude: float
    longitude: float
    elevation: float | None
    kind: str = ""


@dataclass
class ProposedPlace:
    key: str
    point: Point
    kind: str


@dataclass
class FactChange:
    """A value on an existing place that the GPX gives differently; applied only if ticked."""

    key: str
    place: Place
    field: str  # "elevation" or "position"
    current: str
    proposed: str
    point: Point


@dataclass
class PlannedDay:
    number: int
    title: str
    stops: list  # Place or ProposedPlace, in walking order
    distance_km: Decimal | None
    ascent_m: int | None
    descent_m: int | None


@dataclass
class ImportPlan:
    days: list[PlannedDay] = field(default_factory=list)
    matches: list[tuple[Point, Place, str]] = field(default_factory=list)
    proposed: list[ProposedPlace] = field(default_factory=list)
    fills: list[FactChange] = field(
        default_factory=list
    )  # missing values, filled as a matter of course
    changes: list[FactChange] = field(default_factory=list)  # differing values, each to confirm


class GPXImportError(ValueError):
    pass


def parse(text: str) -> gpxpy.gpx.GPX:
    try:
        return gpxpy.parse(text)
    except Exception as exc:  # gpxpy raises several kinds for a broken file
        raise GPXImportError(f"This is not a GPX file gpxpy can read: {exc}") from exc


def _point(gpx_point) -> Point:
    kind = gpx_point.type if gpx_point.type in PlaceKind.values else ""
    kind = kind or KINDS_BY_SYMBOL.get(gpx_point.symbol, "")
    return Point(
        name=(gpx_point.name or "").strip()[:120],
        latitude=gpx_point.latitude,
        longitude=gpx_point.longitude,
        elevation=gpx_point.elevation,
        kind=kind,
    )


class _Resolver:
    """Resolves points to places once each, noting matches, proposals and fact changes."""

    def __init__(self, plan: ImportPlan, index: PlaceIndex):
        self.plan, self.index = plan, index
        self.seen: set[int] = set()

    def resolve(self, point: Point, default_name: str):
        place, how = self.index.find(point.name, point.latitude, point.longitude)
        if place is not None:
            if place.pk not in self.seen:
                self.seen.add(place.pk)
                self.plan.matches.append((point, place, how))
                self._compare(place, point)
            return place
        for proposal in self.plan.proposed:
            same_name = point.name and name_key(point.name) == name_key(proposal.point.name)
            near = (
                distance_m(
                    point.latitude,
                    point.longitude,
                    proposal.point.latitude,
                    proposal.point.longitude,
                )
                <= self.index.radius_m
            )
            if same_name or (not point.name and near):
                return proposal
        if not point.name:
            point.name = default_name
        proposal = ProposedPlace(
            key=f"new-{len(self.plan.proposed) + 1}",
            point=point,
            kind=point.kind or PlaceKind.VILLAGE,
        )
        self.plan.proposed.append(proposal)
        return proposal

    def _compare(self, place: Place, point: Point) -> None:
        if point.elevation is not None:
            proposed = round(point.elevation)
            change = FactChange(
                f"{place.pk}-elevation",
                place,
                "elevation",
                f"{place.elevation_m} m",
                f"{proposed} m",
                point,
            )
            if place.elevation_m is None:
                self.plan.fills.append(change)
            elif proposed != place.elevation_m:
                self.plan.changes.append(change)
        proposed = f"{point.latitude:.6f}, {point.longitude:.6f}"
        change = FactChange(f"{place.pk}-position", place, "position", "", proposed, point)
        if place.latitude is None or place.longitude is None:
            self.plan.fills.append(change)
            return
        change.current = f"{place.latitude}, {place.longitude}"
        gap = distance_m(
            point.latitude, point.longitude, float(place.latitude), float(place.longitude)
        )
        if gap > SAME_POSITION_M:
            change.current += f" ({gap:,.0f} m away)"
            self.plan.changes.append(change)


def _segment_points(segment, waypoints: list[Point], radius_m: float) -> list[Point]:
    """The points of a segment that stand for places, in walking order.

    Named track points (the guide's own export names each place) are taken as they are;
    otherwise the file's waypoints within the match radius of the track, in the order the track
    passes them. The segment's first and last points are added when no place covers them.
    """
    track = [_point(point) for point in segment.points]
    named = [point for point in track if point.name]
    if named:
        stops = named
    else:
        passed = []
        for waypoint in waypoints:
            gaps = [
                (distance_m(waypoint.latitude, waypoint.longitude, p.latitude, p.longitude), i)
                for i, p in enumerate(track)
            ]
            gap, position = min(gaps)
            if gap <= radius_m:
                passed.append((position, waypoint))
        stops = [waypoint for _position, waypoint in sorted(passed, key=lambda item: item[0])]
    for end, at_start in ((track[0], True), (track[-1], False)):
        covering = stops[0] if at_start else stops[-1] if stops else None
        if (
            covering is None
            or distance_m(end.latitude, end.longitude, covering.latitude, covering.longitude)
            > radius_m
        ):
            stops.insert(0, end) if at_start else stops.append(end)
    return stops


def _figures(segment, extension: DayExtension | None):
    """distance_km, ascent_m, descent_m: the typed ones the guide's extension carries first,
    then what the track's geometry gives, unless the track is only the places joined up."""
    from_track = extension is None or not extension.places_only
    distance = extension.distance_km if extension else None
    ascent = extension.ascent_m if extension else None
    descent = extension.descent_m if extension else None
    if from_track:
        if distance is None:
            distance = Decimal(str(round(segment.length_3d() / 1000, 1)))
        if segment.has_elevations():
            climb = segment.get_uphill_downhill()
            ascent = round(climb.uphill) if ascent is None else ascent
            descent = round(climb.downhill) if descent is None else descent
    return distance, ascent, descent


def plan_import(text: str, places=None) -> ImportPlan:
    gpx = parse(text)
    segments = [segment for track in gpx.tracks for segment in track.segments if segment.points]
    if not segments:
        raise GPXImportError("The file has no track with points: each track segment becomes a day.")
    plan = ImportPlan()
    index = PlaceIndex(Place.objects.all() if places is None else places)
    resolver = _Resolver(plan, index)
    waypoints = [_point(point) for point in gpx.waypoints]
    for waypoint in waypoints:
        resolver.resolve(
            waypoint, default_name=f"Waypoint at {waypoint.latitude:.4f}, {waypoint.longitude:.4f}"
        )
    for number, segment in enumerate(segments, start=1):
        stops = []
        for which, point in enumerate(_segment_points(segment, waypoints, index.radius_m)):
            stop = resolver.resolve(
                point, default_name=f"Day {number} {'start' if which == 0 else 'end'}"
            )
            if not stops or stops[-1] is not stop:
                stops.append(stop)
        extension = DayExtension.from_elements(segment.extensions)
        distance, ascent, descent = _figures(segment, extension)
        title = (extension.title if extension else "") or ""
        plan.days.append(PlannedDay(number, title, stops, distance, ascent, descent))
    return plan


@dataclass
class Decisions:
    """What the editor ticked: places to create (key -> name, kind, elevation) and changes."""

    create: dict[str, tuple[str, str, int | None]] = field(default_factory=dict)
    apply: set[str] = field(default_factory=set)


def _stop_name(stop) -> str:
    return stop.point.name if isinstance(stop, ProposedPlace) else stop.name


def _set_fact(change: FactChange) -> None:
    place, point = change.place, change.point
    if change.field == "elevation":
        place.elevation_m = round(point.elevation)
    else:
        place.latitude = Decimal(f"{point.latitude:.6f}")
        place.longitude = Decimal(f"{point.longitude:.6f}")


def _save_place(place: Place) -> None:
    try:
        place.full_clean()
    except ValidationError as exc:
        raise GPXImportError(f"{place.name or 'A new place'}: {'; '.join(exc.messages)}") from exc
    place.save()


def _create_places(plan: ImportPlan, decisions: Decisions) -> dict[str, Place]:
    created = {}
    for proposal in plan.proposed:
        if proposal.key not in decisions.create:
            continue
        name, kind, elevation_m = decisions.create[proposal.key]
        point = proposal.point
        place = Place(
            name=name.strip(),
            kind=kind,
            elevation_m=elevation_m,
            latitude=Decimal(f"{point.latitude:.6f}"),
            longitude=Decimal(f"{point.longitude:.6f}"),
            source_note="Imported from a GPX file.",
        )
        _save_place(place)
        created[proposal.key] = place
    return created


def _build_days(plan: ImportPlan, created: dict[str, Place], old_days: list) -> list[ItineraryDay]:
    days = []
    for planned in plan.days:
        stops = []
        for stop in planned.stops:
            place = created.get(stop.key) if isinstance(stop, ProposedPlace) else stop
            if place is not None and (not stops or stops[-1].pk != place.pk):
                stops.append(place)
        if len(stops) < 2:
            names = ", ".join(_stop_name(stop) for stop in planned.stops)
            raise GPXImportError(
                f"Day {planned.number} needs a start and an end place ({names}): "
                "tick the new places it needs."
            )
        day = ItineraryDay(
            sort_order=planned.number - 1,
            title=(planned.title or f"{stops[0].name} to {stops[-1].name}")[:120],
            from_place=stops[0],
            to_place=stops[-1],
            distance_km=planned.distance_km,
            ascent_m=planned.ascent_m,
            descent_m=planned.descent_m,
        )
        day.waypoints = [
            DayWaypoint(place=place, sort_order=number) for number, place in enumerate(stops[1:-1])
        ]
        # A day at the same position keeps what a GPX file cannot say (hours, meals, night).
        if planned.number <= len(old_days):
            old = old_days[planned.number - 1]
            for name in KEPT_DAY_FIELDS:
                setattr(day, name, getattr(old, name))
            day.transport_legs = [
                TransportLeg(
                    sort_order=leg.sort_order,
                    mode=leg.mode,
                    from_place=leg.from_place,
                    to_place=leg.to_place,
                    duration_minutes=leg.duration_minutes,
                    notes=leg.notes,
                )
                for leg in old.transport_legs.all()
            ]
        days.append(day)
    return days


def apply_import(page, plan: ImportPlan, decisions: Decisions, user=None):
    """Creates the confirmed places, writes missing and confirmed facts, and saves the plan's
    days as a new draft revision of ``page`` (the live page is left as it is). The revision."""
    with transaction.atomic():
        created = _create_places(plan, decisions)
        changed = {}
        for change in [*plan.fills, *(c for c in plan.changes if c.key in decisions.apply)]:
            _set_fact(change)
            changed[change.place.pk] = change.place
        for place in changed.values():
            _save_place(place)
        draft = page.get_latest_revision_as_object()
        draft.days = _build_days(plan, created, draft.ordered_days())
        try:
            draft.full_clean()
        except ValidationError as exc:
            raise GPXImportError("; ".join(exc.messages)) from exc
        return draft.save_revision(user=user, log_action=True)
