"""The reliability suite's live half: `scripts/test-reliability` (part of `make test`).

Serves the demo guide with gunicorn on production settings, on a PostgreSQL cluster and a
redis-server of its own (free ports; the machine's shared servers are never touched), and:

  openapi          schemathesis sends FUZZ_CASES or more seeded requests generated from the
                   committed docs/openapi.json (GET operations): not one server error;
  redis-killed     under load, kills Redis (SIGKILL), then starts it again: no 5xx at all;
  redis-frozen     under load, freezes Redis (SIGSTOP) for 3 s: no 5xx, no request waits long;
  postgres-restart under load, restarts PostgreSQL: no 500 (503s while it is down), and
                   afterwards every answer is a 200 again without restarting anything.

Prints each scenario's figures; exits 1 if any check fails.
"""

import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.ops.own_postgres import OwnPostgres  # noqa: E402
from tests.ops.server import free_port  # noqa: E402

PYTHON = sys.executable
PATHS = [
    "/api/v3/guide/itineraries/",
    "/api/v3/guide/pages/by-path/?path=/lares/trek-4-days/",
    "/api/v3/guide/search/?q=lares",
    "/api/v2/pages/?type=guide_itineraries.ItineraryPage&fields=*",
    "/sitemap.xml",
]
CLIENTS = 4
FUZZ_CASES, FUZZ_SEED = 1000, 20261122
FAILURES = []


def say(line: str) -> None:
    print(line, flush=True)


def check(condition: bool, what: str) -> None:
    say(f"    {'ok  ' if condition else 'FAIL'} {what}")
    if not condition:
        FAILURES.append(what)


class Load:
    """Client threads asking PATHS in turn; every answer kept as (time, status, seconds)."""

    def __init__(self, port: int):
        self.port, self.answers, self.stop = port, [], threading.Event()

    def ask(self, path: str) -> None:
        started = time.monotonic()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            connection.request("GET", path)
            status = connection.getresponse().status
            connection.close()
        except OSError:
            status = 0  # no answer at all
        self.answers.append((started, status, time.monotonic() - started))

    def run(self) -> None:
        turn = 0
        while not self.stop.is_set():
            self.ask(PATHS[turn % len(PATHS)])
            turn += 1

    def __enter__(self):
        self.threads = [threading.Thread(target=self.run) for _ in range(CLIENTS)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def report(self, name: str, since: float = 0.0) -> Counter:
        statuses = Counter(status for _, status, _ in self.answers)
        slowest = max(seconds for *_, seconds in self.answers)
        counts = ", ".join(
            f"{count} × {status or 'no answer'}" for status, count in sorted(statuses.items())
        )
        say(f"  {name}: {len(self.answers)} requests: {counts}; slowest {slowest:.2f} s")
        return statuses

    def after(self, moment: float) -> Counter:
        return Counter(status for started, status, _ in self.answers if started >= moment)


class Redis:
    def __init__(self, folder: Path):
        self.port, self.folder, self.process = free_port(), folder, None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "Redis":
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(self.folder)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        for _ in range(100):
            if (
                subprocess.run(
                    ["redis-cli", "-p", str(self.port), "ping"], capture_output=True
                ).stdout.strip()
                == b"PONG"
            ):
                return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()

    def signal(self, number: int) -> None:
        self.process.send_signal(number)


class Site:
    """gunicorn with 2 workers on production settings; its log goes to a file."""

    def __init__(self, folder: Path, env: dict):
        self.port, self.folder, self.env = free_port(), folder, env
        self.process = None

    def start(self) -> "Site":
        log = (self.folder / "gunicorn.log").open("ab")
        command = [PYTHON, "-m", "gunicorn", "--pythonpath", "site", "--workers", "2"]
        command += ["--bind", f"127.0.0.1:{self.port}", "guide_site.wsgi"]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log)
        for _ in range(300):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn did not start, see {self.folder / 'gunicorn.log'}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


def environment(database_url: str, redis_url: str, media: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(media),
        "SECRET_KEY": "reliability-only-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_CONN_MAX_AGE": "60",  # kept connections: a restart must not break them
    }


