// Loads what the manifest names: connectors first, then tools, resources, resource templates and
// prompts (JavaScript modules here, Python ones through the worker).
'use strict';

const fs = require('fs');
const path = require('path');
const url = require('url');
const { log } = require('./log');
const { APP_DIR } = require('./paths');
const { readConfig, readManifest } = require('./config');
const { PythonWorker } = require('./worker');
const { compileTemplate } = require('./uritemplate');

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
  const own = ['handler', 'connect', 'read', 'get'];
  if (mod && typeof mod === 'object' && mod.default && !own.some((k) => typeof mod[k] === 'function')) return mod.default;
  return mod;
}

function describeLoadError(kind, entry, e) {
  const where = `${kind} "${entry.name}" (${entry.file || entry.handler})`;
  const detail = e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n') : String(e);
  return `${where}: ${detail}`;
}

const DEFAULT_SCHEMA = { type: 'object', properties: {} };

function checkSchema(schema) {
  return schema && typeof schema === 'object' && !Array.isArray(schema) && (schema.type === undefined || schema.type === 'object');
}

const MIME_BY_EXT = {
  '.txt': 'text/plain', '.md': 'text/markdown', '.csv': 'text/csv', '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css',
  '.xml': 'application/xml', '.json': 'application/json', '.yaml': 'application/yaml', '.yml': 'application/yaml', '.js': 'text/javascript',
  '.py': 'text/x-python', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.zip': 'application/zip',
};

// Static content is text when its type is text/* or JSON (or XML/YAML), a base64 blob otherwise.
function isTextType(mimeType) {
  return /^text\//.test(mimeType) || /[/+]json$/.test(mimeType) || /[/+]xml$/.test(mimeType) || /yaml$/.test(mimeType) || mimeType === 'image/svg+xml';
}

function staticReader(file, mimeType) {
  const abs = path.resolve(APP_DIR, file);
  return async (uri) => {
    const data = await fs.promises.readFile(abs);
    return isTextType(mimeType) ? { uri, mimeType, text: data.toString('utf8') } : { uri, mimeType, blob: data.toString('base64') };
  };
}

