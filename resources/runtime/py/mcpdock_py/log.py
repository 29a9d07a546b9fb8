"""Logging to stderr, and the protocol's own descriptors.

stdout is the protocol only: print(), os.system() and subprocesses all write to file descriptor 1,
so claim_stdio() gives the protocol a duplicate of fd 1 (and of fd 0) and points fd 1 at stderr
(and fd 0 at /dev/null) for everything else.
"""

import json
import os
import sys
import threading


def log(*parts):
    sys.stderr.write("[mcp] " + " ".join(str(p) for p in parts) + "\n")
    sys.stderr.flush()


def _default(o):
    raise TypeError("%s is not JSON serializable" % type(o).__name__)


def dumps(message):
    # allow_nan=False: NaN is not JSON, and a client cannot read it.
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_default)


class ProtocolOut:
    """Writes one JSON message per line to the protocol's descriptor, from any thread."""

    def __init__(self, fd):
        self.fd = fd
        self.lock = threading.Lock()

    def write_line(self, text):
        data = (text + "\n").encode("utf-8")
        with self.lock:
            view = memoryview(data)
            while view:
                n = os.write(self.fd, view)
                view = view[n:]


def claim_stdio():
    """Returns (protocol input fd, ProtocolOut) after moving fds 0 and 1 out of the tools' way."""
    sys.stdout.flush()
    out_fd = os.dup(1)
    in_fd = os.dup(0)
    os.dup2(2, 1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdout = sys.stderr
    return in_fd, ProtocolOut(out_fd)
