"""A throwaway PostgreSQL cluster of the test's own, on a free port, that the test may stop and
start: the machine's shared server is never touched. Run as the postgres user when the tests
run as root (PostgreSQL refuses root)."""

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .server import free_port


def find_binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


class OwnPostgres:
    def __init__(self):
        self.initdb, self.pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
        self.port = free_port()
        self.folder = None

    @property
    def available(self) -> bool:
        return bool(self.initdb and self.pg_ctl)

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, *command: str) -> None:
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def create(self) -> "OwnPostgres":
        # Under /tmp, which the postgres user can reach (pytest's own temp folders may not be).
        self.folder = Path(tempfile.mkdtemp(prefix="guide-ops-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.run(
            self.initdb, "-D", str(self.folder / "data"), "-U", "postgres", "-A", "trust", "-N"
        )
        return self.start()

    def start(self) -> "OwnPostgres":
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        data, log = str(self.folder / "data"), str(self.folder / "server.log")
        self.run(self.pg_ctl, "-D", data, "-l", log, "-o", options, "-w", "start")
        return self

    def stop(self) -> None:
        self.run(self.pg_ctl, "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        if self.folder is None:
            return
        with contextlib.suppress(subprocess.CalledProcessError):  # it may be stopped already
            self.run(self.pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