const optional = (o, keys) => {
  const out = {};
  for (const k of keys) if (o && o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out;
};

async function loadServer({ connect }) {
  const manifest = readManifest();
  const { config, file: configFile } = readConfig();
  const problems = [];
  const tools = new Map();
  const resources = new Map();
  const templates = [];
  const prompts = new Map();
  const connectors = {};
  const isPy = (e) => e.language === 'python';
  const needsPython = [manifest.tools, manifest.connectors, manifest.resources.filter((r) => r.handler), manifest.resourceTemplates, manifest.prompts].some((l) => l.some(isPy));
  const worker = needsPython ? new PythonWorker() : null;
  const registry = { manifest, config, configFile, connectors, tools, resources, templates, prompts, problems, worker, dynamicResources: false };

  for (const c of manifest.connectors.filter((x) => !isPy(x))) {
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

  const jsTools = new Map();
  for (const t of manifest.tools) {
    if (isPy(t)) continue;
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
    if (mod.outputSchema !== undefined && !(checkSchema(mod.outputSchema) && mod.outputSchema.type === 'object')) {
      problems.push(`tool "${t.name}" (${t.file}): outputSchema must be a JSON Schema object with type "object"`);
      continue;
    }
    jsTools.set(t.name, {
      name: t.name,
      ...optional(mod, ['title', 'annotations', 'icons', '_meta']),
      description: t.description || (typeof mod.description === 'string' ? mod.description : ''),
      inputSchema: { type: 'object', ...schema },
      ...(mod.outputSchema ? { outputSchema: mod.outputSchema } : {}),
      call: (args, ctx) => mod.handler(args, ctx),
    });
  }

  const jsResources = new Map();
  for (const r of manifest.resources) {
    const mimeType = r.mimeType || (r.file ? MIME_BY_EXT[path.extname(r.file).toLowerCase()] || 'application/octet-stream' : undefined);
    const info = { uri: r.uri, name: r.name || r.uri, ...optional(r, ['title', 'description']), ...(mimeType ? { mimeType } : {}) };
    if (r.file) {
      if (!fs.existsSync(path.resolve(APP_DIR, r.file))) problems.push(`resource "${info.name}" (${r.file}): the file is missing`);
      jsResources.set(r.uri, { ...info, read: staticReader(r.file, mimeType) });
    } else if (r.handler && !isPy(r)) {
      let mod;
      try {
        mod = await loadModule(r.handler);
      } catch (e) {
        problems.push(describeLoadError('resource', { name: info.name, file: r.handler }, e));
        continue;
      }
      if (!mod || typeof mod.read !== 'function') {
        problems.push(`resource "${info.name}" (${r.handler}): must export a function read(uri, context)`);
        continue;
      }
      jsResources.set(r.uri, {
        ...info,
        read: (uri, ctx) => mod.read(uri, ctx),
        ...(typeof mod.subscribe === 'function' ? { subscribe: (uri, ctx) => mod.subscribe(uri, ctx) } : {}),
        ...(typeof mod.unsubscribe === 'function' ? { unsubscribe: (uri, ctx) => mod.unsubscribe(uri, ctx) } : {}),
      });
    } else if (!r.handler) problems.push(`resource "${info.name}": needs a file or a handler`);
  }

  const templateInfo = (t) => {
    try {
      return { uriTemplate: t.uriTemplate, name: t.name, ...optional(t, ['title', 'description', 'mimeType']), matcher: compileTemplate(t.uriTemplate) };
    } catch (e) {
      problems.push(`resource template "${t.name}": ${e.message}`);
      return null;
    }
  };
  const jsTemplates = new Map();
  for (const t of manifest.resourceTemplates) {
    if (isPy(t)) continue;
    const info = templateInfo(t);
    if (!info) continue;
    let mod;
    try {
      mod = await loadModule(t.handler);
    } catch (e) {
      problems.push(describeLoadError('resource template', { name: t.name, file: t.handler }, e));
      continue;
    }
    if (!mod || typeof mod.read !== 'function') {
      problems.push(`resource template "${t.name}" (${t.handler}): must export a function read(uri, params, context)`);
      continue;
    }
    jsTemplates.set(t.name, {
      ...info,
      read: (uri, params, ctx) => mod.read(uri, params, ctx),
      ...(typeof mod.complete === 'function' ? { complete: (v, value, ctx) => mod.complete(v, value, ctx) } : {}),
      ...(typeof mod.list === 'function' ? { list: (ctx) => mod.list(ctx) } : {}),
      ...(typeof mod.subscribe === 'function' ? { subscribe: (uri, ctx) => mod.subscribe(uri, ctx) } : {}),
      ...(typeof mod.unsubscribe === 'function' ? { unsubscribe: (uri, ctx) => mod.unsubscribe(uri, ctx) } : {}),
    });
  }

  const promptArgs = (p, mod) => {
    const list = Array.isArray(p.arguments) && p.arguments.length ? p.arguments : mod && Array.isArray(mod.arguments) ? mod.arguments : [];
    return list.filter((a) => a && typeof a.name === 'string').map((a) => ({ name: a.name, ...optional(a, ['title', 'description']), ...(a.required ? { required: true } : {}) }));
  };
  const jsPrompts = new Map();
  for (const p of manifest.prompts) {
    if (isPy(p)) continue;
    let mod;
    try {
      mod = await loadModule(p.file);
    } catch (e) {
      problems.push(describeLoadError('prompt', p, e));
      continue;
    }
    if (!mod || typeof mod.get !== 'function') {
      problems.push(`prompt "${p.name}" (${p.file}): must export a function get(args, context)`);
      continue;
    }
    jsPrompts.set(p.name, {
      name: p.name,
      ...optional(p, ['title']),
      ...(!p.title && mod.title ? { title: mod.title } : {}),
      description: p.description || (typeof mod.description === 'string' ? mod.description : ''),
      arguments: promptArgs(p, mod),
      get: (args, ctx) => mod.get(args, ctx),
      ...(typeof mod.complete === 'function' ? { complete: (a, value, ctx) => mod.complete(a, value, ctx) } : {}),
    });
  }

  if (worker) {
    try {
      const loaded = await worker.request('load', { connect: !!connect });
      for (const p of loaded.problems || []) problems.push(p);
      for (const t of loaded.tools || []) {
        jsTools.set(t.name, {
          ...t,
          call: async (args, ctx) => ({ __mcpResult: await worker.invoke('tool', t.name, 'call', [args], ctx) }),
        });
      }
      for (const r of loaded.resources || []) {
        const m = manifest.resources.find((x) => x.uri === r.uri);
        jsResources.set(r.uri, {
          uri: r.uri, name: m.name || r.uri, ...optional(m, ['title', 'description', 'mimeType']),
          read: (uri, ctx) => worker.invoke('resource', r.uri, 'read', [uri], ctx),
          ...(r.subscribe ? { subscribe: (uri, ctx) => worker.invoke('resource', r.uri, 'subscribe', [uri], ctx) } : {}),
          ...(r.unsubscribe ? { unsubscribe: (uri, ctx) => worker.invoke('resource', r.uri, 'unsubscribe', [uri], ctx) } : {}),
        });
      }
      for (const t of loaded.templates || []) {
        const m = manifest.resourceTemplates.find((x) => x.name === t.name);
        const info = templateInfo(m);
        if (!info) continue;
        jsTemplates.set(t.name, {
          ...info,
          read: (uri, params, ctx) => worker.invoke('template', t.name, 'read', [uri, params], ctx),
          ...(t.complete ? { complete: (v, value, ctx) => worker.invoke('template', t.name, 'complete', [v, value], ctx) } : {}),
          ...(t.list ? { list: (ctx) => worker.invoke('template', t.name, 'list', [], ctx) } : {}),
          ...(t.subscribe ? { subscribe: (uri, ctx) => worker.invoke('template', t.name, 'subscribe', [uri], ctx) } : {}),
        });
      }
      for (const p of loaded.prompts || []) {
        const m = manifest.prompts.find((x) => x.name === p.name);
        jsPrompts.set(p.name, {
          name: p.name,
          ...optional(m, ['title']),
          description: m.description || p.description || '',
          arguments: promptArgs(m, p),
          get: (args, ctx) => worker.invoke('prompt', p.name, 'get', [args], ctx),
          ...(p.complete ? { complete: (a, value, ctx) => worker.invoke('prompt', p.name, 'complete', [a, value], ctx) } : {}),
        });
      }
    } catch (e) {
      problems.push(`Python modules: ${e.message}`);
    }
  }
  // Keep the manifest's order in every list.
  for (const t of manifest.tools) if (jsTools.has(t.name)) tools.set(t.name, jsTools.get(t.name));
  for (const r of manifest.resources) if (jsResources.has(r.uri)) resources.set(r.uri, jsResources.get(r.uri));
  for (const t of manifest.resourceTemplates) if (jsTemplates.has(t.name)) templates.push(jsTemplates.get(t.name));
  for (const p of manifest.prompts) if (jsPrompts.has(p.name)) prompts.set(p.name, jsPrompts.get(p.name));
  registry.dynamicResources = templates.some((t) => t.list);
  return registry;
}

module.exports = { loadServer, loadModule, isTextType };
