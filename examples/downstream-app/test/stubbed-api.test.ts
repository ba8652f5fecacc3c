import { createGorgiasClient, ServerError } from "@gorgias-kit/client";
import { assertNoSpecViolations, bundledSpec, type ObservedExchange } from "@gorgias-kit/contract";
import { withSpecValidation } from "@gorgias-kit/contract/msw";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { autoTag } from "../src/index.js";
import { contractRecorder, settleContract } from "./consumer-contract.js";
import { RULES } from "./rules.js";

const ORIGIN = "https://acme.gorgias.com";

/** A response example of the spec, to build hand-written stubs from. */
function example(path: string, status: string): any {
  const operation = (bundledSpec().paths as any)[path].get;
  return structuredClone(Object.values<any>(operation.responses[status].content["application/json"].examples)[0].value);
}

// Hand-written stubs: two open tickets, one message each, and the tag endpoint.
const ticketPage = example("/api/tickets", "200");
const [first] = ticketPage.data;
ticketPage.data = [
  { ...first, id: 1, subject: "Where is my order?" },
  { ...first, id: 2, subject: "Coupon refused" },
];
const messagePage = example("/api/messages", "200");
const stubs = [
  http.get(`${ORIGIN}/api/tickets`, () => HttpResponse.json(ticketPage)),
  http.get(`${ORIGIN}/api/messages`, ({ request }) => {
    const ticketId = Number(new URL(request.url).searchParams.get("ticket_id"));
    return HttpResponse.json({ ...messagePage, data: messagePage.data.map((m: any) => ({ ...m, ticket_id: ticketId, ...(ticketId === 2 ? { subject: "Coupon refused", body_text: "The discount code fails." } : {}) })) });
  }),
  http.post(`${ORIGIN}/api/tickets/:ticket_id/tags`, () => new HttpResponse(null, { status: 201, headers: { "x-gorgias-account-api-call-limit": "3/40" } })),
];

const exchanges: ObservedExchange[] = [];
const recorder = contractRecorder();
const server = setupServer(
  ...withSpecValidation(stubs, {
    onExchange: (e) => {
      exchanges.push(e);
      recorder.observe(e);
    },
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createGorgiasClient({ baseUrl: ORIGIN, auth: { type: "apiKey", email: "dev@example.com", apiKey: "stub-key" }, retry: { maxAttempts: 1 } });

describe("autoTag against spec-checked MSW stubs", () => {
  it("tags from stubs the spec accepts, and reports what it relied on", async () => {
    const result = await autoTag(client(), RULES);
    expect(result).toEqual({ ticketsSeen: 2, openTickets: 2, tagged: [{ ticketId: 1, tags: ["shipping"] }, { ticketId: 2, tags: ["discount"] }] });
    expect(exchanges.map((e) => `${e.operationId} ${e.status}`)).toEqual(["listTickets 200", "listMessages 200", "addTicketTags 201", "listMessages 200", "addTicketTags 201"]);
    expect(exchanges[2]).toMatchObject({ method: "post", path: "/api/tickets/{ticket_id}/tags", body: { names: ["shipping"] } });
  });

  it("fails when a stub drifts from the API: a ticket status the spec does not have", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(...withSpecValidation([http.get(`${ORIGIN}/api/tickets`, () => HttpResponse.json({ ...ticketPage, data: [{ ...first, status: "pending" }] }))]));
    await expect(autoTag(client(), RULES)).rejects.toThrow(ServerError);
    // The after-each check would fail this test with the full message; here it is read instead.
    expect(() => assertNoSpecViolations()).toThrow("GET /api/tickets (listTickets): the stub's response differs from the spec:\n  - body /data/0/status: must be one of open, closed (got \"pending\")");
  });

  it("relies on no call its committed consumer contract lacks (RECORD_CONTRACT=1 records them)", () => settleContract(recorder));
});
