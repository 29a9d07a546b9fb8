#!/usr/bin/env python3
"""MCP Dock runtime, Python twin of server.js.

Python-only images run it as the server (`python server.py` in /app). Mixed images run server.js,
which starts this file with --worker to load and call the Python tools and connectors.

  python server.py            serve (stdio or http, from manifest.json's runtime.transport)
  python server.py --check    load the manifest, config, tools and connectors, then exit 0/1
  python server.py --probe    http transport: GET /healthz on the local port, exit 0/1
  python server.py --worker   newline-delimited JSON requests from server.js on stdin

Standard library only (Python 3.8+), so it runs in an image built with --network none. Environment
variables are the same as server.js's: MCP_CONFIG_PATH, MCP_APP_DIR, MCP_MANIFEST_PATH, PORT,
MCP_HTTP_HOST, MCP_ALLOWED_ORIGINS.
"""

import asyncio
import importlib.util
import inspect
import json
import math
import os
import re
import signal
import sys
import threading
import traceback

LEGACY_VERSIONS = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]
STATELESS_VERSIONS = ["2026-07-28"]
ALL_VERSIONS = STATELESS_VERSIONS + LEGACY_VERSIONS
META_VERSION = "io.modelcontextprotocol/protocolVersion"

APP_DIR = os.path.abspath(os.environ.get("MCP_APP_DIR") or os.path.dirname(os.path.abspath(__file__)))
MANIFEST_PATH = os.environ.get("MCP_MANIFEST_PATH") or os.path.join(APP_DIR, "manifest.json")
CONFIG_PATH = os.environ.get("MCP_CONFIG_PATH") or os.path.join(APP_DIR, "config", "config.yaml")

# stdout belongs to the protocol: keep the real one for messages and send print() to stderr.
_PROTOCOL_OUT = sys.stdout
sys.stdout = sys.stderr
_write_lock = threading.Lock()


def log(*parts):
    sys.stderr.write("[mcp] " + " ".join(str(p) for p in parts) + "\n")
    sys.stderr.flush()


def send(message):
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
    with _write_lock:
        _PROTOCOL_OUT.write(data + "\n")
        _PROTOCOL_OUT.flush()


# ---------------------------------------------------------------------------------------------
# The YAML subset of server.js, line for line: block mappings and sequences, plain/quoted
# scalars, one-line flow collections, block scalars, comments. No anchors, aliases, tags or
# several documents (MCP Dock's loader reports those at build time).


class YamlError(Exception):
    def __init__(self, message, line):
        super().__init__("line %d: %s" % (line, message))
        self.line = line


def _plain_scalar(text):
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return int(text)
    if re.fullmatch(r"0x[0-9a-fA-F]+", text):
        return int(text[2:], 16)
    if re.fullmatch(r"0o[0-7]+", text):
        return int(text[2:], 8)
    if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", text):
        return float(text)
    if re.fullmatch(r"[-+]?\.(inf|Inf|INF)", text):
        return -math.inf if text.startswith("-") else math.inf
    if re.fullmatch(r"\.(nan|NaN|NAN)", text):
        return math.nan
    return text


_DQ = {"0": "\0", "a": "\x07", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
       "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
       "P": "\u2029"}


