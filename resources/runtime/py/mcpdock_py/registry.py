"""Loads what the manifest names: connectors first, then tools, resources, resource templates and
prompts. One asyncio loop runs for the server's life (async connectors and async handlers share
it); plain functions run one at a time on a worker thread (Python tools are rarely thread-safe)."""

import asyncio
import concurrent.futures
import importlib.util
import inspect
import mimetypes
import os
import re
import sys
import threading
import traceback

from .config import read_config, read_manifest
from .log import log
from .paths import APP_DIR
from .uritemplate import compile_template

# Frames in the runtime itself (this package, server.py, worker.py) are not the user's line.
_PKG_DIR = os.path.dirname(os.path.abspath(__file__))
_ENTRIES = tuple(os.path.join(os.path.dirname(_PKG_DIR), n) for n in ("server.py", "worker.py"))


def _is_runtime_file(filename):
    return filename.startswith(_PKG_DIR + os.sep) or filename in _ENTRIES


def load_module(entry, kind, file_key="file"):
    path = os.path.join(APP_DIR, entry[file_key])
    folder = os.path.dirname(path)
    # Helpers next to a tool import the way they would in the project.
    if folder not in sys.path:
        sys.path.insert(0, folder)
    name = "mcp_%s_%s" % (kind, re.sub(r"[^A-Za-z0-9_]", "_", entry.get("name") or entry.get("uri") or "x"))
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load %s" % path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def describe_error(kind, entry, e, file_key="file"):
    where = '%s "%s" (%s)' % (kind, entry.get("name") or entry.get("uri"), entry.get(file_key))
    if isinstance(e, SyntaxError):
        return "%s: %s:%s: %s: %s" % (where, e.filename, e.lineno, type(e).__name__, e.msg)
    tb = traceback.extract_tb(e.__traceback__)
    frames = [f for f in tb if f.filename.startswith(APP_DIR) and not _is_runtime_file(f.filename)]
    at = " at %s:%s" % (frames[-1].filename, frames[-1].lineno) if frames else ""
    return "%s: %s: %s%s" % (where, type(e).__name__, e, at)


class FailedConnector:
    """Stands in for a connector whose connect() failed: any use says why."""

    def __init__(self, message):
        self._message = message

    def __getattr__(self, _name):
        raise RuntimeError(self._message)


DEFAULT_SCHEMA = {"type": "object", "properties": {}}


def is_text_type(mime_type):
    return bool(re.match(r"^text/", mime_type) or re.search(r"[/+](json|xml)$", mime_type)
                or mime_type.endswith("yaml") or mime_type == "image/svg+xml")


def _optional(src, keys):
    return {k: src[k] for k in keys if src.get(k) is not None}


def _fn(module, *names):
    for n in names:
        f = getattr(module, n, None)
        if callable(f):
            return f
    return None


