import "@gorgias-kit/contract/vitest"; // or list it in vitest's setupFiles
import { assertNoSpecViolations } from "@gorgias-kit/contract";
import { withSpecValidation } from "@gorgias-kit/contract/msw";
import { startMockServer } from "@gorgias-kit/mock-server";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { expect, it, vi } from "vitest";

const auth = { authorization: `Basic ${btoa("admin@example.com:mock-api-key")}` };

it("checks real answers against the spec", async () => {
  const mock = await startMockServer();
  try {
    const response = await fetch(`${mock.url}/api/tickets/1`, { headers: auth });
    await expect(response).toSatisfyOperation("getTicket");
    expect(await response.json()).toMatchSchema("Ticket");
    await expect({ method: "GET", url: "/api/tickets?limit=500" }).not.toBeValidRequest("listTickets");
  } finally {
    await mock.stop();
  }
});

it("fails a test whose hand-written stub drifted from the API", async () => {
  const server = setupServer(
    ...withSpecValidation([http.get("https://acme.gorgias.com/api/tickets/:id", () => HttpResponse.json({ id: 1, status: "pending" }))]),
  );
  server.listen();
  vi.spyOn(console, "error").mockImplementation(() => {}); // MSW logs the violation too
  try {
    const response = await fetch("https://acme.gorgias.com/api/tickets/1");
    expect(response.status).toBe(500);
    // Left unchecked, this violation would fail the test after it ends:
    expect(() => assertNoSpecViolations()).toThrow("GET /api/tickets/1 (getTicket): the stub's response differs from the spec");
  } finally {
    server.close();
  }
});
