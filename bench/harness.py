"""Real servers and real players over loopback, for bench/serve.py and the multi-server tests.

Servers are gunicorn processes running the app; players are HTTP clients that
play whole games the way a browser with htmx does.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
OPTION = re.compile(r'name="option" value="([^"]+)"')
ROUND = re.compile(r'action="(/games/[^"]+/rounds/(\d+)/answer)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLASK_")}
    env.update(
        DATABASE_URL=database_url,
        SECRET_KEY="shared-by-every-server-in-this-run",
        FLASK_START_LIMIT="100000 per minute",
        FLASK_ANSWER_LIMIT="100000 per minute",
    )
    env.update(extra)
    return env


def prepare_database(database_url: str) -> None:
    """A fresh schema with the shipped packs, as `scripts/play` would set up."""
    env = server_env(database_url)
    code = (
        "from quiz import create_app; from quiz.extensions import db; from quiz.packs.pipeline import import_files;"
        "app = create_app();"
        "ctx = app.app_context(); ctx.push(); db.drop_all(); db.create_all();"
        "import_files([__import__('pathlib').Path('questions')])"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


@dataclass
class Server:
    database_url: str
    workers: int = 2
    threads: int = 1
    extra_env: dict = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        command = [
            str(GUNICORN),
            "--workers",
            str(self.workers),
            "--threads",
            str(self.threads),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--log-level",
            "warning",
            "quiz:create_app()",
        ]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=server_env(self.database_url, **self.extra_env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.process.stderr.read()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start in 30 s")

    def worker_pids(self) -> list[int]:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return pids

    def peak_rss_mb(self) -> list[float]:
        peaks = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
        return peaks

    def kill(self) -> None:
        """kill -9 the master and its workers: no graceful anything."""
        for pid in [*self.worker_pids(), self.process.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> str:
        """Stop the server (if it still runs) and return what it logged."""
        if self.process is None:
            return ""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            _, log = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()
            _, log = self.process.communicate()
        return log or ""


class Player:
    """Plays like htmx does: full pages to start, fragments for every answer."""

    def __init__(self, base_url: str, client: httpx.Client | None = None):
        self.http = client or httpx.Client(timeout=30)
        self.base = base_url
        self.game: str | None = None
        self.statuses: list[int] = []

    def _record(self, response: httpx.Response) -> httpx.Response:
        self.statuses.append(response.status_code)
        return response

    def start(self, slug: str = "narcos-mexico-s2", length: int = 10, nickname: str = "") -> str:
        page = self._record(self.http.get(f"{self.base}/packs/{slug}"))
        data = {
            "csrf_token": TOKEN.search(page.text).group(1),
            "length": str(length),
            "difficulty": "",
            "nickname": nickname,
        }
        response = self._record(self.http.post(f"{self.base}/packs/{slug}", data=data))
        self.game = response.headers["location"]
        self.token = data["csrf_token"]
        return self.game

    def question(self) -> httpx.Response:
        return self._record(self.http.get(self.base + self.game, headers={"HX-Request": "true"}))

    def answer(self, fragment: str) -> httpx.Response:
        """Answer the question in `fragment` with its first option (or a typed guess)."""
        action, _ = ROUND.search(fragment).groups()
        option = OPTION.search(fragment)
        data = {"csrf_token": self.token, **({"option": option.group(1)} if option else {"typed": "Diego Luna"})}
        return self._record(self.http.post(self.base + action, data=data, headers={"HX-Request": "true"}))

    def use(self, base_url: str) -> None:
        """Carry on at another server with the same cookies."""
        self.base = base_url

    def close(self) -> None:
        self.http.close()
