// The stdio transport: newline-delimited JSON-RPC on stdin and the protocol's own stdout.
'use strict';

const { log } = require('./log');
const { Session, handleText, serialize, errorResponse } = require('./protocol');
const { LineReader } = require('./lines');

// out: { write(string) } (see stdout.js). shutdown(code) when stdin ends and nothing is in flight.
function serveStdio(protocol, out, shutdown) {
  let inFlight = 0;
  let ended = false;
  const send = (message) => {
    const text = serialize(message);
    if (text !== null) out.write(text + '\n');
    return true;
  };
  const session = new Session(send);
  protocol.addSession(session);
  // One exchange for the connection: everything a request sends goes to stdout.
  const exchange = { session, inflight: session.inflight, send };
  const finishIfDone = () => {
    if (ended && inFlight === 0) shutdown(0);
  };
  const onLine = (line) => {
    inFlight++;
    handleText(protocol, line, exchange)
      .then((response) => {
        if (response) send(response);
      })
      .catch((e) => log('internal error:', e))
      .finally(() => {
        inFlight--;
        finishIfDone();
      });
  };
  const reader = new LineReader(
    (line) => {
      // Blank lines (and a lone \r) are not messages.
      if (line.length > 64 || line.trim()) onLine(line);
    },
    (n) => send(errorResponse(null, -32600, `Invalid Request: a message of ${n} bytes is over the limit`)),
  );
  process.stdin.on('data', (chunk) => reader.push(chunk));
  process.stdin.on('end', () => {
    reader.end();
    ended = true;
    finishIfDone();
  });
}

module.exports = { serveStdio };
