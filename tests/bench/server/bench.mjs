// The image as a server (issue 20): tools/call latency and throughput over stdio (`docker run -i`,
// JSON-RPC lines through the docker CLI's stdin/stdout) and over Streamable HTTP (`docker run
// --network host -e PORT=...`), and start-up (`docker run` to the first tools/list answer) with the
// idle container's memory. Prints figures; asserts nothing about time.
//
//   node bench.mjs calls --sock SOCK --n N --rounds R  NAME=STDIO_IMAGE,HTTP_IMAGE ...
//   node bench.mjs start --sock SOCK --runs R          NAME=STDIO_IMAGE ...
//
// Every round runs the servers in a rotated order, each in a fresh container. Raw lines
// ("ROUND ...", "START ...") come first, then one "RESULT ..." line per server and transport with
// the medians over the rounds. The docker CLI is run with DOCKER_HOST=unix://SOCK.
import http from 'node:http';
import { spawn, execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const verb = args.shift();
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const sock = opt('--sock');
const N = Number(opt('--n', '10000'));
const rounds = Number(opt('--rounds', opt('--runs', '3')));
const warmup = Number(opt('--warmup', '500'));
const inFlight = Number(opt('--in-flight', '16'));
if (!sock || !['calls', 'start'].includes(verb) || !args.length) {
  console.error('usage: node bench.mjs calls|start --sock SOCK [--n N] [--rounds R] NAME=IMAGE[,HTTP_IMAGE] ...');
  process.exit(2);
}
const servers = args.map((a) => {
  const [name, images] = a.split('=');
  const [stdio, httpImage] = images.split(',');
  return { name, stdio, http: httpImage };
});
const dockerEnv = { ...process.env, DOCKER_HOST: `unix://${sock}` };
const runId = `mcpdock-bench-srv-${process.pid}`;
let containerSeq = 0;
const live = new Set();
const docker = (...a) => execFileSync('docker', a, { env: dockerEnv, encoding: 'utf8', timeout: 120000 }).trim();
const removeContainer = (name) => {
  try { docker('rm', '-f', name); } catch (_) { /* gone already */ }
  live.delete(name);
};
process.on('exit', () => { for (const c of [...live]) removeContainer(c); });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => process.exit(130));

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  if (!a.length) return NaN;
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const INIT = { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'mcpdock-bench', version: '1' } };
const CALL = { name: 'echo', arguments: { text: 'hi' } };

// ---- stdio: one `docker run -i --rm` child, newline-delimited JSON-RPC ----------------------------
function stdioClient(image) {
  const name = `${runId}-${++containerSeq}`;
  live.add(name);
  const t0 = nowMs();
  const proc = spawn('docker', ['run', '-i', '--rm', '--name', name, '--network', 'none', image],
    { env: dockerEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
  const waiting = new Map();
  let buf = '';
  let id = 0;
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (d) => {
    buf += d;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (!line.trim()) continue;
      const m = JSON.parse(line);
      const w = waiting.get(m.id);
      if (w) {
        waiting.delete(m.id);
        if (m.error) w.reject(new Error(`${image}: ${JSON.stringify(m.error)}`));
        else w.resolve(m.result);
      }
    }
  });
  const exited = new Promise((r) => proc.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`${image}: the container ended (exit ${code}): ${stderr}`));
    waiting.clear();
    live.delete(name);
    r(code);
  }));
  return {
    name, t0,
    request(method, params) {
      return new Promise((resolve, reject) => {
        const i = ++id;
        waiting.set(i, { resolve, reject });
        proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: i, method, params }) + '\n');
      });
    },
    notify(method) { proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', method }) + '\n'); },
    async close() {
      proc.stdin.end();
      const t = setTimeout(() => removeContainer(name), 10000);
      await exited;
      clearTimeout(t);
    },
  };
}

