"""Start and stop Prism (Stoplight's mock server) on the project's spec, for the client tests.

Prism is installed by `make prism` into tests/servers/prism/node_modules (locked versions). It
validates each request against the spec (422 with a list of problems, 401 without a bearer
token) and answers with the spec's examples, so the client and the spec are checked by a tool
nobody here wrote.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "tests" / "servers" / "prism" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "realtime_sessions.yaml"
START_TIMEOUT = 60.0


def missing_reason() -> str | None:
    """Why Prism cannot run here, or None if it can."""
    if PRISM.exists():
        return None
    if shutil.which("npm") is None:
        return "Prism needs npm, which is not installed"
    return f"Prism is not installed: run `make prism` (expected {PRISM.relative_to(ROOT)})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_prism(log_path: Path, spec: Path = SPEC) -> Iterator[str]:
    """Run `prism mock` on a free port; yield its base URL; stop it (by its process group)."""
    port = free_port()
    command = [str(PRISM), "mock", str(spec), "-p", str(port), "-h", "127.0.0.1"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_until_answering(url, process, log_path)
            yield url
        finally:
            _stop(process)


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(timeout=1.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited early:\n{log_path.read_text()}")
            try:
                client.get(url + "/")
            except httpx.TransportError:
                time.sleep(0.2)
                continue
            return
    _stop(process)
    raise RuntimeError(f"Prism did not answer within {START_TIMEOUT} s:\n{log_path.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
