#!/usr/bin/env node
// An MCP server as people write them: the official TypeScript SDK, its own entry point, stdio.
// MCP Dock builds it without an mcp.yaml: package.json's bin, build script and lockfile say how.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "hello-sdk-ts", version: "1.0.0" });

server.tool("greet", "Greet someone by name", { name: z.string() }, async ({ name }) => ({
  content: [{ type: "text", text: `Hello, ${name}!` }],
}));

server.tool("add", "Add two numbers", { a: z.number(), b: z.number() }, async ({ a, b }) => ({
  content: [{ type: "text", text: String(a + b) }],
}));

await server.connect(new StdioServerTransport());
console.error("hello-sdk-ts: serving over stdio");