def prepare(env: dict) -> None:
    """Migrate and load the demo guide (its loader lives in the dev settings' apps)."""
    dev = {**env, "DJANGO_SETTINGS_MODULE": "guide_site.settings.dev"}
    for command in (["migrate", "--noinput"], ["load_demo_guide"]):
        subprocess.run(
            [PYTHON, "manage.py", *command],
            cwd=ROOT,
            env=dev,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    production = {**env, "DJANGO_SETTINGS_MODULE": "guide_site.settings.production"}
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=production,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def fuzz_openapi(site: Site) -> None:
    say(f"==> schemathesis on docs/openapi.json (GET operations, seed {FUZZ_SEED})")
    command = [str(Path(PYTHON).parent / "schemathesis"), "run", "docs/openapi.json"]
    command += ["--url", f"http://127.0.0.1:{site.port}", "--checks", "not_a_server_error"]
    command += ["--seed", str(FUZZ_SEED), "--max-examples", "40", "--include-method", "GET"]
    command += ["--phases", "coverage,fuzzing", "--workers", "2", "--suppress-health-check", "all"]
    # Wagtail's snippet revision routes declare parameters no request can satisfy.
    command += ["--exclude-path-regex", "^/api/v3/snippets/.*/revisions/"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    generated = re.search(r"(\d+) generated", result.stdout)
    cases = int(generated.group(1)) if generated else 0
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    say(f"  openapi: {cases} requests; schemathesis: {summary.strip('= ')}")
    check(result.returncode == 0, "no server error, no schema error")
    check(cases >= FUZZ_CASES, f"at least {FUZZ_CASES} requests")
    if result.returncode != 0:
        say(result.stdout[-4000:])


def redis_killed(site: Site, redis: Redis) -> None:
    say(f"==> Redis killed under load ({CLIENTS} clients), then started again")
    with Load(site.port) as load:
        time.sleep(2)
        redis.kill()
        time.sleep(3)
        redis.start()
        time.sleep(6)  # longer than the cache's pause, so Redis is used again
    statuses = load.report("redis-killed")
    check(
        not any(status >= 500 or status == 0 for status in statuses), "no 5xx and no lost request"
    )


def redis_frozen(site: Site, redis: Redis) -> None:
    say("==> Redis frozen (SIGSTOP) for 3 s under load")
    with Load(site.port) as load:
        time.sleep(2)
        redis.signal(signal.SIGSTOP)
        time.sleep(3)
        redis.signal(signal.SIGCONT)
        time.sleep(2)
    statuses = load.report("redis-frozen")
    slowest = max(seconds for *_, seconds in load.answers)
    check(
        not any(status >= 500 or status == 0 for status in statuses), "no 5xx and no lost request"
    )
    check(slowest < 2, f"no request waited 2 s or more (slowest {slowest:.2f} s)")


def postgres_restart(site: Site, postgres: OwnPostgres) -> None:
    say("==> PostgreSQL restarted under load")
    with Load(site.port) as load:
        time.sleep(2)
        postgres.stop()
        time.sleep(1.5)
        postgres.start()
        back = time.monotonic()
        time.sleep(4)
    statuses = load.report("postgres-restart")
    check(statuses[500] == 0 and statuses[0] == 0, "no 500 and no lost request")
    check(set(statuses) <= {200, 503}, "only 200s and 503s")
    settled = load.after(back + 1)
    check(
        set(settled) == {200}, f"every answer from 1 s after the restart is a 200 ({dict(settled)})"
    )


def main() -> int:
    for binary in ("redis-server", "redis-cli"):
        if shutil.which(binary) is None:
            sys.exit(f"{binary} is needed (Debian package redis-server)")
    postgres = OwnPostgres()
    if not postgres.available:
        sys.exit("initdb and pg_ctl are needed (Debian package postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="guide-reliability-"))
    redis, site = Redis(folder).start(), None
    try:
        postgres.create()
        say(f"==> PostgreSQL of its own on :{postgres.port}, Redis of its own on :{redis.port}")
        env = environment(postgres.url, redis.url, folder / "media")
        prepare(env)
        site = Site(folder, {**env, "DJANGO_SETTINGS_MODULE": "guide_site.settings.production"})
        site.start()
        say(f"==> gunicorn (2 workers, production settings) on :{site.port}")
        fuzz_openapi(site)
        redis_killed(site, redis)
        redis_frozen(site, redis)
        postgres_restart(site, postgres)
    finally:
        if site:
            site.stop()
        if redis.process and redis.process.poll() is None:
            redis.signal(signal.SIGCONT)
            redis.kill()
        postgres.remove()
    if FAILURES:
        say(f"{len(FAILURES)} check(s) failed; the site's log: {folder / 'gunicorn.log'}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    say("All reliability checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
