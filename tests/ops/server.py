"""The site served by gunicorn in a child process, as in production, for tests that need the
whole stack: real sockets, production settings and logging, a database that may be down.

Its stdout (the JSON log) and stderr (gunicorn's own messages) go to files the test reads.
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY = "x7-long-random-production-key-for-tests-only-0123456789-abcdefghij"  # noqa: S105


def free_port() -> int:
    """A loopback port nothing listens on (the kernel's pick, released at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Response:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


class Server:
    def __init__(self, folder: Path, database_url: str, **env: str):
        self.folder, self.port = folder, free_port()
        self.stdout, self.stderr = folder / "stdout.log", folder / "stderr.log"
        base = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
        self.env = {
            **base,
            "DJANGO_SETTINGS_MODULE": "tests.ops.production_like",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": database_url,
            "PYTHONUNBUFFERED": "1",
            **env,
        }
        self.process = None

    def start(self) -> "Server":
        command = [sys.executable, "-m", "gunicorn", "--pythonpath", f"site,{ROOT}"]
        command += ["--bind", f"127.0.0.1:{self.port}", "--workers", "1", "guide_site.wsgi"]
        with self.stdout.open("wb") as out, self.stderr.open("wb") as err:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=out, stderr=err)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.stderr.read_text()}")
            try:
                if self.get("/healthz").status == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within 60 s:\n{self.stderr.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def get(self, path: str, headers: dict | None = None) -> Response:
        # The proxy header production trusts, so SECURE_SSL_REDIRECT does not answer first.
        sent = {"X-Forwarded-Proto": "https", **(headers or {})}
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=sent)
            response = connection.getresponse()
            return Response(response.status, response.headers, response.read())
        finally:
            connection.close()

    def log(self) -> list[dict]:
        """Every line the site wrote to stdout, each parsed as JSON (a line that is not fails)."""
        return [json.loads(line) for line in self.stdout.read_text().splitlines() if line]
