"""A scripted OpenAI-like server: stdlib `http.server` on a free port, in a thread.

It records every request (method, path, headers, JSON body, arrival time) and answers with the
replies queued by `script()`, then with `default`. A reply can be slow or drop the connection.
"""

from __future__ import annotations

import email
import email.policy
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

SESSION = {
    "client_secret": {"expires_at": 1756324625, "value": "ek_abc123"},
    "model": "gpt-4o-realtime-preview",
    "modalities": ["audio", "text"],
    "voice": "alloy",
    "max_response_output_tokens": "inf",
    "turn_detection": {"type": "server_vad", "threshold": 0.5},
}
"""A SessionCreateResponse the fake server answers with by default."""


@dataclass(frozen=True)
class Reply:
    """One scripted answer. `body` is JSON-encoded unless it is bytes."""

    status: int = 200
    body: Any = field(default_factory=lambda: SESSION)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (the client's timeout test)."""
    drop: bool = False
    """Close the connection without answering."""
    content_type: str = "application/json"
    """`text/event-stream` sends `body` (bytes) unchunked, without a length, then closes."""


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it; header names are lower-case."""

    method: str
    path: str
    headers: dict[str, str]
    raw_body: bytes
    at: float
    """`time.monotonic()` when the request arrived."""

    @property
    def json(self) -> Any:
        return json.loads(self.raw_body)

    def form_parts(self) -> list[tuple[str, str | None, str, bytes]]:
        """A multipart body's parts: (name, filename, content type, content), in order."""
        head = f"Content-Type: {self.headers['content-type']}\r\n\r\n".encode()
        message = email.message_from_bytes(head + self.raw_body, policy=email.policy.HTTP)
        parts = []
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            content = part.get_payload(decode=True)
            assert isinstance(content, bytes)
            parts.append((name, part.get_filename(), part.get_content_type(), content))
        return parts


class FakeAPI:
    """Use as a context manager; `url` is the base URL to give the client."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.default = Reply()
        self._script: list[Reply] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.api = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with these replies, in order."""
        with self._lock:
            self._script.extend(replies)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()  # joins the handler threads
        self._thread.join()

    def _next(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            return self._script.pop(0) if self._script else self.default


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    api: FakeAPI


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 10

    def do_POST(self) -> None:
        self._handle()

    def do_GET(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: pytest shows failures, not access logs."""

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length)
        headers = {name.lower(): value for name, value in self.headers.items()}
        api = self.server.api
        reply = api._next(Recorded(self.command, self.path, headers, raw, time.monotonic()))
        self.close_connection = True
        if reply.delay and api._stopping.wait(reply.delay):
            return
        if reply.drop:
            return
        body = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            if reply.content_type != "text/event-stream":
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (timeout test)
