"""The Streamable HTTP transport (mcpdock_js/http.js's twin): POST /mcp answers JSON, or an SSE
stream when the request sends notifications or requests first; GET /mcp is a session's stream;
DELETE /mcp ends a session; /healthz for the image's HEALTHCHECK."""

import asyncio
import base64
import hashlib
import hmac
import json
import os
import queue
import re
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .log import log
from .protocol import ALL_VERSIONS, META_VERSION, STATELESS_VERSIONS, Session, error_response, serialize

MAX_BODY = 4 * 1024 * 1024
SOCKET_TIMEOUT = float(os.environ.get("MCP_HTTP_TIMEOUT") or 30)
SESSION_IDLE = float(os.environ.get("MCP_SESSION_IDLE_MS") or 30 * 60 * 1000) / 1000
MAX_SESSIONS = 10000
LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}
_FINAL = object()


def _env_list(name):
    return [s.strip() for s in os.environ.get(name, "").split(",") if s.strip()]


def _hostname(host_header):
    try:
        return urlsplit("http://" + (host_header or "")).hostname
    except ValueError:
        return None


def _origin_allowed(origin):
    if not origin:
        return True
    allowed = _env_list("MCP_ALLOWED_ORIGINS")
    if "*" in allowed or origin in allowed:
        return True
    try:
        return urlsplit(origin).hostname in LOOPBACK
    except ValueError:
        return False


def _host_allowed(host_header, bound):
    allowed = _env_list("MCP_ALLOWED_HOSTS")
    if "*" in allowed:
        return True
    name = _hostname(host_header)
    if allowed:
        return host_header in allowed or name in allowed or name in LOOPBACK
    if bound in LOOPBACK:
        return name in LOOPBACK
    return True


def _token_ok(header, token):
    m = re.match(r"^Bearer\s+(.+)$", header or "", re.I)
    if not m:
        return False
    a = hashlib.sha256(m.group(1).strip().encode()).digest()
    return hmac.compare_digest(a, hashlib.sha256(token.encode()).digest())


def _header_value(v):
    if v is None:
        return None
    m = re.match(r"^=\?base64\?([A-Za-z0-9+/=]*)\?=$", v)
    return base64.b64decode(m.group(1)).decode("utf-8") if m else v


