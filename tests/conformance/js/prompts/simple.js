module.exports = { get: () => 'This is a simple prompt for testing.' };
