'use strict';
// connect(config) may be async (a real backend would open a connection here).
module.exports = {
  async connect(config, { log }) {
    const terms = new Map(Object.entries(config.glossary || {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
    log(`glossary: ${terms.size} terms`);
    return { lookup: async (term) => terms.get(String(term).toLowerCase()), size: () => terms.size };
  },
};
