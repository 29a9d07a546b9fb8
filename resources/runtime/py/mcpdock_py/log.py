"""Logging to stderr, and the protocol's own output."""

import json
import sys
import threading

# stdout belongs to the protocol: keep the real one for messages and send print() to stderr.
_PROTOCOL_OUT = sys.stdout
sys.stdout = sys.stderr
_write_lock = threading.Lock()


def log(*parts):
    sys.stderr.write("[mcp] " + " ".join(str(p) for p in parts) + "\n")
    sys.stderr.flush()


def send(message):
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
    with _write_lock:
        _PROTOCOL_OUT.write(data + "\n")
        _PROTOCOL_OUT.flush()


