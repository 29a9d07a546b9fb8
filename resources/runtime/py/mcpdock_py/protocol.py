"""MCP over JSON-RPC: protocol versions, the two eras, and every method (mcpdock_js/protocol.js's twin).

Everything here runs on the server's asyncio loop; transports hand messages over with
run_coroutine_threadsafe(protocol.handle_text(...)).
"""

import asyncio
import base64
import hashlib
import hmac
import json
import math
import os
import threading
import time
import traceback

from .context import CAPABILITY_OF, KEY_PREFIX, LEVEL_INDEX, InputRequired, RpcError, make_context
from .log import dumps, log
from .results import to_completion, to_contents, to_prompt_result, to_result

LEGACY_VERSIONS = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]
STATELESS_VERSIONS = ["2026-07-28"]
ALL_VERSIONS = STATELESS_VERSIONS + LEGACY_VERSIONS
META_VERSION = "io.modelcontextprotocol/protocolVersion"
META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities"
META_SERVER_INFO = "io.modelcontextprotocol/serverInfo"
META_LOG_LEVEL = "io.modelcontextprotocol/logLevel"
META_SUBSCRIPTION = "io.modelcontextprotocol/subscriptionId"
LEGACY_ONLY = {"initialize", "ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"}
CACHEABLE = {"server/discover", "tools/list", "prompts/list", "resources/list", "resources/templates/list",
             "resources/read"}
MRTR_METHODS = {"tools/call", "prompts/get", "resources/read"}
PAGE_SIZE = max(1, int(os.environ.get("MCP_PAGE_SIZE") or 100))
_NEED = object()
_CANCELLED = object()


class Session:
    """The state of one initialize-era conversation: a stdio connection or an HTTP session."""

    def __init__(self, notify=None):
        self.initialized = False
        self.protocol_version = None
        self.client_capabilities = {}
        self.log_level = "info"
        self.subscriptions = set()
        self.inflight = {}
        self.notify = notify or (lambda m: False)
        self.last_seen = time.monotonic()
        self.id = None
        self.stream = None


def is_id(v):
    if isinstance(v, bool):
        return False
    if isinstance(v, float):
        return math.isfinite(v)
    return isinstance(v, (str, int))


def error_response(mid, code, message, data=None):
    err = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return {"jsonrpc": "2.0", "id": mid, "error": err}


def serialize(message):
    """JSON text of a message; a result JSON cannot encode (bytes, NaN) becomes an error answer."""
    try:
        return dumps(message)
    except (TypeError, ValueError) as e:
        log("a message cannot be encoded as JSON: %s" % e)
        if isinstance(message, dict) and is_id(message.get("id")) and ("result" in message or "error" in message):
            return dumps(error_response(message["id"], -32603,
                                        "Internal error: the result cannot be encoded as JSON (%s)" % e))
        return None


_TYPES = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def validate_args(schema, args, what="argument"):
    for key in schema.get("required") or []:
        if key not in args:
            return 'missing required %s "%s"' % (what, key)
    props = schema.get("properties") or {}
    for key, value in args.items():
        p = props.get(key)
        if not isinstance(p, dict) or "type" not in p:
            continue
        types = p["type"] if isinstance(p["type"], list) else [p["type"]]
        if not any(_TYPES.get(t, lambda v: True)(value) for t in types):
            return '%s "%s" must be of type %s' % (what, key, " or ".join(types))
        if isinstance(p.get("enum"), list) and value not in p["enum"]:
            return '%s "%s" must be one of %s' % (what, key, json.dumps(p["enum"]))
    return None


