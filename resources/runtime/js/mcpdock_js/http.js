// The Streamable HTTP transport: POST /mcp, plus /healthz for the image's HEALTHCHECK.
'use strict';

const http = require('http');
const { log, stderrWrite } = require('./log');
const { handleBody, ALL_VERSIONS } = require('./protocol');

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


module.exports = { serveHttp, probe };
