// The Streamable HTTP transport: POST /mcp (a JSON answer, or an SSE stream when the request sends
// notifications or requests before its answer), GET /mcp (a session's stream), DELETE /mcp (end a
// session), and /healthz for the image's HEALTHCHECK.
'use strict';

const http = require('http');
const crypto = require('crypto');
const { log, stderrWrite } = require('./log');
const { Session, handleText, serialize, errorResponse, ALL_VERSIONS, STATELESS_VERSIONS, META, HTTP_STATUS } = require('./protocol');

const MAX_BODY = 4 * 1024 * 1024;
const SESSION_IDLE_MS = Number(process.env.MCP_SESSION_IDLE_MS) || 30 * 60 * 1000;
const MAX_SESSIONS = 10000;
const KEEPALIVE_MS = 25000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function listFromEnv(name) {
  return (process.env[name] || '').split(',').map((s) => s.trim()).filter(Boolean);
}

function hostnameOf(hostHeader) {
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch (_) {
    return null;
  }
}

function originAllowed(origin) {
  if (!origin) return true;
  const allowed = listFromEnv('MCP_ALLOWED_ORIGINS');
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return LOOPBACK.has(new URL(origin).hostname);
  } catch (_) {
    return false;
  }
}

// DNS rebinding: a server bound to loopback (or given MCP_ALLOWED_HOSTS) only answers its own names.
function hostAllowed(hostHeader, boundHost) {
  const allowed = listFromEnv('MCP_ALLOWED_HOSTS');
  if (allowed.includes('*')) return true;
  const name = hostnameOf(hostHeader || '');
  if (allowed.length) return allowed.includes(hostHeader) || (name !== null && allowed.includes(name)) || LOOPBACK.has(name);
  if (LOOPBACK.has(boundHost) || boundHost === '::1') return name !== null && LOOPBACK.has(name);
  return true;
}

