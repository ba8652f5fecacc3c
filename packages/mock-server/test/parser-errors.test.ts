import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { basic } from "./support/http.js";
import { parseRawResponse, rawExchange } from "./support/raw-http.js";

let mock: MockServer;
let port: number;
beforeAll(async () => {
  mock = await startMockServer();
  port = Number(new URL(mock.url).port);
});
afterAll(() => mock.stop());

const auth = `Authorization: ${basic()}\r\n`;

describe("requests node's HTTP parser refuses still get the live error body as JSON", () => {
  it.each([
    ["a space in a header name", 400, `GET /api/tickets/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}Bad Header: x\r\n\r\n`],
    ["a control character in a header value", 400, `GET /api/tickets/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}X-Note: a\u0001b\r\n\r\n`],
    ["a header line without a colon", 400, `GET /api/tickets/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}not-a-header\r\n\r\n`],
    ["a malformed request line", 400, "GET\u0000/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"],
    ["a 100 kB cursor", 431, `GET /api/tickets?cursor=${"c".repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}\r\n`],
    ["a 100 kB header value", 431, `GET /api/tickets/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}X-Pad: ${"p".repeat(100_000)}\r\n\r\n`],
  ])("%s → %i with a JSON error body and Connection: close", async (_label, status, payload) => {
    const res = parseRawResponse(await rawExchange(port, payload));
    expect(res.status).toBe(status);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers.connection).toBe("close");
    expect(Number(res.headers["content-length"])).toBe(Buffer.byteLength(res.body));
    const body = JSON.parse(res.body);
    expect(typeof body.error.msg).toBe("string");
    expect(Object.keys(body.error.data).length).toBeGreaterThan(0);
  });

  it("keeps serving well-formed requests afterwards", async () => {
    const res = parseRawResponse(await rawExchange(port, `GET /api/tickets/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}Connection: close\r\n\r\n`));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).id).toBe(1);
    expect(mock.engine.internalErrors).toEqual([]);
  });
});