def _read_flow(s, i, line, in_flow):
    n = len(s)
    while i < n and s[i] == " ":
        i += 1
    c = s[i] if i < n else ""
    if c == '"':
        out = []
        i += 1
        while i < n and s[i] != '"':
            if s[i] == "\\":
                e = s[i + 1] if i + 1 < n else ""
                if e in ("x", "u", "U"):
                    k = {"x": 2, "u": 4, "U": 8}[e]
                    hexs = s[i + 2:i + 2 + k]
                    if len(hexs) != k or not re.fullmatch(r"[0-9a-fA-F]+", hexs):
                        raise YamlError("bad escape in a double-quoted string", line)
                    out.append(chr(int(hexs, 16)))
                    i += 2 + k
                elif e in _DQ:
                    out.append(_DQ[e])
                    i += 2
                else:
                    raise YamlError("unknown escape \\" + e, line)
            else:
                out.append(s[i])
                i += 1
        if i >= n:
            raise YamlError("unterminated double-quoted string", line)
        return "".join(out), i + 1
    if c == "'":
        out = []
        i += 1
        while True:
            if i >= n:
                raise YamlError("unterminated single-quoted string", line)
            if s[i] == "'":
                if i + 1 < n and s[i + 1] == "'":
                    out.append("'")
                    i += 2
                    continue
                return "".join(out), i + 1
            out.append(s[i])
            i += 1
    if c == "[":
        arr = []
        i += 1
        while True:
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == "]":
                return arr, i + 1
            if i >= n:
                raise YamlError("unterminated [ ] (flow sequences must fit on one line)", line)
            v, i = _read_flow(s, i, line, True)
            arr.append(v)
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == ",":
                i += 1
            elif not (i < n and s[i] == "]"):
                raise YamlError("expected , or ] in a flow sequence", line)
    if c == "{":
        obj = {}
        i += 1
        while True:
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == "}":
                return obj, i + 1
            if i >= n:
                raise YamlError("unterminated { } (flow mappings must fit on one line)", line)
            k, i = _read_flow(s, i, line, True)
            while i < n and s[i] == " ":
                i += 1
            v = None
            if i < n and s[i] == ":":
                v, i = _read_flow(s, i + 1, line, True)
            obj[_key(k)] = v
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == ",":
                i += 1
            elif not (i < n and s[i] == "}"):
                raise YamlError("expected , or } in a flow mapping", line)
    j = i
    while j < n:
        if in_flow and s[j] in ",]}":
            break
        if s[j] == ":" and (j + 1 >= n or s[j + 1] == " " or (in_flow and s[j + 1] in ",]}")):
            break
        j += 1
    text = s[i:j].strip()
    if not in_flow and text[:1] and text[0] in "&*!|>%@`":
        raise YamlError('"%s": anchors, aliases, tags and reserved indicators are not supported' % text, line)
    return _plain_scalar(text), j


def _key(k):
    # Keys are strings, as in server.js (JSON object keys).
    if k is None:
        return "null"
    if k is True:
        return "true"
    if k is False:
        return "false"
    return str(k)


def _strip_comment(text):
    q = None
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if q:
            if c == "\\" and q == '"':
                i += 1
            elif c == q:
                q = None
        elif c in "\"'":
            if i == 0 or re.match(r"[\s:\[{,\-]", text[i - 1]):
                q = c
        elif c == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
        i += 1
    return text.rstrip()


_KEY_RE = re.compile(r"^([^#:][^:]*?|[^:]*?):( |$)")


