#!/usr/bin/env node
// MCP Dock runtime: the MCP server every image runs (`node server.js` in /app).
//
// Dependency-free on purpose (CommonJS, Node 18+): it must start in an image built with
// `--network none` and must not pull anything into the user's dependency tree.
//
//   node server.js            serve (stdio or http, from manifest.json's runtime.transport)
//   node server.js --check    load the manifest, config, tools and connectors, then exit 0/1
//   node server.js --probe    http transport: GET /healthz on the local port, exit 0/1
//
// Environment: MCP_CONFIG_PATH (config file; default /app/config/config.yaml), MCP_APP_DIR (where
// manifest paths are rooted; default this file's folder), MCP_MANIFEST_PATH (default
// $MCP_APP_DIR/manifest.json), MCP_PYTHON (interpreter for Python tools; default python3), PORT
// and MCP_HTTP_HOST for the http transport, MCP_ALLOWED_ORIGINS (comma separated) for browsers.
'use strict';

const fs = require('fs');
const path = require('path');
const http = require('http');
const url = require('url');
const childProcess = require('child_process');

// stdout belongs to the protocol. Anything a tool prints with console.log must not corrupt it.
const stderrWrite = (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n');
function log(...parts) {
  stderrWrite('[mcp] ' + parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.stack || String(p) : JSON.stringify(p))).join(' '));
}
for (const level of ['log', 'info', 'debug', 'warn']) {
  // eslint-disable-next-line no-console
  console[level] = (...args) => stderrWrite(require('util').format(...args));
}

const LEGACY_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'];
const STATELESS_VERSIONS = ['2026-07-28'];
const ALL_VERSIONS = [...STATELESS_VERSIONS, ...LEGACY_VERSIONS];
const META_VERSION = 'io.modelcontextprotocol/protocolVersion';

const APP_DIR = path.resolve(process.env.MCP_APP_DIR || __dirname);
const MANIFEST_PATH = process.env.MCP_MANIFEST_PATH || path.join(APP_DIR, 'manifest.json');
const CONFIG_PATH = process.env.MCP_CONFIG_PATH || path.join(APP_DIR, 'config', 'config.yaml');

// ---------------------------------------------------------------------------------------------
// A YAML reader for configuration files. Supported: block mappings and sequences, plain, single-
// and double-quoted scalars, flow collections on one line ([a, b], {k: v}), block scalars (| and >
// with - or +), comments, one leading `---`. Not supported (MCP Dock's loader reports them at
// build time): anchors, aliases, tags, several documents, multi-line flow collections, complex keys.
// A file whose name ends in .json is read as JSON.

class YamlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

