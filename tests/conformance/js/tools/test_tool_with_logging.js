const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
module.exports = {
  async handler(args, context) {
    context.log('info', 'Tool execution started');
    await sleep(50);
    context.log('info', 'Tool processing data');
    await sleep(50);
    context.log('info', 'Tool execution completed');
    return 'Tool with logging executed successfully';
  },
};
