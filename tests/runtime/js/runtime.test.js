// Runtime features and robustness, for both runtimes (node js/server.js, python3 py/server.py),
// over stdio and Streamable HTTP. Run: node --test tests/runtime/js/
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { makeApp, Runtime, httpRequest, freePort, waitHealthy } = require('./harness');

const M26 = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': { elicitation: {} } };

const JS = {
  'tools/echo.js': `module.exports = { title: 'Echo', annotations: { readOnlyHint: true }, inputSchema: { type: 'object', properties: { text: { type: 'string' } } }, handler: (a) => 'echo ' + a.text };`,
  'tools/weather.js': `module.exports = { outputSchema: { type: 'object', properties: { t: { type: 'number' } }, required: ['t'] }, handler: () => ({ t: 21 }) };`,
  'tools/chatty.js': `module.exports = { async handler(a, c) { c.log('debug', 'low'); c.log('warning', 'careful'); c.progress(1, 2, 'half'); return 'done'; } };`,
  'tools/ask.js': `module.exports = { async handler(a, c) { const r = await c.elicit('Name?', { type: 'object', properties: { n: { type: 'string' } } }); return 'hi ' + r.content.n; } };`,
  'tools/slow.js': `module.exports = { handler: (a, c) => new Promise((res) => { c.signal.addEventListener('abort', () => { require('fs').writeFileSync(process.env.MCP_APP_DIR + '/aborted', 'yes'); res('aborted'); }); }) };`,
  'tools/noisy.js': `module.exports = { handler: () => { console.dir({ junk: 1 }); process.stdout.write('junk\\n'); require('child_process').execSync('echo child-junk', { stdio: 'inherit' }); return 'quiet'; } };`,
  'tools/big.js': `module.exports = { handler: () => ({ content: [{ type: 'text', text: 'x' }], structuredContent: { n: 10n } }) };`,
  'resources/live.js': `module.exports = { read: () => 'live', subscribe: (uri, c) => setTimeout(() => c.notifyResourceUpdated(uri), 50) };`,
  'resources/tpl.js': `module.exports = { read: (uri, p) => ({ text: 'item ' + p.id }), complete: (v, value) => ['a1', 'a2', 'b1'].filter((x) => x.startsWith(value)) };`,
  'prompts/greet.js': `module.exports = { get: (a) => 'Hello ' + a.who, complete: (arg, value) => ['world', 'wally'].filter((x) => x.startsWith(value)) };`,
  'static.txt': 'static text',
  'pixel.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
};
const PY = {
  'tools/echo.py': `title = "Echo"\nannotations = {"readOnlyHint": True}\ninput_schema = {"type": "object", "properties": {"text": {"type": "string"}}}\ndef handler(a, c):\n    return "echo " + a["text"]\n`,
  'tools/weather.py': `output_schema = {"type": "object", "properties": {"t": {"type": "number"}}, "required": ["t"]}\ndef handler(a, c):\n    return {"t": 21}\n`,
  'tools/chatty.py': `def handler(a, c):\n    c["log"]("debug", "low")\n    c["log"]("warning", "careful")\n    c["progress"](1, 2, "half")\n    return "done"\n`,
  'tools/ask.py': `def handler(a, c):\n    r = c["elicit"]("Name?", {"type": "object", "properties": {"n": {"type": "string"}}})\n    return "hi " + r["content"]["n"]\n`,
  'tools/slow.py': `import os\ndef handler(a, c):\n    c["cancel_event"].wait(10)\n    open(os.environ["MCP_APP_DIR"] + "/aborted", "w").write("yes")\n    return "aborted"\n`,
  'tools/noisy.py': `import os, subprocess\ndef handler(a, c):\n    print("junk")\n    os.system("echo child-junk")\n    subprocess.run(["echo", "sub-junk"])\n    os.write(1, b"raw-junk")\n    return "quiet"\n`,
  'tools/big.py': `def handler(a, c):\n    return {"content": [{"type": "text", "text": "x"}], "structuredContent": {"b": b"bytes"}}\n`,
  'resources/live.py': `import threading\ndef read(uri, c):\n    return "live"\ndef subscribe(uri, c):\n    threading.Timer(0.05, c["notify_resource_updated"], (uri,)).start()\n`,
  'resources/tpl.py': `def read(uri, p, c):\n    return {"text": "item " + p["id"]}\ndef complete(v, value, c):\n    return [x for x in ("a1", "a2", "b1") if x.startswith(value)]\n`,
  'prompts/greet.py': `def get(a, c):\n    return "Hello " + a["who"]\ndef complete(arg, value, c):\n    return [x for x in ("world", "wally") if x.startswith(value)]\n`,
  'static.txt': 'static text',
  'pixel.png': JS['pixel.png'],
};

