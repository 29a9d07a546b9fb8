#!/bin/sh
# The runtime's own tests: node --test (both runtimes, stdio and HTTP) and Python's unittest.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
export PYTHONDONTWRITEBYTECODE=1
status=0
node --test "$here/js/" || status=1
python3 -B -m unittest discover -s "$here/py" -t "$here/py" || status=1
exit $status
