module.exports = { connect: (config) => ({ config }) };
