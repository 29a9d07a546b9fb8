"""Where the app's files are: the manifest, the configuration, the tools."""

import os

APP_DIR = os.path.abspath(os.environ.get("MCP_APP_DIR")
                          or os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFEST_PATH = os.environ.get("MCP_MANIFEST_PATH") or os.path.join(APP_DIR, "manifest.json")
CONFIG_PATH = os.environ.get("MCP_CONFIG_PATH") or os.path.join(APP_DIR, "config", "config.yaml")
