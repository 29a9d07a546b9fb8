// The Python worker: mixed images run Python tools, resources and prompts in a child process
// (worker.py). One JSON message per line each way; the worker has its own descriptor for them,
// so what a Python tool prints cannot reach this pipe.
'use strict';

const fs = require('fs');
const path = require('path');
const childProcess = require('child_process');
const { log } = require('./log');
const { RpcError } = require('./context');
const { LineReader } = require('./lines');
const { APP_DIR, MANIFEST_PATH, CONFIG_PATH } = require('./paths');

// In an image worker.py sits next to server.js (/app); in the source tree it is in ../py.
function workerScript() {
  const here = path.join(__dirname, '..', 'worker.py');
  return fs.existsSync(here) ? here : path.join(__dirname, '..', '..', 'py', 'worker.py');
}

class PythonWorker {
  constructor() {
    this.proc = null;
    this.pending = new Map(); // id -> {resolve, reject, ctx, rpcError}
    this.nextId = 1;
  }

  start() {
    if (this.proc) return;
    const python = process.env.MCP_PYTHON || 'python3';
    this.proc = childProcess.spawn(python, ['-u', workerScript()], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, MCP_APP_DIR: APP_DIR, MCP_MANIFEST_PATH: MANIFEST_PATH, MCP_CONFIG_PATH: CONFIG_PATH, PYTHONUNBUFFERED: '1' },
    });
    const proc = this.proc;
    const reader = new LineReader(
      (line) => this.onLine(line),
      (n) => log(`the Python worker wrote a line of ${n} bytes; dropped`),
    );
    proc.stdout.on('data', (chunk) => reader.push(chunk));
    proc.on('error', (e) => this.fail(proc, new Error(`cannot start ${python}: ${e.message}`)));
    proc.on('exit', (code, signal) => this.fail(proc, new Error(`the Python worker exited (${signal || code})`)));
    proc.stdin.on('error', () => {});
  }

  onLine(line) {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch (e) {
      log('the Python worker wrote a line that is not JSON:', line.slice(0, 200));
      return;
    }
    if (msg.event === 'resource_updated') {
      if (this.onResourceUpdated) this.onResourceUpdated(msg.uri);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.event) return this.onEvent(msg, p);
    this.pending.delete(msg.id);
    if (p.rpcError) p.reject(p.rpcError);
    else if (msg.error) {
      const e = msg.error.code ? new RpcError(msg.error.code, msg.error.message, msg.error.data) : new Error(msg.error.message || 'python worker error');
      p.reject(e);
    } else p.resolve(msg.result);
  }

  // A handler in the worker talks to the client through the JavaScript context.
  onEvent(msg, p) {
    const ctx = p.ctx;
    if (!ctx) return;
    if (msg.event === 'log') ctx.log(msg.level, msg.data);
    else if (msg.event === 'progress') ctx.progress(msg.done, msg.total, msg.message);
    else if (msg.event === 'ask') {
      const fn = msg.method === 'elicitation/create' ? ctx.elicit : msg.method === 'sampling/createMessage' ? ctx.sample : ctx.listRoots;
      const call = msg.method === 'roots/list' ? fn(msg.options || undefined) : fn(msg.params, msg.options || undefined);
      call.then(
        (result) => this.write({ method: 'answer', ask: msg.ask, result }),
        (e) => {
          if (e instanceof RpcError) p.rpcError = e;
          this.write({ method: 'answer', ask: msg.ask, error: { message: e && e.message ? e.message : String(e) } });
        },
      );
    }
  }

  fail(proc, err) {
    if (this.proc !== proc) return;
    this.proc = null;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  request(method, params, ctx) {
    if (method === 'load') this.loadParams = params;
    else if (!this.proc && this.loadParams) {
      // The worker died (a tool called sys.exit, or crashed): a new one must load the modules again.
      this.start();
      this.send('load', this.loadParams).catch((e) => log('Python worker reload failed:', e));
    }
    return this.send(method, params, ctx);
  }

  // Runs a Python handler: kind tool|resource|template|prompt, op call|read|list|complete|get|subscribe.
  invoke(kind, name, op, args, ctx) {
    const info = ctx ? { progress: ctx.meta && ctx.meta.progressToken !== undefined && ctx.meta.progressToken !== null, requestId: ctx.requestId, protocolVersion: ctx.protocolVersion, arguments: ctx.arguments } : {};
    const promise = this.request('invoke', { kind, name, op, args, ctx: info }, ctx);
    const id = this.lastId;
    if (ctx && ctx.signal) {
      const onAbort = () => this.write({ method: 'cancel', id });
      if (ctx.signal.aborted) onAbort();
      else {
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        const off = () => ctx.signal.removeEventListener('abort', onAbort);
        promise.then(off, off);
      }
    }
    return promise;
  }

  write(msg) {
    if (this.proc) this.proc.stdin.write(JSON.stringify(msg) + '\n');
  }

  send(method, params, ctx) {
    this.start();
    const id = this.nextId++;
    this.lastId = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ctx });
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

module.exports = { PythonWorker };