function tokenMatches(header, token) {
  const m = /^Bearer\s+(.+)$/i.exec(header || '');
  if (!m) return false;
  const a = crypto.createHash('sha256').update(m[1].trim()).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

// Header values may be "=?base64?<base64 of UTF-8>?=" (2026-07-28).
function headerValue(v) {
  if (typeof v !== 'string') return v;
  const m = /^=\?base64\?([A-Za-z0-9+/=]*)\?=$/.exec(v);
  return m ? Buffer.from(m[1], 'base64').toString('utf8') : v;
}

function serveHttp(protocol, port, registry) {
  const sessions = new Map(); // id -> Session (with .stream)
  const token = process.env.MCP_HTTP_TOKEN || '';
  const host = process.env.MCP_HTTP_HOST || '0.0.0.0';

  const endSession = (id) => {
    const s = sessions.get(id);
    if (!s) return;
    sessions.delete(id);
    protocol.removeSession(s);
    if (s.stream) s.stream.end();
  };
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [id, s] of sessions) if (!s.stream && now - s.lastSeen > SESSION_IDLE_MS) endSession(id);
  }, 60000);
  sweep.unref();

  const newSession = () => {
    if (sessions.size >= MAX_SESSIONS) {
      let oldest = null;
      for (const [id, s] of sessions) if (!oldest || s.lastSeen < sessions.get(oldest).lastSeen) oldest = id;
      endSession(oldest);
    }
    const s = new Session();
    s.id = crypto.randomUUID();
    s.stream = null;
    s.notify = (m) => {
      if (!s.stream) return false;
      const text = serialize(m);
      if (text !== null) s.stream.write(`event: message\ndata: ${text}\n\n`);
      return true;
    };
    return s;
  };

  const httpServer = http.createServer((req, res) => {
    const pathname = (req.url || '/').split('?')[0];
    const reply = (status, body, headers = {}) => {
      const data = body === undefined ? '' : typeof body === 'string' ? body : serialize(body);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers });
      res.end(data);
    };
    const rpcError = (status, code, message, headers, data) => reply(status, errorResponse(null, code, message, data), headers);
    if (pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, { error: 'use GET' }, { Allow: 'GET' });
      return reply(200, { status: 'ok', name: registry.manifest.name, version: registry.manifest.version, tools: registry.tools.size, resources: registry.resources.size + registry.templates.length, prompts: registry.prompts.size });
    }
    if (pathname !== '/mcp') return reply(404, { error: 'not found; the MCP endpoint is /mcp' });
    if (!hostAllowed(req.headers.host, host)) return rpcError(403, -32000, `Invalid Host: ${req.headers.host}`);
    if (!originAllowed(req.headers.origin)) return rpcError(403, -32000, `Origin not allowed: ${req.headers.origin}`);
    if (token && !tokenMatches(req.headers.authorization, token)) {
      return rpcError(401, -32000, 'Unauthorized: send Authorization: Bearer <token>', { 'WWW-Authenticate': 'Bearer realm="mcp"' });
    }
    const sid = req.headers['mcp-session-id'];
    if (req.method === 'GET') return openStream(req, res, sid, rpcError);
    if (req.method === 'DELETE') {
      if (!sid) return rpcError(405, -32000, 'Method not allowed: no session to end', { Allow: 'POST, GET, DELETE' });
      if (!sessions.has(sid)) return rpcError(404, -32001, 'Session not found');
      endSession(sid);
      res.writeHead(204);
      return res.end();
    }
    if (req.method !== 'POST') return rpcError(405, -32000, 'Method not allowed', { Allow: 'POST, GET, DELETE' });
    const headerVersion = req.headers['mcp-protocol-version'];
    if (headerVersion && !ALL_VERSIONS.includes(headerVersion)) {
      return rpcError(400, -32022, `Unsupported MCP-Protocol-Version: ${headerVersion}`, {}, { supported: ALL_VERSIONS, requested: headerVersion });
    }
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY) return rpcError(413, -32600, 'Request too large', { Connection: 'close' });
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c) => {
      if (tooLarge) return;
      size += c.length;
      if (size > MAX_BODY) {
        tooLarge = true;
        rpcError(413, -32600, 'Request too large', { Connection: 'close' });
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (!tooLarge) onBody(req, res, Buffer.concat(chunks).toString('utf8'), sid, reply, rpcError);
    });
  });

  function openStream(req, res, sid, rpcError) {
    if (!sid) return rpcError(405, -32000, 'Method not allowed: GET /mcp needs an Mcp-Session-Id (2025 versions)', { Allow: 'POST, DELETE' });
    const s = sessions.get(sid);
    if (!s) return rpcError(404, -32001, 'Session not found');
    if (!/text\/event-stream/.test(req.headers.accept || '')) return rpcError(406, -32000, 'Not Acceptable: GET /mcp answers text/event-stream');
    if (s.stream) s.stream.end();
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' });
    res.write(': stream open\n\n');
    s.stream = res;
    const keepalive = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
    res.on('close', () => {
      clearInterval(keepalive);
      if (s.stream === res) s.stream = null;
      s.lastSeen = Date.now();
    });
  }

  function onBody(req, res, text, sid, reply, rpcError) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (_) {
      return rpcError(400, -32700, 'Parse error');
    }
    const messages = Array.isArray(parsed) ? parsed : [parsed];
    const first = messages[0];
    const meta = first && first.params && typeof first.params === 'object' ? first.params._meta : undefined;
    const metaVersion = meta && typeof meta === 'object' ? meta[META.version] : undefined;
    const modern = STATELESS_VERSIONS.includes(metaVersion);
    let session = null;
    let created = null;
    if (modern) {
      // 2026-07-28: no sessions; the headers must agree with the body.
      const hv = headerValue(req.headers['mcp-protocol-version']);
      if (hv !== metaVersion) return rpcError(400, -32020, `Header mismatch: MCP-Protocol-Version header value '${hv || ''}' does not match body value '${metaVersion}'`);
      const method = headerValue(req.headers['mcp-method']);
      if (method !== undefined && first && method !== first.method) return rpcError(400, -32020, `Header mismatch: Mcp-Method header value '${method}' does not match body value '${first.method}'`);
      const name = headerValue(req.headers['mcp-name']);
      const bodyName = first && first.params ? first.params.name || first.params.uri : undefined;
      if (name !== undefined && bodyName !== undefined && name !== bodyName) return rpcError(400, -32020, `Header mismatch: Mcp-Name header value '${name}' does not match body value '${bodyName}'`);
    } else if (!Array.isArray(parsed) && first && first.method === 'initialize') {
      created = newSession();
      session = created;
    } else if (sid) {
      session = sessions.get(sid);
      if (!session) return rpcError(404, -32001, 'Session not found');
      session.lastSeen = Date.now();
    } else session = protocol.anonymous;

    const hasRequest = messages.some((m) => m && typeof m === 'object' && 'method' in m && 'id' in m);
    const acceptsSse = /text\/event-stream/.test(req.headers.accept || '');
    const headers = created ? { 'Mcp-Session-Id': created.id } : {};
    let sse = false;
    const ac = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) ac.abort();
    });
    const exchange = {
      session,
      inflight: session ? session.inflight : null,
      signal: ac.signal,
      send(m) {
        if (!acceptsSse || res.writableEnded || res.destroyed) return false;
        const data = serialize(m);
        if (data === null) return true;
        if (!sse) {
          sse = true;
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no', ...headers });
        }
        res.write(`event: message\ndata: ${data}\n\n`);
        return true;
      },
    };
    handleText(protocol, text, exchange).then(
      (response) => {
        if (created && response && response.result) {
          sessions.set(created.id, created);
          protocol.addSession(created);
        }
        if (res.writableEnded || res.destroyed) return;
        if (sse) {
          if (response) {
            const data = serialize(response);
            if (data !== null) res.write(`event: message\ndata: ${data}\n\n`);
          }
          return res.end();
        }
        if (!response) {
          res.writeHead(hasRequest ? 204 : 202, headers);
          return res.end();
        }
        const status = (!Array.isArray(response) && response[HTTP_STATUS]) || 200;
        reply(status, response, created && response.result ? headers : {});
      },
      (e) => {
        log('internal error:', e);
        if (sse) res.end();
        else if (!res.headersSent) rpcError(500, -32603, 'Internal error');
      },
    );
  }

  httpServer.listen(port, host, () => log(`listening on http://${host}:${port}/mcp${token ? ' (bearer token required)' : ''}`));
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

module.exports = { serveHttp, probe, hostAllowed, originAllowed };