function plainScalar(text) {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

const DQ_ESCAPES = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

// Reads a scalar or flow collection starting at s[i]; returns [value, nextIndex].
function readFlow(s, i, line, inFlow) {
  while (s[i] === ' ') i++;
  const c = s[i];
  if (c === '"') {
    let out = '';
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\\') {
        const e = s[i + 1];
        if (e === 'x' || e === 'u' || e === 'U') {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = s.substr(i + 2, n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) throw new YamlError('bad escape in a double-quoted string', line);
          out += String.fromCodePoint(parseInt(hex, 16));
          i += 2 + n;
        } else if (e in DQ_ESCAPES) {
          out += DQ_ESCAPES[e];
          i += 2;
        } else throw new YamlError(`unknown escape \\${e}`, line);
      } else out += s[i++];
    }
    if (s[i] !== '"') throw new YamlError('unterminated double-quoted string', line);
    return [out, i + 1];
  }
  if (c === "'") {
    let out = '';
    i++;
    for (;;) {
      if (i >= s.length) throw new YamlError('unterminated single-quoted string', line);
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        return [out, i + 1];
      }
      out += s[i++];
    }
  }
  if (c === '[') {
    const arr = [];
    i++;
    for (;;) {
      while (s[i] === ' ') i++;
      if (s[i] === ']') return [arr, i + 1];
      if (i >= s.length) throw new YamlError('unterminated [ ] (flow sequences must fit on one line)', line);
      let v;
      [v, i] = readFlow(s, i, line, true);
      arr.push(v);
      while (s[i] === ' ') i++;
      if (s[i] === ',') i++;
      else if (s[i] !== ']') throw new YamlError('expected , or ] in a flow sequence', line);
    }
  }
  if (c === '{') {
    const obj = {};
    i++;
    for (;;) {
      while (s[i] === ' ') i++;
      if (s[i] === '}') return [obj, i + 1];
      if (i >= s.length) throw new YamlError('unterminated { } (flow mappings must fit on one line)', line);
      let k;
      [k, i] = readFlow(s, i, line, true);
      while (s[i] === ' ') i++;
      let v = null;
      if (s[i] === ':') [v, i] = readFlow(s, i + 1, line, true);
      obj[String(k)] = v;
      while (s[i] === ' ') i++;
      if (s[i] === ',') i++;
      else if (s[i] !== '}') throw new YamlError('expected , or } in a flow mapping', line);
    }
  }
  // Plain scalar: up to the end, or (in flow context) a , ] } or ": ".
  let j = i;
  while (j < s.length) {
    if (inFlow && (s[j] === ',' || s[j] === ']' || s[j] === '}')) break;
    if (s[j] === ':' && (j + 1 >= s.length || s[j + 1] === ' ' || (inFlow && /[,\]}]/.test(s[j + 1])))) break;
    j++;
  }
  if (/^[&*!|>%@`]/.test(s.slice(i, j).trim()) && !inFlow) {
    throw new YamlError(`"${s.slice(i, j).trim()}": anchors, aliases, tags and reserved indicators are not supported`, line);
  }
  return [plainScalar(s.slice(i, j).trim()), j];
}

function stripComment(text) {
  // A # starts a comment at the line start or after a space, outside quotes.
  let q = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = null;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:\[{,\-]/.test(text[i - 1])) q = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return text.slice(0, i).replace(/\s+$/, '');
  }
  return text.replace(/\s+$/, '');
}

function parseYaml(source) {
  const raw = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines = []; // {indent, text, no, raw}
  let started = false;
  for (let n = 0; n < raw.length; n++) {
    const r = raw[n];
    if (/^(---|\.\.\.)(\s|$)/.test(r)) {
      if (r.startsWith('...') || started) {
        if (raw.slice(n + 1).some((x) => stripComment(x).trim() !== '')) throw new YamlError('only one YAML document is supported', n + 1);
        break;
      }
      started = true;
      if (stripComment(r.slice(3)).trim() !== '') throw new YamlError('content after --- is not supported', n + 1);
      continue;
    }
    if (/^%/.test(r)) throw new YamlError('YAML directives are not supported', n + 1);
    lines.push({ raw: r, no: n + 1 });
  }
  let pos = 0;

  function info(k) {
    const l = lines[k];
    if (/^\s*\t/.test(l.raw) && stripComment(l.raw).trim() !== '') throw new YamlError('tabs cannot indent YAML', l.no);
    const text = stripComment(l.raw);
    const indent = text.length - text.replace(/^ +/, '').length;
    return { indent, text: text.slice(indent), no: l.no };
  }
  function skipBlank() {
    while (pos < lines.length && info(pos).text === '') pos++;
  }

  function blockScalar(header, parentIndent, no) {
    const m = /^([|>])([+-]?)([1-9]?)([+-]?)$/.exec(header);
    if (!m) throw new YamlError(`bad block scalar header "${header}"`, no);
    const folded = m[1] === '>';
    const chomp = m[2] || m[4];
    const body = [];
    let indent = m[3] ? parentIndent + Number(m[3]) : -1;
    while (pos < lines.length) {
      const r = lines[pos].raw;
      if (r.trim() === '') {
        body.push('');
        pos++;
        continue;
      }
      const ind = r.length - r.replace(/^ +/, '').length;
      if (indent < 0) indent = ind;
      if (ind < indent || ind <= parentIndent) break;
      body.push(r.slice(indent));
      pos++;
    }
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text;
    if (folded) {
      text = '';
      for (let k = 0; k < body.length; k++) {
        const cur = body[k];
        if (k === 0) text = cur;
        else if (cur === '' || /^\s/.test(cur) || /^\s/.test(body[k - 1]) || body[k - 1] === '') text += '\n' + cur;
        else text += ' ' + cur;
      }
      text = text.replace(/\n(?=\n)/g, '\n');
    } else text = body.join('\n');
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n'.repeat(trailing + (body.length ? 1 : 0));
    return body.length ? text + '\n' : '';
  }

  // A value after "key:" or "- ": inline scalar, block scalar, or a nested block below.
  function valueAfter(rest, indent, no, seqAllowedAtSameIndent) {
    rest = rest.trim();
    if (rest === '') {
      skipBlank();
      if (pos >= lines.length) return null;
      const next = info(pos);
      if (next.indent > indent) return block(next.indent);
      if (seqAllowedAtSameIndent && next.indent === indent && /^-( |$)/.test(next.text)) return block(next.indent);
      return null;
    }
    if (/^[|>]/.test(rest)) return blockScalar(rest, indent, no);
    const [v, end] = readFlow(rest, 0, no, false);
    if (rest.slice(end).trim() !== '') throw new YamlError(`unexpected text after a value: "${rest.slice(end).trim()}"`, no);
    // A plain scalar may continue on more-indented lines (folded with spaces).
    if (typeof v === 'string' && !/^["']/.test(rest)) {
      let s = v;
      while (pos < lines.length) {
        const l = info(pos);
        if (l.text === '' || l.indent <= indent || /^-( |$)/.test(l.text) || /^[^"'\s][^:]*:( |$)/.test(l.text)) break;
        s += ' ' + l.text;
        pos++;
      }
      return s;
    }
    return v;
  }

  function splitKey(text, no) {
    // "key: value" / "key:" with a plain or quoted key.
    let key;
    let i;
    if (text[0] === '"' || text[0] === "'") {
      [key, i] = readFlow(text, 0, no, true);
      while (text[i] === ' ') i++;
      if (text[i] !== ':') return null;
    } else {
      const m = /^([^#:][^:]*?|[^:]*?):( |$)/.exec(text);
      if (!m) return null;
      key = m[1].trim();
      if (/^[&*!?|>%@`\[{]/.test(key)) throw new YamlError(`"${key}": anchors, tags, complex or flow keys are not supported`, no);
      i = m[1].length;
    }
    return { key: String(key), rest: text.slice(i + 1) };
  }

  function block(indent) {
    skipBlank();
    const first = info(pos);
    if (/^-( |$)/.test(first.text)) {
      const arr = [];
      while (pos < lines.length) {
        skipBlank();
        if (pos >= lines.length) break;
        const l = info(pos);
        if (l.indent < indent) break;
        if (l.indent > indent) throw new YamlError('bad indentation in a list', l.no);
        if (!/^-( |$)/.test(l.text)) break;
        pos++;
        const rest = l.text.slice(1);
        const inner = rest.replace(/^ +/, '');
        const innerIndent = indent + 1 + (rest.length - inner.length);
        if (inner !== '' && !/^["'\[{]/.test(inner) && splitKey(inner, l.no)) {
          // "- key: value" opens a mapping whose keys line up with "key".
          lines.splice(pos, 0, { raw: ' '.repeat(innerIndent) + inner, no: l.no });
          arr.push(block(innerIndent));
        } else if (/^-( |$)/.test(inner)) {
          lines.splice(pos, 0, { raw: ' '.repeat(innerIndent) + inner, no: l.no });
          arr.push(block(innerIndent));
        } else arr.push(valueAfter(inner, indent, l.no, false));
      }
      return arr;
    }
    const obj = {};
    while (pos < lines.length) {
      skipBlank();
      if (pos >= lines.length) break;
      const l = info(pos);
      if (l.indent < indent) break;
      if (l.indent > indent) throw new YamlError('bad indentation', l.no);
      const kv = splitKey(l.text, l.no);
      if (!kv) {
        if (Object.keys(obj).length === 0 && lines.length === 1) {
          pos++;
          return valueAfter(l.text, -1, l.no, false);
        }
        throw new YamlError(`expected "key: value", found "${l.text}"`, l.no);
      }
      if (Object.prototype.hasOwnProperty.call(obj, kv.key)) throw new YamlError(`duplicate key "${kv.key}"`, l.no);
      pos++;
      obj[kv.key] = valueAfter(kv.rest, indent, l.no, true);
    }
    return obj;
  }

  skipBlank();
  if (pos >= lines.length) return null;
  const top = info(pos);
  if (/^[\[{]/.test(top.text) || (/^["']/.test(top.text) && !splitKey(top.text, top.no))) {
    // A document that is one flow value.
    pos++;
    return valueAfter(top.text, -1, top.no, false);
  }
  const value = block(top.indent);
  skipBlank();
  if (pos < lines.length) throw new YamlError('bad indentation', info(pos).no);
  return value;
}

function readConfig() {
  let file = CONFIG_PATH;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'config.yaml');
  } catch (_) {
    return { config: {}, file: null };
  }
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e.code === 'ENOENT') return { config: {}, file: null };
    throw new Error(`cannot read the configuration ${file}: ${e.message}`);
  }
  try {
    // JSON is read as JSON (also when mounted under the .yaml name): multi-line flow is not in our YAML subset.
    let value;
    if (/\.json$/i.test(file)) value = JSON.parse(text);
    else if (/^\s*[{[]/.test(text)) {
      try {
        value = JSON.parse(text);
      } catch (_) {
        value = parseYaml(text);
      }
    } else value = parseYaml(text);
    return { config: value === null ? {} : value, file };
  } catch (e) {
    throw new Error(`${file}: ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Tools and connectors.

function readManifest() {
  let m;
  try {
    m = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the manifest ${MANIFEST_PATH}: ${e.message}`);
  }
  if (!m || typeof m.name !== 'string' || !Array.isArray(m.tools)) throw new Error(`${MANIFEST_PATH}: not an MCP Dock manifest`);
  m.connectors = m.connectors || [];
  m.runtime = m.runtime || {};
  return m;
}

async function loadModule(file) {
  const abs = path.resolve(APP_DIR, file);
  let mod;
  if (abs.endsWith('.mjs')) {
    mod = await import(url.pathToFileURL(abs).href);
  } else {
    try {
      mod = require(abs);
    } catch (e) {
      if (e && (e.code === 'ERR_REQUIRE_ESM' || e.code === 'ERR_REQUIRE_ASYNC_MODULE')) mod = await import(url.pathToFileURL(abs).href);
      else throw e;
    }
  }
  // CommonJS module.exports, an ES module's default export, or its named exports.
  if (mod && typeof mod === 'object' && mod.default && typeof mod.handler !== 'function' && typeof mod.connect !== 'function') return mod.default;
  return mod;
}

function describeLoadError(kind, entry, e) {
  const where = `${kind} "${entry.name}" (${entry.file})`;
  const detail = e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n') : String(e);
  return `${where}: ${detail}`;
}

const DEFAULT_SCHEMA = { type: 'object', properties: {} };

function checkSchema(schema) {
  return schema && typeof schema === 'object' && !Array.isArray(schema) && (schema.type === undefined || schema.type === 'object');
}

class PythonWorker {
  constructor() {
    this.proc = null;
    this.pending = new Map();
    this.nextId = 1;
    this.buffer = '';
  }
  start() {
    if (this.proc) return;
    const python = process.env.MCP_PYTHON || 'python3';
    const script = path.join(__dirname, 'server.py');
    this.proc = childProcess.spawn(python, ['-u', script, '--worker'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, MCP_APP_DIR: APP_DIR, MCP_MANIFEST_PATH: MANIFEST_PATH, MCP_CONFIG_PATH: CONFIG_PATH, PYTHONUNBUFFERED: '1' },
    });
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk) => {
      this.buffer += chunk;
      let nl;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        if (!line.trim()) continue;
        let msg;
        try {
          msg = JSON.parse(line);
        } catch (e) {
          log('python worker wrote a line that is not JSON:', line.slice(0, 200));
          continue;
        }
        const p = this.pending.get(msg.id);
        if (!p) continue;
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(msg.error.message || 'python worker error'));
        else p.resolve(msg.result);
      }
    });
    const proc = this.proc;
    proc.on('error', (e) => this.fail(proc, new Error(`cannot start ${python}: ${e.message}`)));
    proc.on('exit', (code, signal) => this.fail(proc, new Error(`the Python worker exited (${signal || code})`)));
    proc.stdin.on('error', () => {});
  }
  fail(proc, err) {
    if (this.proc !== proc) return;
    this.proc = null;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
  request(method, params) {
    if (method === 'load') this.loadParams = params;
    else if (!this.proc && this.loadParams) {
      // The worker died (a tool called sys.exit, or crashed): a new one must load the tools again.
      this.start();
      this.send('load', this.loadParams).catch((e) => log('Python worker reload failed:', e));
    }
    return this.send(method, params);
  }
  send(method, params) {
    this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.proc.stdin.write(JSON.stringify({ id, method, ...params }) + '\n');
    });
  }
  stop() {
    if (this.proc) {
      const p = this.proc;
      this.proc = null;
      p.stdin.end();
      p.kill('SIGTERM');
    }
  }
}

