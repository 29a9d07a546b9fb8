"""The context a Python tool, resource or prompt handler gets.

A dict (as it always was): "config", "connectors", "log", and the request's channel back to the
client: "progress", "elicit", "sample", "list_roots", "cancelled" (a function), "cancel_event"
(a threading.Event), "notify_resource_updated". elicit/sample/list_roots return the answer when
called from a plain function, and an awaitable when called inside an async handler.
"""

import asyncio
import threading

LEVELS = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"]
LEVEL_INDEX = {name: i for i, name in enumerate(LEVELS)}


class RpcError(Exception):
    def __init__(self, code, message, data=None, http_status=None):
        super().__init__(message)
        self.code = code
        self.data = data
        self.http_status = http_status


class InputRequired(BaseException):
    """Raised in a plain handler whose 2026-07-28 request needs input from the client first."""


CAPABILITY_OF = {"elicitation/create": "elicitation", "sampling/createMessage": "sampling", "roots/list": "roots"}
KEY_PREFIX = {"elicitation/create": "elicit", "sampling/createMessage": "sample", "roots/list": "roots"}


def elicit_params(params, requested_schema=None):
    if isinstance(params, str):
        return {"message": params, "requestedSchema": requested_schema or {"type": "object", "properties": {}}}
    return params


def sample_params(params, max_tokens=None):
    if isinstance(params, str):
        return {"messages": [{"role": "user", "content": {"type": "text", "text": params}}],
                "maxTokens": max_tokens or 1000}
    return params


def _on_loop(loop):
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


def make_context(channel, registry, logger):
    """channel: log(level, data), progress(done, total, message), ask(method, params, key) -> coroutine
    (run on registry.loop), cancel_event, notify_resource_updated(uri)."""
    loop = registry.loop

    def log_(level, *rest):
        if isinstance(level, str) and level in LEVEL_INDEX and rest:
            lvl, parts = level, rest
        else:
            lvl, parts = "info", (level,) + rest
        data = parts[0] if len(parts) == 1 else " ".join(str(p) for p in parts)
        if isinstance(data, BaseException):
            data = str(data)
        return channel.log(lvl, logger, data)

    def asker(method):
        def ask(params=None, *more, key=None, **options):
            if method == "elicitation/create":
                params = elicit_params(params, more[0] if more else options.get("requested_schema"))
            elif method == "sampling/createMessage":
                params = sample_params(params, options.get("max_tokens"))
            else:
                params = {}
            coro = channel.ask(method, params, key)
            if _on_loop(loop):
                return coro
            if threading.current_thread() is getattr(registry, "loop_thread", None):
                raise RuntimeError("call context['%s'] with await inside an async handler" % KEY_PREFIX[method])
            return asyncio.run_coroutine_threadsafe(coro, loop).result()
        return ask

    cancel_event = channel.cancel_event
    return {
        "config": registry.config,
        "connectors": registry.connectors,
        "log": log_,
        "progress": lambda done, total=None, message=None: channel.progress(done, total, message),
        "elicit": asker("elicitation/create"),
        "sample": asker("sampling/createMessage"),
        "list_roots": asker("roots/list"),
        "cancelled": cancel_event.is_set,
        "cancel_event": cancel_event,
        "notify_resource_updated": channel.notify_resource_updated,
        "request_id": getattr(channel, "request_id", None),
        "meta": getattr(channel, "meta", None) or {},
        "protocol_version": getattr(channel, "protocol_version", None),
    }