def parse_yaml(source):
    raw = source.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    lines = []
    started = False
    for n, r in enumerate(raw):
        if re.match(r"^(---|\.\.\.)(\s|$)", r):
            if r.startswith("...") or started:
                if any(_strip_comment(x).strip() for x in raw[n + 1:]):
                    raise YamlError("only one YAML document is supported", n + 1)
                break
            started = True
            if _strip_comment(r[3:]).strip():
                raise YamlError("content after --- is not supported", n + 1)
            continue
        if r.startswith("%"):
            raise YamlError("YAML directives are not supported", n + 1)
        lines.append([r, n + 1])
    st = {"pos": 0}

    def info(k):
        r, no = lines[k]
        if re.match(r"^\s*\t", r) and _strip_comment(r).strip():
            raise YamlError("tabs cannot indent YAML", no)
        text = _strip_comment(r)
        stripped = text.lstrip(" ")
        return len(text) - len(stripped), stripped, no

    def skip_blank():
        while st["pos"] < len(lines) and info(st["pos"])[1] == "":
            st["pos"] += 1

    def block_scalar(header, parent_indent, no):
        m = re.fullmatch(r"([|>])([+-]?)([1-9]?)([+-]?)", header)
        if not m:
            raise YamlError('bad block scalar header "%s"' % header, no)
        folded = m.group(1) == ">"
        chomp = m.group(2) or m.group(4)
        body = []
        indent = parent_indent + int(m.group(3)) if m.group(3) else -1
        while st["pos"] < len(lines):
            r = lines[st["pos"]][0]
            if r.strip() == "":
                body.append("")
                st["pos"] += 1
                continue
            ind = len(r) - len(r.lstrip(" "))
            if indent < 0:
                indent = ind
            if ind < indent or ind <= parent_indent:
                break
            body.append(r[indent:])
            st["pos"] += 1
        trailing = 0
        while body and body[-1] == "":
            body.pop()
            trailing += 1
        if folded:
            text = ""
            for k, cur in enumerate(body):
                if k == 0:
                    text = cur
                elif cur == "" or cur[:1].isspace() or body[k - 1][:1].isspace() or body[k - 1] == "":
                    text += "\n" + cur
                else:
                    text += " " + cur
        else:
            text = "\n".join(body)
        if chomp == "-":
            return text
        if chomp == "+":
            return text + "\n" * (trailing + (1 if body else 0))
        return text + "\n" if body else ""

    def value_after(rest, indent, no, seq_same_indent):
        rest = rest.strip()
        if rest == "":
            skip_blank()
            if st["pos"] >= len(lines):
                return None
            nind, ntext, _ = info(st["pos"])
            if nind > indent:
                return block(nind)
            if seq_same_indent and nind == indent and re.match(r"^-( |$)", ntext):
                return block(nind)
            return None
        if rest[0] in "|>":
            return block_scalar(rest, indent, no)
        v, end = _read_flow(rest, 0, no, False)
        if rest[end:].strip():
            raise YamlError('unexpected text after a value: "%s"' % rest[end:].strip(), no)
        if isinstance(v, str) and rest[0] not in "\"'":
            s = v
            while st["pos"] < len(lines):
                lind, ltext, _ = info(st["pos"])
                if ltext == "" or lind <= indent or re.match(r"^-( |$)", ltext) or re.match(r"^[^\"'\s][^:]*:( |$)", ltext):
                    break
                s += " " + ltext
                st["pos"] += 1
            return s
        return v

    def split_key(text, no):
        if text[:1] in ("\"", "'"):
            key, i = _read_flow(text, 0, no, True)
            while i < len(text) and text[i] == " ":
                i += 1
            if i >= len(text) or text[i] != ":":
                return None
            return _key(key), text[i + 1:]
        m = _KEY_RE.match(text)
        if not m:
            return None
        key = m.group(1).strip()
        if key[:1] and key[0] in "&*!?|>%@`[{":
            raise YamlError('"%s": anchors, tags, complex or flow keys are not supported' % key, no)
        return key, text[len(m.group(1)) + 1:]

    def block(indent):
        skip_blank()
        _, ftext, _ = info(st["pos"])
        if re.match(r"^-( |$)", ftext):
            arr = []
            while st["pos"] < len(lines):
                skip_blank()
                if st["pos"] >= len(lines):
                    break
                lind, ltext, no = info(st["pos"])
                if lind < indent:
                    break
                if lind > indent:
                    raise YamlError("bad indentation in a list", no)
                if not re.match(r"^-( |$)", ltext):
                    break
                st["pos"] += 1
                rest = ltext[1:]
                inner = rest.lstrip(" ")
                inner_indent = indent + 1 + (len(rest) - len(inner))
                if inner and inner[0] not in "\"'[{" and split_key(inner, no):
                    lines.insert(st["pos"], [" " * inner_indent + inner, no])
                    arr.append(block(inner_indent))
                elif re.match(r"^-( |$)", inner):
                    lines.insert(st["pos"], [" " * inner_indent + inner, no])
                    arr.append(block(inner_indent))
                else:
                    arr.append(value_after(inner, indent, no, False))
            return arr
        obj = {}
        while st["pos"] < len(lines):
            skip_blank()
            if st["pos"] >= len(lines):
                break
            lind, ltext, no = info(st["pos"])
            if lind < indent:
                break
            if lind > indent:
                raise YamlError("bad indentation", no)
            kv = split_key(ltext, no)
            if not kv:
                raise YamlError('expected "key: value", found "%s"' % ltext, no)
            if kv[0] in obj:
                raise YamlError('duplicate key "%s"' % kv[0], no)
            st["pos"] += 1
            obj[kv[0]] = value_after(kv[1], indent, no, True)
        return obj

    skip_blank()
    if st["pos"] >= len(lines):
        return None
    tind, ttext, tno = info(st["pos"])
    if ttext[:1] in ("[", "{") or (ttext[:1] in ("\"", "'") and not split_key(ttext, tno)):
        st["pos"] += 1
        return value_after(ttext, -1, tno, False)
    if not re.match(r"^-( |$)", ttext) and not split_key(ttext, tno):
        st["pos"] += 1
        value = value_after(ttext, -1, tno, False)
    else:
        value = block(tind)
    skip_blank()
    if st["pos"] < len(lines):
        raise YamlError("bad indentation", info(st["pos"])[2])
    return value


