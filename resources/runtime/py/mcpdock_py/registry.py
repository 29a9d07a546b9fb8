"""Loads what the manifest names: connectors first, then tools."""

import asyncio
import importlib.util
import inspect
import os
import re
import sys
import traceback

from .config import read_config, read_manifest
from .log import log
from .paths import APP_DIR
from .protocol import to_result

# Frames in the runtime itself (this package, server.py, worker.py) are not the user's line.
_PKG_DIR = os.path.dirname(os.path.abspath(__file__))
_ENTRIES = tuple(os.path.join(os.path.dirname(_PKG_DIR), n) for n in ("server.py", "worker.py"))


def _is_runtime_file(filename):
    return filename.startswith(_PKG_DIR + os.sep) or filename in _ENTRIES


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


