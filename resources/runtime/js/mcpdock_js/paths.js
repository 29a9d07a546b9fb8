// Where the app's files are: the manifest, the configuration, the tools.
'use strict';

const path = require('path');

const APP_DIR = path.resolve(process.env.MCP_APP_DIR || path.join(__dirname, '..'));
const MANIFEST_PATH = process.env.MCP_MANIFEST_PATH || path.join(APP_DIR, 'manifest.json');
const CONFIG_PATH = process.env.MCP_CONFIG_PATH || path.join(APP_DIR, 'config', 'config.yaml');

module.exports = { APP_DIR, MANIFEST_PATH, CONFIG_PATH };