def read_config():
    path = CONFIG_PATH
    if os.path.isdir(path):
        path = os.path.join(path, "config.yaml")
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {}, None
    except OSError as e:
        raise RuntimeError("cannot read the configuration %s: %s" % (path, e))
    try:
        if path.lower().endswith(".json"):
            value = json.loads(text)
        elif text.lstrip()[:1] in ("{", "["):
            try:
                value = json.loads(text)
            except ValueError:
                value = parse_yaml(text)
        else:
            value = parse_yaml(text)
    except (YamlError, ValueError) as e:
        raise RuntimeError("%s: %s" % (path, e))
    return ({} if value is None else value), path


def read_manifest():
    try:
        with open(MANIFEST_PATH, encoding="utf-8") as f:
            m = json.load(f)
    except (OSError, ValueError) as e:
        raise RuntimeError("cannot read the manifest %s: %s" % (MANIFEST_PATH, e))
    if not isinstance(m, dict) or not isinstance(m.get("name"), str) or not isinstance(m.get("tools"), list):
        raise RuntimeError("%s: not an MCP Dock manifest" % MANIFEST_PATH)
    m.setdefault("connectors", [])
    m.setdefault("runtime", {})
    return m


# ---------------------------------------------------------------------------------------------
# Tools and connectors.


def _run(value):
    """Awaits a coroutine returned by an async handler or connect()."""
    if inspect.isawaitable(value):
        async def wait():
            return await value
        return asyncio.run(wait())
    return value


def load_module(entry, kind):
    path = os.path.join(APP_DIR, entry["file"])
    folder = os.path.dirname(path)
    # Helpers next to a tool import the way they would in the project.
    if folder not in sys.path:
        sys.path.insert(0, folder)
    name = "mcp_%s_%s" % (kind, re.sub(r"[^A-Za-z0-9_]", "_", entry["name"]))
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load %s" % path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def describe_error(kind, entry, e):
    where = '%s "%s" (%s)' % (kind, entry["name"], entry["file"])
    if isinstance(e, SyntaxError):
        return "%s: %s:%s: %s: %s" % (where, e.filename, e.lineno, type(e).__name__, e.msg)
    tb = traceback.extract_tb(e.__traceback__)
    frames = [f for f in tb if f.filename.startswith(APP_DIR) and not f.filename.endswith("server.py")]
    at = " at %s:%s" % (frames[-1].filename, frames[-1].lineno) if frames else ""
    return "%s: %s: %s%s" % (where, type(e).__name__, e, at)


class FailedConnector:
    """Stands in for a connector whose connect() failed: any use says why."""

    def __init__(self, message):
        self._message = message

    def __getattr__(self, _name):
        raise RuntimeError(self._message)


DEFAULT_SCHEMA = {"type": "object", "properties": {}}


