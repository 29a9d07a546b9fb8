"""Python runtime robustness over stdio and HTTP. Run: python3 -B -m unittest discover -s tests/runtime/py
MCPDOCK_RUNTIME_PY points the tests at another server.py (e.g. an old one)."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SERVER = os.environ.get("MCPDOCK_RUNTIME_PY") or os.path.join(ROOT, "resources", "runtime", "py", "server.py")


def make_app(files, manifest):
    d = tempfile.mkdtemp(prefix="mcpdock-pyrt-")
    for name, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    m = {"name": "t", "version": "1.0.0", "description": "", "connectors": []}
    m.update(manifest)
    with open(os.path.join(d, "manifest.json"), "w") as f:
        json.dump(m, f)
    return d


def start(d, extra_env=None):
    env = dict(os.environ, MCP_APP_DIR=d, MCP_CONFIG_PATH=os.path.join(d, "none.yaml"), PYTHONDONTWRITEBYTECODE="1")
    env.update(extra_env or {})
    return subprocess.Popen([sys.executable, "-B", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)


def rpc(p, msg, timeout=5):
    p.stdin.write((msg if isinstance(msg, str) else json.dumps(msg)).encode() + b"\n")
    p.stdin.flush()
    import select
    r, _, _ = select.select([p.stdout], [], [], timeout)
    if not r:
        return None
    line = p.stdout.readline()
    return json.loads(line) if line else None


TOOLS = {
    "tools/bytes.py": "def handler(a, c):\n    return {'content': [{'type': 'text', 'text': 'x'}], 'structuredContent': {'b': b'raw'}}\n",
    "tools/ok.py": "def handler(a, c):\n    return 'ok'\n",
    # Like a real async client (an asyncpg or aiohttp pool), the connector keeps the event loop it was
    # made in and hands out futures of that loop: a tool running in another loop cannot await them.
    "connectors/db.py": "import asyncio\nclass Db:\n    def __init__(self):\n        self.loop = asyncio.get_running_loop()\n"
                        "    async def get(self):\n        fut = self.loop.create_future()\n"
                        "        self.loop.call_soon(fut.set_result, 'row')\n        return await fut\n"
                        "async def connect(config):\n    return Db()\n",
    "tools/query.py": "async def handler(a, c):\n    return await c['connectors']['db'].get()\n",
}
MANIFEST = {"tools": [{"name": "bytes", "file": "tools/bytes.py", "language": "python", "description": "b"},
                      {"name": "ok", "file": "tools/ok.py", "language": "python", "description": "o"},
                      {"name": "query", "file": "tools/query.py", "language": "python", "description": "q"}],
            "connectors": [{"name": "db", "file": "connectors/db.py", "language": "python"}]}


class StdioRobustness(unittest.TestCase):
    def setUp(self):
        self.p = start(make_app(TOOLS, MANIFEST))
        rpc(self.p, {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-11-25",
                                                                                    "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})

    def tearDown(self):
        self.p.kill()
        self.p.wait()
        self.p.stdout.close()
        self.p.stdin.close()

    def test_unencodable_result_is_an_error_and_the_server_goes_on(self):
        r = rpc(self.p, {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "bytes", "arguments": {}}})
        self.assertIsNotNone(r)
        self.assertEqual(r["error"]["code"], -32603)
        self.assertEqual(rpc(self.p, {"jsonrpc": "2.0", "id": 2, "method": "ping"}), {"jsonrpc": "2.0", "id": 2, "result": {}})

    def test_nan_id_is_an_invalid_request(self):
        r = rpc(self.p, '{"jsonrpc":"2.0","id":NaN,"method":"ping"}')
        self.assertEqual(r["id"], None)
        self.assertEqual(r["error"]["code"], -32600)

    def test_method_not_a_string_is_an_invalid_request(self):
        r = rpc(self.p, {"jsonrpc": "2.0", "id": 3, "method": 7})
        self.assertEqual(r["error"]["code"], -32600)

    def test_async_connector_from_async_tool(self):
        for i in range(3):
            r = rpc(self.p, {"jsonrpc": "2.0", "id": 10 + i, "method": "tools/call", "params": {"name": "query", "arguments": {}}})
            self.assertEqual(r["result"]["content"][0]["text"], "row", r)


class HttpRobustness(unittest.TestCase):
    def setUp(self):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        m = dict(MANIFEST, runtime={"transport": "http", "port": self.port})
        self.p = start(make_app(TOOLS, m), {"MCP_HTTP_HOST": "127.0.0.1", "MCP_HTTP_TIMEOUT": "1"})
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)

    def tearDown(self):
        self.p.kill()
        self.p.wait()
        self.p.stdout.close()
        self.p.stdin.close()

    def raw(self, data, timeout=5):
        s = socket.create_connection(("127.0.0.1", self.port), timeout)
        s.sendall(data)
        out = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                out += chunk
        except socket.timeout:
            pass
        s.close()
        return out

    def test_negative_content_length_is_refused(self):
        out = self.raw(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n" + b"x" * 100)
        self.assertTrue(out.startswith(b"HTTP/1.1 400") or out.startswith(b"HTTP/1.0 400"), out[:80])

    def test_chunked_body_is_read(self):
        body = b'{"jsonrpc":"2.0","id":1,"method":"ping"}'
        req = (b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
               b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
        out = self.raw(req)
        self.assertIn(b'"id":1', out)
        self.assertEqual(out.count(b"HTTP/1."), 1, out)

    def test_idle_connection_is_closed(self):
        s = socket.create_connection(("127.0.0.1", self.port), 5)
        s.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n")
        t0 = time.time()
        try:
            s.recv(100)
        except socket.timeout:
            self.fail("the server kept an idle connection open")
        self.assertLess(time.time() - t0, 4.5)
        s.close()


if __name__ == "__main__":
    unittest.main()
