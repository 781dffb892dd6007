"""A real PostgreSQL server for the tests: the one `$KEDENDESK_TEST_PG` names, else a
throwaway cluster this process owns (initdb in a temporary folder, listening on a socket in it
only, stopped and removed at the end).

PostgreSQL refuses to run as root; as root (CI) the cluster is made and run as the `postgres`
system user Debian's package creates. A machine without the server binaries has no server: a
test that needs one skips, except in CI (`CI=true`), where that is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "kedendesk"
SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/bin")


class NoServerError(RuntimeError):
    """No server given and none can be started here."""


def _binaries() -> Path:
    for pattern in SEARCH:
        for folder in sorted(Path("/").glob(pattern.lstrip("/")), reverse=True):
            if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
                return folder
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise NoServerError("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser") is None:
        raise NoServerError("running as root without runuser: cannot start PostgreSQL")
    return ["runuser", "-u", "postgres", "--", *command]


class Cluster:
    """A throwaway cluster that a test may stop and start again (the server going away under
    a desk): `url`, `stop()`, `start()`."""

    def __init__(self, binaries: Path, data: Path, folder: Path) -> None:
        self._binaries, self._data, self._folder = binaries, data, folder
        self.url = f"postgresql://{USER}@/postgres?host={folder}"

    def _ctl(self, *command: str) -> None:
        options = f"-k {self._folder} -c listen_addresses='' -c fsync=off -c max_connections=200"
        subprocess.run(
            _as_server_user(
                [
                    *(str(self._binaries / "pg_ctl"), "-D", str(self._data), "-o", options),
                    *("-w", "-l", str(self._folder / "server.log"), *command),
                ]
            ),
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "stop")


@contextmanager
def restartable_cluster() -> Iterator[Cluster]:
    """A cluster of this test's own (the session's server is shared by every test)."""
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="kedendesk-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    subprocess.run(
        _as_server_user(
            [
                *(str(binaries / "initdb"), "-D", str(data), "-U", USER, "-A", "trust"),
                *("-E", "UTF8", "--locale=C.UTF-8"),
            ]
        ),
        check=True,
        capture_output=True,
    )
    cluster = Cluster(binaries, data, folder)
    cluster.start()
    try:
        yield cluster
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # the test stopped it
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster in a temporary folder; yields its URL (trust authentication over a
    Unix socket in that folder, no TCP port, so nothing else on the machine reaches it)."""
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="kedendesk-pg-"))
    data = folder / "data"
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    USER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            check=True,
            capture_output=True,
        )
        options = f"-k {folder} -c listen_addresses='' -c fsync=off -c max_connections=200"
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-w",
                    "-l",
                    str(folder / "server.log"),
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        try:
            yield f"postgresql://{USER}@/postgres?host={folder}"
        finally:
            subprocess.run(
                _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                capture_output=True,
                check=False,
            )
    except subprocess.CalledProcessError as error:
        log = (
            (folder / "server.log").read_text(errors="replace")
            if (folder / "server.log").exists()
            else ""
        )
        raise NoServerError(
            f"{error.cmd[0]} failed: {error.stderr.decode(errors='replace')} {log}"
        ) from error
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def server() -> Iterator[str]:
    """The tests' server: `$KEDENDESK_TEST_PG`, else a throwaway cluster."""
    given = os.environ.get("KEDENDESK_TEST_PG")
    if given:
        yield given
        return
    with throwaway_cluster() as url:
        yield url


def wait_until_up(url: str, timeout: float = 10.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
