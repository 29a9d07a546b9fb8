// The configuration file (context.config) and the normalized manifest (manifest.json).
'use strict';

const fs = require('fs');
const path = require('path');
const { parseYaml } = require('./yaml');
const { CONFIG_PATH, MANIFEST_PATH } = require('./paths');

function readConfig() {
  let file = CONFIG_PATH;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'config.yaml');
  } catch (_) {
    return { config: {}, file: null };
  }
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e.code === 'ENOENT') return { config: {}, file: null };
    throw new Error(`cannot read the configuration ${file}: ${e.message}`);
  }
  try {
    // JSON is read as JSON (also when mounted under the .yaml name): multi-line flow is not in our YAML subset.
    let value;
    if (/\.json$/i.test(file)) value = JSON.parse(text);
    else if (/^\s*[{[]/.test(text)) {
      try {
        value = JSON.parse(text);
      } catch (_) {
        value = parseYaml(text);
      }
    } else value = parseYaml(text);
    return { config: value === null ? {} : value, file };
  } catch (e) {
    throw new Error(`${file}: ${e.message}`);
  }
}


function readManifest() {
  let m;
  try {
    m = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the manifest ${MANIFEST_PATH}: ${e.message}`);
  }
  if (!m || typeof m.name !== 'string' || (m.tools !== undefined && !Array.isArray(m.tools))) throw new Error(`${MANIFEST_PATH}: not an MCP Dock manifest`);
  // Missing lists are empty.
  for (const k of ['tools', 'connectors', 'resources', 'resourceTemplates', 'prompts']) if (!Array.isArray(m[k])) m[k] = [];
  m.runtime = m.runtime || {};
  return m;
}

module.exports = { readConfig, readManifest };
