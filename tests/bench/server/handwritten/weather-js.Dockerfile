# examples/weather-js packaged by hand, the usual best practice, for the image-size comparison
# (tests/bench/run.sh --only imagesize). The context is what `mcpdock dockerfile --write-context`
# writes (MCP Dock's runtime, manifest.json and the project's files), so only the packaging differs:
# a build stage that installs production dependencies and checks that the tools load, and a final
# stage on the same slim base with one COPY of the result, owned by the image's non-root user.
FROM node:22-alpine AS build
WORKDIR /app
COPY .mcpdock/runtime/js/ ./
COPY .mcpdock/manifest.json ./manifest.json
COPY config.yaml ./config/config.yaml
COPY connectors ./connectors
COPY prompts ./prompts
COPY resources ./resources
COPY tools ./tools
# weather-js has no npm dependencies (no package.json): this step installs nothing here, and costs
# no layer in the final image either way.
RUN if [ -f package-lock.json ]; then npm ci --omit=dev --no-audit --no-fund && npm cache clean --force; fi
ENV MCP_CONFIG_PATH=/app/config/config.yaml
RUN node server.js --check

FROM node:22-alpine
ENV NODE_ENV=production MCP_CONFIG_PATH=/app/config/config.yaml
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
ENTRYPOINT ["node", "server.js"]
