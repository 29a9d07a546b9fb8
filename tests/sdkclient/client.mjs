// node client.mjs IMAGE TOOL ARGS_JSON
// Starts `docker run --rm -i --network none IMAGE` through the official SDK's stdio transport,
// lists the tools, calls TOOL with ARGS_JSON, and prints one JSON line: {tools, result}.
// DOCKER_HOST from the environment picks the daemon.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [image, tool, argsJson] = process.argv.slice(2);
if (!image || !tool) {
  console.error("usage: node client.mjs IMAGE TOOL ARGS_JSON");
  process.exit(2);
}
const transport = new StdioClientTransport({
  command: "docker",
  args: ["run", "--rm", "-i", "--network", "none", image],
  env: { ...process.env },
  stderr: "inherit",
});
const client = new Client({ name: "mcpdock-sdkclient", version: "0.0.0" });
await client.connect(transport);
const tools = (await client.listTools()).tools.map((t) => t.name);
const result = await client.callTool({ name: tool, arguments: JSON.parse(argsJson || "{}") });
console.log(JSON.stringify({ tools, result }));
await client.close();
