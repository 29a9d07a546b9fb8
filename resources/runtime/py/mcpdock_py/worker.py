"""The Python side of a mixed image: loads and runs Python tools, resources and prompts for the
JavaScript runtime. One JSON message per line each way on the worker's own descriptors:

  in:  {"id", "method": "load", "connect"}            -> {"id", "result": {tools, resources, templates, prompts, problems}}
       {"id", "method": "invoke", "kind", "name", "op", "args", "ctx"} -> {"id", "result"} | {"id", "error"}
       {"method": "cancel", "id"}   {"method": "answer", "ask", "result" | "error"}
  out: events of a running invoke: {"id", "event": "log"|"progress"|"ask", ...}; {"event": "resource_updated", "uri"}
"""

import asyncio
import json
import os
import threading
import traceback

from .context import make_context
from .log import claim_stdio, log
from .protocol import serialize
from .registry import Server
from .results import to_completion, to_contents, to_prompt_result, to_result


class _Call:
    """One invoke in flight: the channel its handler's context talks through (to server.js)."""

    def __init__(self, worker, cid, info):
        self.worker = worker
        self.id = cid
        self.info = info or {}
        self.request_id = self.info.get("requestId")
        self.protocol_version = self.info.get("protocolVersion")
        self.meta = {}
        self.cancel_event = threading.Event()
        self.asks = {}
        self.task = None

    def log(self, level, logger, data):
        self.worker.send({"id": self.id, "event": "log", "level": level, "data": data})
        return True

    def progress(self, done, total=None, message=None):
        if not self.info.get("progress"):
            return False
        self.worker.send({"id": self.id, "event": "progress", "done": done, "total": total, "message": message})
        return True

    def notify_resource_updated(self, uri):
        self.worker.send({"event": "resource_updated", "uri": uri})

    async def ask(self, method, params, key=None):
        if self.cancel_event.is_set():
            raise RuntimeError("the request was cancelled")
        loop = self.worker.server.loop
        aid = self.worker.next_ask()
        fut = loop.create_future()
        self.asks[aid] = fut
        self.worker.asks[aid] = fut
        self.worker.send({"id": self.id, "event": "ask", "ask": aid, "method": method, "params": params,
                          "options": {"key": key} if key else None})
        try:
            return await fut
        finally:
            self.asks.pop(aid, None)
            self.worker.asks.pop(aid, None)

    def cancel(self):
        self.cancel_event.set()
        if self.task is not None:
            self.task.cancel()
        for fut in list(self.asks.values()):
            if not fut.done():
                fut.set_exception(RuntimeError("the request was cancelled"))


class Worker:
    def __init__(self, out):
        self.out = out
        self.server = None
        self.calls = {}
        self.asks = {}
        self._ask = 0
        self._lock = threading.Lock()

    def next_ask(self):
        with self._lock:
            self._ask += 1
            return self._ask

    def send(self, message):
        text = serialize(message)
        if text is None:
            text = serialize({"id": message.get("id"), "error": {"message": "the result cannot be encoded as JSON"}})
        self.out.write_line(text)

    def load(self, rid, connect):
        self.server = Server(connect=connect)
        s = self.server
        keys = ("name", "title", "description", "inputSchema", "outputSchema", "annotations", "icons")
        tools = [{k: t[k] for k in keys if k in t} for t in s.tools.values()]
        resources = [{"uri": r["uri"], "subscribe": bool(r.get("subscribe")), "unsubscribe": bool(r.get("unsubscribe"))}
                     for r in s.resources.values() if "read" in r]
        templates = [{"name": t["name"], "complete": bool(t["complete"]), "list": bool(t["list"]),
                      "subscribe": bool(t["subscribe"])} for t in s.templates]
        prompts = [{"name": p["name"], "description": p["description"], "arguments": p["arguments"],
                    "complete": bool(p["complete"])} for p in s.prompts.values()]
        self.send({"id": rid, "result": {"tools": tools, "resources": resources, "templates": templates,
                                         "prompts": prompts, "problems": s.problems}})

    async def invoke(self, call, req):
        s = self.server
        kind, name, op, args = req.get("kind"), req.get("name"), req.get("op"), req.get("args") or []
        ctx = make_context(call, s, name)
        if call.info.get("arguments") is not None:
            ctx["arguments"] = call.info["arguments"]
        if kind == "tool":
            tool = s.tools.get(name)
            if tool is None:
                raise RuntimeError("unknown Python tool %s" % name)
            try:
                return to_result(await s.call(tool["handler"], args[0], ctx), tool.get("outputSchema"))
            except asyncio.CancelledError:
                raise
            except Exception as e:  # noqa: BLE001
                log('tool "%s" failed:\n%s' % (name, traceback.format_exc()))
                return {"content": [{"type": "text", "text": str(e) or type(e).__name__}], "isError": True}
        if kind == "resource":
            entry = s.resources.get(name)
        elif kind == "template":
            entry = next((t for t in s.templates if t["name"] == name), None)
        else:
            entry = s.prompts.get(name)
        if entry is None:
            raise RuntimeError("unknown Python %s %s" % (kind, name))
        fn = entry.get({"call": "handler"}.get(op, op))
        if not fn:
            raise RuntimeError("%s %s has no %s()" % (kind, name, op))
        value = await s.call(fn, *(list(args) + [ctx]))
        if op == "read":
            return to_contents(value, args[0], entry.get("mimeType"))
        if op == "get":
            return to_prompt_result(value, entry.get("description"))
        if op == "complete":
            return to_completion(value)["completion"]
        if op == "list":
            return list(value or [])
        return None

    def start_invoke(self, req):
        rid = req.get("id")
        call = _Call(self, rid, req.get("ctx"))
        self.calls[rid] = call

        async def run():
            call.task = asyncio.current_task()
            try:
                self.send({"id": rid, "result": await self.invoke(call, req)})
            except asyncio.CancelledError:
                self.send({"id": rid, "error": {"message": "cancelled"}})
            except Exception as e:  # noqa: BLE001
                self.send({"id": rid, "error": {"message": str(e) or type(e).__name__}})
            finally:
                self.calls.pop(rid, None)
        asyncio.run_coroutine_threadsafe(run(), self.server.loop)

    def on_line(self, line):
        try:
            req = json.loads(line)
        except ValueError:
            return
        method = req.get("method")
        rid = req.get("id")
        try:
            if method == "load":
                self.load(rid, bool(req.get("connect")))
            elif method == "invoke":
                if self.server is None:
                    raise RuntimeError("the worker has not loaded the modules")
                self.start_invoke(req)
            elif method == "cancel":
                call = self.calls.get(rid)
                if call is not None:
                    self.server.loop.call_soon_threadsafe(call.cancel)
            elif method == "answer":
                fut = self.asks.get(req.get("ask"))
                if fut is not None:
                    def settle():
                        if fut.done():
                            return
                        if req.get("error") is not None:
                            fut.set_exception(RuntimeError(req["error"].get("message") or "the client refused"))
                        else:
                            fut.set_result(req.get("result"))
                    self.server.loop.call_soon_threadsafe(settle)
            else:
                raise RuntimeError("unknown worker method %s" % method)
        except Exception as e:  # noqa: BLE001
            self.send({"id": rid, "error": {"message": str(e)}})


def worker():
    in_fd, out = claim_stdio()
    w = Worker(out)
    stdin = os.fdopen(in_fd, "rb")
    for raw in iter(stdin.readline, b""):
        line = raw.decode("utf-8", "replace").strip()
        if line:
            w.on_line(line)
