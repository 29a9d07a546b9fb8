module.exports = { read: () => 'all good' };
