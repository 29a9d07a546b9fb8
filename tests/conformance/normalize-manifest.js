#!/usr/bin/env node
// mcp.yaml -> the normalized manifest.json the runtime reads (what MCP Dock's loader writes into an
// image). Only the fields the conformance fixtures use; the YAML is read with the runtime's own reader.
//   node normalize-manifest.js path/to/mcp.yaml > manifest.json
'use strict';

const fs = require('fs');
const path = require('path');
const { parseYaml } = require('../../resources/runtime/js/mcpdock_js/yaml');

const m = parseYaml(fs.readFileSync(process.argv[2], 'utf8'));
const language = (file) => (/\.py$/.test(file) ? 'python' : 'javascript');
const keep = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined && o[k] !== null).map((k) => [k, o[k]]));
const entries = (list) => (list || []).map((e) => ({ name: e.name, description: e.description || '', file: e.file, language: language(e.file) }));
const out = {
  name: m.name,
  version: String(m.version),
  description: m.description || '',
  ...keep(m, ['title']),
  tools: entries(m.tools),
  connectors: entries(m.connectors),
  resources: (m.resources || []).map((r) => ({
    ...keep(r, ['uri', 'name', 'title', 'description', 'mimeType', 'file', 'handler']),
    ...(r.handler ? { language: language(r.handler) } : {}),
  })),
  resourceTemplates: (m.resourceTemplates || []).map((t) => ({
    ...keep(t, ['uriTemplate', 'name', 'title', 'description', 'mimeType', 'handler']),
    language: language(t.handler),
  })),
  prompts: (m.prompts || []).map((p) => ({
    ...keep(p, ['name', 'title', 'description']),
    arguments: (p.arguments || []).map((a) => keep(a, ['name', 'description', 'required'])),
    file: p.file,
    language: language(p.file),
  })),
  runtime: { transport: (m.runtime && m.runtime.transport) || 'stdio', port: (m.runtime && m.runtime.port) || 8080 },
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
void path;
