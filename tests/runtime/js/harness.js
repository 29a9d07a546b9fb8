// Test harness: a temporary app folder (manifest.json + module files) and a runtime process
// (node js/server.js or python3 py/server.py) spoken to over stdio or HTTP.
// MCPDOCK_RUNTIME_JS / MCPDOCK_RUNTIME_PY point the tests at another runtime (e.g. an old one).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RUNTIME = {
  node: process.env.MCPDOCK_RUNTIME_JS || path.join(ROOT, 'resources/runtime/js/server.js'),
  python: process.env.MCPDOCK_RUNTIME_PY || path.join(ROOT, 'resources/runtime/py/server.py'),
};

function makeApp(files, manifest) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcpdock-rt-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const lang = (f) => (/\.py$/.test(f) ? 'python' : 'javascript');
  const m = { name: 'test', version: '1.0.0', description: 'test server', connectors: [], ...manifest };
  m.tools = (m.tools || []).map((t) => ({ description: `tool ${t.name}`, language: lang(t.file), ...t }));
  m.prompts = (m.prompts || []).map((p) => ({ arguments: [], language: lang(p.file), ...p }));
  m.resources = (m.resources || []).map((r) => (r.handler ? { language: lang(r.handler), ...r } : r));
  m.resourceTemplates = (m.resourceTemplates || []).map((t) => ({ language: lang(t.handler), ...t }));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
  return dir;
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

class Runtime {
  constructor(interp, dir, env = {}) {
    this.dir = dir;
    const script = interp === 'node' ? RUNTIME.node : RUNTIME.python;
    const args = interp === 'node' ? [script] : ['-B', script];
    this.proc = spawn(interp === 'node' ? process.execPath : 'python3', args, {
      env: { ...process.env, MCP_APP_DIR: dir, MCP_CONFIG_PATH: path.join(dir, 'none.yaml'), PYTHONDONTWRITEBYTECODE: '1', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.buf = '';
    this.messages = [];
    this.junk = [];
    this.waiters = [];
    this.proc.stdout.on('data', (d) => {
      this.buf += d;
      let nl;
      while ((nl = this.buf.indexOf('\n')) >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        if (!line.trim()) continue;
        let msg;
        try {
          msg = JSON.parse(line);
        } catch (_) {
          this.junk.push(line);
          continue;
        }
        this.messages.push(msg);
        this.wake();
      }
    });
    this.exited = new Promise((r) => this.proc.on('exit', (code) => r(code)));
  }
  wake() {
    for (const w of this.waiters.splice(0)) w();
  }
  send(msg) {
    this.proc.stdin.write((typeof msg === 'string' ? msg : JSON.stringify(msg)) + '\n');
  }
  // The first message matching pred (removed), or null after timeoutMs.
  async next(pred, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.messages.findIndex(pred);
      if (i >= 0) return this.messages.splice(i, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }
  response(id, timeoutMs) {
    return this.next((m) => m.id === id && ('result' in m || 'error' in m) && !('method' in m), timeoutMs);
  }
  async request(id, method, params, timeoutMs) {
    this.send({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
    return this.response(id, timeoutMs);
  }
  async handshake(capabilities = {}) {
    const r = await this.request(0, 'initialize', { protocolVersion: '2025-11-25', capabilities, clientInfo: { name: 't', version: '1' } });
    this.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    return r;
  }
  async stop() {
    this.proc.kill('SIGTERM');
    await this.exited;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// One HTTP request; resolves {status, headers, body, events} (events: parsed SSE data lines).
function httpRequest(port, method, pathname, body, headers = {}, raw = null) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, agent: false, headers: {
      'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...(raw ? {} : { 'Content-Length': Buffer.byteLength(data) }), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        const events = [];
        if (/event-stream/.test(res.headers['content-type'] || '')) {
          for (const line of text.split('\n')) if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        }
        let json = null;
        try {
          json = JSON.parse(text);
        } catch (_) {
          // SSE or empty
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json, events });
      });
    });
    req.on('error', reject);
    req.setTimeout(10000, () => req.destroy(new Error('timeout')));
    if (raw) raw(req);
    else req.end(data);
  });
}

async function waitHealthy(port, rt) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await httpRequest(port, 'GET', '/healthz');
      if (r.status === 200) return;
    } catch (_) {
      // not yet
    }
    if (rt.proc.exitCode !== null) throw new Error(`runtime exited: ${rt.stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`runtime not healthy: ${rt.stderr}`);
}

module.exports = { makeApp, Runtime, httpRequest, freePort, waitHealthy, ROOT };
