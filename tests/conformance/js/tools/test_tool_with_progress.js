const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
module.exports = {
  async handler(args, context) {
    for (const [i, p] of [0, 50, 100].entries()) {
      if (i) await sleep(50);
      context.progress(p, 100, `Completed step ${p} of 100`);
    }
    return String(context.meta.progressToken);
  },
};