async function loadServer({ connect }) {
  const manifest = readManifest();
  const { config, file: configFile } = readConfig();
  const problems = [];
  const tools = new Map();
  const connectors = {};
  const jsConnectors = manifest.connectors.filter((c) => c.language !== 'python');
  const needsPython = manifest.tools.some((t) => t.language === 'python') || manifest.connectors.some((c) => c.language === 'python');
  const worker = needsPython ? new PythonWorker() : null;

  for (const c of jsConnectors) {
    let mod;
    try {
      mod = await loadModule(c.file);
    } catch (e) {
      problems.push(describeLoadError('connector', c, e));
      continue;
    }
    if (!mod || typeof mod.connect !== 'function') {
      problems.push(`connector "${c.name}" (${c.file}): must export a function connect(config)`);
      continue;
    }
    if (!connect) continue;
    try {
      connectors[c.name] = await mod.connect(config, { name: c.name, log: (...a) => log(`[${c.name}]`, ...a) });
    } catch (e) {
      // A database that is down must not keep the server from answering tools/list.
      log(`connector "${c.name}" failed to connect:`, e);
      const message = `connector "${c.name}" is not connected: ${e && e.message ? e.message : e}`;
      Object.defineProperty(connectors, c.name, {
        enumerable: true,
        get() {
          throw new Error(message);
        },
      });
    }
  }
  const context = { connectors, config, log: (...a) => log(...a) };

  for (const t of manifest.tools) {
    if (t.language === 'python') continue;
    let mod;
    try {
      mod = await loadModule(t.file);
    } catch (e) {
      problems.push(describeLoadError('tool', t, e));
      continue;
    }
    if (!mod || typeof mod.handler !== 'function') {
      problems.push(`tool "${t.name}" (${t.file}): must export a function handler(args, context)`);
      continue;
    }
    const schema = mod.inputSchema === undefined ? DEFAULT_SCHEMA : mod.inputSchema;
    if (!checkSchema(schema)) {
      problems.push(`tool "${t.name}" (${t.file}): inputSchema must be a JSON Schema object with type "object"`);
      continue;
    }
    tools.set(t.name, {
      name: t.name,
      description: t.description || (typeof mod.description === 'string' ? mod.description : ''),
      inputSchema: { type: 'object', ...schema },
      call: (args) => mod.handler(args, context),
    });
  }

  if (worker) {
    try {
      const loaded = await worker.request('load', { connect: !!connect });
      for (const p of loaded.problems || []) problems.push(p);
      for (const t of loaded.tools || []) {
        tools.set(t.name, {
          name: t.name,
          description: t.description,
          inputSchema: t.inputSchema,
          call: async (args) => ({ __mcpResult: await worker.request('call', { name: t.name, arguments: args }) }),
        });
      }
    } catch (e) {
      problems.push(`Python tools: ${e.message}`);
    }
  }
  // Keep the manifest's order in tools/list.
  const ordered = new Map();
  for (const t of manifest.tools) if (tools.has(t.name)) ordered.set(t.name, tools.get(t.name));
  return { manifest, config, configFile, tools: ordered, problems, worker };
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC / MCP.

function toResult(value) {
  if (value && typeof value === 'object' && value.__mcpResult) return value.__mcpResult;
  if (typeof value === 'string') return { content: [{ type: 'text', text: value }] };
  if (value === undefined || value === null) return { content: [] };
  if (typeof value === 'object' && Array.isArray(value.content)) {
    const r = { content: value.content };
    if (value.isError !== undefined) r.isError = !!value.isError;
    if (value.structuredContent !== undefined) r.structuredContent = value.structuredContent;
    return r;
  }
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}

function typeMatches(type, v) {
  switch (type) {
    case 'string': return typeof v === 'string';
    case 'number': return typeof v === 'number';
    case 'integer': return Number.isInteger(v);
    case 'boolean': return typeof v === 'boolean';
    case 'array': return Array.isArray(v);
    case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'null': return v === null;
    default: return true;
  }
}

// The checks every client relies on: required arguments and their top-level types.
function validateArgs(schema, args) {
  for (const key of Array.isArray(schema.required) ? schema.required : []) {
    if (!(key in args)) return `missing required argument "${key}"`;
  }
  const props = schema.properties || {};
  for (const [key, value] of Object.entries(args)) {
    const p = props[key];
    if (!p || p.type === undefined) continue;
    const types = Array.isArray(p.type) ? p.type : [p.type];
    if (!types.some((t) => typeMatches(t, value))) return `argument "${key}" must be of type ${types.join(' or ')}`;
    if (Array.isArray(p.enum) && !p.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) return `argument "${key}" must be one of ${JSON.stringify(p.enum)}`;
  }
  return null;
}

class RpcError extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

function makeHandler(server) {
  const { manifest, tools } = server;
  const serverInfo = { name: manifest.name, version: manifest.version };
  const capabilities = { tools: { listChanged: false } };

  async function request(method, params, stateless) {
    switch (method) {
      case 'initialize': {
        const asked = params && typeof params.protocolVersion === 'string' ? params.protocolVersion : null;
        const protocolVersion = LEGACY_VERSIONS.includes(asked) ? asked : LEGACY_VERSIONS[0];
        const r = { protocolVersion, capabilities, serverInfo };
        if (manifest.description) r.instructions = manifest.description;
        return r;
      }
      case 'ping':
        return {};
      case 'server/discover': {
        const r = { supportedVersions: ALL_VERSIONS, capabilities, serverInfo };
        if (manifest.description) r.instructions = manifest.description;
        return r;
      }
      case 'tools/list':
        return { tools: [...tools.values()].map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })) };
      case 'tools/call': {
        if (!params || typeof params.name !== 'string') throw new RpcError(-32602, 'Invalid params: tools/call needs a tool name');
        const tool = tools.get(params.name);
        if (!tool) throw new RpcError(-32602, `Unknown tool: ${params.name}`);
        const args = params.arguments === undefined || params.arguments === null ? {} : params.arguments;
        if (typeof args !== 'object' || Array.isArray(args)) throw new RpcError(-32602, 'Invalid params: arguments must be an object');
        const invalid = validateArgs(tool.inputSchema, args);
        if (invalid) throw new RpcError(-32602, `Invalid params: ${invalid}`);
        try {
          return toResult(await tool.call(args));
        } catch (e) {
          log(`tool "${tool.name}" failed:`, e);
          return { content: [{ type: 'text', text: e && e.message ? e.message : String(e) }], isError: true };
        }
      }
      case 'logging/setLevel':
        return {};
      default:
        if (stateless && (method === 'initialize' || method === 'ping')) break;
        throw new RpcError(-32601, `Method not found: ${method}`);
    }
    throw new RpcError(-32601, `Method not found: ${method}`);
  }

  // One message in, one response (or null for notifications and responses) out.
  return async function handle(msg) {
    if (!msg || typeof msg !== 'object' || Array.isArray(msg) || msg.jsonrpc !== '2.0') {
      return { jsonrpc: '2.0', id: msg && (typeof msg.id === 'string' || typeof msg.id === 'number') ? msg.id : null, error: { code: -32600, message: 'Invalid Request' } };
    }
    if (typeof msg.method !== 'string') return null; // a response to nothing we asked
    const isNotification = !('id' in msg);
    if (isNotification) return null; // notifications/initialized, notifications/cancelled...
    if (typeof msg.id !== 'string' && typeof msg.id !== 'number') {
      return { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request: id must be a string or a number' } };
    }
    if (msg.params !== undefined && (msg.params === null || typeof msg.params !== 'object' || Array.isArray(msg.params))) {
      return { jsonrpc: '2.0', id: msg.id, error: { code: -32602, message: 'Invalid params: params must be an object' } };
    }
    const meta = msg.params && msg.params._meta;
    const version = meta && typeof meta === 'object' ? meta[META_VERSION] : undefined;
    try {
      if (version !== undefined && !ALL_VERSIONS.includes(version)) {
        throw new RpcError(-32602, `Unsupported protocol version: ${version}`, { supported: ALL_VERSIONS, requested: version });
      }
      const stateless = STATELESS_VERSIONS.includes(version);
      const result = await request(msg.method, msg.params, stateless);
      if (stateless || msg.method === 'server/discover') result.resultType = 'complete';
      return { jsonrpc: '2.0', id: msg.id, result };
    } catch (e) {
      if (e instanceof RpcError) {
        const error = { code: e.code, message: e.message };
        if (e.data !== undefined) error.data = e.data;
        return { jsonrpc: '2.0', id: msg.id, error };
      }
      log('internal error:', e);
      return { jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: 'Internal error' } };
    }
  };
}