function app(kind, runtime = {}) {
  const ext = kind === 'python' ? 'py' : 'js';
  const files = kind === 'python' ? PY : JS;
  const tools = ['echo', 'weather', 'chatty', 'ask', 'slow', 'noisy', 'big'].map((n) => ({ name: n, file: `tools/${n}.${ext}` }));
  return makeApp(files, {
    tools,
    resources: [
      { uri: 'mem://static', name: 'static', mimeType: 'text/plain', file: 'static.txt' },
      { uri: 'mem://pixel', name: 'pixel', mimeType: 'image/png', file: 'pixel.png' },
      { uri: 'mem://live', name: 'live', mimeType: 'text/plain', handler: `resources/live.${ext}` },
    ],
    resourceTemplates: [{ uriTemplate: 'mem://items/{id}', name: 'items', mimeType: 'text/plain', handler: `resources/tpl.${ext}` }],
    prompts: [{ name: 'greet', description: 'Greets', arguments: [{ name: 'who', required: true }], file: `prompts/greet.${ext}` }],
    runtime,
  });
}

// A mixed image: node serves, Python modules run in the worker.
const KINDS = [['node', 'node', 'js'], ['python', 'python', 'py'], ['node', 'python', 'mixed']];

for (const [interp, kind, label] of KINDS) {
  test(`${label}: features over stdio`, async () => {
    const rt = new Runtime(interp, app(kind), { MCP_PAGE_SIZE: '3' });
    try {
      const init = await rt.handshake({ elicitation: {} });
      assert.ok(init.result.capabilities.resources.subscribe);
      assert.ok(init.result.capabilities.prompts && init.result.capabilities.completions);
      // Pagination: 7 tools, pages of 3, stable order.
      const names = [];
      let cursor;
      for (let i = 0; i < 5; i++) {
        const r = await rt.request(10 + i, 'tools/list', cursor ? { cursor } : {});
        names.push(...r.result.tools.map((t) => t.name));
        if (i === 0) {
          assert.strictEqual(r.result.tools[0].title, 'Echo');
          assert.deepStrictEqual(r.result.tools[0].annotations, { readOnlyHint: true });
          assert.strictEqual(r.result.tools[1].outputSchema.type, 'object');
        }
        cursor = r.result.nextCursor;
        if (!cursor) break;
      }
      assert.deepStrictEqual(names, ['echo', 'weather', 'chatty', 'ask', 'slow', 'noisy', 'big']);
      assert.strictEqual((await rt.request(20, 'tools/list', { cursor: 'bogus' })).error.code, -32602);
      const w = await rt.request(21, 'tools/call', { name: 'weather', arguments: {} });
      assert.deepStrictEqual(w.result.structuredContent, { t: 21 });
      // Logging honours setLevel; progress echoes a string token.
      assert.deepStrictEqual((await rt.request(22, 'logging/setLevel', { level: 'info' })).result, {});
      const chatty = await rt.request(23, 'tools/call', { name: 'chatty', arguments: {}, _meta: { progressToken: 'tok-1' } });
      assert.strictEqual(chatty.result.content[0].text, 'done');
      const logs = rt.messages.filter((m) => m.method === 'notifications/message');
      assert.deepStrictEqual(logs.map((m) => m.params.data), ['careful']);
      const prog = rt.messages.find((m) => m.method === 'notifications/progress');
      assert.strictEqual(prog.params.progressToken, 'tok-1');
      // Resources, templates, completions, prompts.
      const list = await rt.request(24, 'resources/list', {});
      assert.ok(list.result.resources.length >= 3 || list.result.nextCursor);
      assert.strictEqual((await rt.request(25, 'resources/read', { uri: 'mem://static' })).result.contents[0].text, 'static text');
      assert.ok((await rt.request(26, 'resources/read', { uri: 'mem://pixel' })).result.contents[0].blob.startsWith('iVBOR'));
      assert.strictEqual((await rt.request(27, 'resources/read', { uri: 'mem://items/42' })).result.contents[0].text, 'item 42');
      assert.strictEqual((await rt.request(28, 'resources/read', { uri: 'mem://nothing' })).error.code, -32002);
      const tl = await rt.request(29, 'resources/templates/list', {});
      assert.strictEqual(tl.result.resourceTemplates[0].uriTemplate, 'mem://items/{id}');
      const c1 = await rt.request(30, 'completion/complete', { ref: { type: 'ref/resource', uri: 'mem://items/{id}' }, argument: { name: 'id', value: 'a' } });
      assert.deepStrictEqual(c1.result.completion.values, ['a1', 'a2']);
      const c2 = await rt.request(31, 'completion/complete', { ref: { type: 'ref/prompt', name: 'greet' }, argument: { name: 'who', value: 'wo' } });
      assert.deepStrictEqual(c2.result.completion.values, ['world']);
      const p = await rt.request(32, 'prompts/get', { name: 'greet', arguments: { who: 'Ada' } });
      assert.deepStrictEqual(p.result.messages, [{ role: 'user', content: { type: 'text', text: 'Hello Ada' } }]);
      assert.strictEqual((await rt.request(33, 'prompts/get', { name: 'greet', arguments: {} })).error.code, -32602);
      // Subscriptions: the handler signals a change.
      assert.deepStrictEqual((await rt.request(34, 'resources/subscribe', { uri: 'mem://live' })).result, {});
      const upd = await rt.next((m) => m.method === 'notifications/resources/updated');
      assert.strictEqual(upd.params.uri, 'mem://live');
      // Elicitation: a server-to-client request answered on stdin.
      rt.send({ jsonrpc: '2.0', id: 35, method: 'tools/call', params: { name: 'ask', arguments: {} } });
      const ask = await rt.next((m) => m.method === 'elicitation/create');
      assert.strictEqual(ask.params.message, 'Name?');
      rt.send({ jsonrpc: '2.0', id: ask.id, result: { action: 'accept', content: { n: 'Bo' } } });
      assert.strictEqual((await rt.response(35)).result.content[0].text, 'hi Bo');
      // Cancellation reaches the handler; no response for the cancelled request.
      rt.send({ jsonrpc: '2.0', id: 36, method: 'tools/call', params: { name: 'slow', arguments: {} } });
      await new Promise((r) => setTimeout(r, 300));
      rt.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 36 } });
      assert.strictEqual(await rt.response(36, 1500), null);
      const fs = require('fs');
      for (let i = 0; i < 50 && !fs.existsSync(rt.dir + '/aborted'); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(fs.existsSync(rt.dir + '/aborted'), 'the handler saw the cancellation');
      assert.deepStrictEqual((await rt.request(37, 'ping')).result, {});
    } finally {
      await rt.stop();
    }
  });

  test(`${label}: 2026-07-28 over stdio`, async () => {
    const rt = new Runtime(interp, app(kind));
    try {
      const d = await rt.request(1, 'server/discover', { _meta: M26 });
      assert.strictEqual(d.result._meta['io.modelcontextprotocol/serverInfo'].name, 'test');
      assert.ok(!('serverInfo' in d.result));
      assert.strictEqual(d.result.resultType, 'complete');
      const l = await rt.request(2, 'tools/list', { _meta: M26 });
      assert.ok(Number.isInteger(l.result.ttlMs) && l.result.cacheScope === 'public');
      assert.strictEqual((await rt.request(3, 'ping', { _meta: M26 })).error.code, -32601);
      assert.strictEqual((await rt.request(4, 'resources/read', { uri: 'mem://none', _meta: M26 })).error.code, -32602);
      assert.strictEqual((await rt.request(5, 'tools/list', { _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' } })).error.code, -32602);
      // input_required, then the retry with the answer and the signed state.
      const first = await rt.request(6, 'tools/call', { name: 'ask', arguments: {}, _meta: M26 });
      assert.strictEqual(first.result.resultType, 'input_required');
      const [key] = Object.keys(first.result.inputRequests);
      assert.strictEqual(first.result.inputRequests[key].method, 'elicitation/create');
      const retry = await rt.request(7, 'tools/call', { name: 'ask', arguments: {}, _meta: M26, requestState: first.result.requestState, inputResponses: { [key]: { action: 'accept', content: { n: 'Cy' } } } });
      assert.strictEqual(retry.result.content[0].text, 'hi Cy');
      assert.strictEqual(retry.result.resultType, 'complete');
      // Every way of altering the state is refused: a changed body, a changed MAC, and a MAC whose
      // last character differs only in the bits base64 leaves unused (same bytes, other text).
      const [body, mac] = first.result.requestState.split('.');
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const flip = (s, i, by) => s.slice(0, i) + alphabet[(alphabet.indexOf(s[i]) ^ by)] + s.slice(i + 1);
      const tampered = [flip(body, 0, 1) + '.' + mac, body + '.' + flip(mac, 0, 1), body + '.' + flip(mac, mac.length - 1, 1),
        body + '.' + flip(mac, mac.length - 1, 2), body + '.' + mac + 'A', body + '.' + mac.slice(0, -1)];
      let id = 100;
      for (const t of tampered) {
        const r = await rt.request(id++, 'tools/call', { name: 'ask', arguments: {}, _meta: M26, requestState: t });
        assert.ok(r.error, `altered state ${t} was accepted`);
        assert.strictEqual(r.error.code, -32602);
      }
      const noCap = { ...M26, 'io.modelcontextprotocol/clientCapabilities': {} };
      const missing = await rt.request(9, 'tools/call', { name: 'ask', arguments: {}, _meta: noCap });
      assert.strictEqual(missing.error.code, -32021);
      assert.deepStrictEqual(missing.error.data, { requiredCapabilities: { elicitation: {} } });
      // Per-request log level.
      await rt.request(10, 'tools/call', { name: 'chatty', arguments: {}, _meta: { ...M26, 'io.modelcontextprotocol/logLevel': 'debug' } });
      assert.deepStrictEqual(rt.messages.filter((m) => m.method === 'notifications/message').map((m) => m.params.data), ['low', 'careful']);
    } finally {
      await rt.stop();
    }
  });

  test(`${label}: stdout is the protocol only; bad messages are answered`, async () => {
    const rt = new Runtime(interp, app(kind));
    try {
      await rt.handshake();
      assert.strictEqual((await rt.request(2, 'tools/call', { name: 'noisy', arguments: {} })).result.content[0].text, 'quiet');
      assert.strictEqual((await rt.request(3, 'tools/call', { name: 'echo', arguments: { text: 'a' } })).result.content[0].text, 'echo a');
      assert.deepStrictEqual(rt.junk, []);
      // A result JSON cannot encode (BigInt in JS, bytes in Python) still gets an answer.
      const big = await rt.request(4, 'tools/call', { name: 'big', arguments: {} }, 3000);
      assert.ok(big && (big.error ? big.error.code === -32603 : true), 'an answer');
      // A method that is not a string is an invalid request.
      assert.strictEqual((await rt.request(5, 42)).error.code, -32600);
      rt.send('{"jsonrpc":"2.0","id":NaN,"method":"ping"}');
      const nan = await rt.next((m) => m.id === null && m.error, 2000);
      assert.ok(nan && [-32600, -32700].includes(nan.error.code));
      assert.deepStrictEqual((await rt.request(6, 'ping')).result, {});
    } finally {
      await rt.stop();
    }
  });

  test(`${label}: Streamable HTTP`, async () => {
    const port = await freePort();
    const rt = new Runtime(interp, app(kind, { transport: 'http', port }), { MCP_HTTP_HOST: '127.0.0.1', MCP_HTTP_TOKEN: 's3cret' });
    const auth = { Authorization: 'Bearer s3cret' };
    try {
      await waitHealthy(port, rt);
      assert.strictEqual((await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 1, method: 'ping' })).status, 401);
      const init = await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: { elicitation: {} }, clientInfo: { name: 't', version: '1' } } }, auth);
      assert.strictEqual(init.status, 200);
      const sid = init.headers['mcp-session-id'];
      assert.ok(sid);
      const h = { ...auth, 'Mcp-Session-Id': sid, 'MCP-Protocol-Version': '2025-11-25' };
      assert.strictEqual((await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', method: 'notifications/initialized' }, h)).status, 202);
      await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 2, method: 'logging/setLevel', params: { level: 'debug' } }, h);
      // Plain answer: JSON. A tool that logs: an SSE stream with the notifications first.
      const echo = await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'echo', arguments: { text: 'x' } } }, h);
      assert.strictEqual(echo.json.result.content[0].text, 'echo x');
      const chatty = await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'chatty', arguments: {} } }, h);
      assert.match(chatty.headers['content-type'], /event-stream/);
      assert.deepStrictEqual(chatty.events.map((e) => e.method || 'result'), ['notifications/message', 'notifications/message', 'result']);
      // Elicitation over HTTP: the request arrives on the stream, the answer as another POST.
      const pending = new Promise((resolve) => {
        const req = require('http').request({ host: '127.0.0.1', port, method: 'POST', path: '/mcp', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...h } }, (res) => {
          let buf = '';
          res.setEncoding('utf8');
          res.on('data', (c) => {
            buf += c;
            const m = /data: (\{.*"elicitation\/create".*\})\n/.exec(buf);
            if (m && !req.answered) {
              req.answered = true;
              const ask = JSON.parse(m[1]);
              httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: ask.id, result: { action: 'accept', content: { n: 'Di' } } }, h);
            }
          });
          res.on('end', () => resolve(buf));
        });
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'ask', arguments: {} } }));
      });
      assert.match(await pending, /hi Di/);
      assert.strictEqual((await httpRequest(port, 'GET', '/mcp', undefined, auth)).status, 405);
      assert.strictEqual((await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 6, method: 'ping' }, { ...auth, Host: 'evil.example.com' })).status, 403);
      assert.strictEqual((await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 6, method: 'ping' }, { ...auth, Origin: 'http://evil.example.com' })).status, 403);
      const big = await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'big', arguments: {} } }, h);
      assert.strictEqual(big.status, 200);
      assert.ok(big.json && big.json.id === 7);
      const m26 = await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 8, method: 'tools/list', params: { _meta: M26 } }, { ...auth, 'MCP-Protocol-Version': '2025-11-25' });
      assert.strictEqual(m26.status, 400);
      assert.strictEqual(m26.json.error.code, -32020);
      assert.strictEqual((await httpRequest(port, 'DELETE', '/mcp', undefined, h)).status, 204);
      assert.strictEqual((await httpRequest(port, 'POST', '/mcp', { jsonrpc: '2.0', id: 9, method: 'ping' }, h)).status, 404);
      assert.strictEqual((await httpRequest(port, 'GET', '/healthz')).status, 200);
    } finally {
      await rt.stop();
    }
  });
}

