"""The Streamable HTTP transport: POST /mcp, plus /healthz for the image's HEALTHCHECK."""

import json
import os
import re
import sys
import threading

from .log import log
from .protocol import ALL_VERSIONS


def _origin_allowed(origin):
    if not origin:
        return True
    allowed = [s.strip() for s in os.environ.get("MCP_ALLOWED_ORIGINS", "").split(",") if s.strip()]
    if "*" in allowed or origin in allowed:
        return True
    m = re.match(r"^https?://(\[[^\]]+\]|[^:/]+)", origin)
    return bool(m) and m.group(1) in ("localhost", "127.0.0.1", "[::1]")


def serve_http(handler, port):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    lock = threading.Lock()

    class Http(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            log("http: " + fmt % args)

        def reply(self, status, body=None, headers=None):
            data = b"" if body is None else json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            path = self.path.split("?")[0]
            if path == "/healthz":
                m = handler.server.manifest
                return self.reply(200, {"status": "ok", "name": m["name"], "version": m["version"],
                                        "tools": len(handler.server.tools)})
            if path == "/mcp":
                return self.reply(405, {"jsonrpc": "2.0", "id": None, "error": {
                    "code": -32600, "message": "Method not allowed: this server has no event stream; POST JSON-RPC to /mcp"}},
                    {"Allow": "POST"})
            return self.reply(404, {"error": "not found; the MCP endpoint is /mcp"})

        def do_DELETE(self):
            self.reply(405, None, {"Allow": "POST"})

        def do_POST(self):
            if self.path.split("?")[0] != "/mcp":
                return self.reply(404, {"error": "not found; the MCP endpoint is /mcp"})
            if not _origin_allowed(self.headers.get("Origin")):
                return self.reply(403, {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Origin not allowed"}})
            version = self.headers.get("MCP-Protocol-Version")
            if version and version not in ALL_VERSIONS:
                return self.reply(400, {"jsonrpc": "2.0", "id": None, "error": {
                    "code": -32600, "message": "Unsupported MCP-Protocol-Version: " + version}})
            length = int(self.headers.get("Content-Length") or 0)
            if length > 4 * 1024 * 1024:
                return self.reply(413, {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Request too large"}})
            body = self.rfile.read(length).decode("utf-8", "replace")
            with lock:
                response = handler.handle_text(body)
            if response is None:
                return self.reply(202)
            return self.reply(200, response)

    host = os.environ.get("MCP_HTTP_HOST", "0.0.0.0")
    httpd = ThreadingHTTPServer((host, port), Http)
    httpd.daemon_threads = True
    log("listening on http://%s:%d/mcp" % (host, port))
    httpd.serve_forever()


def probe(port):
    import urllib.request
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/healthz" % port, timeout=5) as r:
            return 0 if r.status == 200 else 1
    except Exception as e:  # noqa: BLE001
        sys.stderr.write("probe failed: %s\n" % e)
        return 1


