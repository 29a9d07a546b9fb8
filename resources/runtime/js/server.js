#!/usr/bin/env node
// MCP Dock runtime: the MCP server every image runs (`node server.js` in /app).
//
// Dependency-free on purpose (CommonJS, Node 18+): it must start in an image built with
// `--network none` and must not pull anything into the user's dependency tree.
//
//   node server.js            serve (stdio or http, from manifest.json's runtime.transport)
//   node server.js --check    load the manifest, config, tools and connectors, then exit 0/1
//   node server.js --probe    http transport: GET /healthz on the local port, exit 0/1
//
// Environment: MCP_CONFIG_PATH (config file; default /app/config/config.yaml), MCP_APP_DIR (where
// manifest paths are rooted; default this file's folder), MCP_MANIFEST_PATH (default
// $MCP_APP_DIR/manifest.json), MCP_PYTHON (interpreter for Python tools; default python3), PORT
// and MCP_HTTP_HOST for the http transport, MCP_ALLOWED_ORIGINS (comma separated) for browsers.
'use strict';


const { log, stderrWrite, routeConsoleToStderr } = require('./mcpdock_js/log');
const { readManifest } = require('./mcpdock_js/config');
const { loadServer } = require('./mcpdock_js/registry');
const { makeHandler } = require('./mcpdock_js/protocol');
const { serveStdio } = require('./mcpdock_js/stdio');
const { serveHttp, probe } = require('./mcpdock_js/http');

routeConsoleToStderr();

async function main(argv) {
  if (argv.includes('--probe')) {
    const manifest = readManifest();
    return probe(Number(process.env.PORT) || manifest.runtime.port || 8080);
  }
  const check = argv.includes('--check');
  let server;
  try {
    server = await loadServer({ connect: !check });
  } catch (e) {
    stderrWrite(`error: ${e.message}`);
    process.exit(1);
  }
  if (check) {
    if (server.worker) server.worker.stop();
    if (server.problems.length) {
      for (const p of server.problems) stderrWrite(`error: ${p}`);
      process.exit(1);
    }
    stderrWrite(`ok: ${server.manifest.name} ${server.manifest.version}: ${server.tools.size} tools, ${server.manifest.connectors.length} connectors${server.configFile ? `, config ${server.configFile}` : ''}`);
    process.exit(0);
  }
  for (const p of server.problems) log(`error: ${p}`);
  if (server.problems.length) {
    // A half-loaded server would answer tools/list with a different list than the manifest's.
    stderrWrite('error: the server cannot start; fix the problems above (`node server.js --check` lists them)');
    process.exit(1);
  }
  const handle = makeHandler(server);
  let httpServer = null;
  const shutdown = (code) => {
    if (server.worker) server.worker.stop();
    if (httpServer) httpServer.close();
    process.exit(code);
  };
  // As PID 1 a process gets no default signal handlers: without these, `docker stop` waits 10 s.
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(0));
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') shutdown(0);
  });
  const transport = server.manifest.runtime.transport || 'stdio';
  log(`${server.manifest.name} ${server.manifest.version}: ${server.tools.size} tools over ${transport}`);
  if (transport === 'http') httpServer = serveHttp(handle, Number(process.env.PORT) || server.manifest.runtime.port || 8080, server);
  else serveStdio(handle, shutdown);
}

// A tool's forgotten promise must not take the whole server down (Node exits on unhandled rejections).
process.on('unhandledRejection', (reason) => log('unhandled promise rejection in a tool:', reason));

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    stderrWrite(`error: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
}

