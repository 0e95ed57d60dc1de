"""A throwaway PostgreSQL server of a test's own (initdb into a temporary folder, its own port and
socket folder), so a test may stop and restart it under load without touching the shared cluster.

PostgreSQL refuses to run as root: as root (CI) the server runs as the `postgres` user through
`runuser` (or `su`), in a folder owned by that user. `skip_reason()` says why it cannot run here."""
from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from process_support import free_port

TIMEOUT = 120  # seconds for initdb, a start or a stop on a loaded machine


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as() -> list[str] | None:
    """The command prefix that runs a program as a user PostgreSQL accepts ([] when not root)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--"]
    if shutil.which("su"):
        return ["su", "postgres", "-s", "/bin/sh", "-c"]  # the command follows as one string
    return None


def skip_reason() -> str | None:
    if _bin_dir() is None:
        return "PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install postgresql"
    if _run_as() is None:
        return "running as root without a 'postgres' user (or runuser/su) to run a private PostgreSQL server as"
    return None


@dataclass
class PrivatePostgres:
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str) -> None:
        prefix = _run_as()
        command = [str(_bin_dir() / args[0]), *args[1:]]
        if prefix and prefix[0] == "su":
            command = [*prefix, shlex.join(command)]
        else:
            command = [*(prefix or []), *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
        if done.returncode != 0:
            log = (self.folder / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr}{done.stdout}\n{tail}")

    def client(self, program: str, *args: str) -> subprocess.CompletedProcess:
        """A client program (pg_dump, pg_restore, psql) of the same version, over TCP as postgres."""
        done = subprocess.run([str(_bin_dir() / program), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                               *args], capture_output=True, text=True, timeout=TIMEOUT)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr}{done.stdout}")
        return done

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        # fsync off: a throwaway server; the test kills it, never the machine.
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "server.log"),
                  "-w", "-t", str(TIMEOUT), "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", str(TIMEOUT), "stop")

    def destroy(self) -> None:
        """Stop the server whatever state it is in, then remove its folder."""
        pid_file = self.data / "postmaster.pid"
        if pid_file.exists():
            try:
                self.stop("immediate")
            except (RuntimeError, subprocess.TimeoutExpired):
                try:
                    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
                except (OSError, ValueError, IndexError):
                    pass
        shutil.rmtree(self.folder, ignore_errors=True)


def create() -> PrivatePostgres:
    """A new server, initialised and started; call destroy() in a finally."""
    # Not under pytest's tmp_path: that is root's 0700 folder, which the postgres user cannot enter.
    folder = Path(tempfile.mkdtemp(prefix="quizapp-pg-"))
    server = PrivatePostgres(folder, free_port())
    try:
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(folder, user.pw_uid, user.pw_gid)
        server.init()
        server.start()
    except BaseException:
        server.destroy()
        raise
    return server
