"""The stdio transport: newline-delimited JSON-RPC on stdin/stdout."""

import sys

from .log import send


def serve_stdio(handler):
    stdin = sys.stdin.buffer
    # Requests run one after another: Python tools are rarely thread-safe.
    for raw in iter(stdin.readline, b""):
        line = raw.decode("utf-8", "replace").strip()
        if not line:
            continue
        response = handler.handle_text(line)
        if response is not None:
            send(response)


