import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.js";
import { call } from "./support/http.js";
import { after, openStalledRequest } from "./support/stalled-request.js";

const HANG_GUARD_MS = 15_000;

describe("stop() is bounded", () => {
  it("resolves while a client holds an incomplete request body open, and closes that connection", async () => {
    const mock = await startMockServer();
    const stalled = await openStalledRequest(Number(new URL(mock.url).port));
    // A request answered after the stalled one was sent: the server has read the stalled headers by now.
    expect((await call(mock, "GET", "/api/tickets/1")).status).toBe(200);
    const outcome = await Promise.race([mock.stop().then(() => "stopped"), after(HANG_GUARD_MS, "hung")]);
    expect(outcome).toBe("stopped");
    expect(await Promise.race([stalled.closed.then(() => "closed"), after(HANG_GUARD_MS, "open")])).toBe("closed");
    expect(mock.exportState().collections.tags.records.some((t) => (t as { name: string }).name.startsWith("never"))).toBe(false);
  });

  it("cuts a request still being answered once graceMs has passed", async () => {
    const mock = await startMockServer({ latencyMs: 60_000 });
    const pending = call(mock, "GET", "/api/tickets/1").then(
      (res) => `answered ${res.status}`,
      () => "cut",
    );
    // Stop only once the request has reached the engine (and is waiting out its latency).
    await new Promise<void>((resolve) => {
      const handle = mock.engine.handle.bind(mock.engine);
      mock.engine.handle = (request) => {
        resolve();
        return handle(request);
      };
    });
    const outcome = await Promise.race([mock.stop({ graceMs: 100 }).then(() => "stopped"), after(HANG_GUARD_MS, "hung")]);
    expect(outcome).toBe("stopped");
    expect(await pending).toBe("cut");
  });
});
