"""What handlers return -> MCP result shapes (the rules of mcpdock_js/protocol.js)."""

import base64
import json


def _json_text(value, indent=None):
    return json.dumps(value, indent=indent, ensure_ascii=False, default=str)


def to_result(value, output_schema=None):
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
        if "_meta" in value:
            r["_meta"] = value["_meta"]
        return r
    if output_schema and isinstance(value, dict):
        return {"content": [{"type": "text", "text": _json_text(value)}], "structuredContent": value}
    return {"content": [{"type": "text", "text": _json_text(value, 2)}]}


def _b64(data):
    return base64.b64encode(bytes(data)).decode("ascii")


def to_contents(value, uri, mime_type=None):
    def one(v):
        if isinstance(v, str):
            return {"uri": uri, "mimeType": mime_type or "text/plain", "text": v}
        if isinstance(v, (bytes, bytearray, memoryview)):
            return {"uri": uri, "mimeType": mime_type or "application/octet-stream", "blob": _b64(v)}
        if isinstance(v, dict):
            c = {"uri": v.get("uri") or uri}
            mt = v.get("mimeType") or mime_type
            if mt:
                c["mimeType"] = mt
            if v.get("text") is not None:
                c["text"] = str(v["text"])
            elif v.get("blob") is not None:
                b = v["blob"]
                c["blob"] = _b64(b) if isinstance(b, (bytes, bytearray, memoryview)) else str(b)
            else:
                c["text"] = _json_text(v)
            if "_meta" in v:
                c["_meta"] = v["_meta"]
            return c
        return {"uri": uri, "mimeType": mime_type or "application/json", "text": _json_text(v)}
    if isinstance(value, dict) and isinstance(value.get("contents"), list):
        return [one(v) for v in value["contents"]]
    if isinstance(value, (list, tuple)):
        return [one(v) for v in value]
    return [one(value)]


def to_prompt_result(value, description=None):
    messages = []

    def block(c):
        if isinstance(c, str):
            return {"type": "text", "text": c}
        if isinstance(c, dict) and c.get("type") in ("image", "audio") and isinstance(c.get("data"), (bytes, bytearray)):
            return dict(c, data=_b64(c["data"]))
        return c

    def add(m):
        if isinstance(m, str):
            messages.append({"role": "user", "content": {"type": "text", "text": m}})
        elif isinstance(m, dict) and m.get("role"):
            content = m.get("content")
            if isinstance(content, list):
                for c in content:
                    messages.append({"role": m["role"], "content": block(c)})
            else:
                messages.append({"role": m["role"], "content": block(content)})
        elif isinstance(m, dict) and m.get("type"):
            messages.append({"role": "user", "content": block(m)})
        else:
            messages.append({"role": "user", "content": {"type": "text", "text": _json_text(m)}})

    desc = description
    if isinstance(value, (list, tuple)):
        for m in value:
            add(m)
    elif isinstance(value, dict) and isinstance(value.get("messages"), list):
        for m in value["messages"]:
            add(m)
        if isinstance(value.get("description"), str):
            desc = value["description"]
    else:
        add(value)
    r = {"messages": messages}
    if desc:
        r["description"] = desc
    return r


def to_completion(value):
    total = has_more = None
    if isinstance(value, dict) and isinstance(value.get("values"), list):
        values, total, has_more = value["values"], value.get("total"), value.get("hasMore")
    elif isinstance(value, (list, tuple)):
        values = list(value)
    else:
        values = []
    values = [str(v) for v in values]
    return {"completion": {"values": values[:100],
                           "total": total if isinstance(total, int) else len(values),
                           "hasMore": bool(has_more) if has_more is not None else len(values) > 100}}
