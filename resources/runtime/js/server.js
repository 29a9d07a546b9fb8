#!/usr/bin/env node
// MCP Dock runtime: the MCP server every image runs (`node server.js` in /app).
//
// Dependency-free on purpose (CommonJS, Node 18+): it must start in an image built with
// `--network none` and must not pull anything into the user's dependency tree. The modules in
// mcpdock_js/: protocol (methods and eras), context (what handlers get), registry (loading the
// manifest's tools, resources, prompts), stdio and http (transports), stdout (the protocol's own
// descriptor), worker (Python modules of a mixed image), config + yaml (the configuration).
//
//   node server.js            serve (stdio or http, from manifest.json's runtime.transport)
//   node server.js --check    load the manifest, config, tools and connectors, then exit 0/1
//   node server.js --probe    http transport: GET /healthz on the local port, exit 0/1
//
// Environment: MCP_CONFIG_PATH (config file; default /app/config/config.yaml), MCP_APP_DIR (where
// manifest paths are rooted; default this file's folder), MCP_MANIFEST_PATH (default
// $MCP_APP_DIR/manifest.json), MCP_PYTHON (interpreter for Python modules; default python3), PORT
// and MCP_HTTP_HOST for the http transport, MCP_HTTP_TOKEN (require this bearer token on /mcp),
// MCP_ALLOWED_ORIGINS and MCP_ALLOWED_HOSTS (comma separated), MCP_STATE_KEY (signs 2026-07-28
// requestState; set the same on every replica), MCP_PAGE_SIZE (list page size, default 100).
'use strict';

const { log, stderrWrite, routeConsoleToStderr } = require('./mcpdock_js/log');
const { readManifest } = require('./mcpdock_js/config');
const { loadServer } = require('./mcpdock_js/registry');
const { Protocol } = require('./mcpdock_js/protocol');
const { serveStdio } = require('./mcpdock_js/stdio');
const { serveHttp, probe } = require('./mcpdock_js/http');
const { claimStdout } = require('./mcpdock_js/stdout');

routeConsoleToStderr();

async function main(argv) {
  if (argv.includes('--probe')) {
    const manifest = readManifest();
    return probe(Number(process.env.PORT) || manifest.runtime.port || 8080);
  }
  const check = argv.includes('--check');
  let transport = 'stdio';
  try {
    transport = readManifest().runtime.transport || 'stdio';
  } catch (_) {
    // loadServer reports it
  }
  // Before any tool module loads: from here on fd 1 is stderr, and the protocol has its own.
  let out = null;
  let shutdown = (code) => process.exit(code);
  if (!check && transport !== 'http') out = await claimStdout(() => shutdown(0));
  let registry;
  try {
    registry = await loadServer({ connect: !check });
  } catch (e) {
    stderrWrite(`error: ${e.message}`);
    process.exit(1);
  }
  if (check) {
    if (registry.worker) registry.worker.stop();
    if (registry.problems.length) {
      for (const p of registry.problems) stderrWrite(`error: ${p}`);
      process.exit(1);
    }
    const extra = [registry.resources.size + registry.templates.length ? `, ${registry.resources.size} resources, ${registry.templates.length} resource templates` : '', registry.prompts.size ? `, ${registry.prompts.size} prompts` : ''].join('');
    stderrWrite(`ok: ${registry.manifest.name} ${registry.manifest.version}: ${registry.tools.size} tools, ${registry.manifest.connectors.length} connectors${extra}${registry.configFile ? `, config ${registry.configFile}` : ''}`);
    process.exit(0);
  }
  for (const p of registry.problems) log(`error: ${p}`);
  if (registry.problems.length) {
    // A half-loaded server would answer tools/list with a different list than the manifest's.
    stderrWrite('error: the server cannot start; fix the problems above (`node server.js --check` lists them)');
    process.exit(1);
  }
  const protocol = new Protocol(registry);
  if (registry.worker) registry.worker.onResourceUpdated = (uri) => protocol.resourceUpdated(uri);
  let httpServer = null;
  shutdown = (code) => {
    if (out) out.flushSync();
    if (registry.worker) registry.worker.stop();
    if (httpServer) httpServer.close();
    process.exit(code);
  };
  // As PID 1 a process gets no default signal handlers: without these, `docker stop` waits 10 s.
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(0));
  log(`${registry.manifest.name} ${registry.manifest.version}: ${registry.tools.size} tools over ${transport}`);
  if (transport === 'http') httpServer = serveHttp(protocol, Number(process.env.PORT) || registry.manifest.runtime.port || 8080, registry);
  else serveStdio(protocol, out, shutdown);
}

// A tool's forgotten promise must not take the whole server down (Node exits on unhandled rejections).
process.on('unhandledRejection', (reason) => log('unhandled promise rejection in a tool:', reason));

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    stderrWrite(`error: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
}