async function handleBody(handle, text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (_) {
    return { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } };
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request: empty batch' } };
    const out = (await Promise.all(parsed.map(handle))).filter((r) => r);
    return out.length ? out : null;
  }
  return handle(parsed);
}

// ---------------------------------------------------------------------------------------------
// Transports.

function serveStdio(handle, shutdown) {
  let buffer = '';
  let inFlight = 0;
  let ended = false;
  const finishIfDone = () => {
    if (ended && inFlight === 0) shutdown(0);
  };
  const send = (response) => {
    if (response) process.stdout.write(JSON.stringify(response) + '\n');
  };
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '');
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      inFlight++;
      handleBody(handle, line)
        .then(send, (e) => log('internal error:', e))
        .finally(() => {
          inFlight--;
          finishIfDone();
        });
    }
  });
  process.stdin.on('end', () => {
    ended = true;
    if (buffer.trim()) {
      const line = buffer;
      buffer = '';
      inFlight++;
      handleBody(handle, line).then(send).finally(() => {
        inFlight--;
        finishIfDone();
      });
    }
    finishIfDone();
  });
}

function originAllowed(origin) {
  if (!origin) return true;
  const allowed = (process.env.MCP_ALLOWED_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    const host = new URL(origin).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
  } catch (_) {
    return false;
  }
}

