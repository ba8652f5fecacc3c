import { createGorgiasClient, type GorgiasClient } from "@gorgias-kit/client";
import { bundledSpec, OperationIndex } from "@gorgias-kit/contract";
import { DEFAULT_API_KEY, startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autoTag, matchingTags } from "../src/index.js";
import { contractRecorder, settleContract } from "./consumer-contract.js";
import { RULES } from "./rules.js";

let mock: MockServer;
let client: GorgiasClient;
/** Every request the auto-tagger sent, as fetch `Request`s. */
const sent: Request[] = [];
/** The consumer contract: what the auto-tagger (not the test's own checks) relies on. */
const recorder = contractRecorder();
let appRunning = false;
async function asApp<T>(run: () => Promise<T>): Promise<T> {
  appRunning = true;
  try {
    return await run();
  } finally {
    appRunning = false;
  }
}

beforeAll(async () => {
  mock = await startMockServer({ onExchange: (exchange) => appRunning && recorder.observe(exchange) });
  client = createGorgiasClient({
    baseUrl: mock.url,
    auth: { type: "apiKey", email: DEFAULT_API_KEY.email, apiKey: DEFAULT_API_KEY.apiKey },
    // The mock does not throttle in tests; the client's own bucket would pace 150 requests over a minute.
    rateLimit: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      return fetch(request);
    },
  });
});
afterAll(() => mock.stop());

/** The tag names a ticket has now, read through the raw client so the real answer can be checked too. */
async function tagsOf(ticketId: number): Promise<string[]> {
  const { data, response } = await client.GET("/api/tickets/{ticket_id}/tags", { params: { path: { ticket_id: ticketId } } });
  // The client has read the body: the matcher takes the parts.
  await expect({ status: response.status, headers: response.headers, body: data }).toSatisfyOperation("listTicketTags");
  return (data ?? []).map((tag) => tag.name);
}

describe("matchingTags", () => {
  it.each([
    ["Package arrived damaged", ["shipping", "damaged"]],
    ["Question about SIZING", ["sizing"]],
    ["Orders are late", []],
  ])("%j → %j", (text, tags) => {
    expect(matchingTags(text, RULES)).toEqual(tags);
  });
});

describe("autoTag against gorgias-mock", () => {
  it("walks every page of tickets, reads the messages of the open ones and adds the matching tags", async () => {
    const result = await asApp(() => autoTag(client, RULES, { pageSize: 7 }));
    const all = await client.tickets.list({ limit: 100 }).toArray();
    expect(result.ticketsSeen).toBe(all.length);
    expect(result.openTickets).toBe(all.filter((t) => t.status === "open").length);
    // More than one page: the walk followed next_cursor.
    expect(sent.filter((r) => new URL(r.url).pathname === "/api/tickets").length).toBeGreaterThan(1);
    const damaged = all.find((t) => t.status === "open" && t.subject === "Package arrived damaged")!;
    expect(result.tagged).toContainEqual({ ticketId: damaged.id, tags: ["shipping", "damaged"] });
    for (const { ticketId, tags } of result.tagged) expect(await tagsOf(ticketId)).toEqual(expect.arrayContaining(tags));
  });

  it("sends only requests the spec allows, and every answer it relied on satisfies its operation", async () => {
    const index = new OperationIndex(bundledSpec());
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      const operation = index.match(request.method, new URL(request.url).pathname);
      expect(operation, `${request.method} ${request.url}`).toBeDefined();
      await expect(request).toBeValidRequest(operation!.operationId);
    }
    const ticket = await client.tickets.get({ id: 1 });
    expect(ticket).toMatchSchema("Ticket");
  });

  it("tags nothing on a second run: tags a ticket already has are not sent again", async () => {
    const again = await asApp(() => autoTag(client, RULES));
    expect(again.tagged).toEqual([]);
  });

  it("relies on no call its committed consumer contract lacks (RECORD_CONTRACT=1 records them)", () => settleContract(recorder));
});
