"""The Python side of a mixed image: loads and calls Python tools for the JavaScript runtime."""

import json
import sys

from .log import send
from .registry import Server


def worker():
    """Serves server.js: {"id", "method": "load"|"call", ...} per line, one answer per line."""
    server = None
    for raw in iter(sys.stdin.buffer.readline, b""):
        line = raw.decode("utf-8", "replace").strip()
        if not line:
            continue
        try:
            req = json.loads(line)
        except ValueError:
            continue
        rid = req.get("id")
        try:
            if req.get("method") == "load":
                server = Server(connect=bool(req.get("connect")))
                tools = [{"name": t["name"], "description": t["description"], "inputSchema": t["inputSchema"]}
                         for t in server.tools.values()]
                send({"id": rid, "result": {"tools": tools, "problems": server.problems}})
            elif req.get("method") == "call":
                if server is None or req.get("name") not in server.tools:
                    raise RuntimeError("unknown Python tool %s" % req.get("name"))
                send({"id": rid, "result": server.call(req["name"], req.get("arguments") or {})})
            else:
                raise RuntimeError("unknown worker method %s" % req.get("method"))
        except Exception as e:  # noqa: BLE001
            send({"id": rid, "error": {"message": str(e)}})


