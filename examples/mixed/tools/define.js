'use strict';

module.exports = {
  description: 'Look a term up in the glossary from config.yaml',
  inputSchema: { type: 'object', properties: { term: { type: 'string' } }, required: ['term'] },
  async handler({ term }, { connectors }) {
    const entry = await connectors.glossary.lookup(term);
    return entry ? `${term}: ${entry}` : `"${term}" is not in the glossary (${connectors.glossary.size()} terms)`;
  },
};
