module.exports = { handler: () => 'This is a simple text response for testing.' };
