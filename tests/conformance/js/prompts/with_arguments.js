module.exports = {
  get: (args) => `Prompt with arguments: arg1='${args.arg1}', arg2='${args.arg2}'`,
  complete: (argument, value) => ['test', 'testValue1', 'other'].filter((v) => v.startsWith(value)),
};
