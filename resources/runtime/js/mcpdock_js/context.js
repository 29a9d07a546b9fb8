// The context a tool, resource or prompt handler gets: config, connectors, and the request's
// channel back to the client (log, progress, elicit, sample, listRoots, signal).
'use strict';

const { log, format } = require('./log');

const LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];
const LEVEL_INDEX = Object.fromEntries(LEVELS.map((l, i) => [l, i]));

class RpcError extends Error {
  constructor(code, message, data, httpStatus) {
    super(message);
    this.code = code;
    this.data = data;
    this.httpStatus = httpStatus;
  }
}

const CAPABILITY_OF = { 'elicitation/create': 'elicitation', 'sampling/createMessage': 'sampling', 'roots/list': 'roots' };
const KEY_PREFIX = { 'elicitation/create': 'elicit', 'sampling/createMessage': 'sample', 'roots/list': 'roots' };

function elicitParams(params, requestedSchema) {
  if (typeof params === 'string') return { message: params, requestedSchema: requestedSchema || { type: 'object', properties: {} } };
  return params;
}

function sampleParams(params, options) {
  if (typeof params === 'string') {
    return { messages: [{ role: 'user', content: { type: 'text', text: params } }], maxTokens: (options && options.maxTokens) || 1000 };
  }
  return params;
}

// Sends a request to the client and waits for its answer (2025 versions), or, in 2026-07-28, takes the
// answer from the retried request's inputResponses or asks for it with an input_required result.
function ask(rc, protocol, method, params, options) {
  const capability = CAPABILITY_OF[method];
  if (rc.mrtr) {
    if (!rc.clientCaps || !rc.clientCaps[capability]) {
      return Promise.reject(
        new RpcError(-32021, `Missing required client capability: ${capability}`, { requiredCapabilities: { [capability]: {} } }, 400),
      );
    }
    const key = (options && options.key) || `${KEY_PREFIX[method]}-${++rc.mrtr.count}`;
    if (Object.prototype.hasOwnProperty.call(rc.mrtr.answers, key)) return Promise.resolve(rc.mrtr.answers[key]);
    rc.mrtr.requests[key] = { method, params };
    rc.mrtr.need();
    return new Promise(() => {}); // the handler is abandoned; the retry runs it again
  }
  const session = rc.session;
  if (session && session.initialized && !session.clientCapabilities[capability]) {
    return Promise.reject(new Error(`the client did not declare the ${capability} capability`));
  }
  if (rc.signal.aborted) return Promise.reject(new Error('the request was cancelled'));
  return protocol.requestClient(rc, method, params);
}

function makeContext(rc, protocol, logger) {
  const reg = protocol.registry;
  const wants = (level) => {
    const min = rc.logLevel;
    return min !== null && min !== undefined && LEVEL_INDEX[level] >= LEVEL_INDEX[min];
  };
  return {
    config: reg.config,
    connectors: reg.connectors,
    signal: rc.signal,
    requestId: rc.id,
    meta: rc.meta || {},
    protocolVersion: rc.version,
    // log(level, data) sends notifications/message (at or above the client's level) and writes to
    // stderr; log('text', ...) without a level is 'info', as context.log(...) always was.
    log(level, ...rest) {
      let lvl = 'info';
      let parts = [level, ...rest];
      if (typeof level === 'string' && LEVEL_INDEX[level] !== undefined && rest.length) {
        lvl = level;
        parts = rest;
      }
      log(`[${logger}] ${lvl}:`, ...parts);
      if (!wants(lvl)) return false;
      let data = parts.length === 1 ? parts[0] : parts.map(format).join(' ');
      if (data instanceof Error) data = data.message;
      return rc.exchange.send({ jsonrpc: '2.0', method: 'notifications/message', params: { level: lvl, logger, data } });
    },
    progress(done, total, message) {
      const token = rc.meta ? rc.meta.progressToken : undefined;
      if (token === undefined || token === null) return false;
      const params = { progressToken: token, progress: done };
      if (total !== undefined && total !== null) params.total = total;
      if (message !== undefined && message !== null) params.message = String(message);
      return rc.exchange.send({ jsonrpc: '2.0', method: 'notifications/progress', params });
    },
    elicit: (params, requestedSchemaOrOptions, options) => {
      const isSchema = typeof params === 'string';
      return ask(rc, protocol, 'elicitation/create', elicitParams(params, isSchema ? requestedSchemaOrOptions : undefined), isSchema ? options : requestedSchemaOrOptions);
    },
    sample: (params, options) => ask(rc, protocol, 'sampling/createMessage', sampleParams(params, options), options),
    listRoots: (options) => ask(rc, protocol, 'roots/list', {}, options),
    notifyResourceUpdated: (uri) => protocol.resourceUpdated(uri),
  };
}

module.exports = { makeContext, RpcError, LEVELS, LEVEL_INDEX };