// ---- HTTP: `docker run -d --network host -e PORT`, keep-alive sockets, one session ---------------
let nextPort = 18000 + (process.pid % 2000) * 10;
async function httpClient(image) {
  const name = `${runId}-${++containerSeq}`;
  const port = nextPort++;
  live.add(name);
  docker('run', '-d', '--rm', '--name', name, '--network', 'host', '-e', `PORT=${port}`, '-e', 'MCP_HTTP_HOST=127.0.0.1',
    '-e', 'HOST=127.0.0.1', image);
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
  let session;
  let id = 0;
  const post = (payload) => new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', 'Content-Length': Buffer.byteLength(body) };
    if (session) { headers['Mcp-Session-Id'] = session; headers['MCP-Protocol-Version'] = INIT.protocolVersion; }
    const req = http.request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        if (res.headers['mcp-session-id']) session = res.headers['mcp-session-id'];
        if (res.statusCode === 202) return resolve(null);
        if (res.statusCode !== 200) return reject(new Error(`${image}: HTTP ${res.statusCode} ${text.slice(0, 300)}`));
        let msg = text;
        if (/text\/event-stream/.test(res.headers['content-type'] || '')) {
          const data = text.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).filter(Boolean);
          msg = data[data.length - 1];
        }
        const m = JSON.parse(msg);
        if (m.error) reject(new Error(`${image}: ${JSON.stringify(m.error)}`));
        else resolve(m.result);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
  const deadline = nowMs() + 60000;
  for (;;) {
    try {
      await post({ jsonrpc: '2.0', id: ++id, method: 'initialize', params: INIT });
      break;
    } catch (e) {
      if (nowMs() > deadline || !/ECONNREFUSED|ECONNRESET|socket hang up/.test(e.message)) throw e;
      await sleep(50);
    }
  }
  await post({ jsonrpc: '2.0', method: 'notifications/initialized' });
  return {
    name,
    request: (method, params) => post({ jsonrpc: '2.0', id: ++id, method, params }),
    async close() { agent.destroy(); removeContainer(name); },
  };
}

async function measure(client) {
  for (let i = 0; i < warmup; i++) await client.request('tools/call', CALL);
  const run = async (width) => {
    const lat = [];
    let next = 0;
    const t0 = nowMs();
    const worker = async () => {
      while (next++ < N) {
        const s = nowMs();
        const r = await client.request('tools/call', CALL);
        lat.push(nowMs() - s);
        if (!r || !r.content || r.content[0].text !== 'hi') throw new Error(`unexpected answer ${JSON.stringify(r)}`);
      }
    };
    await Promise.all(Array.from({ length: width }, worker));
    const secs = (nowMs() - t0) / 1000;
    lat.sort((a, b) => a - b);
    return { rate: N / secs, p50: pct(lat, 0.5), p99: pct(lat, 0.99) };
  };
  const seq = await run(1);
  const par = await run(inFlight);
  return { seq, par };
}

const loadavg = () => execFileSync('cut', ['-d', ' ', '-f1-3', '/proc/loadavg'], { encoding: 'utf8' }).trim();
const fmt = (x, d = 3) => Number.isFinite(x) ? x.toFixed(d) : 'n/a';

