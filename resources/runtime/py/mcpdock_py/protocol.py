"""MCP over JSON-RPC: protocol versions (the initialize era and the stateless 2026-07-28 era) and methods."""

import json
import traceback

from .log import log

LEGACY_VERSIONS = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]
STATELESS_VERSIONS = ["2026-07-28"]
ALL_VERSIONS = STATELESS_VERSIONS + LEGACY_VERSIONS
META_VERSION = "io.modelcontextprotocol/protocolVersion"


def to_result(value):
    if isinstance(value, str):
        return {"content": [{"type": "text", "text": value}]}
    if value is None:
        return {"content": []}
    if isinstance(value, dict) and isinstance(value.get("content"), list):
        r = {"content": value["content"]}
        if "isError" in value:
            r["isError"] = bool(value["isError"])
        if "structuredContent" in value:
            r["structuredContent"] = value["structuredContent"]
        return r
    return {"content": [{"type": "text", "text": json.dumps(value, indent=2, ensure_ascii=False, default=str)}]}


_TYPES = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def validate_args(schema, args):
    for key in schema.get("required") or []:
        if key not in args:
            return 'missing required argument "%s"' % key
    props = schema.get("properties") or {}
    for key, value in args.items():
        p = props.get(key)
        if not isinstance(p, dict) or "type" not in p:
            continue
        types = p["type"] if isinstance(p["type"], list) else [p["type"]]
        if not any(_TYPES.get(t, lambda v: True)(value) for t in types):
            return 'argument "%s" must be of type %s' % (key, " or ".join(types))
        if isinstance(p.get("enum"), list) and value not in p["enum"]:
            return 'argument "%s" must be one of %s' % (key, json.dumps(p["enum"]))
    return None


class RpcError(Exception):
    def __init__(self, code, message, data=None):
        super().__init__(message)
        self.code = code
        self.data = data


class Handler:
    def __init__(self, server):
        self.server = server
        m = server.manifest
        self.server_info = {"name": m["name"], "version": m["version"]}
        self.capabilities = {"tools": {"listChanged": False}}

    def request(self, method, params):
        m = self.server.manifest
        if method == "initialize":
            asked = params.get("protocolVersion")
            r = {"protocolVersion": asked if asked in LEGACY_VERSIONS else LEGACY_VERSIONS[0],
                 "capabilities": self.capabilities, "serverInfo": self.server_info}
            if m.get("description"):
                r["instructions"] = m["description"]
            return r
        if method == "ping" or method == "logging/setLevel":
            return {}
        if method == "server/discover":
            r = {"supportedVersions": ALL_VERSIONS, "capabilities": self.capabilities, "serverInfo": self.server_info}
            if m.get("description"):
                r["instructions"] = m["description"]
            return r
        if method == "tools/list":
            tools = []
            for t in m["tools"]:
                if t["name"] in self.server.tools:
                    x = self.server.tools[t["name"]]
                    tools.append({"name": x["name"], "description": x["description"], "inputSchema": x["inputSchema"]})
            return {"tools": tools}
        if method == "tools/call":
            name = params.get("name")
            if not isinstance(name, str):
                raise RpcError(-32602, "Invalid params: tools/call needs a tool name")
            if name not in self.server.tools:
                raise RpcError(-32602, "Unknown tool: %s" % name)
            args = params.get("arguments")
            args = {} if args is None else args
            if not isinstance(args, dict):
                raise RpcError(-32602, "Invalid params: arguments must be an object")
            invalid = validate_args(self.server.tools[name]["inputSchema"], args)
            if invalid:
                raise RpcError(-32602, "Invalid params: " + invalid)
            return self.server.call(name, args)
        raise RpcError(-32601, "Method not found: %s" % method)

    def handle(self, msg):
        if not isinstance(msg, dict) or msg.get("jsonrpc") != "2.0":
            mid = msg.get("id") if isinstance(msg, dict) and isinstance(msg.get("id"), (str, int)) else None
            return {"jsonrpc": "2.0", "id": mid, "error": {"code": -32600, "message": "Invalid Request"}}
        if not isinstance(msg.get("method"), str):
            return None
        if "id" not in msg:
            return None
        mid = msg["id"]
        if isinstance(mid, bool) or not isinstance(mid, (str, int, float)):
            return {"jsonrpc": "2.0", "id": None,
                    "error": {"code": -32600, "message": "Invalid Request: id must be a string or a number"}}
        params = msg.get("params", {})
        if not isinstance(params, dict):
            return {"jsonrpc": "2.0", "id": mid,
                    "error": {"code": -32602, "message": "Invalid params: params must be an object"}}
        meta = params.get("_meta")
        version = meta.get(META_VERSION) if isinstance(meta, dict) else None
        try:
            if version is not None and version not in ALL_VERSIONS:
                raise RpcError(-32602, "Unsupported protocol version: %s" % version,
                               {"supported": ALL_VERSIONS, "requested": version})
            result = self.request(msg["method"], params)
            if version in STATELESS_VERSIONS or msg["method"] == "server/discover":
                result = dict(result, resultType="complete")
            return {"jsonrpc": "2.0", "id": mid, "result": result}
        except RpcError as e:
            err = {"code": e.code, "message": str(e)}
            if e.data is not None:
                err["data"] = e.data
            return {"jsonrpc": "2.0", "id": mid, "error": err}
        except Exception:  # noqa: BLE001
            log("internal error:\n" + traceback.format_exc())
            return {"jsonrpc": "2.0", "id": mid, "error": {"code": -32603, "message": "Internal error"}}

    def handle_text(self, text):
        try:
            parsed = json.loads(text)
        except ValueError:
            return {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error"}}
        if isinstance(parsed, list):
            if not parsed:
                return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request: empty batch"}}
            out = [r for r in (self.handle(m) for m in parsed) if r]
            return out or None
        return self.handle(parsed)