// How fast a long line is read is a benchmark's business (tests/bench/runtime), not a test's.
test('node: a long stdio line is read whole, and one over the limit is refused', async () => {
  const rt = new Runtime('node', app('node'), { MCP_MAX_LINE_BYTES: String(16 * 1024 * 1024) });
  try {
    await rt.handshake();
    const text = 'y'.repeat(12 * 1024 * 1024);
    const r = await rt.request(2, 'tools/call', { name: 'echo', arguments: { text } }, 120000);
    assert.strictEqual(r.result.content[0].text.length, text.length + 5);
    rt.send('"' + 'z'.repeat(17 * 1024 * 1024) + '"');
    const err = await rt.next((m) => m.id === null && m.error, 120000);
    assert.strictEqual(err.error.code, -32600);
    assert.deepStrictEqual((await rt.request(3, 'ping')).result, {});
  } finally {
    await rt.stop();
  }
});

test('mixed: junk a Python tool writes to fd 1 does not break the worker pipe', async () => {
  const dir = makeApp({ 'tools/raw.py': 'import os\ndef handler(a, c):\n    os.write(1, b"no newline junk")\n    return "raw"\n', 'tools/ok.py': 'def handler(a, c):\n    return "ok"\n' },
    { tools: [{ name: 'raw', file: 'tools/raw.py' }, { name: 'ok', file: 'tools/ok.py' }] });
  const rt = new Runtime('node', dir);
  try {
    await rt.handshake();
    assert.strictEqual((await rt.request(2, 'tools/call', { name: 'raw', arguments: {} })).result.content[0].text, 'raw');
    const ok = await rt.request(3, 'tools/call', { name: 'ok', arguments: {} }, 5000);
    assert.ok(ok, 'the next call returns');
    assert.strictEqual(ok.result.content[0].text, 'ok');
  } finally {
    await rt.stop();
  }
});
