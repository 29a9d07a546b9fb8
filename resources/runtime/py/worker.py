#!/usr/bin/env python3
"""The Python worker of a mixed image: server.js starts it to load and call the Python tools.

Newline-delimited JSON requests on stdin, one answer per line on stdout (see mcpdock_py/worker.py).
"""

import os
import signal
import sys

from mcpdock_py.worker import worker


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
    worker()
