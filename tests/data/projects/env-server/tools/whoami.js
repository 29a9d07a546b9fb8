'use strict';
module.exports = {
  description: 'Says the greeting and whether the token arrived',
  inputSchema: { type: 'object', properties: {} },
  handler() {
    const token = process.env.API_TOKEN || '';
    // Never echo a secret: only its length and a fixed check.
    return `${process.env.GREETING || '(no greeting)'}; token ${token === 's3cr3t-t0ken' ? 'ok' : `wrong (${token.length} chars)`}; retries ${process.env.RETRIES}`;
  },
};
