// Loads what the manifest names: connectors first, then tools (JavaScript here, Python through the worker).
'use strict';

const path = require('path');
const url = require('url');
const { log } = require('./log');
const { APP_DIR } = require('./paths');
const { readConfig, readManifest } = require('./config');
const { PythonWorker } = require('./worker');

async function loadModule(file) {
  const abs = path.resolve(APP_DIR, file);
  let mod;
  if (abs.endsWith('.mjs')) {
    mod = await import(url.pathToFileURL(abs).href);
  } else {
    try {
      mod = require(abs);
    } catch (e) {
      if (e && (e.code === 'ERR_REQUIRE_ESM' || e.code === 'ERR_REQUIRE_ASYNC_MODULE')) mod = await import(url.pathToFileURL(abs).href);
      else throw e;
    }
  }
  // CommonJS module.exports, an ES module's default export, or its named exports.
  if (mod && typeof mod === 'object' && mod.default && typeof mod.handler !== 'function' && typeof mod.connect !== 'function') return mod.default;
  return mod;
}

function describeLoadError(kind, entry, e) {
  const where = `${kind} "${entry.name}" (${entry.file})`;
  const detail = e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n') : String(e);
  return `${where}: ${detail}`;
}

const DEFAULT_SCHEMA = { type: 'object', properties: {} };

function checkSchema(schema) {
  return schema && typeof schema === 'object' && !Array.isArray(schema) && (schema.type === undefined || schema.type === 'object');
}

async function loadServer({ connect }) {
  const manifest = readManifest();
  const { config, file: configFile } = readConfig();
  const problems = [];
  const tools = new Map();
  const connectors = {};
  const jsConnectors = manifest.connectors.filter((c) => c.language !== 'python');
  const needsPython = manifest.tools.some((t) => t.language === 'python') || manifest.connectors.some((c) => c.language === 'python');
  const worker = needsPython ? new PythonWorker() : null;

  for (const c of jsConnectors) {
    let mod;
    try {
      mod = await loadModule(c.file);
    } catch (e) {
      problems.push(describeLoadError('connector', c, e));
      continue;
    }
    if (!mod || typeof mod.connect !== 'function') {
      problems.push(`connector "${c.name}" (${c.file}): must export a function connect(config)`);
      continue;
    }
    if (!connect) continue;
    try {
      connectors[c.name] = await mod.connect(config, { name: c.name, log: (...a) => log(`[${c.name}]`, ...a) });
    } catch (e) {
      // A database that is down must not keep the server from answering tools/list.
      log(`connector "${c.name}" failed to connect:`, e);
      const message = `connector "${c.name}" is not connected: ${e && e.message ? e.message : e}`;
      Object.defineProperty(connectors, c.name, {
        enumerable: true,
        get() {
          throw new Error(message);
        },
      });
    }
  }
  const context = { connectors, config, log: (...a) => log(...a) };

  for (const t of manifest.tools) {
    if (t.language === 'python') continue;
    let mod;
    try {
      mod = await loadModule(t.file);
    } catch (e) {
      problems.push(describeLoadError('tool', t, e));
      continue;
    }
    if (!mod || typeof mod.handler !== 'function') {
      problems.push(`tool "${t.name}" (${t.file}): must export a function handler(args, context)`);
      continue;
    }
    const schema = mod.inputSchema === undefined ? DEFAULT_SCHEMA : mod.inputSchema;
    if (!checkSchema(schema)) {
      problems.push(`tool "${t.name}" (${t.file}): inputSchema must be a JSON Schema object with type "object"`);
      continue;
    }
    tools.set(t.name, {
      name: t.name,
      description: t.description || (typeof mod.description === 'string' ? mod.description : ''),
      inputSchema: { type: 'object', ...schema },
      call: (args) => mod.handler(args, context),
    });
  }

  if (worker) {
    try {
      const loaded = await worker.request('load', { connect: !!connect });
      for (const p of loaded.problems || []) problems.push(p);
      for (const t of loaded.tools || []) {
        tools.set(t.name, {
          name: t.name,
          description: t.description,
          inputSchema: t.inputSchema,
          call: async (args) => ({ __mcpResult: await worker.request('call', { name: t.name, arguments: args }) }),
        });
      }
    } catch (e) {
      problems.push(`Python tools: ${e.message}`);
    }
  }
  // Keep the manifest's order in tools/list.
  const ordered = new Map();
  for (const t of manifest.tools) if (tools.has(t.name)) ordered.set(t.name, tools.get(t.name));
  return { manifest, config, configFile, tools: ordered, problems, worker };
}


module.exports = { loadServer, loadModule };