def _b64url(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Request:
    """One request in flight; also the channel its handler's context talks through."""

    def __init__(self, protocol, msg, exchange):
        self.protocol = protocol
        self.id = msg["id"]
        self.method = msg["method"]
        self.params = msg.get("params") or {}
        meta = self.params.get("_meta")
        self.meta = meta if isinstance(meta, dict) else None
        self.version = self.meta.get(META_VERSION) if self.meta else None
        self.modern = self.version in STATELESS_VERSIONS
        self.exchange = exchange
        self.session = None if self.modern else exchange.session
        if not self.modern and self.session is not None:
            self.protocol_version = self.session.protocol_version
        else:
            self.protocol_version = self.version
        self.request_id = self.id
        self.log_level = None
        self.client_caps = None
        self.mrtr = None
        self.cancel_event = threading.Event()
        self.task = None
        self.asks = []
        self.rpc_error = None

    def cancel(self):
        self.cancel_event.set()
        if self.task is not None:
            self.task.cancel()
        for fut in self.asks:
            if not fut.done():
                fut.set_exception(RuntimeError("the request was cancelled"))

    # -- the channel of make_context --
    def log(self, level, logger, data):
        log("[%s] %s: %s" % (logger, level, data))
        if self.log_level is None or LEVEL_INDEX[level] < LEVEL_INDEX[self.log_level]:
            return False
        return self.exchange.send({"jsonrpc": "2.0", "method": "notifications/message",
                                   "params": {"level": level, "logger": logger, "data": data}})

    def progress(self, done, total=None, message=None):
        token = self.meta.get("progressToken") if self.meta else None
        if token is None:
            return False
        params = {"progressToken": token, "progress": done}
        if total is not None:
            params["total"] = total
        if message is not None:
            params["message"] = str(message)
        return self._send_threadsafe({"jsonrpc": "2.0", "method": "notifications/progress", "params": params})

    def _send_threadsafe(self, message):
        loop = self.protocol.registry.loop
        try:
            on_loop = asyncio.get_running_loop() is loop
        except RuntimeError:
            on_loop = False
        if on_loop:
            return self.exchange.send(message)
        return asyncio.run_coroutine_threadsafe(self._send_async(message), loop).result()

    async def _send_async(self, message):
        return self.exchange.send(message)

    def notify_resource_updated(self, uri):
        self.protocol.registry.loop.call_soon_threadsafe(self.protocol.resource_updated, uri)

    async def ask(self, method, params, key=None):
        cap = CAPABILITY_OF[method]
        if self.mrtr is not None:
            if not isinstance((self.client_caps or {}).get(cap), dict):
                self.rpc_error = RpcError(-32021, "Missing required client capability: %s" % cap,
                                          {"requiredCapabilities": {cap: {}}}, 400)
                raise self.rpc_error
            self.mrtr["count"] += 1
            key = key or "%s-%d" % (KEY_PREFIX[method], self.mrtr["count"])
            if key in self.mrtr["answers"]:
                return self.mrtr["answers"][key]
            self.mrtr["requests"][key] = {"method": method, "params": params}
            self._need()
            raise InputRequired()
        s = self.session
        if s is not None and s.initialized and not isinstance(s.client_capabilities.get(cap), dict):
            raise RuntimeError("the client did not declare the %s capability" % cap)
        if self.cancel_event.is_set():
            raise RuntimeError("the request was cancelled")
        return await self.protocol.request_client(self, method, params)

    def _need(self):
        if self.mrtr["scheduled"]:
            return
        self.mrtr["scheduled"] = True
        loop = self.protocol.registry.loop
        fut = self.mrtr["need"]
        # Two turns of the loop: sibling requests of the same round (asyncio.gather) register first.
        loop.call_soon(lambda: loop.call_soon(lambda: fut.done() or fut.set_result(True)))


class Protocol:
    def __init__(self, registry):
        self.registry = registry
        m = registry.manifest
        self.server_info = {"name": m["name"], "version": m["version"]}
        if m.get("title"):
            self.server_info["title"] = m["title"]
        self.capabilities = {"tools": {"listChanged": False}, "logging": {}}
        if registry.resources or registry.templates:
            self.capabilities["resources"] = {"subscribe": True, "listChanged": False}
        if registry.prompts:
            self.capabilities["prompts"] = {"listChanged": False}
        if registry.prompts or registry.templates:
            self.capabilities["completions"] = {}
        self.outbound = {}
        self.next_outbound = 1
        self.sessions = set()
        self.listeners = set()
        key = os.environ.get("MCP_STATE_KEY")
        self.state_key = key.encode("utf-8") if key else os.urandom(32)
        self.anonymous = Session()

    # ---- messages in --------------------------------------------------------------------------

    async def handle_text(self, text, exchange):
        try:
            parsed = json.loads(text)
        except ValueError:
            return error_response(None, -32700, "Parse error")
        if isinstance(parsed, list):
            if not parsed:
                return error_response(None, -32600, "Invalid Request: empty batch")
            out = [r for r in await asyncio.gather(*(self.dispatch(m, exchange) for m in parsed)) if r]
            return out or None
        return await self.dispatch(parsed, exchange)

    async def dispatch(self, msg, exchange):
        if not isinstance(msg, dict) or msg.get("jsonrpc") != "2.0":
            mid = msg.get("id") if isinstance(msg, dict) and is_id(msg.get("id")) else None
            return error_response(mid, -32600, "Invalid Request")
        mid = msg.get("id")
        if "method" not in msg:
            if ("result" in msg or "error" in msg) and "id" in msg:
                self.accept_response(msg)
                return None
            return error_response(mid if is_id(mid) else None, -32600, "Invalid Request: no method")
        if not isinstance(msg["method"], str):
            return error_response(mid if is_id(mid) else None, -32600, "Invalid Request: method must be a string")
        if "id" not in msg:
            self.accept_notification(msg, exchange)
            return None
        if not is_id(mid):
            return error_response(None, -32600, "Invalid Request: id must be a string or a number")
        if "params" in msg and not isinstance(msg["params"], dict):
            return error_response(mid, -32602, "Invalid params: params must be an object")
        return await self.request(Request(self, msg, exchange))

    def accept_response(self, msg):
        fut = self.outbound.pop(msg.get("id"), None) if isinstance(msg.get("id"), str) else None
        if fut is None or fut.done():
            return
        if msg.get("error") is not None:
            err = msg["error"] if isinstance(msg["error"], dict) else {}
            fut.set_exception(RuntimeError(err.get("message") or "the client answered with an error"))
        else:
            fut.set_result(msg.get("result"))

    def accept_notification(self, msg, exchange):
        if msg["method"] == "notifications/initialized":
            if exchange.session is not None:
                exchange.session.initialized = True
        elif msg["method"] == "notifications/cancelled":
            params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
            rid = params.get("requestId")
            inflight = exchange.inflight
            rc = inflight.get(rid) if inflight is not None and is_id(rid) else None
            if rc is not None:
                rc.cancel()

    # ---- requests -----------------------------------------------------------------------------

    async def request(self, rc):
        inflight = rc.exchange.inflight
        if inflight is not None:
            inflight[rc.id] = rc
        try:
            if rc.version is not None and rc.version not in ALL_VERSIONS:
                raise RpcError(-32022, "Unsupported protocol version: %s" % rc.version,
                               {"supported": ALL_VERSIONS, "requested": rc.version}, 400)
            if rc.modern:
                self.prepare_modern(rc)
            elif rc.session is not None:
                rc.log_level = rc.session.log_level
                rc.client_caps = rc.session.client_capabilities
            result = await self.method(rc)
            if result is _CANCELLED or (rc.cancel_event.is_set() and result is not _NEED):
                return None
            if result is _NEED:
                result = self.input_required(rc)
            if rc.modern or rc.method == "server/discover":
                result = self.modern_result(rc, result)
            return {"jsonrpc": "2.0", "id": rc.id, "result": result}
        except RpcError as e:
            r = error_response(rc.id, e.code, str(e), e.data)
            if rc.modern:
                status = e.http_status or (404 if e.code == -32601 else None)
                if status:
                    r = _WithStatus(r, status)
            return r
        except Exception:  # noqa: BLE001
            if rc.cancel_event.is_set():
                return None
            log("internal error in %s:\n%s" % (rc.method, traceback.format_exc()))
            return error_response(rc.id, -32603, "Internal error")
        finally:
            if inflight is not None and inflight.get(rc.id) is rc:
                del inflight[rc.id]

    def prepare_modern(self, rc):
        meta = rc.meta
        caps = meta.get(META_CAPABILITIES)
        if not isinstance(caps, dict) and rc.method != "server/discover":
            raise RpcError(-32602, 'Invalid params: _meta["%s"] is required' % META_CAPABILITIES, None, 400)
        rc.client_caps = caps if isinstance(caps, dict) else {}
        level = meta.get(META_LOG_LEVEL)
        if level is not None:
            if level not in LEVEL_INDEX:
                raise RpcError(-32602, "Invalid params: unknown log level %s" % json.dumps(level), None, 400)
            rc.log_level = level
        if rc.method in LEGACY_ONLY:
            raise RpcError(-32601, "Method not found: %s (not part of %s)" % (rc.method, rc.version))
        if rc.method in MRTR_METHODS:
            answers = {}
            if "requestState" in rc.params:
                answers.update(self.verify_state(rc, rc.params["requestState"]))
            responses = rc.params.get("inputResponses")
            if isinstance(responses, dict):
                answers.update(responses)
            rc.mrtr = {"answers": answers, "requests": {}, "count": 0, "scheduled": False,
                       "need": self.registry.loop.create_future(),
                       "retry": "requestState" in rc.params or "inputResponses" in rc.params}

    def modern_result(self, rc, result):
        r = dict(result)
        r.setdefault("resultType", "complete")
        r["_meta"] = dict(r.get("_meta") or {}, **{META_SERVER_INFO: self.server_info})
        if rc.method in CACHEABLE and r["resultType"] == "complete" and not (rc.mrtr and rc.mrtr["retry"]):
            if "ttlMs" not in r:
                dynamic = rc.method == "resources/read" or (rc.method == "resources/list"
                                                            and self.registry.dynamic_resources)
                r["ttlMs"] = 0 if dynamic else 3600000
            r.setdefault("cacheScope", "private" if rc.method == "resources/read" else "public")
        return r

    def _state_name(self, rc):
        return rc.params.get("name") or rc.params.get("uri")

    def sign_state(self, rc, answers):
        body = _b64url(json.dumps({"m": rc.method, "n": self._state_name(rc), "a": answers},
                                  separators=(",", ":")).encode("utf-8"))
        mac = _b64url(hmac.new(self.state_key, body.encode("ascii"), hashlib.sha256).digest())
        return body + "." + mac

    def verify_state(self, rc, state):
        bad = RpcError(-32602, "Invalid params: requestState was not issued by this server or was altered", None, 400)
        if not isinstance(state, str) or state.count(".") != 1:
            raise bad
        body, mac = state.split(".")
        # Compare the MAC's text, not its decoded bytes: base64 decoders ignore the unused bits of
        # the last character, so two spellings would otherwise pass for one signature.
        want = _b64url(hmac.new(self.state_key, body.encode("ascii", "replace"), hashlib.sha256).digest())
        try:
            if not hmac.compare_digest(mac.encode("ascii", "replace"), want.encode("ascii")):
                raise bad
            parsed = json.loads(_unb64url(body).decode("utf-8"))
        except (ValueError, TypeError):
            raise bad
        if parsed.get("m") != rc.method or parsed.get("n") != self._state_name(rc):
            raise bad
        return parsed.get("a") or {}

    def input_required(self, rc):
        return {"resultType": "input_required", "inputRequests": rc.mrtr["requests"],
                "requestState": self.sign_state(rc, dict(rc.mrtr["answers"]))}

    async def run_handler(self, rc, fn):
        """Runs a handler as a task (so notifications/cancelled can stop it); in 2026-07-28 a handler
        that asks for input ends the request with input_required."""
        task = asyncio.ensure_future(fn())
        rc.task = task
        try:
            if rc.mrtr is None:
                value = await task
            else:
                need = rc.mrtr["need"]
                await asyncio.wait([task, need], return_when=asyncio.FIRST_COMPLETED)
                if task.done() and not task.cancelled() and isinstance(task.exception(), InputRequired):
                    await need
                    return _NEED
                if not task.done():
                    task.cancel()
                    rc.cancel_event.set()
                    return _NEED
                value = task.result()
        except asyncio.CancelledError:
            return _CANCELLED
        if rc.rpc_error is not None:
            raise rc.rpc_error
        return value

    async def request_client(self, rc, method, params):
        rid = "mcpdock-%d" % self.next_outbound
        self.next_outbound += 1
        fut = self.registry.loop.create_future()
        self.outbound[rid] = fut
        rc.asks.append(fut)
        if not rc.exchange.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params}):
            self.outbound.pop(rid, None)
            raise RuntimeError("cannot send %s to the client: this request cannot carry messages from the server "
                               "(over HTTP, accept text/event-stream)" % method)
        try:
            return await fut
        finally:
            self.outbound.pop(rid, None)
            if rc.cancel_event.is_set():
                rc.exchange.send({"jsonrpc": "2.0", "method": "notifications/cancelled",
                                  "params": {"requestId": rid, "reason": "the request that asked was cancelled"}})

    def resource_updated(self, uri):
        note = {"jsonrpc": "2.0", "method": "notifications/resources/updated", "params": {"uri": uri}}
        for s in list(self.sessions):
            if uri in s.subscriptions:
                s.notify(note)
        for lst in list(self.listeners):
            if uri in lst["uris"]:
                lst["send"]({"jsonrpc": "2.0", "method": "notifications/resources/updated",
                             "params": {"uri": uri, "_meta": {META_SUBSCRIPTION: lst["id"]}}})

    def add_session(self, s):
        self.sessions.add(s)

    def remove_session(self, s):
        self.sessions.discard(s)
        for rc in list(s.inflight.values()):
            rc.cancel()

    def context(self, rc, logger):
        return make_context(rc, self.registry, logger)

    # ---- methods ------------------------------------------------------------------------------

    async def method(self, rc):
        p = rc.params
        reg = self.registry
        m = rc.method
        if m == "initialize":
            asked = p.get("protocolVersion")
            version = asked if asked in LEGACY_VERSIONS else LEGACY_VERSIONS[0]
            if rc.session is not None:
                rc.session.protocol_version = version
                caps = p.get("capabilities")
                rc.session.client_capabilities = caps if isinstance(caps, dict) else {}
                rc.session.initialized = True
            r = {"protocolVersion": version, "capabilities": self.capabilities, "serverInfo": self.server_info}
            if reg.manifest.get("description"):
                r["instructions"] = reg.manifest["description"]
            return r
        if m == "ping":
            return {}
        if m == "logging/setLevel":
            if p.get("level") not in LEVEL_INDEX:
                raise RpcError(-32602, "Invalid params: unknown log level %s" % json.dumps(p.get("level")))
            if rc.session is not None:
                rc.session.log_level = p["level"]
            return {}
        if m == "server/discover":
            r = {"supportedVersions": ALL_VERSIONS, "capabilities": self.capabilities}
            if reg.manifest.get("description"):
                r["instructions"] = reg.manifest["description"]
            return r
        if m == "tools/list":
            keys = ("name", "title", "description", "inputSchema", "outputSchema", "annotations", "icons")
            return self.page(p, [_pick(t, keys, always=("description",)) for t in reg.tools_in_order()], "tools")
        if m == "tools/call":
            return await self.call_tool(rc)
        if m == "resources/list":
            return await self.list_resources(rc)
        if m == "resources/templates/list":
            keys = ("uriTemplate", "name", "title", "description", "mimeType")
            return self.page(p, [_pick(t, keys) for t in reg.templates], "resourceTemplates")
        if m == "resources/read":
            return await self.read_resource(rc)
        if m in ("resources/subscribe", "resources/unsubscribe"):
            return await self.subscribe(rc, m == "resources/subscribe")
        if m == "prompts/list":
            items = []
            for x in reg.prompts.values():
                item = _pick(x, ("name", "title", "description"))
                item["arguments"] = x["arguments"]
                items.append(item)
            return self.page(p, items, "prompts")
        if m == "prompts/get":
            return await self.get_prompt(rc)
        if m == "completion/complete":
            return await self.complete(rc)
        if m == "subscriptions/listen" and rc.modern:
            return await self.listen(rc)
        raise RpcError(-32601, "Method not found: %s" % m)

    def page(self, p, items, key):
        start = 0
        if "cursor" in p:
            cursor = p["cursor"]
            try:
                text = _unb64url(cursor).decode("latin-1") if isinstance(cursor, str) else ""
            except ValueError:
                text = ""
            if not (text.startswith("o") and text[1:].isdigit()) or int(text[1:]) > len(items):
                raise RpcError(-32602, "Invalid params: unknown cursor")
            start = int(text[1:])
        r = {key: items[start:start + PAGE_SIZE]}
        if start + PAGE_SIZE < len(items):
            r["nextCursor"] = _b64url(("o%d" % (start + PAGE_SIZE)).encode("ascii"))
        return r

    async def call_tool(self, rc):
        p = rc.params
        name = p.get("name")
        if not isinstance(name, str):
            raise RpcError(-32602, "Invalid params: tools/call needs a tool name")
        tool = self.registry.tools.get(name)
        if tool is None:
            raise RpcError(-32602, "Unknown tool: %s" % name)
        args = p.get("arguments")
        args = {} if args is None else args
        if not isinstance(args, dict):
            raise RpcError(-32602, "Invalid params: arguments must be an object")
        invalid = validate_args(tool["inputSchema"], args)
        if invalid:
            raise RpcError(-32602, "Invalid params: " + invalid)
        ctx = self.context(rc, name)
        out_schema = tool.get("outputSchema")

        async def run():
            try:
                result = to_result(await self.registry.call(tool["handler"], args, ctx), out_schema)
            except (RpcError, InputRequired, asyncio.CancelledError):
                raise
            except Exception as e:  # noqa: BLE001
                if rc.rpc_error is not None or rc.cancel_event.is_set():
                    raise
                log('tool "%s" failed:\n%s' % (name, traceback.format_exc()))
                return {"content": [{"type": "text", "text": str(e) or type(e).__name__}], "isError": True}
            if out_schema and not result.get("isError"):
                sc = result.get("structuredContent")
                bad = "it has no structuredContent" if sc is None else validate_args(
                    out_schema, sc if isinstance(sc, dict) else {}, "field")
                if bad:
                    return {"content": [{"type": "text", "text": 'the result of "%s" does not match its outputSchema: %s'
                                         % (name, bad)}], "isError": True}
            return result
        return await self.run_handler(rc, run)

    async def list_resources(self, rc):
        reg = self.registry
        keys = ("uri", "name", "title", "description", "mimeType")
        items = [_pick(r, keys) for r in reg.resources_in_order()]
        for t in reg.templates:
            if not t.get("list"):
                continue
            try:
                listed = await reg.call(t["list"], self.context(rc, t["name"]))
            except Exception:  # noqa: BLE001
                log('resource template "%s" list() failed:\n%s' % (t["name"], traceback.format_exc()))
                continue
            for x in listed or []:
                info = {"uri": x, "name": x} if isinstance(x, str) else dict(x)
                info.setdefault("name", info.get("uri"))
                if t.get("mimeType"):
                    info.setdefault("mimeType", t["mimeType"])
                if isinstance(info.get("uri"), str):
                    items.append(info)
        return self.page(rc.params, items, "resources")

    def not_found(self, rc, uri):
        # 2026-07-28 says -32602; the 2025 versions used -32002.
        return RpcError(-32602 if rc.modern else -32002, "Resource not found: %s" % uri, {"uri": uri})

    async def read_resource(self, rc):
        uri = rc.params.get("uri")
        if not isinstance(uri, str):
            raise RpcError(-32602, "Invalid params: resources/read needs a uri")
        reg = self.registry
        res, tpl, params = reg.find_resource(uri)
        if res is None and tpl is None:
            raise self.not_found(rc, uri)
        entry = res or tpl
        ctx = self.context(rc, entry["name"])

        async def run():
            try:
                if res is not None and "path" in res:
                    value = await reg.call(reg.read_static, res, uri)
                elif res is not None:
                    value = await reg.call(res["read"], uri, ctx)
                else:
                    value = await reg.call(tpl["read"], uri, params, ctx)
            except (RpcError, InputRequired, asyncio.CancelledError):
                raise
            except FileNotFoundError:
                raise self.not_found(rc, uri)
            except Exception as e:  # noqa: BLE001
                log('resource "%s" failed:\n%s' % (entry["name"], traceback.format_exc()))
                raise RpcError(-32603, "Reading %s failed: %s" % (uri, e))
            if value is None:
                raise self.not_found(rc, uri)
            return {"contents": to_contents(value, uri, entry.get("mimeType"))}
        return await self.run_handler(rc, run)

    async def subscribe(self, rc, on):
        uri = rc.params.get("uri")
        if not isinstance(uri, str):
            raise RpcError(-32602, "Invalid params: a uri is required")
        if rc.session is not None:
            if on:
                rc.session.subscriptions.add(uri)
            else:
                rc.session.subscriptions.discard(uri)
        res, tpl, _ = self.registry.find_resource(uri)
        entry = res or tpl
        hook = entry.get("subscribe" if on else "unsubscribe") if entry else None
        if hook:
            try:
                await self.registry.call(hook, uri, self.context(rc, entry["name"]))
            except Exception:  # noqa: BLE001
                log('resource "%s" subscribe failed:\n%s' % (entry["name"], traceback.format_exc()))
        return {}

    async def listen(self, rc):
        asked = rc.params.get("notifications") if isinstance(rc.params.get("notifications"), dict) else {}
        honoured = {k: True for k in ("toolsListChanged", "promptsListChanged", "resourcesListChanged")
                    if asked.get(k) is True}
        uris = [u for u in asked.get("resourceSubscriptions") or [] if isinstance(u, str)]
        if uris:
            honoured["resourceSubscriptions"] = uris
        lid = str(rc.id)
        if not rc.exchange.send({"jsonrpc": "2.0", "method": "notifications/subscriptions/acknowledged",
                                 "params": {"_meta": {META_SUBSCRIPTION: lid}, "notifications": honoured}}):
            raise RpcError(-32600, "subscriptions/listen needs a stream (over HTTP, accept text/event-stream)")
        listener = {"id": lid, "uris": set(uris), "send": rc.exchange.send}
        self.listeners.add(_Hashable(listener))
        wait = self.registry.loop.create_future()
        rc.asks.append(wait)
        try:
            await wait
        except (RuntimeError, asyncio.CancelledError):
            pass
        finally:
            self.listeners = {x for x in self.listeners if x.get("id") != lid}
        return {"_meta": {META_SUBSCRIPTION: lid}}

    async def get_prompt(self, rc):
        p = rc.params
        name = p.get("name")
        if not isinstance(name, str):
            raise RpcError(-32602, "Invalid params: prompts/get needs a prompt name")
        prompt = self.registry.prompts.get(name)
        if prompt is None:
            raise RpcError(-32602, "Unknown prompt: %s" % name)
        args = p.get("arguments")
        args = {} if args is None else args
        if not isinstance(args, dict):
            raise RpcError(-32602, "Invalid params: arguments must be an object")
        for a in prompt["arguments"]:
            if a.get("required") and args.get(a["name"]) is None:
                raise RpcError(-32602, 'Invalid params: missing required argument "%s"' % a["name"])
        ctx = self.context(rc, name)

        async def run():
            try:
                value = await self.registry.call(prompt["get"], args, ctx)
            except (RpcError, InputRequired, asyncio.CancelledError):
                raise
            except Exception as e:  # noqa: BLE001
                log('prompt "%s" failed:\n%s' % (name, traceback.format_exc()))
                raise RpcError(-32603, "Prompt %s failed: %s" % (name, e))
            return to_prompt_result(value, prompt.get("description"))
        return await self.run_handler(rc, run)

    async def complete(self, rc):
        p = rc.params
        ref = p.get("ref") if isinstance(p.get("ref"), dict) else {}
        arg = p.get("argument") if isinstance(p.get("argument"), dict) else {}
        if not isinstance(arg.get("name"), str):
            raise RpcError(-32602, "Invalid params: completion/complete needs argument.name")
        value = arg.get("value") if isinstance(arg.get("value"), str) else ""
        reg = self.registry
        if ref.get("type") == "ref/prompt":
            entry = reg.prompts.get(ref.get("name"))
            if entry is None:
                raise RpcError(-32602, "Unknown prompt: %s" % ref.get("name"))
        elif ref.get("type") == "ref/resource":
            entry = next((t for t in reg.templates if t["uriTemplate"] == ref.get("uri")), None) \
                or reg.resources.get(ref.get("uri"))
            if entry is None:
                raise RpcError(-32602, "Unknown resource template: %s" % ref.get("uri"))
        else:
            raise RpcError(-32602, "Invalid params: ref.type must be ref/prompt or ref/resource")
        fn = entry.get("complete")
        if not fn:
            return to_completion([])
        ctx = self.context(rc, entry["name"])
        ctx["arguments"] = (p.get("context") or {}).get("arguments") or {}
        try:
            return to_completion(await reg.call(fn, arg["name"], value, ctx))
        except Exception:  # noqa: BLE001
            log('completion for "%s" failed:\n%s' % (entry["name"], traceback.format_exc()))
            return to_completion([])


class _Hashable(dict):
    __hash__ = object.__hash__


class _WithStatus(dict):
    """A response that tells the HTTP transport which status to answer with."""

    def __init__(self, response, status):
        super().__init__(response)
        self.http_status = status


def _pick(src, keys, always=()):
    out = {k: src[k] for k in keys if src.get(k) not in (None, "")}
    for k in always:
        out.setdefault(k, "")
    return out
