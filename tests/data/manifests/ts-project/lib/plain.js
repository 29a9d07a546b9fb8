module.exports = { handler: () => 'plain' };
