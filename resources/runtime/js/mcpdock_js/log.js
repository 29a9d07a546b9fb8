// Logging for the runtime: everything human-readable goes to stderr; the protocol has its own output.
'use strict';

const util = require('util');

const stderrWrite = (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n');

function format(p) {
  if (typeof p === 'string') return p;
  if (p instanceof Error) return p.stack || String(p);
  try {
    return JSON.stringify(p);
  } catch (_) {
    return util.inspect(p);
  }
}

function log(...parts) {
  stderrWrite('[mcp] ' + parts.map(format).join(' '));
}

// Anything a tool prints with console.log must not corrupt the protocol.
function routeConsoleToStderr() {
  for (const level of ['log', 'info', 'debug', 'warn']) {
    // eslint-disable-next-line no-console
    console[level] = (...args) => stderrWrite(util.format(...args));
  }
}

module.exports = { log, format, stderrWrite, routeConsoleToStderr };
