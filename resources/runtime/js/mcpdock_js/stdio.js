// The stdio transport: newline-delimited JSON-RPC on stdin/stdout.
'use strict';

const { log } = require('./log');
const { handleBody } = require('./protocol');

function serveStdio(handle, shutdown) {
  let buffer = '';
  let inFlight = 0;
  let ended = false;
  const finishIfDone = () => {
    if (ended && inFlight === 0) shutdown(0);
  };
  const send = (response) => {
    if (response) process.stdout.write(JSON.stringify(response) + '\n');
  };
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '');
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      inFlight++;
      handleBody(handle, line)
        .then(send, (e) => log('internal error:', e))
        .finally(() => {
          inFlight--;
          finishIfDone();
        });
    }
  });
  process.stdin.on('end', () => {
    ended = true;
    if (buffer.trim()) {
      const line = buffer;
      buffer = '';
      inFlight++;
      handleBody(handle, line).then(send).finally(() => {
        inFlight--;
        finishIfDone();
      });
    }
    finishIfDone();
  });
}


module.exports = { serveStdio };
