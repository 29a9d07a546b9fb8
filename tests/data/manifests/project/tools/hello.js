module.exports = { description: 'Say hello', inputSchema: { type: 'object', properties: { name: { type: 'string' } } }, handler: ({ name }) => `Hello, ${name || 'world'}!` };