async function calls() {
  const got = {};
  for (let r = 0; r < rounds; r++) {
    const order = servers.map((_, i) => servers[(i + r) % servers.length]);
    for (const s of order) {
      for (const transport of (r % 2 ? ['http', 'stdio'] : ['stdio', 'http'])) {
        if (!s[transport]) continue;
        const client = transport === 'stdio' ? stdioClient(s[transport]) : await httpClient(s[transport]);
        if (transport === 'stdio') {
          await client.request('initialize', INIT);
          client.notify('notifications/initialized');
        }
        const m = await measure(client);
        await client.close();
        const key = `${s.name} ${transport}`;
        (got[key] ||= []).push(m);
        console.log(`ROUND ${r + 1} server=${s.name} transport=${transport} n=${N} seq_rate=${fmt(m.seq.rate, 0)} seq_p50_ms=${fmt(m.seq.p50)} seq_p99_ms=${fmt(m.seq.p99)} par_rate=${fmt(m.par.rate, 0)} par_p99_ms=${fmt(m.par.p99)} load=${loadavg().replace(/ /g, ',')}`);
      }
    }
  }
  for (const [key, ms] of Object.entries(got)) {
    const [name, transport] = key.split(' ');
    console.log(`RESULT server=${name} transport=${transport} n=${N} rounds=${ms.length} in_flight=${inFlight}` +
      ` seq_p50_ms=${fmt(median(ms.map((m) => m.seq.p50)))} seq_p99_ms=${fmt(median(ms.map((m) => m.seq.p99)))}` +
      ` seq_rate=${fmt(median(ms.map((m) => m.seq.rate)), 0)} par_rate=${fmt(median(ms.map((m) => m.par.rate)), 0)}` +
      ` par_p99_ms=${fmt(median(ms.map((m) => m.par.p99)))}`);
  }
}

// The Engine's one-shot stats of a container: the usage the docker CLI shows (usage minus the
// inactive page cache) and the anonymous memory (cgroup v2 "anon": the processes' own pages).
function stats(name) {
  return new Promise((resolve, reject) => {
    http.get({ socketPath: sock, path: `/containers/${name}/stats?stream=false`, timeout: 30000 }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        try {
          const m = JSON.parse(text).memory_stats || {};
          const st = m.stats || {};
          const inactive = st.inactive_file ?? st.total_inactive_file ?? 0;
          resolve({ usage: (m.usage || 0) - inactive, anon: st.anon ?? st.rss ?? NaN });
        } catch (e) { reject(new Error(`stats of ${name}: ${e.message}: ${text.slice(0, 200)}`)); }
      });
    }).on('error', reject);
  });
}

async function start() {
  const got = {};
  for (const s of servers) docker('image', 'inspect', s.stdio); // fail early, and every image is local
  for (let r = 0; r < rounds; r++) {
    const order = servers.map((_, i) => servers[(i + r) % servers.length]);
    for (const s of order) {
      const client = stdioClient(s.stdio);
      // Everything is written at once, as a client does: the answers come when the server is up.
      const init = client.request('initialize', INIT);
      client.notify('notifications/initialized');
      const list = await client.request('tools/list', {});
      const ms = nowMs() - client.t0;
      await init;
      if (!list.tools || list.tools[0].name !== 'echo') throw new Error(`${s.stdio}: tools/list gave ${JSON.stringify(list)}`);
      await client.request('tools/call', CALL);
      await sleep(2000); // idle
      const mem = await stats(client.name);
      await client.close();
      (got[s.name] ||= []).push({ ms, ...mem });
      console.log(`START ${r + 1} server=${s.name} ms=${fmt(ms, 1)} mem_usage_kib=${Math.round(mem.usage / 1024)} mem_anon_kib=${Math.round(mem.anon / 1024)} load=${loadavg().replace(/ /g, ',')}`);
    }
  }
  for (const [name, xs] of Object.entries(got)) {
    console.log(`RESULT server=${name} runs=${xs.length} start_ms=${fmt(median(xs.map((x) => x.ms)), 1)}` +
      ` start_min_ms=${fmt(Math.min(...xs.map((x) => x.ms)), 1)} start_max_ms=${fmt(Math.max(...xs.map((x) => x.ms)), 1)}` +
      ` mem_usage_mib=${fmt(median(xs.map((x) => x.usage)) / 1048576, 1)} mem_anon_mib=${fmt(median(xs.map((x) => x.anon)) / 1048576, 1)}`);
  }
}

(verb === 'calls' ? calls() : start()).then(() => process.exit(0), (e) => {
  console.error(`bench.mjs: ${e.stack || e.message}`);
  process.exit(1);
});
