// MCP over JSON-RPC: protocol versions, the two eras, and every method the runtime answers.
//
// Eras: a request whose params._meta carries "io.modelcontextprotocol/protocolVersion" is served
// statelessly at that version (2026-07-28: resultType, ttlMs/cacheScope, per-request capabilities
// and log level, input_required results instead of server-to-client requests); anything else is
// the initialize era (2024-11-05 .. 2025-11-25), with per-connection (or per-HTTP-session) state.
'use strict';

const crypto = require('crypto');
const { log } = require('./log');
const { makeContext, RpcError, LEVEL_INDEX } = require('./context');

const LEGACY_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'];
const STATELESS_VERSIONS = ['2026-07-28'];
const ALL_VERSIONS = [...STATELESS_VERSIONS, ...LEGACY_VERSIONS];
const META = {
  version: 'io.modelcontextprotocol/protocolVersion',
  capabilities: 'io.modelcontextprotocol/clientCapabilities',
  clientInfo: 'io.modelcontextprotocol/clientInfo',
  serverInfo: 'io.modelcontextprotocol/serverInfo',
  logLevel: 'io.modelcontextprotocol/logLevel',
  subscriptionId: 'io.modelcontextprotocol/subscriptionId',
};
// Methods the stateless era removed.
const LEGACY_ONLY = new Set(['initialize', 'ping', 'logging/setLevel', 'resources/subscribe', 'resources/unsubscribe']);
// Results that carry ttlMs/cacheScope in 2026-07-28.
const CACHEABLE = new Set(['server/discover', 'tools/list', 'prompts/list', 'resources/list', 'resources/templates/list', 'resources/read']);
// Methods that may answer input_required in 2026-07-28.
const MRTR_METHODS = new Set(['tools/call', 'prompts/get', 'resources/read']);
const HTTP_STATUS = Symbol('httpStatus');
const NEED_INPUT = Symbol('needInput');
const PAGE_SIZE = Math.max(1, Number(process.env.MCP_PAGE_SIZE) || 100);

// The state of one initialize-era conversation: a stdio connection or an HTTP session.
class Session {
  constructor(notify) {
    this.initialized = false;
    this.protocolVersion = null;
    this.clientCapabilities = {};
    this.clientInfo = null;
    this.logLevel = 'info';
    this.subscriptions = new Set();
    this.inflight = new Map(); // request id -> AbortController
    this.notify = notify || (() => false); // unsolicited messages (resource updates)
    this.lastSeen = Date.now();
  }
}

function isId(id) {
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
}

function errorResponse(id, code, message, data) {
  const error = { code, message };
  if (data !== undefined) error.data = data;
  return { jsonrpc: '2.0', id, error };
}

