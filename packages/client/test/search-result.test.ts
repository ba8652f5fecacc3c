import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient } from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

// The live API documents search as 201 with a generic object; its clients report a bare array of
// matches or `{data: [...]}`. The client hands back either as the result.

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const match = { type: "customer", id: 42, name: "Jane Doe", email: "jane.doe@example.com" } as const;

describe("search.run reads both documented shapes of a 201", () => {
  it.each([
    ["a bare array", [match]],
    ["{data: [...]}", { data: [match] }],
  ])("returns %s as sent", async (_shape, payload) => {
    server = await startTestServer((_req, res) => sendJson(res, 201, payload));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, rateLimit: false });
    const found = await client.search.run({ body: { type: "customer", query: "jane" } });
    expect(found).toEqual(payload);
    expect((Array.isArray(found) ? found : found.data).map((m) => m.id)).toEqual([42]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: "POST", url: "/api/search" });
  });
});
