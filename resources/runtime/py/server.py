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
from mcpdock_py.log import claim_stdio, log
from mcpdock_py.protocol import Protocol
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
    stdio = None
    try:
        transport = read_manifest()["runtime"].get("transport") or "stdio"
    except RuntimeError:
        transport = "stdio"
    if not check and transport != "http":
        # Before any tool loads: fd 1 becomes stderr, the protocol keeps its own descriptors.
        stdio = claim_stdio()
    else:
        sys.stdout = sys.stderr
    try:
        server = Server(connect=not check, python_only=True)
    except RuntimeError as e:
        sys.stderr.write("error: %s\n" % e)
        return 1
    m = server.manifest
    if check:
        for p in server.problems:
            sys.stderr.write("error: %s\n" % p)
        if server.problems:
            return 1
        extra = ""
        if server.resources or server.templates:
            extra += ", %d resources, %d resource templates" % (len(server.resources), len(server.templates))
        if server.prompts:
            extra += ", %d prompts" % len(server.prompts)
        sys.stderr.write("ok: %s %s: %d tools, %d connectors%s%s\n" % (
            m["name"], m["version"], len(server.tools), len(m["connectors"]), extra,
            ", config " + server.config_file if server.config_file else ""))
        return 0
    if server.problems:
        for p in server.problems:
            log("error: " + p)
        sys.stderr.write("error: the server cannot start; fix the problems above (`python server.py --check` lists them)\n")
        return 1
    protocol = Protocol(server)
    log("%s %s: %d tools over %s" % (m["name"], m["version"], len(server.tools), transport))
    if transport == "http":
        serve_http(protocol, int(os.environ.get("PORT") or m["runtime"].get("port") or 8080))
    else:
        serve_stdio(protocol, stdio[0], stdio[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