// JSON text of a message; a result JSON cannot encode (a BigInt, a cycle) becomes an error, so the
// request still gets an answer.
function serialize(message) {
  try {
    return JSON.stringify(message);
  } catch (e) {
    log('a message cannot be encoded as JSON:', e.message);
    if (message && isId(message.id) && (message.result !== undefined || message.error !== undefined)) {
      return JSON.stringify(errorResponse(message.id, -32603, `Internal error: the result cannot be encoded as JSON (${e.message})`));
    }
    return null;
  }
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
function validateArgs(schema, args, what = 'argument') {
  for (const key of Array.isArray(schema.required) ? schema.required : []) {
    if (!(key in args)) return `missing required ${what} "${key}"`;
  }
  const props = schema.properties || {};
  for (const [key, value] of Object.entries(args)) {
    const p = props[key];
    if (!p || p.type === undefined) continue;
    const types = Array.isArray(p.type) ? p.type : [p.type];
    if (!types.some((t) => typeMatches(t, value))) return `${what} "${key}" must be of type ${types.join(' or ')}`;
    if (Array.isArray(p.enum) && !p.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) return `${what} "${key}" must be one of ${JSON.stringify(p.enum)}`;
  }
  return null;
}

// What a tool handler returned -> a CallToolResult.
function toResult(value, outputSchema) {
  if (value && typeof value === 'object' && value.__mcpResult) return value.__mcpResult;
  if (typeof value === 'string') return { content: [{ type: 'text', text: value }] };
  if (value === undefined || value === null) return { content: [] };
  if (typeof value === 'object' && Array.isArray(value.content)) {
    const r = { content: value.content };
    if (value.isError !== undefined) r.isError = !!value.isError;
    if (value.structuredContent !== undefined) r.structuredContent = value.structuredContent;
    if (value._meta !== undefined) r._meta = value._meta;
    return r;
  }
  if (outputSchema && typeof value === 'object' && !Array.isArray(value)) {
    return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
  }
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}

function base64(data) {
  return Buffer.from(data.buffer ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : data).toString('base64');
}

function isBytes(v) {
  return Buffer.isBuffer(v) || v instanceof Uint8Array || v instanceof ArrayBuffer;
}

// What a resource handler returned -> ResourceContents[].
function toContents(value, uri, mimeType) {
  const one = (v) => {
    if (typeof v === 'string') return { uri, mimeType: mimeType || 'text/plain', text: v };
    if (isBytes(v)) return { uri, mimeType: mimeType || 'application/octet-stream', blob: base64(v instanceof ArrayBuffer ? Buffer.from(v) : v) };
    if (v && typeof v === 'object') {
      const c = { uri: v.uri || uri };
      const mt = v.mimeType || mimeType;
      if (mt) c.mimeType = mt;
      if (v.text !== undefined) c.text = String(v.text);
      else if (v.blob !== undefined) c.blob = isBytes(v.blob) ? base64(v.blob) : String(v.blob);
      else c.text = JSON.stringify(v);
      if (v._meta !== undefined) c._meta = v._meta;
      return c;
    }
    return { uri, mimeType: mimeType || 'application/json', text: JSON.stringify(v) };
  };
  if (value && typeof value === 'object' && Array.isArray(value.contents)) return value.contents.map(one);
  if (Array.isArray(value)) return value.map(one);
  return [one(value)];
}

// What a prompt handler returned -> GetPromptResult.
function toPromptResult(value, description) {
  const block = (c) => (typeof c === 'string' ? { type: 'text', text: c } : c);
  const messages = [];
  const add = (m) => {
    if (typeof m === 'string') messages.push({ role: 'user', content: { type: 'text', text: m } });
    else if (m && typeof m === 'object' && m.role) {
      if (Array.isArray(m.content)) for (const c of m.content) messages.push({ role: m.role, content: block(c) });
      else messages.push({ role: m.role, content: block(m.content) });
    } else if (m && typeof m === 'object' && m.type) messages.push({ role: 'user', content: m });
    else messages.push({ role: 'user', content: { type: 'text', text: JSON.stringify(m) } });
  };
  let desc = description;
  if (Array.isArray(value)) value.forEach(add);
  else if (value && typeof value === 'object' && Array.isArray(value.messages)) {
    value.messages.forEach(add);
    if (typeof value.description === 'string') desc = value.description;
  } else add(value);
  const r = { messages };
  if (desc) r.description = desc;
  return r;
}

function toCompletion(value) {
  let values = [];
  let total;
  let hasMore;
  if (Array.isArray(value)) values = value;
  else if (value && typeof value === 'object' && Array.isArray(value.values)) {
    values = value.values;
    total = value.total;
    hasMore = value.hasMore;
  }
  values = values.map(String);
  const completion = { values: values.slice(0, 100), total: typeof total === 'number' ? total : values.length, hasMore: hasMore !== undefined ? !!hasMore : values.length > 100 };
  return { completion };
}

class Protocol {
  constructor(registry) {
    this.registry = registry;
    const m = registry.manifest;
    this.serverInfo = { name: m.name, version: m.version };
    if (m.title) this.serverInfo.title = m.title;
    const hasResources = registry.resources.size > 0 || registry.templates.length > 0;
    const hasPrompts = registry.prompts.size > 0;
    this.capabilities = { tools: { listChanged: false }, logging: {} };
    if (hasResources) this.capabilities.resources = { subscribe: true, listChanged: false };
    if (hasPrompts) this.capabilities.prompts = { listChanged: false };
    if (hasPrompts || registry.templates.length) this.capabilities.completions = {};
    this.outbound = new Map(); // our request id -> {resolve, reject}
    this.nextOutbound = 1;
    this.sessions = new Set(); // for resource updates
    this.listeners = new Set(); // 2026-07-28 subscriptions/listen streams
    this.stateKey = process.env.MCP_STATE_KEY ? Buffer.from(process.env.MCP_STATE_KEY) : crypto.randomBytes(32);
    this.anonymous = new Session(); // initialize-era HTTP requests without a session id
  }

  // ---- messages in -----------------------------------------------------------------------

  // One parsed message; exchange = { session, inflight, send(message) -> bool, signal? }.
  // Resolves to the response, or null (notifications, responses, cancelled requests).
  dispatch(msg, exchange) {
    if (!msg || typeof msg !== 'object' || Array.isArray(msg) || msg.jsonrpc !== '2.0') {
      return Promise.resolve(errorResponse(msg && typeof msg === 'object' && isId(msg.id) ? msg.id : null, -32600, 'Invalid Request'));
    }
    if (!('method' in msg)) {
      if (('result' in msg || 'error' in msg) && 'id' in msg) {
        this.acceptResponse(msg);
        return Promise.resolve(null);
      }
      return Promise.resolve(errorResponse(isId(msg.id) ? msg.id : null, -32600, 'Invalid Request: no method'));
    }
    if (typeof msg.method !== 'string') {
      return Promise.resolve(errorResponse(isId(msg.id) ? msg.id : null, -32600, 'Invalid Request: method must be a string'));
    }
    if (!('id' in msg)) {
      this.acceptNotification(msg, exchange);
      return Promise.resolve(null);
    }
    if (!isId(msg.id)) return Promise.resolve(errorResponse(null, -32600, 'Invalid Request: id must be a string or a number'));
    if (msg.params !== undefined && (msg.params === null || typeof msg.params !== 'object' || Array.isArray(msg.params))) {
      return Promise.resolve(errorResponse(msg.id, -32602, 'Invalid params: params must be an object'));
    }
    return this.request(msg, exchange);
  }

  acceptResponse(msg) {
    const p = this.outbound.get(msg.id);
    if (!p) return;
    this.outbound.delete(msg.id);
    if (msg.error) p.reject(Object.assign(new Error((msg.error && msg.error.message) || 'the client answered with an error'), { code: msg.error && msg.error.code }));
    else p.resolve(msg.result);
  }

  acceptNotification(msg, exchange) {
    const session = exchange.session;
    if (msg.method === 'notifications/initialized') {
      if (session) session.initialized = true;
    } else if (msg.method === 'notifications/cancelled') {
      const id = msg.params && msg.params.requestId;
      const inflight = exchange.inflight;
      const ac = inflight && inflight.get(id);
      if (ac) ac.abort(new Error((msg.params && msg.params.reason) || 'cancelled by the client'));
    }
  }

  // ---- requests ----------------------------------------------------------------------------

  async request(msg, exchange) {
    const params = msg.params || {};
    const meta = params._meta && typeof params._meta === 'object' ? params._meta : null;
    const version = meta ? meta[META.version] : undefined;
    const modern = STATELESS_VERSIONS.includes(version);
    const ac = new AbortController();
    const rc = {
      id: msg.id,
      method: msg.method,
      params,
      meta,
      version: modern ? version : exchange.session ? exchange.session.protocolVersion : null,
      modern,
      session: modern ? null : exchange.session,
      exchange,
      signal: ac.signal,
      abort: (why) => ac.abort(why),
      logLevel: null,
      clientCaps: null,
      mrtr: null,
    };
    const inflight = exchange.inflight;
    if (inflight) inflight.set(msg.id, ac);
    let onOuterAbort = null;
    if (exchange.signal) {
      onOuterAbort = () => ac.abort(new Error('the client closed the connection'));
      if (exchange.signal.aborted) ac.abort();
      else exchange.signal.addEventListener('abort', onOuterAbort, { once: true });
    }
    try {
      if (version !== undefined && !ALL_VERSIONS.includes(version)) {
        throw new RpcError(-32022, `Unsupported protocol version: ${version}`, { supported: ALL_VERSIONS, requested: version }, 400);
      }
      if (modern) this.prepareModern(rc);
      else if (rc.session) {
        rc.logLevel = rc.session.logLevel;
        rc.clientCaps = rc.session.clientCapabilities;
      }
      let result = await this.method(rc);
      if (ac.signal.aborted && !result?.[NEED_INPUT]) return null; // cancelled: no response
      if (result && result[NEED_INPUT]) result = this.inputRequired(rc);
      if (modern || msg.method === 'server/discover') result = this.modernResult(rc, result);
      return { jsonrpc: '2.0', id: msg.id, result };
    } catch (e) {
      if (e instanceof RpcError) {
        const r = errorResponse(msg.id, e.code, e.message, e.data);
        if (modern) {
          const status = e.httpStatus || (e.code === -32601 ? 404 : undefined);
          if (status) Object.defineProperty(r, HTTP_STATUS, { value: status });
        }
        return r;
      }
      if (ac.signal.aborted) return null;
      log(`internal error in ${msg.method}:`, e);
      return errorResponse(msg.id, -32603, 'Internal error');
    } finally {
      if (inflight && inflight.get(msg.id) === ac) inflight.delete(msg.id);
      if (onOuterAbort) exchange.signal.removeEventListener('abort', onOuterAbort);
    }
  }

  prepareModern(rc) {
    const meta = rc.meta;
    const caps = meta[META.capabilities];
    if (!caps || typeof caps !== 'object' || Array.isArray(caps)) {
      if (rc.method !== 'server/discover') throw new RpcError(-32602, `Invalid params: _meta["${META.capabilities}"] is required`, undefined, 400);
    }
    rc.clientCaps = caps || {};
    const level = meta[META.logLevel];
    if (level !== undefined) {
      if (LEVEL_INDEX[level] === undefined) throw new RpcError(-32602, `Invalid params: unknown log level ${JSON.stringify(level)}`, undefined, 400);
      rc.logLevel = level;
    }
    if (LEGACY_ONLY.has(rc.method)) throw new RpcError(-32601, `Method not found: ${rc.method} (not part of ${rc.version})`);
    if (MRTR_METHODS.has(rc.method)) {
      const answers = {};
      if (rc.params.requestState !== undefined) Object.assign(answers, this.verifyState(rc, rc.params.requestState));
      const responses = rc.params.inputResponses;
      if (responses && typeof responses === 'object' && !Array.isArray(responses)) Object.assign(answers, responses);
      rc.mrtr = { answers, requests: {}, count: 0, need: () => {}, retry: rc.params.requestState !== undefined || responses !== undefined };
    }
  }

  modernResult(rc, result) {
    const r = { ...result };
    if (!r.resultType) r.resultType = 'complete';
    r._meta = { ...(r._meta || {}), [META.serverInfo]: this.serverInfo };
    if (CACHEABLE.has(rc.method) && r.resultType === 'complete' && !(rc.mrtr && rc.mrtr.retry)) {
      if (r.ttlMs === undefined) r.ttlMs = rc.method === 'resources/read' ? 0 : rc.method === 'resources/list' && this.registry.dynamicResources ? 0 : 3600000;
      if (r.cacheScope === undefined) r.cacheScope = rc.method === 'resources/read' ? 'private' : 'public';
    }
    return r;
  }

  // requestState: the answers gathered so far, signed so a client cannot forge or alter them.
  signState(rc, answers) {
    const body = Buffer.from(JSON.stringify({ m: rc.method, n: rc.params.name || rc.params.uri || null, a: answers })).toString('base64url');
    const mac = crypto.createHmac('sha256', this.stateKey).update(body).digest('base64url');
    return `${body}.${mac}`;
  }

  verifyState(rc, state) {
    const bad = () => new RpcError(-32602, 'Invalid params: requestState was not issued by this server or was altered', undefined, 400);
    if (typeof state !== 'string') throw bad();
    const [body, mac] = state.split('.');
    if (!body || !mac) throw bad();
    // Compare the MAC's text, not its decoded bytes: base64 decoders ignore the unused bits of the
    // last character, so two spellings would otherwise pass for one signature.
    const want = Buffer.from(crypto.createHmac('sha256', this.stateKey).update(body).digest('base64url'));
    const got = Buffer.from(mac);
    if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) throw bad();
    let parsed;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch (_) {
      throw bad();
    }
    if (parsed.m !== rc.method || parsed.n !== (rc.params.name || rc.params.uri || null)) throw bad();
    return parsed.a || {};
  }

  inputRequired(rc) {
    const answers = { ...rc.mrtr.answers };
    return { resultType: 'input_required', inputRequests: rc.mrtr.requests, requestState: this.signState(rc, answers) };
  }

  // Runs a handler; in 2026-07-28 it may ask for input, which ends the request with input_required.
  async runHandler(rc, fn) {
    if (!rc.mrtr) return fn();
    const needed = new Promise((resolve) => {
      rc.mrtr.need = () => {
        if (rc.mrtr.scheduled) return;
        rc.mrtr.scheduled = true;
        // Let the handler issue the other requests of the same round (Promise.all) first.
        setImmediate(() => resolve(NEED_INPUT));
      };
    });
    const running = Promise.resolve().then(fn);
    const first = await Promise.race([running, needed]);
    if (first === NEED_INPUT) {
      running.catch(() => {});
      rc.abort(new Error('input required'));
      return { [NEED_INPUT]: true };
    }
    return first;
  }

  // A request to the client (2025 versions), answered by a message with our id.
  requestClient(rc, method, params) {
    const id = `mcpdock-${this.nextOutbound++}`;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.outbound.delete(id);
        rc.exchange.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id, reason: 'the request that asked was cancelled' } });
        reject(new Error('the request was cancelled'));
      };
      this.outbound.set(id, {
        resolve: (r) => {
          rc.signal.removeEventListener('abort', onAbort);
          resolve(r);
        },
        reject: (e) => {
          rc.signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      });
      rc.signal.addEventListener('abort', onAbort, { once: true });
      if (!rc.exchange.send({ jsonrpc: '2.0', id, method, params })) {
        this.outbound.delete(id);
        rc.signal.removeEventListener('abort', onAbort);
        reject(new Error(`cannot send ${method} to the client: this request cannot carry messages from the server (over HTTP, accept text/event-stream)`));
      }
    });
  }

  resourceUpdated(uri) {
    const note = { jsonrpc: '2.0', method: 'notifications/resources/updated', params: { uri } };
    for (const s of this.sessions) if (s.subscriptions.has(uri)) s.notify(note);
    for (const l of this.listeners) {
      if (l.uris.has(uri)) l.send({ jsonrpc: '2.0', method: 'notifications/resources/updated', params: { uri, _meta: { [META.subscriptionId]: l.id } } });
    }
  }

  addSession(s) {
    this.sessions.add(s);
  }

  removeSession(s) {
    this.sessions.delete(s);
    for (const ac of s.inflight.values()) ac.abort(new Error('the session ended'));
  }

  // ---- methods -------------------------------------------------------------------------------

  method(rc) {
    const p = rc.params;
    const reg = this.registry;
    switch (rc.method) {
      case 'initialize': {
        const asked = typeof p.protocolVersion === 'string' ? p.protocolVersion : null;
        const protocolVersion = LEGACY_VERSIONS.includes(asked) ? asked : LEGACY_VERSIONS[0];
        if (rc.session) {
          rc.session.protocolVersion = protocolVersion;
          rc.session.clientCapabilities = p.capabilities && typeof p.capabilities === 'object' ? p.capabilities : {};
          rc.session.clientInfo = p.clientInfo || null;
          rc.session.initialized = true;
        }
        const r = { protocolVersion, capabilities: this.capabilities, serverInfo: this.serverInfo };
        if (reg.manifest.description) r.instructions = reg.manifest.description;
        return r;
      }
      case 'ping':
        return {};
      case 'logging/setLevel': {
        if (LEVEL_INDEX[p.level] === undefined) throw new RpcError(-32602, `Invalid params: unknown log level ${JSON.stringify(p.level)}`);
        if (rc.session) rc.session.logLevel = p.level;
        return {};
      }
      case 'server/discover': {
        const r = { supportedVersions: ALL_VERSIONS, capabilities: this.capabilities };
        if (reg.manifest.description) r.instructions = reg.manifest.description;
        return r;
      }
      case 'tools/list':
        return this.page(p, [...reg.tools.values()].map(toolInfo), 'tools');
      case 'tools/call':
        return this.callTool(rc);
      case 'resources/list':
        return this.listResources(rc);
      case 'resources/templates/list':
        return this.page(p, reg.templates.map(templateInfo), 'resourceTemplates');
      case 'resources/read':
        return this.readResource(rc);
      case 'resources/subscribe':
      case 'resources/unsubscribe':
        return this.subscribe(rc, rc.method === 'resources/subscribe');
      case 'prompts/list':
        return this.page(p, [...reg.prompts.values()].map(promptInfo), 'prompts');
      case 'prompts/get':
        return this.getPrompt(rc);
      case 'completion/complete':
        return this.complete(rc);
      case 'subscriptions/listen':
        if (rc.modern) return this.listen(rc);
        break;
      default:
        break;
    }
    throw new RpcError(-32601, `Method not found: ${rc.method}`);
  }

  // Cursor pagination over a list in a stable order (the manifest's).
  page(p, items, key) {
    let start = 0;
    if (p.cursor !== undefined) {
      const m = typeof p.cursor === 'string' && /^o(\d+)$/.exec(Buffer.from(p.cursor, 'base64url').toString('latin1'));
      if (!m || Number(m[1]) > items.length) throw new RpcError(-32602, 'Invalid params: unknown cursor');
      start = Number(m[1]);
    }
    const r = { [key]: items.slice(start, start + PAGE_SIZE) };
    if (start + PAGE_SIZE < items.length) r.nextCursor = Buffer.from(`o${start + PAGE_SIZE}`).toString('base64url');
    return r;
  }

  context(rc, logger) {
    return makeContext(rc, this, logger);
  }

  async callTool(rc) {
    const p = rc.params;
    if (typeof p.name !== 'string') throw new RpcError(-32602, 'Invalid params: tools/call needs a tool name');
    const tool = this.registry.tools.get(p.name);
    if (!tool) throw new RpcError(-32602, `Unknown tool: ${p.name}`);
    const args = p.arguments === undefined || p.arguments === null ? {} : p.arguments;
    if (typeof args !== 'object' || Array.isArray(args)) throw new RpcError(-32602, 'Invalid params: arguments must be an object');
    const invalid = validateArgs(tool.inputSchema, args);
    if (invalid) throw new RpcError(-32602, `Invalid params: ${invalid}`);
    const ctx = this.context(rc, tool.name);
    return this.runHandler(rc, async () => {
      let result;
      try {
        result = toResult(await tool.call(args, ctx), tool.outputSchema);
      } catch (e) {
        if (e instanceof RpcError || rc.signal.aborted) throw e;
        log(`tool "${tool.name}" failed:`, e);
        return { content: [{ type: 'text', text: e && e.message ? e.message : String(e) }], isError: true };
      }
      if (tool.outputSchema && !result.isError) {
        const bad = result.structuredContent === undefined ? 'it has no structuredContent' : validateArgs(tool.outputSchema, result.structuredContent || {}, 'field');
        if (bad) return { content: [{ type: 'text', text: `the result of "${tool.name}" does not match its outputSchema: ${bad}` }], isError: true };
      }
      return result;
    });
  }

  async listResources(rc) {
    const reg = this.registry;
    const items = [...reg.resources.values()].map(resourceInfo);
    for (const t of reg.templates) {
      if (!t.list) continue;
      let listed;
      try {
        listed = await t.list(this.context(rc, t.name));
      } catch (e) {
        log(`resource template "${t.name}" list() failed:`, e);
        continue;
      }
      for (const x of Array.isArray(listed) ? listed : []) {
        const info = typeof x === 'string' ? { uri: x, name: x } : { ...x };
        if (!info.name) info.name = info.uri;
        if (!info.mimeType && t.mimeType) info.mimeType = t.mimeType;
        if (typeof info.uri === 'string') items.push(info);
      }
    }
    return this.page(rc.params, items, 'resources');
  }

  notFound(rc, uri) {
    // 2026-07-28 says -32602; the 2025 versions used -32002.
    return new RpcError(rc.modern ? -32602 : -32002, `Resource not found: ${uri}`, { uri });
  }

  findResource(uri) {
    const reg = this.registry;
    const r = reg.resources.get(uri);
    if (r) return { resource: r };
    for (const t of reg.templates) {
      const params = t.matcher.match(uri);
      if (params) return { template: t, params };
    }
    return null;
  }

  async readResource(rc) {
    const uri = rc.params.uri;
    if (typeof uri !== 'string') throw new RpcError(-32602, 'Invalid params: resources/read needs a uri');
    const found = this.findResource(uri);
    if (!found) throw this.notFound(rc, uri);
    const entry = found.resource || found.template;
    const ctx = this.context(rc, entry.name);
    return this.runHandler(rc, async () => {
      let value;
      try {
        value = found.resource ? await found.resource.read(uri, ctx) : await found.template.read(uri, found.params, ctx);
      } catch (e) {
        if (e instanceof RpcError || rc.signal.aborted) throw e;
        if (e && e.code === 'ENOENT') throw this.notFound(rc, uri);
        log(`resource "${entry.name}" failed:`, e);
        throw new RpcError(-32603, `Reading ${uri} failed: ${e && e.message ? e.message : e}`);
      }
      if (value === undefined || value === null) throw this.notFound(rc, uri);
      return { contents: toContents(value, uri, entry.mimeType) };
    });
  }

  async subscribe(rc, on) {
    const uri = rc.params.uri;
    if (typeof uri !== 'string') throw new RpcError(-32602, 'Invalid params: a uri is required');
    if (rc.session) {
      if (on) rc.session.subscriptions.add(uri);
      else rc.session.subscriptions.delete(uri);
    }
    const found = this.findResource(uri);
    const entry = found && (found.resource || found.template);
    const hook = entry && (on ? entry.subscribe : entry.unsubscribe);
    if (hook) {
      try {
        await hook(uri, this.context(rc, entry.name));
      } catch (e) {
        log(`resource "${entry.name}" ${on ? 'subscribe' : 'unsubscribe'}() failed:`, e);
      }
    }
    return {};
  }

  // 2026-07-28: a long-lived request whose stream carries the notifications it opted in to.
  listen(rc) {
    const asked = rc.params.notifications && typeof rc.params.notifications === 'object' ? rc.params.notifications : {};
    const honoured = {};
    for (const k of ['toolsListChanged', 'promptsListChanged', 'resourcesListChanged']) if (asked[k] === true) honoured[k] = true;
    const uris = Array.isArray(asked.resourceSubscriptions) ? asked.resourceSubscriptions.filter((u) => typeof u === 'string') : [];
    if (uris.length) honoured.resourceSubscriptions = uris;
    const id = String(rc.id);
    const listener = { id, uris: new Set(uris), send: (m) => rc.exchange.send(m) };
    if (!rc.exchange.send({ jsonrpc: '2.0', method: 'notifications/subscriptions/acknowledged', params: { _meta: { [META.subscriptionId]: id }, notifications: honoured } })) {
      throw new RpcError(-32600, 'subscriptions/listen needs a stream (over HTTP, accept text/event-stream)');
    }
    this.listeners.add(listener);
    return new Promise((resolve) => {
      const done = () => {
        this.listeners.delete(listener);
        resolve({ _meta: { [META.subscriptionId]: id } });
      };
      if (rc.signal.aborted) done();
      else rc.signal.addEventListener('abort', done, { once: true });
    });
  }

  async getPrompt(rc) {
    const p = rc.params;
    if (typeof p.name !== 'string') throw new RpcError(-32602, 'Invalid params: prompts/get needs a prompt name');
    const prompt = this.registry.prompts.get(p.name);
    if (!prompt) throw new RpcError(-32602, `Unknown prompt: ${p.name}`);
    const args = p.arguments === undefined || p.arguments === null ? {} : p.arguments;
    if (typeof args !== 'object' || Array.isArray(args)) throw new RpcError(-32602, 'Invalid params: arguments must be an object');
    for (const a of prompt.arguments) {
      if (a.required && (args[a.name] === undefined || args[a.name] === null)) throw new RpcError(-32602, `Invalid params: missing required argument "${a.name}"`);
    }
    const ctx = this.context(rc, prompt.name);
    return this.runHandler(rc, async () => {
      let value;
      try {
        value = await prompt.get(args, ctx);
      } catch (e) {
        if (e instanceof RpcError || rc.signal.aborted) throw e;
        log(`prompt "${prompt.name}" failed:`, e);
        throw new RpcError(-32603, `Prompt ${prompt.name} failed: ${e && e.message ? e.message : e}`);
      }
      return toPromptResult(value, prompt.description);
    });
  }

  async complete(rc) {
    const p = rc.params;
    const ref = p.ref || {};
    const arg = p.argument || {};
    if (typeof arg.name !== 'string') throw new RpcError(-32602, 'Invalid params: completion/complete needs argument.name');
    const value = typeof arg.value === 'string' ? arg.value : '';
    let entry = null;
    if (ref.type === 'ref/prompt') {
      entry = this.registry.prompts.get(ref.name);
      if (!entry) throw new RpcError(-32602, `Unknown prompt: ${ref.name}`);
    } else if (ref.type === 'ref/resource') {
      entry = this.registry.templates.find((t) => t.uriTemplate === ref.uri) || this.registry.resources.get(ref.uri);
      if (!entry) throw new RpcError(-32602, `Unknown resource template: ${ref.uri}`);
    } else throw new RpcError(-32602, 'Invalid params: ref.type must be ref/prompt or ref/resource');
    if (!entry.complete) return toCompletion([]);
    const ctx = this.context(rc, entry.name);
    ctx.arguments = (p.context && p.context.arguments) || {};
    try {
      return toCompletion(await entry.complete(arg.name, value, ctx));
    } catch (e) {
      log(`completion for "${entry.name}" failed:`, e);
      return toCompletion([]);
    }
  }
}