class Server:
    """The loaded manifest: registry of tools, resources, templates, prompts; runs their handlers."""

    def __init__(self, connect, python_only=False):
        self.manifest = read_manifest()
        self.config, self.config_file = read_config()
        self.problems = []
        self.tools = {}
        self.resources = {}
        self.templates = []
        self.prompts = {}
        self.connectors = {}
        self.executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mcp-handler")
        self.loop = asyncio.new_event_loop()
        self.loop_thread = threading.Thread(target=self.loop.run_forever, name="mcp-loop", daemon=True)
        self.loop_thread.start()
        py = lambda e: e.get("language") == "python"  # noqa: E731
        m = self.manifest
        for c in m["connectors"]:
            if not py(c):
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
                self.connectors[c["name"]] = self.run_sync(module.connect, self.config)
            except Exception as e:  # noqa: BLE001
                log('connector "%s" failed to connect: %s' % (c["name"], e))
                self.connectors[c["name"]] = FailedConnector('connector "%s" is not connected: %s' % (c["name"], e))
        for t in m["tools"]:
            if not py(t):
                continue
            module = self._load(t, "tool")
            if module is None:
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
            out = getattr(module, "output_schema", getattr(module, "outputSchema", None))
            if out is not None and (not isinstance(out, dict) or out.get("type") != "object"):
                self.problems.append('tool "%s" (%s): output_schema must be a JSON Schema dict with type "object"'
                                     % (t["name"], t["file"]))
                continue
            description = t.get("description") or getattr(module, "description", "") or ""
            info = {"name": t["name"], "description": description if isinstance(description, str) else "",
                    "inputSchema": dict({"type": "object"}, **schema)}
            for key in ("title", "annotations", "icons"):
                if getattr(module, key, None) is not None:
                    info[key] = getattr(module, key)
            if out is not None:
                info["outputSchema"] = out
            self.tools[t["name"]] = dict(info, handler=handler)
        for r in m["resources"]:
            mime = r.get("mimeType")
            info = dict({"uri": r["uri"], "name": r.get("name") or r["uri"]}, **_optional(r, ["title", "description"]))
            if r.get("file"):
                mime = mime or mimetypes.guess_type(r["file"])[0] or "application/octet-stream"
                path = os.path.join(APP_DIR, r["file"])
                if not os.path.isfile(path):
                    self.problems.append('resource "%s" (%s): the file is missing' % (info["name"], r["file"]))
                self.resources[r["uri"]] = dict(info, mimeType=mime, path=path)
                continue
            if not r.get("handler"):
                self.problems.append('resource "%s": needs a file or a handler' % info["name"])
                continue
            if not py(r):
                continue
            module = self._load(dict(r, name=info["name"]), "resource", "handler")
            if module is None:
                continue
            read = _fn(module, "read")
            if read is None:
                self.problems.append('resource "%s" (%s): must define read(uri, context)' % (info["name"], r["handler"]))
                continue
            if mime:
                info["mimeType"] = mime
            self.resources[r["uri"]] = dict(info, read=read, subscribe=_fn(module, "subscribe"),
                                            unsubscribe=_fn(module, "unsubscribe"))
        for t in m["resourceTemplates"]:
            if not py(t):
                continue
            try:
                matcher = compile_template(t["uriTemplate"])
            except ValueError as e:
                self.problems.append('resource template "%s": %s' % (t["name"], e))
                continue
            module = self._load(t, "template", "handler")
            if module is None:
                continue
            read = _fn(module, "read")
            if read is None:
                self.problems.append('resource template "%s" (%s): must define read(uri, params, context)'
                                     % (t["name"], t["handler"]))
                continue
            self.templates.append(dict({"uriTemplate": t["uriTemplate"], "name": t["name"]},
                                       **_optional(t, ["title", "description", "mimeType"]),
                                       matcher=matcher, read=read, complete=_fn(module, "complete"),
                                       list=_fn(module, "list", "list_resources"), subscribe=_fn(module, "subscribe"),
                                       unsubscribe=_fn(module, "unsubscribe")))
        for p in m["prompts"]:
            if not py(p):
                continue
            module = self._load(p, "prompt")
            if module is None:
                continue
            get = _fn(module, "get")
            if get is None:
                self.problems.append('prompt "%s" (%s): must define get(args, context)' % (p["name"], p["file"]))
                continue
            args = p.get("arguments") or getattr(module, "arguments", None) or []
            description = p.get("description") or getattr(module, "description", "") or ""
            self.prompts[p["name"]] = dict(
                {"name": p["name"], "description": description,
                 "arguments": [dict({"name": a["name"]}, **_optional(a, ["title", "description"]),
                                    **({"required": True} if a.get("required") else {}))
                               for a in args if isinstance(a, dict) and isinstance(a.get("name"), str)]},
                **_optional(p, ["title"]), get=get, complete=_fn(module, "complete"))
        if python_only:
            for kind, entries in (("tool", m["tools"]), ("resource", [r for r in m["resources"] if r.get("handler")]),
                                  ("resource template", m["resourceTemplates"]), ("prompt", m["prompts"])):
                for e in entries:
                    if not py(e):
                        self.problems.append('%s "%s" is not Python; this image runs Python modules only'
                                             % (kind, e.get("name") or e.get("uri")))
        self.dynamic_resources = any(t["list"] for t in self.templates)

    def _load(self, entry, kind, file_key="file"):
        try:
            return load_module(entry, kind, file_key)
        except Exception as e:  # noqa: BLE001
            self.problems.append(describe_error(kind.replace("template", "resource template"), entry, e, file_key))
            return None

    def run_sync(self, fn, *args):
        """From any thread but the loop's: runs fn (plain or async) to completion."""
        value = fn(*args)
        if inspect.isawaitable(value):
            async def wait():
                return await value
            return asyncio.run_coroutine_threadsafe(wait(), self.loop).result()
        return value

    async def call(self, fn, *args):
        """On the loop: an async handler runs on it, a plain one on the handler thread."""
        if inspect.iscoroutinefunction(fn):
            return await fn(*args)
        value = await self.loop.run_in_executor(self.executor, lambda: fn(*args))
        if inspect.isawaitable(value):
            value = await value
        return value

    def read_static(self, entry, uri):
        with open(entry["path"], "rb") as f:
            data = f.read()
        mime = entry["mimeType"]
        if is_text_type(mime):
            return {"uri": uri, "mimeType": mime, "text": data.decode("utf-8", "replace")}
        return {"uri": uri, "mimeType": mime, "blob": data}

    def find_resource(self, uri):
        r = self.resources.get(uri)
        if r is not None:
            return r, None, None
        for t in self.templates:
            params = t["matcher"].match(uri)
            if params is not None:
                return None, t, params
        return None, None, None

    def tools_in_order(self):
        return list(self.tools.values())

    def resources_in_order(self):
        return list(self.resources.values())
