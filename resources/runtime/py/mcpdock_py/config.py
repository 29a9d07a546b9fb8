"""The configuration file (context["config"]) and the normalized manifest (manifest.json)."""

import json
import os

from .paths import CONFIG_PATH, MANIFEST_PATH
from .yamlsubset import YamlError, parse_yaml


def read_config():
    path = CONFIG_PATH
    if os.path.isdir(path):
        path = os.path.join(path, "config.yaml")
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {}, None
    except OSError as e:
        raise RuntimeError("cannot read the configuration %s: %s" % (path, e))
    try:
        if path.lower().endswith(".json"):
            value = json.loads(text)
        elif text.lstrip()[:1] in ("{", "["):
            try:
                value = json.loads(text)
            except ValueError:
                value = parse_yaml(text)
        else:
            value = parse_yaml(text)
    except (YamlError, ValueError) as e:
        raise RuntimeError("%s: %s" % (path, e))
    return ({} if value is None else value), path


def read_manifest():
    try:
        with open(MANIFEST_PATH, encoding="utf-8") as f:
            m = json.load(f)
    except (OSError, ValueError) as e:
        raise RuntimeError("cannot read the manifest %s: %s" % (MANIFEST_PATH, e))
    if not isinstance(m, dict) or not isinstance(m.get("name"), str) or not isinstance(m.get("tools", []), list):
        raise RuntimeError("%s: not an MCP Dock manifest" % MANIFEST_PATH)
    # Missing lists are empty.
    for key in ("tools", "connectors", "resources", "resourceTemplates", "prompts"):
        if not isinstance(m.get(key), list):
            m[key] = []
    if not isinstance(m.get("runtime"), dict):
        m["runtime"] = {}
    return m
