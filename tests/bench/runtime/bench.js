// Calls/s and p99 of a runtime process alone over stdio, one trivial tool (echo).
//   node bench.js ours [path/to/server.js]   |   node bench.js sdk   (the official SDK v1 McpServer)
//   node bench.js py [path/to/server.py]     (MCP Dock's Python runtime, python3)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const N = Number(process.env.N) || 20000;
const which = process.argv[2] || 'ours';
let cmd;
if (which === 'sdk') cmd = [process.execPath, [path.join(__dirname, 'sdk-server.mjs')], {}];
else if (which === 'py') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcpdock-bench-'));
  fs.mkdirSync(path.join(dir, 'tools'));
  fs.copyFileSync(path.join(__dirname, '../server/py/tools/echo.py'), path.join(dir, 'tools/echo.py'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ name: 'bench', version: '1.0.0', tools: [{ name: 'echo', description: 'echo', file: 'tools/echo.py', language: 'python' }], connectors: [], runtime: { transport: 'stdio' } }));
  cmd = ['python3', [process.argv[3] || path.resolve(__dirname, '../../../resources/runtime/py/server.py')], { MCP_APP_DIR: dir, MCP_CONFIG_PATH: path.join(dir, 'none') }];
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcpdock-bench-'));
  fs.mkdirSync(path.join(dir, 'tools'));
  fs.writeFileSync(path.join(dir, 'tools/echo.js'), "module.exports = { inputSchema: { type: 'object', properties: { text: { type: 'string' } } }, handler: (a) => a.text };");
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ name: 'bench', version: '1.0.0', tools: [{ name: 'echo', description: 'echo', file: 'tools/echo.js', language: 'javascript' }], connectors: [], runtime: { transport: 'stdio' } }));
  cmd = [process.execPath, [process.argv[3] || path.resolve(__dirname, '../../../resources/runtime/js/server.js')], { MCP_APP_DIR: dir, MCP_CONFIG_PATH: path.join(dir, 'none') }];
}
const proc = spawn(cmd[0], cmd[1], { env: { ...process.env, ...cmd[2] }, stdio: ['pipe', 'pipe', 'ignore'] });
const waiting = new Map();
let buf = '';
proc.stdout.setEncoding('utf8');
proc.stdout.on('data', (d) => {
  buf += d;
  let nl;
  while ((nl = buf.indexOf('\n')) >= 0) {
    const m = JSON.parse(buf.slice(0, nl));
    buf = buf.slice(nl + 1);
    const w = waiting.get(m.id);
    if (w) {
      waiting.delete(m.id);
      w();
    }
  }
});
let id = 0;
const call = (method, params) => new Promise((r) => {
  const i = ++id;
  waiting.set(i, r);
  proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: i, method, params }) + '\n');
});
const tool = () => call('tools/call', { name: 'echo', arguments: { text: 'hi' } });
async function run(inFlight) {
  const lat = [];
  let next = 0;
  const t0 = process.hrtime.bigint();
  const worker = async () => {
    while (next++ < N) {
      const s = process.hrtime.bigint();
      await tool();
      lat.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  lat.sort((a, b) => a - b);
  return { rate: Math.round(N / secs), p99: lat[Math.floor(lat.length * 0.99)].toFixed(3) };
}
(async () => {
  await call('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } });
  proc.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
  for (let i = 0; i < 2000; i++) await tool(); // warm-up
  const seq = await run(1);
  const par = await run(16);
  console.log(`${which}: sequential ${seq.rate} calls/s (p99 ${seq.p99} ms), 16 in flight ${par.rate} calls/s (p99 ${par.p99} ms)`);
  proc.kill();
})();