class _BadBody(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class _Exchange:
    """Messages a request sends before its answer go to the HTTP thread through a queue."""

    def __init__(self, session, accepts_sse):
        self.session = session
        self.inflight = session.inflight if session is not None else None
        self.accepts_sse = accepts_sse
        self.queue = queue.Queue()
        self.closed = False

    def send(self, message):
        if not self.accepts_sse or self.closed:
            return False
        self.queue.put(message)
        return True


def serve_http(protocol, port):
    registry = protocol.registry
    loop = registry.loop
    token = os.environ.get("MCP_HTTP_TOKEN") or ""
    bound = os.environ.get("MCP_HTTP_HOST", "0.0.0.0")
    sessions = {}
    lock = threading.Lock()

    def end_session(sid):
        with lock:
            s = sessions.pop(sid, None)
        if s is not None:
            loop.call_soon_threadsafe(protocol.remove_session, s)
            if s.stream is not None:
                s.stream.put(_FINAL)

    def new_session():
        with lock:
            now = time.monotonic()
            for sid in [k for k, v in sessions.items() if v.stream is None and now - v.last_seen > SESSION_IDLE]:
                sessions.pop(sid, None)
            if len(sessions) >= MAX_SESSIONS:
                oldest = min(sessions, key=lambda k: sessions[k].last_seen)
                sessions.pop(oldest, None)
        s = Session()
        s.id = str(uuid.uuid4())

        def notify(m):
            q = s.stream
            if q is None:
                return False
            q.put(m)
            return True
        s.notify = notify
        return s

    class Http(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = SOCKET_TIMEOUT  # a client that stops sending cannot hold a thread forever
        # TCP_NODELAY: the headers and the body go out as two writes; with Nagle on, the body waits
        # for the client's delayed ACK (40 ms on Linux) on every keep-alive answer after the first.
        disable_nagle_algorithm = True

        def log_message(self, fmt, *args):
            log("http: " + fmt % args)

        def reply(self, status, body=None, headers=None):
            data = b"" if body is None else (serialize(body) or "").encode("utf-8")
            self.send_response(status)
            if self.command == "POST" and not getattr(self, "body_read", False):
                # The body was not read: its bytes must not be taken for the next request.
                self.close_connection = True
                self.send_header("Connection", "close")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def rpc_error(self, status, code, message, headers=None, data=None):
            self.reply(status, error_response(None, code, message, data), headers)

        def guard(self):
            """Path, Host/Origin (DNS rebinding) and token checks; True when the request may go on."""
            path = self.path.split("?")[0]
            if path == "/healthz":
                if self.command not in ("GET", "HEAD"):
                    self.reply(405, {"error": "use GET"}, {"Allow": "GET"})
                    return False
                m = registry.manifest
                self.reply(200, {"status": "ok", "name": m["name"], "version": m["version"],
                                 "tools": len(registry.tools), "resources": len(registry.resources) + len(registry.templates),
                                 "prompts": len(registry.prompts)})
                return False
            if path != "/mcp":
                self.reply(404, {"error": "not found; the MCP endpoint is /mcp"})
                return False
            if not _host_allowed(self.headers.get("Host"), bound):
                self.rpc_error(403, -32000, "Invalid Host: %s" % self.headers.get("Host"))
                return False
            if not _origin_allowed(self.headers.get("Origin")):
                self.rpc_error(403, -32000, "Origin not allowed: %s" % self.headers.get("Origin"))
                return False
            if token and not _token_ok(self.headers.get("Authorization"), token):
                self.rpc_error(401, -32000, "Unauthorized: send Authorization: Bearer <token>",
                               {"WWW-Authenticate": 'Bearer realm="mcp"'})
                return False
            return True

        def do_HEAD(self):
            self.do_GET()

        def do_GET(self):
            if not self.guard():
                return
            sid = self.headers.get("Mcp-Session-Id")
            if not sid:
                return self.rpc_error(405, -32000, "Method not allowed: GET /mcp needs an Mcp-Session-Id (2025 versions)",
                                      {"Allow": "POST, DELETE"})
            s = sessions.get(sid)
            if s is None:
                return self.rpc_error(404, -32001, "Session not found")
            if "text/event-stream" not in (self.headers.get("Accept") or ""):
                return self.rpc_error(406, -32000, "Not Acceptable: GET /mcp answers text/event-stream")
            if s.stream is not None:
                s.stream.put(_FINAL)
            q = queue.Queue()
            s.stream = q
            self.start_sse({})
            try:
                self.chunk(b": stream open\n\n")
                while True:
                    try:
                        m = q.get(timeout=25)
                    except queue.Empty:
                        self.chunk(b": keep-alive\n\n")
                        continue
                    if m is _FINAL:
                        break
                    self.event(m)
                self.chunk(b"")
            except OSError:
                pass
            finally:
                if s.stream is q:
                    s.stream = None
                s.last_seen = time.monotonic()
                self.close_connection = True

        def do_DELETE(self):
            if not self.guard():
                return
            sid = self.headers.get("Mcp-Session-Id")
            if not sid:
                return self.rpc_error(405, -32000, "Method not allowed: no session to end", {"Allow": "POST, GET, DELETE"})
            if sid not in sessions:
                return self.rpc_error(404, -32001, "Session not found")
            end_session(sid)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def read_body(self):
            te = (self.headers.get("Transfer-Encoding") or "").lower()
            if te:
                if te != "chunked":
                    raise _BadBody(501, "Transfer-Encoding %s is not supported" % te)
                parts = []
                size = 0
                while True:
                    line = self.rfile.readline(1024)
                    if not line.endswith(b"\n"):
                        raise _BadBody(400, "bad chunked encoding")
                    try:
                        n = int(line.split(b";")[0].strip(), 16)
                    except ValueError:
                        raise _BadBody(400, "bad chunked encoding")
                    if n < 0:
                        raise _BadBody(400, "bad chunked encoding")
                    if n == 0:
                        while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                            pass  # trailers
                        break
                    size += n
                    if size > MAX_BODY:
                        raise _BadBody(413, "Request too large")
                    data = self.rfile.read(n)
                    if len(data) != n:
                        raise _BadBody(400, "the body ended early")
                    parts.append(data)
                    self.rfile.readline(16)
                return b"".join(parts)
            raw = self.headers.get("Content-Length")
            if raw is None:
                return b""
            if not raw.strip().isdigit():
                raise _BadBody(400, "bad Content-Length")
            length = int(raw)
            if length > MAX_BODY:
                raise _BadBody(413, "Request too large")
            data = self.rfile.read(length)
            if len(data) != length:
                raise _BadBody(400, "the body ended early")
            return data

        def start_sse(self, headers):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("X-Accel-Buffering", "no")
            self.send_header("Transfer-Encoding", "chunked")
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()

        def chunk(self, data):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

        def event(self, m):
            text = serialize(m)
            if text is not None:
                self.chunk(("event: message\ndata: %s\n\n" % text).encode("utf-8"))

        def do_POST(self):
            if not self.guard():
                return
            version = self.headers.get("MCP-Protocol-Version")
            if version and version not in ALL_VERSIONS:
                return self.rpc_error(400, -32022, "Unsupported MCP-Protocol-Version: " + version, None,
                                      {"supported": ALL_VERSIONS, "requested": version})
            try:
                body = self.read_body()
                self.body_read = True
            except _BadBody as e:
                self.close_connection = True
                return self.rpc_error(e.status, -32600, str(e), {"Connection": "close"})
            text = body.decode("utf-8", "replace")
            try:
                parsed = json.loads(text)
            except ValueError:
                return self.rpc_error(400, -32700, "Parse error")
            messages = parsed if isinstance(parsed, list) else [parsed]
            first = messages[0] if messages and isinstance(messages[0], dict) else {}
            params = first.get("params") if isinstance(first.get("params"), dict) else {}
            meta = params.get("_meta") if isinstance(params.get("_meta"), dict) else {}
            meta_version = meta.get(META_VERSION)
            session = created = None
            if meta_version in STATELESS_VERSIONS:
                hv = _header_value(self.headers.get("MCP-Protocol-Version"))
                if hv != meta_version:
                    return self.rpc_error(400, -32020, "Header mismatch: MCP-Protocol-Version header value '%s' does "
                                          "not match body value '%s'" % (hv or "", meta_version))
                hm = _header_value(self.headers.get("Mcp-Method"))
                if hm is not None and hm != first.get("method"):
                    return self.rpc_error(400, -32020, "Header mismatch: Mcp-Method header value '%s' does not match "
                                          "body value '%s'" % (hm, first.get("method")))
                hn = _header_value(self.headers.get("Mcp-Name"))
                bn = params.get("name") or params.get("uri")
                if hn is not None and bn is not None and hn != bn:
                    return self.rpc_error(400, -32020, "Header mismatch: Mcp-Name header value '%s' does not match "
                                          "body value '%s'" % (hn, bn))
            elif not isinstance(parsed, list) and first.get("method") == "initialize":
                session = created = new_session()
            elif self.headers.get("Mcp-Session-Id"):
                session = sessions.get(self.headers.get("Mcp-Session-Id"))
                if session is None:
                    return self.rpc_error(404, -32001, "Session not found")
                session.last_seen = time.monotonic()
            else:
                session = protocol.anonymous
            has_request = any(isinstance(m, dict) and "method" in m and "id" in m for m in messages)
            ex = _Exchange(session, "text/event-stream" in (self.headers.get("Accept") or ""))
            fut = asyncio.run_coroutine_threadsafe(protocol.handle_text(text, ex), loop)
            fut.add_done_callback(lambda _f: ex.queue.put(_FINAL))
            headers = {"Mcp-Session-Id": created.id} if created is not None else {}
            sse = False
            try:
                while True:
                    m = ex.queue.get()
                    if m is _FINAL:
                        break
                    if not sse:
                        sse = True
                        self.start_sse(headers)
                    self.event(m)
                response = fut.result()
                if created is not None and isinstance(response, dict) and "result" in response:
                    with lock:
                        sessions[created.id] = created
                    loop.call_soon_threadsafe(protocol.add_session, created)
                if sse:
                    if response is not None:
                        self.event(response)
                    self.chunk(b"")
                    return
                if response is None:
                    self.send_response(204 if has_request else 202)
                    self.send_header("Content-Length", "0")
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    return
                status = getattr(response, "http_status", 200) if isinstance(response, dict) else 200
                self.reply(status, response, headers if created is not None and "result" in response else None)
            except OSError:
                ex.closed = True
                self.close_connection = True
                # The client went away: that cancels what it asked for.
                for m in messages:
                    if isinstance(m, dict) and ex.inflight is not None and m.get("id") in ex.inflight:
                        loop.call_soon_threadsafe(ex.inflight[m["id"]].cancel)

    host = bound
    httpd = ThreadingHTTPServer((host, port), Http)
    httpd.daemon_threads = True
    log("listening on http://%s:%d/mcp%s" % (host, port, " (bearer token required)" if token else ""))
    httpd.serve_forever()


def probe(port):
    import urllib.request
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/healthz" % port, timeout=5) as r:
            return 0 if r.status == 200 else 1
    except Exception as e:  # noqa: BLE001
        sys.stderr.write("probe failed: %s\n" % e)
        return 1
