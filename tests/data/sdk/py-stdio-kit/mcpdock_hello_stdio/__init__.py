"""A tiny MCP server over stdio with no dependencies: the package tst_sdkbuild installs from a local
package index (PyPI cannot be reached from these machines). One tool, shout."""
import json
import sys

TOOLS = [{
    "name": "shout",
    "description": "Upper-case a text",
    "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


def answer(request):
    method = request.get("method")
    params = request.get("params") or {}
    if method == "initialize":
        return {"protocolVersion": params.get("protocolVersion", "2025-06-18"),
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "hello-stdio", "version": "0.1.0"}}
    if method == "tools/list":
        return {"tools": TOOLS}
    if method == "tools/call" and params.get("name") == "shout":
        text = str((params.get("arguments") or {}).get("text", ""))
        return {"content": [{"type": "text", "text": text.upper()}]}
    if method == "ping":
        return {}
    raise LookupError(method)


def main():
    print("hello-stdio: serving over stdio", file=sys.stderr, flush=True)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        request = json.loads(line)
        if "id" not in request:
            continue  # a notification
        try:
            reply = {"jsonrpc": "2.0", "id": request["id"], "result": answer(request)}
        except LookupError as e:
            reply = {"jsonrpc": "2.0", "id": request["id"],
                     "error": {"code": -32601, "message": "Method not found: %s" % e}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