class Server:
    def __init__(self, connect):
        self.manifest = read_manifest()
        self.config, self.config_file = read_config()
        self.problems = []
        self.tools = {}
        self.connectors = {}
        for c in self.manifest["connectors"]:
            if c.get("language") != "python":
                continue
            try:
                module = load_module(c, "connector")
            except Exception as e:  # noqa: BLE001 - a user's module can raise anything
                self.problems.append(describe_error("connector", c, e))
                continue
            if not callable(getattr(module, "connect", None)):
                self.problems.append('connector "%s" (%s): must define connect(config)' % (c["name"], c["file"]))
                continue
            if not connect:
                continue
            try:
                self.connectors[c["name"]] = _run(module.connect(self.config))
            except Exception as e:  # noqa: BLE001
                log('connector "%s" failed to connect: %s' % (c["name"], e))
                self.connectors[c["name"]] = FailedConnector('connector "%s" is not connected: %s' % (c["name"], e))
        self.context = {"connectors": self.connectors, "config": self.config, "log": log}
        for t in self.manifest["tools"]:
            if t.get("language") != "python":
                continue
            try:
                module = load_module(t, "tool")
            except Exception as e:  # noqa: BLE001
                self.problems.append(describe_error("tool", t, e))
                continue
            handler = getattr(module, "handler", None)
            if not callable(handler):
                self.problems.append('tool "%s" (%s): must define handler(args, context)' % (t["name"], t["file"]))
                continue
            schema = getattr(module, "input_schema", getattr(module, "inputSchema", DEFAULT_SCHEMA))
            if not isinstance(schema, dict) or schema.get("type", "object") != "object":
                self.problems.append('tool "%s" (%s): input_schema must be a JSON Schema dict with type "object"'
                                     % (t["name"], t["file"]))
                continue
            description = t.get("description") or getattr(module, "description", "") or ""
            self.tools[t["name"]] = {
                "name": t["name"],
                "description": description if isinstance(description, str) else "",
                "inputSchema": dict({"type": "object"}, **schema),
                "handler": handler,
            }

    def call(self, name, args):
        tool = self.tools[name]
        try:
            return to_result(_run(tool["handler"](args, self.context)))
        except Exception as e:  # noqa: BLE001
            log('tool "%s" failed:\n%s' % (name, traceback.format_exc()))
            return {"content": [{"type": "text", "text": str(e) or type(e).__name__}], "isError": True}


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


# ---------------------------------------------------------------------------------------------
# Transports.


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


def main(argv):
    # As PID 1 a process gets no default SIGTERM handling: without this `docker stop` waits 10 s.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
    if "--worker" in argv:
        worker()
        return 0
    if "--probe" in argv:
        try:
            m = read_manifest()
        except RuntimeError as e:
            sys.stderr.write("error: %s\n" % e)
            return 1
        return probe(int(os.environ.get("PORT") or m["runtime"].get("port") or 8080))
    check = "--check" in argv
    try:
        server = Server(connect=not check)
    except RuntimeError as e:
        sys.stderr.write("error: %s\n" % e)
        return 1
    non_python = [t["name"] for t in server.manifest["tools"] if t.get("language") != "python"]
    for name in non_python:
        server.problems.append('tool "%s" is not Python; this image runs Python tools only' % name)
    if check:
        for p in server.problems:
            sys.stderr.write("error: %s\n" % p)
        if server.problems:
            return 1
        sys.stderr.write("ok: %s %s: %d tools, %d connectors%s\n" % (
            server.manifest["name"], server.manifest["version"], len(server.tools), len(server.manifest["connectors"]),
            ", config " + server.config_file if server.config_file else ""))
        return 0
    if server.problems:
        for p in server.problems:
            log("error: " + p)
        sys.stderr.write("error: the server cannot start; fix the problems above (`python server.py --check` lists them)\n")
        return 1
    handler = Handler(server)
    transport = server.manifest["runtime"].get("transport") or "stdio"
    log("%s %s: %d tools over %s" % (server.manifest["name"], server.manifest["version"], len(server.tools), transport))
    if transport == "http":
        serve_http(handler, int(os.environ.get("PORT") or server.manifest["runtime"].get("port") or 8080))
    else:
        serve_stdio(handler)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
