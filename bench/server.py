"""A real `mkdocs serve` in a subprocess, on a free loopback port: the one harness the
benchmarks (bench/serve_edit.py, bench/serve_generate.py) and the tests (tests/test_serve.py)
drive.

    server = Server(project)            # started; its log lines are collected by a thread
    server.wait_for("Serving on")       # until a text has appeared (count times)
    server.settle(2.5)                  # collect what it logs while nothing happens
    server.quiet(3.0)                   # … until no build runs and nothing came for 3 s
    status, text = server.get("explainers/a/")
    server.stop()

`wait_for` raises `ServerError` (an AssertionError, so a test fails with the server's log)
when the text does not come in time or the server exits.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")
BUILDING = "Building documentation"
FINISHED = ("Documentation built in", "An error happened during the rebuild")


class ServerError(AssertionError):
    """The server did not log what was waited for (its log is in the message)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`mkdocs serve` of `project`, with `env` (default: this process's environment)."""

    def __init__(self, project: Path, env: Mapping[str, str] | None = None) -> None:
        self.port = free_port()
        command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"]
        self.process = subprocess.Popen(
            command,
            cwd=project,
            env=dict(env if env is not None else os.environ, NO_MKDOCS_2_WARNING="1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.log: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, count: int = 1, timeout: float = 60) -> None:
        """Until `text` has appeared in `count` log lines."""
        deadline = time.monotonic() + timeout
        while self.count(text) < count:
            if time.monotonic() > deadline or self.process.poll() is not None:
                self._drain()
                raise ServerError(
                    f"no {count}× {text!r} from mkdocs serve:\n" + "\n".join(self.log)
                )
            with contextlib.suppress(queue.Empty):
                self.log.append(self._lines.get(timeout=0.2))

    def settle(self, seconds: float = 2.5) -> None:
        """Collect what the server logs while nothing is edited (a loop would show here)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            with contextlib.suppress(queue.Empty):
                self.log.append(self._lines.get(timeout=0.1))

    def busy(self) -> bool:
        """True while a build the log has announced has not finished."""
        return self.count(BUILDING) > sum(any(f in line for f in FINISHED) for line in self.log)

    def quiet(self, seconds: float = 3.0, timeout: float = 900) -> None:
        """Collect log lines until no build runs and none has come for `seconds` (the
        watcher polls every 0.5 s, so a change is seen well within that)."""
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while (time.monotonic() - last < seconds or self.busy()) and time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                self.log.append(self._lines.get(timeout=0.1))
                last = time.monotonic()

    def _drain(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self.log.append(self._lines.get_nowait())

    def count(self, text: str) -> int:
        return sum(text in line for line in self.log)

    def built_times(self) -> list[float]:
        """The "Documentation built in N seconds" of each build so far."""
        return [float(m.group(1)) for line in self.log if (m := BUILT.search(line))]

    def get(self, path: str) -> tuple[int, str]:
        """The status and text of a page of the served site."""
        url = f"http://127.0.0.1:{self.port}/{path}"
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def cpu(self) -> float:
        """CPU seconds the server process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
