"""MCP Dock's Python runtime (standard library only, Python 3.8+), split by concern.

paths: where the app's files are; log: stderr and the protocol's output; yamlsubset + config: the
configuration and the manifest; registry: tools and connectors; protocol: MCP methods and eras;
stdio/http: transports; worker: the Python side of a mixed image.
"""
