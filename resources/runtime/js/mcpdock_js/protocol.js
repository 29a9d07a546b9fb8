// MCP over JSON-RPC: protocol versions (the initialize era and the stateless 2026-07-28 era) and methods.
'use strict';

const { log } = require('./log');

const LEGACY_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'];
const STATELESS_VERSIONS = ['2026-07-28'];
const ALL_VERSIONS = [...STATELESS_VERSIONS, ...LEGACY_VERSIONS];
const META_VERSION = 'io.modelcontextprotocol/protocolVersion';

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

module.exports = { makeHandler, handleBody, toResult, validateArgs, RpcError, ALL_VERSIONS, LEGACY_VERSIONS };
