// dockerode buildImage with a project folder as context, timed from the call to the image ID.
// Usage: node build.js SOCKET CONTEXT_DIR TAG [DOCKERFILE [LABEL=VALUE]]
// Prints one "RESULT dockerode_build ..." line (run.sh collects it). dockerode packs the folder with
// tar-fs and gzips it (util.prepareBuildContext), as every user of buildImage({context, src}) gets.
'use strict';
const fs = require('fs');
const Docker = require('dockerode');

const [socketPath, context, tag, dockerfile = 'Dockerfile', label] = process.argv.slice(2);
if (!socketPath || !context || !tag) {
  console.error('usage: node build.js SOCKET CONTEXT_DIR TAG [DOCKERFILE]');
  process.exit(2);
}
const docker = new Docker({ socketPath });
const src = fs.readdirSync(context);
const opts = { t: tag, dockerfile, rm: true, forcerm: true, nocache: true };
if (label) {
  const eq = label.indexOf('=');
  opts.labels = { [label.slice(0, eq)]: label.slice(eq + 1) };
}
const started = process.hrtime.bigint();
docker.buildImage({ context, src }, opts, (err, stream) => {
  if (err) {
    console.error('dockerode: ' + err.message);
    process.exit(1);
  }
  let id = '';
  docker.modem.followProgress(stream, (err2, output) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (err2) {
      console.error('dockerode: ' + err2.message);
      process.exit(1);
    }
    const failed = output.find((m) => m.error || m.errorDetail);
    if (failed) {
      console.error('dockerode: the build failed: ' + (failed.error || failed.errorDetail.message));
      process.exit(1);
    }
    const rss = process.resourceUsage().maxRSS; // KiB
    console.log(`RESULT dockerode_build total_ms=${ms.toFixed(1)} image=${id} peak_rss_kib=${rss}`);
  }, (m) => {
    if (m.aux && m.aux.ID) id = m.aux.ID;
  });
});
