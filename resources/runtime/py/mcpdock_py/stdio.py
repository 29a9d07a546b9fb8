"""The stdio transport: newline-delimited JSON-RPC on the protocol's own descriptors."""

import asyncio
import os

from .log import log
from .protocol import Session, error_response, serialize

MAX_LINE = int(os.environ.get("MCP_MAX_LINE_BYTES") or 16 * 1024 * 1024)


class _Exchange:
    def __init__(self, session, send):
        self.session = session
        self.inflight = session.inflight
        self.send = send


def serve_stdio(protocol, in_fd, out):
    loop = protocol.registry.loop

    def send(message):
        text = serialize(message)
        if text is not None:
            out.write_line(text)
        return True

    session = Session(send)
    protocol.add_session(session)
    exchange = _Exchange(session, send)
    pending = set()

    def handle(text):
        async def run():
            response = await protocol.handle_text(text, exchange)
            if response is not None:
                send(response)
        fut = asyncio.run_coroutine_threadsafe(run(), loop)
        pending.add(fut)
        fut.add_done_callback(pending.discard)

    stdin = os.fdopen(in_fd, "rb", buffering=1 << 16)
    dropping = 0
    while True:
        raw = stdin.readline(MAX_LINE + 1)
        if not raw:
            break
        if not raw.endswith(b"\n") and len(raw) > MAX_LINE:
            dropping += len(raw)  # a line over the limit: skip to its end
            continue
        if dropping:
            n = dropping + len(raw)
            dropping = 0
            send(error_response(None, -32600, "Invalid Request: a message of %d bytes is over the limit" % n))
            continue
        line = raw.decode("utf-8", "replace").strip()
        if line:
            handle(line)
    for fut in list(pending):
        try:
            fut.result()
        except Exception as e:  # noqa: BLE001
            log("internal error: %s" % e)
