// dockerode listImages, timed: the call alone (median of RUNS, after one warm-up call) and printed
// as a table the way `docker images` prints one, so the work compared is the same.
// Usage: node images.js SOCKET [RUNS [FILTER]]   FILTER: label=key=value, as docker images --filter
'use strict';
const Docker = require('dockerode');

const [socketPath, runsArg = '1', filter] = process.argv.slice(2);
const runs = Math.max(1, parseInt(runsArg, 10));
const docker = new Docker({ socketPath });

async function once() {
  const t = process.hrtime.bigint();
  const opts = {};
  if (filter) {
    const eq = filter.indexOf('=');
    opts.filters = { [filter.slice(0, eq)]: [filter.slice(eq + 1)] };
  }
  const images = await docker.listImages(opts);
  let rows = 0;
  const lines = [];
  for (const img of images) {
    for (const ref of img.RepoTags || ['<none>:<none>']) {
      const i = ref.lastIndexOf(':');
      lines.push(`${ref.slice(0, i)}\t${ref.slice(i + 1)}\t${img.Id.slice(7, 19)}\t${img.Created}\t${img.Size}`);
      rows++;
    }
  }
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, rows, text: lines.join('\n') };
}

(async () => {
  await once(); // warm-up: the first call also opens the connection
  const times = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const r = await once();
    times.push(r.ms);
    rows = r.rows;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`RESULT dockerode_images rows=${rows} call_ms=${median.toFixed(1)} runs=${runs}`);
})().catch((e) => {
  console.error('dockerode: ' + e.message);
  process.exit(1);
});
