"""Enquiries under load: 1,000 posts from 50 concurrent clients, and not one accepted enquiry lost.

    .venv/bin/python scripts/bench/enquiries.py        (or: scripts/bench/run enquiries)

Creates the database guide_bench_enquiries on the shared PostgreSQL (127.0.0.1:5432, user
postgres), migrates it, starts its own redis-server (the rate limit's shared counts) and
gunicorn (2 sync workers, guide_site.settings.bench: production settings) on free ports. Then 50
threads post as 50 visitors, each naming its own address through the visitor site's signed
X-Guide-Client-IP header: mostly genuine enquiries, a few with the honeypot filled, a few sent
the moment the form was fetched; five clients send more than GUIDE["ENQUIRY_RATE_LIMIT"] allows
(set to 25 an hour here). Each genuine message carries a unique marker, so the database can be
checked afterwards: every accepted enquiry stored exactly once, nothing refused stored.
Prints the answers by status and reason, latencies and what the database holds; exits 1 on a
lost or doubled enquiry or any 5xx. gunicorn and Redis are stopped and the database dropped at
the end, whatever happens.
"""

import hashlib
import hmac
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
DATABASE = "guide_bench_enquiries"
CLIENTS = 50
HEAVY_CLIENTS = 5  # these send more than the limit allows
POSTS = 1000
LIMIT = 25  # enquiries per visitor and hour during the bench
HONEYPOT_EVERY = 9  # every 9th post of a client fills the hidden field
TOO_FAST_EVERY = 7  # every 7th is sent the moment its form was fetched
MIN_SECONDS = 3  # GUIDE["ENQUIRY_MIN_SECONDS"]: genuine tokens are older than this
LOG = ROOT / "var" / "bench-enquiries-gunicorn.log"
RUN = secrets.token_hex(4)
SECRET = secrets.token_hex(16)


def say(line: str) -> None:
    print(line, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def admin_sql(statement: str) -> None:
    with psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=5, **PG) as conn:
        conn.execute(statement)


def environment(redis_port: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "guide_site.settings.bench",
        "DATABASE_URL": f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "SECRET_KEY": f"bench-only-{secrets.token_hex(24)}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "GUIDE_REVALIDATE_SECRET": SECRET,
        "GUIDE_ENQUIRY_RATE_LIMIT": f"{LIMIT}/3600",
        # No mail leaves the bench; tasks wait in the database queue (no worker runs).
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }


