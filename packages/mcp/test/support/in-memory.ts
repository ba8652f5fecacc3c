import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { createGorgiasMcp, type GorgiasMcpOptions } from "../../src/gorgias-mcp.js";
import { API_KEY } from "./harness.js";

/** An official SDK client connected in memory to a server over `baseUrl` (the mock's API key, audit dropped). */
export async function connectInMemory(baseUrl: string, options: Omit<GorgiasMcpOptions, "client" | "audit">, name: string): Promise<Client> {
  const mcp = createGorgiasMcp({ client: { baseUrl, auth: { type: "apiKey", ...API_KEY } }, audit: { write: () => {} }, ...options });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await mcp.createServer().connect(serverSide);
  const client = new Client({ name, version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}
