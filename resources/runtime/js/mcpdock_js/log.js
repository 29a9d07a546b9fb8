// Logging for the runtime: everything human-readable goes to stderr; stdout is the protocol's.
'use strict';

const util = require('util');

const stderrWrite = (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n');
function log(...parts) {
  stderrWrite('[mcp] ' + parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.stack || String(p) : JSON.stringify(p))).join(' '));
}

// Anything a tool prints with console.log must not corrupt the protocol.
function routeConsoleToStderr() {
  for (const level of ['log', 'info', 'debug', 'warn']) {
    // eslint-disable-next-line no-console
    console[level] = (...args) => stderrWrite(util.format(...args));
  }
}

module.exports = { log, stderrWrite, routeConsoleToStderr };
