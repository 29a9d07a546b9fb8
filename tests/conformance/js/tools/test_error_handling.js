module.exports = { handler: () => ({ isError: true, content: [{ type: 'text', text: 'This tool intentionally returns an error for testing' }] }) };
