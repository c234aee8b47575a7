"""The steps of `make bench` that need Django: `python scripts/bench/steps.py STEP ARGS...`.

scripts/bench/run calls them with the bench's environment (the bench settings, its database and
its own Redis), so they see exactly what the gunicorn under test sees. Each prints
`RESULT ...` lines on stdout for run to read; progress goes to stderr, for the person watching.

  reset-queue                       drop every queued or finished background task
  publish PATH TITLE                publish the page at PATH with TITLE (prints t0, old title)
  place-edit BASE PROBE_PATH        edit the most used Place, wait for the worker to re-render
  clear                             flush the response cache, delete every StoredPage row
  cold-latency BASE ROUNDS NAME=PATH NAME=PATH...  first-request latency with nothing stored
"""

import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "site"))  # as manage.py does

import django  # noqa: E402

django.setup()

from django.core.cache import caches  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402
from wagtail.models import Page  # noqa: E402

from guide.api.models import StoredPage  # noqa: E402
from guide.itineraries.models import ItineraryPage  # noqa: E402
from guide.itineraries.passing import passes_through_q  # noqa: E402
from guide.places.models import Place  # noqa: E402


def progress(line: str):
    print("    " + line, file=sys.stderr, flush=True)


def get_ms(url: str) -> float:
    """One GET, body read, in milliseconds; an error status raises."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def reset_queue():
    # A run stopped half-way can leave tasks behind; a fresh worker would run them first and
    # blur the timings of this run.
    deleted, _ = DBTaskResult.objects.all().delete()
    print(f"RESULT reset {deleted}")


def publish(path: str, title: str):
    page = Page.objects.get(url_path__endswith=path, depth__gt=2).specific
    print(f"RESULT was {page.title}", flush=True)
    page.title = title
    # An editor publishes in a web process that is already warm: load the URLconf (the API's
    # routers) and the site's URL data first. t0 is taken after, so this process's start-up is
    # not counted.
    reverse("wagtailadmin_home")
    page.get_url_parts()
    print(f"RESULT t0 {time.time():.3f}", flush=True)
    page.save_revision().publish()
    print(f"RESULT published {time.time():.3f}", flush=True)


def wait_for_idle_queue(limit: float = 120):
    """Earlier steps (the publish) queue re-renders; they must not count as the Place edit's."""
    deadline = time.monotonic() + limit
    busy = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"])
    while busy.exists():
        if time.monotonic() > deadline:
            sys.exit("the task queue did not drain: is the worker up? see var/bench-worker.log")
        time.sleep(0.2)


def place_edit(base: str, probe_path: str):
    wait_for_idle_queue()
    # Generated itineraries pick their places at random, so no place is on all of them: edit
    # the one on the most itineraries, and say how many that is.
    counts = {
        place: ItineraryPage.objects.live().filter(passes_through_q(place.pk)).count()
        for place in Place.objects.order_by("pk")
    }
    place = max(counts, key=counts.get)
    ids = set(
        ItineraryPage.objects.live().filter(passes_through_q(place.pk)).values_list("pk", flat=True)
    )
    old = place.elevation_m
    # A value no place has, so finding it in a detail proves that detail was rendered again.
    taken = set(Place.objects.values_list("elevation_m", flat=True))
    new = old + 1
    while new in taken:
        new += 1
    marker = f'"elevation":{{"m":{new},'
    progress(f"{place.name}: {old} m -> {new} m, on {len(ids)} itineraries")

    # Meanwhile, what a visitor and an editor get from the web processes, every ~0.5 s.
    probes = {"admin": [], "detail": []}
    failed = []
    stop = threading.Event()

    def probe():
        while not stop.is_set():
            started = time.monotonic()
            for name, path in (("admin", "/admin/login/"), ("detail", probe_path)):
                try:
                    probes[name].append(get_ms(base + path))
                except OSError as error:  # an error status or a refused connection
                    failed.append(f"{path}: {error}")
            stop.wait(max(0.0, 0.5 - (time.monotonic() - started)))

    prober = threading.Thread(target=probe, daemon=True)

    t0 = timezone.now()
    started = time.monotonic()
    prober.start()
    place.elevation_m = new
    place.save()  # post_save queues the re-rendering; the worker does it
    saved = time.monotonic() - started
    rendered = StoredPage.objects.filter(page_id__in=ids, rendered_at__gt=t0)
    reported = 0.0
    try:
        while True:
            elapsed = time.monotonic() - started
            # Searching 30 MB of JSON for the marker would slow the worker being measured: it
            # is checked once the cheap count says every row was rendered.
            done = rendered.count()
            if done == len(ids) and rendered.filter(detail__contains=marker).count() == done:
                break
            if elapsed > 300:
                sys.exit(f"only {done}/{len(ids)} itineraries re-rendered after {elapsed:.0f} s")
            if elapsed - reported >= 5:
                progress(f"{done}/{len(ids)} re-rendered ({elapsed:.0f} s)")
                reported = elapsed
            time.sleep(0.5)
        total = time.monotonic() - started
    finally:
        stop.set()
        prober.join()
        # Back to the old elevation without a signal, so nothing is queued: the stored JSON
        # keeps the bench value until the next step drops it and the next run rebuilds it.
        Place.objects.filter(pk=place.pk).update(elevation_m=old)

    for line in failed:
        progress(f"probe failed: {line}")

    def stats(values):
        return f"{statistics.median(values):.1f} {max(values):.1f}" if values else "- -"

    print(f"RESULT place {place.name}|{len(ids)}|{total:.2f}|{saved:.2f}")
    admin, detail = probes["admin"], probes["detail"]
    print(f"RESULT probes {len(admin)} {stats(admin)} {stats(detail)}")


def clear_everything():
    StoredPage.objects.all().delete()
    caches["default"].clear()  # the bench's own Redis, never a shared one


def clear():
    clear_everything()
    print("RESULT cleared")


def cold_latency(base: str, rounds: str, *endpoints: str):
    times = {}
    for _ in range(int(rounds)):
        for endpoint in endpoints:
            name, path = endpoint.split("=", 1)
            # Before each request, so that no endpoint finds what another one just rendered.
            clear_everything()
            times.setdefault(name, ([], []))[0].append(get_ms(base + path))
            times[name][1].append(get_ms(f"{base}/bench-static/{name}.json"))
    for name, (api, static) in times.items():
        print(f"RESULT {name} {statistics.median(api):.1f} {statistics.median(static):.1f}")


STEPS = {
    "reset-queue": reset_queue,
    "publish": publish,
    "place-edit": place_edit,
    "clear": clear,
    "cold-latency": cold_latency,
}

if __name__ == "__main__":
    STEPS[sys.argv[1]](*sys.argv[2:])