function pick(src, keys, out = {}) {
  for (const k of keys) if (src[k] !== undefined && src[k] !== null && src[k] !== '') out[k] = src[k];
  return out;
}

function toolInfo(t) {
  const r = pick(t, ['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'icons', '_meta']);
  if (r.description === undefined) r.description = '';
  return r;
}

function resourceInfo(r) {
  return pick(r, ['uri', 'name', 'title', 'description', 'mimeType', 'size', 'annotations', 'icons']);
}

function templateInfo(t) {
  return pick(t, ['uriTemplate', 'name', 'title', 'description', 'mimeType', 'annotations', 'icons']);
}

function promptInfo(p) {
  const r = pick(p, ['name', 'title', 'description', 'icons']);
  r.arguments = p.arguments.map((a) => pick(a, ['name', 'title', 'description', 'required']));
  return r;
}

// Text of a request body or stdio line -> the response to write (object, array, or null).
async function handleText(protocol, text, exchange) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (_) {
    return errorResponse(null, -32700, 'Parse error');
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return errorResponse(null, -32600, 'Invalid Request: empty batch');
    const out = (await Promise.all(parsed.map((m) => protocol.dispatch(m, exchange)))).filter((r) => r);
    return out.length ? out : null;
  }
  return protocol.dispatch(parsed, exchange);
}

module.exports = {
  Protocol, Session, RpcError, handleText, serialize, errorResponse, toResult, toContents, toPromptResult, validateArgs, isId,
  ALL_VERSIONS, LEGACY_VERSIONS, STATELESS_VERSIONS, META, HTTP_STATUS,
};
