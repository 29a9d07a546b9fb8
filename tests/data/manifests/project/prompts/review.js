module.exports = { get: (args) => `Review ${args.file}` };
