#!/usr/bin/env python3
"""A local Python package index for tests (PyPI cannot be reached from these machines).

    localpyindex.py SOURCE_DIR OUT_DIR

Builds a wheel of the package in SOURCE_DIR (one top-level package folder; name and version from the
constants below, a console script NAME -> PACKAGE:main) by hand with zipfile, lays out a PEP 503
"simple" index under OUT_DIR, serves OUT_DIR on 127.0.0.1 at a free port, prints the index URL
(http://127.0.0.1:PORT/simple/) on the first line of stdout and serves until killed."""
import base64
import hashlib
import http.server
import os
import socketserver
import sys
import zipfile

DIST = "mcpdock-hello-stdio"
VERSION = "0.1.0"
PACKAGE = "mcpdock_hello_stdio"
SCRIPT = "hello-stdio"


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return "%s,sha256=%s,%d" % (name, digest, len(data))


def build_wheel(source, out):
    wheel_name = "%s-%s-py3-none-any.whl" % (PACKAGE, VERSION)
    info = "%s-%s.dist-info" % (PACKAGE, VERSION)
    files = {}
    for root, _, names in os.walk(os.path.join(source, PACKAGE)):
        for n in sorted(names):
            if n.endswith(".pyc"):
                continue
            path = os.path.join(root, n)
            with open(path, "rb") as f:
                files[os.path.relpath(path, source).replace(os.sep, "/")] = f.read()
    files[info + "/METADATA"] = ("Metadata-Version: 2.1\nName: %s\nVersion: %s\n" % (DIST, VERSION)).encode()
    files[info + "/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: mcpdock-localpyindex\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[info + "/entry_points.txt"] = ("[console_scripts]\n%s = %s:main\n" % (SCRIPT, PACKAGE)).encode()
    record = [record_line(n, d) for n, d in sorted(files.items())] + [info + "/RECORD,,"]
    files[info + "/RECORD"] = ("\n".join(record) + "\n").encode()
    os.makedirs(os.path.join(out, "files"), exist_ok=True)
    with zipfile.ZipFile(os.path.join(out, "files", wheel_name), "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in sorted(files.items()):
            z.writestr(n, d)
    return wheel_name


def main():
    source, out = sys.argv[1], sys.argv[2]
    wheel = build_wheel(source, out)
    page = os.path.join(out, "simple", DIST)
    os.makedirs(page, exist_ok=True)
    with open(os.path.join(page, "index.html"), "w") as f:
        f.write('<!DOCTYPE html><html><body><a href="../../files/%s">%s</a></body></html>\n' % (wheel, wheel))
    with open(os.path.join(out, "simple", "index.html"), "w") as f:
        f.write('<!DOCTYPE html><html><body><a href="%s/">%s</a></body></html>\n' % (DIST, DIST))
    os.chdir(out)
    handler = http.server.SimpleHTTPRequestHandler
    handler.log_message = lambda *args: None
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as httpd:
        print("http://127.0.0.1:%d/simple/" % httpd.server_address[1], flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
