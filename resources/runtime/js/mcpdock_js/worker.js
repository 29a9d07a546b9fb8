// The Python worker: mixed images run Python tools in a child process (worker.py).
'use strict';

const fs = require('fs');
const path = require('path');
const childProcess = require('child_process');
const { log } = require('./log');
const { APP_DIR, MANIFEST_PATH, CONFIG_PATH } = require('./paths');

// In an image worker.py sits next to server.js (/app); in the source tree it is in ../py.
function workerScript() {
  const here = path.join(__dirname, '..', 'worker.py');
  return fs.existsSync(here) ? here : path.join(__dirname, '..', '..', 'py', 'worker.py');
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
    const script = workerScript();
    this.proc = childProcess.spawn(python, ['-u', script], {
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


module.exports = { PythonWorker };
