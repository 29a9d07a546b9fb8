#!/usr/bin/env python3
"""MCP Dock runtime, Python twin of server.js.

Python-only images run it as the server (`python server.py` in /app). Mixed images run server.js,
which starts worker.py to load and call the Python tools and connectors.

  python server.py            serve (stdio or http, from manifest.json's runtime.transport)
  python server.py --check    load the manifest, config, tools and connectors, then exit 0/1
  python server.py --probe    http transport: GET /healthz on the local port, exit 0/1
  (mixed images run worker.py, the Python side of server.js)

Standard library only (Python 3.8+), so it runs in an image built with --network none. Environment
variables are the same as server.js's: MCP_CONFIG_PATH, MCP_APP_DIR, MCP_MANIFEST_PATH, PORT,
MCP_HTTP_HOST, MCP_ALLOWED_ORIGINS.
"""

import os
import signal
import sys

from mcpdock_py.config import read_manifest
from mcpdock_py.http import probe, serve_http
from mcpdock_py.log import log
from mcpdock_py.protocol import Handler
from mcpdock_py.registry import Server
from mcpdock_py.stdio import serve_stdio


def main(argv):
    # As PID 1 a process gets no default SIGTERM handling: without this `docker stop` waits 10 s.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
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