function serveHttp(handle, port, server) {
  const MAX_BODY = 4 * 1024 * 1024;
  const httpServer = http.createServer((req, res) => {
    const pathname = (req.url || '/').split('?')[0];
    const reply = (status, body, headers = {}) => {
      const data = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers });
      res.end(data);
    };
    if (pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, { error: 'use GET' }, { Allow: 'GET' });
      return reply(200, { status: 'ok', name: server.manifest.name, version: server.manifest.version, tools: server.tools.size });
    }
    if (pathname !== '/mcp') return reply(404, { error: 'not found; the MCP endpoint is /mcp' });
    // DNS rebinding protection: browsers send Origin; refuse pages from elsewhere.
    if (!originAllowed(req.headers.origin)) return reply(403, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Origin not allowed' } });
    if (req.method !== 'POST') return reply(405, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Method not allowed: this server has no event stream; POST JSON-RPC to /mcp' } }, { Allow: 'POST' });
    const headerVersion = req.headers['mcp-protocol-version'];
    if (headerVersion && !ALL_VERSIONS.includes(headerVersion)) {
      return reply(400, { jsonrpc: '2.0', id: null, error: { code: -32600, message: `Unsupported MCP-Protocol-Version: ${headerVersion}` } });
    }
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reply(413, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Request too large' } });
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return;
      handleBody(handle, Buffer.concat(chunks).toString('utf8')).then(
        (response) => (response ? reply(200, response) : reply(202)),
        (e) => {
          log('internal error:', e);
          reply(500, { jsonrpc: '2.0', id: null, error: { code: -32603, message: 'Internal error' } });
        },
      );
    });
  });
  const host = process.env.MCP_HTTP_HOST || '0.0.0.0';
  httpServer.listen(port, host, () => log(`listening on http://${host}:${port}/mcp`));
  return httpServer;
}

