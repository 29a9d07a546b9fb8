// The server benchmark's comparison: the same echo tool on the official TypeScript SDK v1
// (McpServer). stdio when PORT is unset; with PORT, Streamable HTTP on POST/GET/DELETE /mcp with
// sessions and JSON answers (enableJsonResponse), the shape of the SDK's own stateful example
// on plain node:http (no framework), which is also how MCP Dock's runtime answers.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

function makeServer() {
  const server = new McpServer({ name: 'bench-echo-sdk', version: '1.0.0' });
  server.registerTool('echo', { description: 'Return the text it is given', inputSchema: { text: z.string() } },
    async ({ text }) => ({ content: [{ type: 'text', text }] }));
  return server;
}

if (!process.env.PORT) {
  await makeServer().connect(new StdioServerTransport());
} else {
  const transports = new Map();
  const readBody = (req) => new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
  const fail = (res, status, message) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
  };
  http.createServer(async (req, res) => {
    try {
      if (req.url === '/healthz') return res.end('ok');
      if (!req.url.startsWith('/mcp')) return fail(res, 404, 'Not found');
      const sid = req.headers['mcp-session-id'];
      const body = req.method === 'POST' ? JSON.parse(await readBody(req)) : undefined;
      let transport = sid ? transports.get(sid) : undefined;
      if (!transport) {
        if (sid || req.method !== 'POST' || !isInitializeRequest(body)) return fail(res, 400, 'No valid session');
        transport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          enableJsonResponse: true,
          onsessioninitialized: (id) => transports.set(id, transport),
        });
        transport.onclose = () => transport.sessionId && transports.delete(transport.sessionId);
        await makeServer().connect(transport);
      }
      await transport.handleRequest(req, res, body);
    } catch (e) {
      if (!res.headersSent) fail(res, 500, String(e && e.message));
    }
  }).listen(Number(process.env.PORT), process.env.HOST || '0.0.0.0');
}
process.on('SIGTERM', () => process.exit(0));
