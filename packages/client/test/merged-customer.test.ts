import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, MovedPermanentlyError } from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Customer 17 was merged into 42. */
async function serveMergedCustomer(location = "/api/customers/42"): Promise<TestServer> {
  server = await startTestServer((req, res) => {
    if (req.path === "/api/customers/17") {
      res.writeHead(301, { location, "X-Gorgias-Account-Api-Call-Limit": "1/40" });
      res.end();
      return;
    }
    sendJson(res, 200, { id: 42, name: "Jane Doe", email: "jane@example.com" });
  });
  return server;
}

describe("a merged customer", () => {
  it("is read from the surviving record, and the result says so", async () => {
    const { url, requests } = await serveMergedCustomer();
    const lines: string[] = [];
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, logger: { warn: (line) => lines.push(line) } });
    const customer = await client.customers.get({ id: 17 });
    expect(customer.id).toBe(42);
    expect(customer.redirectedFrom).toEqual({
      path: "/api/customers/17",
      location: "/api/customers/42",
      reason: "The customer was merged into another record. Follow `Location` to the surviving customer.",
    });
    // Not serialised: the record can be sent back as it is.
    expect(JSON.parse(JSON.stringify(customer))).toEqual({ id: 42, name: "Jane Doe", email: "jane@example.com" });
    expect({ ...customer }).not.toHaveProperty("redirectedFrom");
    expect(requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization ? "auth" : "no auth"}`)).toEqual([
      "GET /api/customers/17 auth",
      "GET /api/customers/42 auth",
    ]);
    expect(lines).toEqual([expect.stringMatching(/getCustomer \(GET \/api\/customers\/17\) was redirected to \/api\/customers\/42\. The customer was merged/)]);
  });

  it("has no redirectedFrom when there was no redirect", async () => {
    const { url } = await serveMergedCustomer();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    expect((await client.customers.get({ id: 42 })).redirectedFrom).toBeUndefined();
  });

  it("is not written through: an update of the merged id throws MovedPermanentlyError", async () => {
    const { url, requests } = await serveMergedCustomer();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const error = await client.customers.update({ id: 17, body: { note: "VIP" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MovedPermanentlyError);
    expect((error as MovedPermanentlyError).location).toBe("/api/customers/42");
    expect((error as MovedPermanentlyError).message).toMatch(/It now lives at \/api\/customers\/42\. The client follows redirects only for reads/);
    expect(requests).toHaveLength(1);
  });

  it("does not take the credentials along to another origin", async () => {
    const elsewhere = await startTestServer((_req, res) => sendJson(res, 200, { id: 42 }));
    try {
      const { url } = await serveMergedCustomer(`${elsewhere.url}/api/customers/42`);
      const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
      const customer = await client.customers.get({ id: 17 });
      expect(customer.redirectedFrom?.location).toBe(`${elsewhere.url}/api/customers/42`);
      expect(elsewhere.requests).toHaveLength(1);
      expect(elsewhere.requests[0]!.headers.authorization).toBeUndefined();
    } finally {
      await elsewhere.close();
    }
  });
});