function probe(port) {
  const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 5000 }, (res) => {
    res.resume();
    process.exit(res.statusCode === 200 ? 0 : 1);
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', (e) => {
    stderrWrite(`probe failed: ${e.message}`);
    process.exit(1);
  });
}

async function main(argv) {
  if (argv.includes('--probe')) {
    const manifest = readManifest();
    return probe(Number(process.env.PORT) || manifest.runtime.port || 8080);
  }
  const check = argv.includes('--check');
  let server;
  try {
    server = await loadServer({ connect: !check });
  } catch (e) {
    stderrWrite(`error: ${e.message}`);
    process.exit(1);
  }
  if (check) {
    if (server.worker) server.worker.stop();
    if (server.problems.length) {
      for (const p of server.problems) stderrWrite(`error: ${p}`);
      process.exit(1);
    }
    stderrWrite(`ok: ${server.manifest.name} ${server.manifest.version}: ${server.tools.size} tools, ${server.manifest.connectors.length} connectors${server.configFile ? `, config ${server.configFile}` : ''}`);
    process.exit(0);
  }
  for (const p of server.problems) log(`error: ${p}`);
  if (server.problems.length) {
    // A half-loaded server would answer tools/list with a different list than the manifest's.
    stderrWrite('error: the server cannot start; fix the problems above (`node server.js --check` lists them)');
    process.exit(1);
  }
  const handle = makeHandler(server);
  let httpServer = null;
  const shutdown = (code) => {
    if (server.worker) server.worker.stop();
    if (httpServer) httpServer.close();
    process.exit(code);
  };
  // As PID 1 a process gets no default signal handlers: without these, `docker stop` waits 10 s.
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(0));
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') shutdown(0);
  });
  const transport = server.manifest.runtime.transport || 'stdio';
  log(`${server.manifest.name} ${server.manifest.version}: ${server.tools.size} tools over ${transport}`);
  if (transport === 'http') httpServer = serveHttp(handle, Number(process.env.PORT) || server.manifest.runtime.port || 8080, server);
  else serveStdio(handle, shutdown);
}

// A tool's forgotten promise must not take the whole server down (Node exits on unhandled rejections).
process.on('unhandledRejection', (reason) => log('unhandled promise rejection in a tool:', reason));

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    stderrWrite(`error: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
}

module.exports = { parseYaml, makeHandler, toResult, validateArgs };
