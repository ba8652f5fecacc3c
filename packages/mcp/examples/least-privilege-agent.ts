import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

// The gorgias-mcp bin of this package (from a project that installed it: node_modules/.bin/gorgias-mcp).
const bin = fileURLToPath(new URL("../bin/gorgias-mcp.js", import.meta.url));

// Pass the account and the credential on: GORGIAS_SUBDOMAIN (or GORGIAS_BASE_URL), GORGIAS_EMAIL, GORGIAS_API_KEY.
const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[0].startsWith("GORGIAS_") && e[1] !== undefined));

// A triage agent that may read tickets and nothing else.
const transport = new StdioClientTransport({ command: process.execPath, args: [bin, "--scopes", "tickets:read", "--read-only"], env });
const client = new Client({ name: "triage-agent", version: "1.0.0" });
await client.connect(transport);

const { tools } = await client.listTools();
assert.ok(tools.every((tool) => tool.annotations?.readOnlyHint === true));
console.log(`${tools.length} read-only tools, such as ${tools[0]?.name}`);

const page = await client.callTool({ name: "list_tickets", arguments: { limit: 3, order_by: "created_datetime:asc" } });
const { data } = page.structuredContent as { data: { id: number; subject: string | null }[] };
for (const ticket of data) console.log(`#${ticket.id} ${ticket.subject}`);

// Writing is outside the grant: the call is refused before anything reaches Gorgias.
const refused = await client.callTool({ name: "update_ticket", arguments: { id: data[0]!.id, status: "closed" } });
assert.equal(refused.isError, true);
console.log((refused.content as { text: string }[])[0]!.text);

await client.close();