class Servers:
    """redis-server and gunicorn, stopped by their own pids."""

    def __init__(self):
        self.processes: list[subprocess.Popen] = []

    def start(self, command: list[str], env=None, **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(command, cwd=ROOT, env=env, **kwargs)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    sys.exit(f"gunicorn did not answer {url} in {seconds:.0f} s; see {LOG}")


# --- One client ---------------------------------------------------------------------------


def signed(ip: str) -> dict:
    signature = hmac.new(SECRET.encode(), ip.encode(), hashlib.sha256).hexdigest()
    return {"X-Guide-Client-IP": ip, "X-Guide-Client-Signature": signature}


def request(url: str, body: dict | None = None, headers=None) -> tuple[int, dict, float]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    elapsed = time.perf_counter() - started
    try:
        answer = json.loads(raw or b"{}")
    except ValueError:
        answer = {"message": raw[:200].decode("utf-8", "replace")}
    return status, answer, elapsed


def reason(status: int, answer: dict) -> str:
    message = str(answer.get("message", ""))
    if status == 201:
        return "accepted"
    if status == 429:
        return "429 rate limit"
    if status >= 500:
        return f"{status} server error"
    if "too fast" in message:
        return "400 too fast"
    if "could not be accepted" in message:
        return "400 honeypot"
    return f"{status} other: {message[:80]}"


class Tally:
    def __init__(self, total: int):
        self.total = total
        self.lock = threading.Lock()
        self.reasons: Counter = Counter()
        self.accepted: list[str] = []
        self.refused: list[str] = []
        self.latencies: list[float] = []
        self.started = time.monotonic()

    def add(self, marker: str, status: int, answer: dict, elapsed: float) -> None:
        with self.lock:
            why = reason(status, answer)
            self.reasons[why] += 1
            (self.accepted if status == 201 else self.refused).append(marker)
            self.latencies.append(elapsed)
            done = len(self.latencies)
            if done % 100 == 0 or done == self.total:
                rate = done / (time.monotonic() - self.started)
                say(f"    {done:>4}/{self.total} answered ({rate:.0f}/s)")


def client(base: str, number: int, posts: int, tally: Tally, start_at: float) -> None:
    ip = f"198.18.{number // 200}.{number % 200 + 1}"  # the benchmarking range, one per visitor
    headers = signed(ip)
    form_url = f"{base}/api/v3/guide/enquiries/form/"
    _status, form, _ = request(form_url, headers=headers)
    token = form["token"]
    time.sleep(max(0.0, start_at - time.monotonic()))  # a person takes a while to type
    month = date.today().replace(day=1) + timedelta(days=62)
    for n in range(1, posts + 1):
        marker = f"bench-{RUN}-{number:02d}-{n:02d}"
        body = {
            "name": f"Bench visitor {number}",
            "email": f"visitor{number}@example.org",
            "travel_date": None,
            "travel_month": f"{month:%Y-%m}",
            "party_size": 1 + n % 6,
            "itinerary": None,
            "departure": None,
            "message": f"Is there a departure with room for us? [{marker}]",
            "heard_from": "search",
            "consent": True,
            "token": token,
            "website": "",
        }
        if n % HONEYPOT_EVERY == 0:
            body["website"] = "https://spam.example"
        elif n % TOO_FAST_EVERY == 0:
            _status, fresh, _ = request(form_url, headers=headers)
            body["token"] = fresh["token"]
        status, answer, elapsed = request(f"{base}/api/v3/guide/enquiries/", body, headers)
        tally.add(marker, status, answer, elapsed)


def plan() -> list[int]:
    """Posts per client: 1,000 in all, the heavy clients sending about twice as many."""
    light = CLIENTS - HEAVY_CLIENTS
    heavy_each = 38
    light_total = POSTS - heavy_each * HEAVY_CLIENTS
    counts = [light_total // light] * light
    for i in range(light_total - sum(counts)):
        counts[i] += 1
    return counts + [heavy_each] * HEAVY_CLIENTS


# --- The database afterwards ---------------------------------------------------------------


def stored_markers() -> tuple[int, Counter]:
    with psycopg.connect(dbname=DATABASE, connect_timeout=5, **PG) as conn:
        total = conn.execute("SELECT count(*) FROM guide_enquiries_enquiry").fetchone()[0]
        rows = conn.execute(
            "SELECT substring(message from %s) FROM guide_enquiries_enquiry",
            (rf"\[(bench-{RUN}-\d+-\d+)\]",),
        ).fetchall()
    return total, Counter(marker for (marker,) in rows if marker)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main() -> int:
    try:
        admin_sql("SELECT 1")
    except psycopg.OperationalError as error:
        sys.exit(f"PostgreSQL at {PG['host']}:{PG['port']} does not answer: {error}")
    servers = Servers()
    LOG.parent.mkdir(exist_ok=True)
    try:
        say(f"==> Enquiries bench: database {DATABASE} on {PG['host']}:{PG['port']}")
        admin_sql(f'DROP DATABASE IF EXISTS "{DATABASE}"')  # left over by an interrupted run
        admin_sql(f'CREATE DATABASE "{DATABASE}"')
        redis_port, web_port = free_port(), free_port()
        env = environment(redis_port)
        servers.start(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--logfile", str(ROOT / "var" / "bench-enquiries-redis.log")]
        )  # fmt: skip
        say("==> Migrating it")
        subprocess.run(
            [BIN / "python", "manage.py", "migrate", "--noinput"],
            cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        LOG.write_text("")
        servers.start(
            [BIN / "gunicorn", "--pythonpath", "site", "guide_site.wsgi", "--workers", "2",
             "--bind", f"127.0.0.1:{web_port}", "--error-logfile", str(LOG), "--capture-output"],
            env=env,
        )  # fmt: skip
        base = f"http://127.0.0.1:{web_port}"
        wait_until_up(f"{base}/api/v3/guide/enquiries/form/")
        counts = plan()
        say(
            f"==> {sum(counts)} posts from {CLIENTS} clients at once against gunicorn "
            f"(2 workers) on :{web_port}; limit {LIMIT} enquiries per visitor and hour"
        )
        tally = Tally(sum(counts))
        start_at = time.monotonic() + MIN_SECONDS + 0.5
        tally.started = start_at  # rates count from the first post, not the forms' fetch
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            futures = [
                pool.submit(client, base, number, posts, tally, start_at)
                for number, posts in enumerate(counts)
            ]
            for future in futures:
                future.result()
        seconds = time.monotonic() - started - MIN_SECONDS - 0.5
        total, stored = stored_markers()
        return report(tally, seconds, total, stored)
    finally:
        servers.stop()
        try:
            admin_sql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            say(f"==> Stopped gunicorn and Redis, dropped {DATABASE}")
        except psycopg.Error as error:
            say(f"    could not drop {DATABASE}: {error}")


def report(tally: Tally, seconds: float, total: int, stored: Counter) -> int:
    accepted = Counter(tally.accepted)
    lost = [marker for marker in accepted if stored[marker] == 0]
    doubled = [marker for marker, n in stored.items() if n > 1]
    refused_but_stored = [marker for marker in tally.refused if stored[marker]]
    server_errors = sum(n for why, n in tally.reasons.items() if why.endswith("server error"))
    say("")
    say(
        f"ENQUIRIES: {len(tally.latencies)} posts by {CLIENTS} concurrent clients in "
        f"{seconds:.1f} s ({len(tally.latencies) / seconds:.0f} posts/s); PostgreSQL, gunicorn "
        f"2 sync workers, {os.cpu_count()} cores"
    )
    say(
        f"latency p50 {percentile(tally.latencies, 0.5):.0f} ms, "
        f"p95 {percentile(tally.latencies, 0.95):.0f} ms, "
        f"max {max(tally.latencies) * 1000:.0f} ms "
        f"(mean {statistics.mean(tally.latencies) * 1000:.0f} ms)"
    )
    say(f"accepted (201): {tally.reasons['accepted']}")
    for why, n in sorted(tally.reasons.items()):
        if why != "accepted":
            say(f"refused, {why}: {n}")
    say(f"5xx: {server_errors}")
    say(f"stored in the database: {total} (markers of this run: {sum(stored.values())})")
    say(
        f"every accepted enquiry stored exactly once: lost {len(lost)}, stored twice "
        f"{len(doubled)}, refused yet stored {len(refused_but_stored)}"
    )
    ok = not (lost or doubled or refused_but_stored or server_errors) and total == len(accepted)
    say("RESULT: PASS" if ok else f"RESULT: FAIL (see {LOG})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
