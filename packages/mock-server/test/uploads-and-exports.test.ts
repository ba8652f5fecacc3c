import { request as httpRequest } from "node:http";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { createHandlers, MockEngine } from "../src/msw.js";
import { basic, call } from "./support/http.js";
import { conformanceProblems } from "./support/spec-conformance.js";

let mock: MockServer;
const engine = new MockEngine();
const msw = setupServer(...createHandlers({ engine }));
beforeAll(async () => {
  mock = await startMockServer();
  msw.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== "127.0.0.1") print.error();
    },
  });
});
afterAll(async () => {
  msw.close();
  await mock.stop();
});

const FEBRUARY = { filters: { period: { start_datetime: "2024-02-01T00:00:00", end_datetime: "2024-02-29T23:59:59" } } };

describe("uploads the mock refuses, with the documented statuses", () => {
  it("answers a multipart body that is not a well-formed form with 400 naming the body", async () => {
    const res = await call(mock, "POST", "/api/upload", { rawBody: "--b\r\nno headers end here", headers: { "content-type": "multipart/form-data; boundary=b" } });
    expect(res.status).toBe(400);
    expect(res.json.error.data.body).toMatch(/^Not a well-formed multipart\/form-data body/);
    expect(conformanceProblems("uploadFiles", 400, res.headers, res.json)).toEqual([]);
  });

  it("answers a form without a boundary, or JSON, with 415", async () => {
    for (const contentType of ["multipart/form-data", "application/json"]) {
      const res = await call(mock, "POST", "/api/upload", { rawBody: "{}", headers: { "content-type": contentType } });
      expect(res.status, contentType).toBe(415);
      expect(conformanceProblems("uploadFiles", 415, res.headers, res.json)).toEqual([]);
    }
  });

  it("answers another method on a signed file URL with 405", async () => {
    const download = await call(mock, "GET", "/api/attachment/download/acme0a1b2c3d/invoice-1.pdf");
    expect(download.status).toBe(307);
    const res = await fetch(download.headers.get("location")!, { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});

describe("the CSV export on the wire", () => {
  it("is sent with chunked transfer encoding and no Content-Length", async () => {
    const url = new URL(`${mock.url}/api/stats/support-volume/download`);
    const body = JSON.stringify(FEBRUARY);
    const headers = await new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
      const req = httpRequest(url, { method: "POST", headers: { authorization: basic(), "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on("end", () => resolve({ ...res.headers, status: String(res.statusCode) }));
      });
      req.on("error", reject);
      req.end(body);
    });
    expect(headers).toMatchObject({ status: "200", "content-type": "text/csv; charset=utf-8", "transfer-encoding": "chunked" });
    expect(headers["content-length"]).toBeUndefined();
  });
});

describe("files and exports through the MSW handlers", () => {
  it("stores an upload, redirects its download to a signed URL and serves the bytes, all in process", async () => {
    const form = new FormData();
    form.append("hello.txt", new Blob(["hello from msw"], { type: "text/plain" }), "hello.txt");
    const uploaded = await fetch("https://acme.gorgias.com/api/upload", { method: "POST", headers: { authorization: basic() }, body: form });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as { url: string; size: number }[];
    expect(file!.url.startsWith("https://acme.gorgias.com/api/attachment/download/")).toBe(true);
    const download = await fetch(file!.url, { headers: { authorization: basic() }, redirect: "manual" });
    expect(download.status).toBe(307);
    const bytes = await fetch(download.headers.get("location")!);
    expect(await bytes.text()).toBe("hello from msw");
  });

  it("streams the CSV export", async () => {
    const res = await fetch("https://acme.gorgias.com/api/stats/support-volume/download", {
      method: "POST",
      headers: { authorization: basic(), "content-type": "application/json" },
      body: JSON.stringify(FEBRUARY),
    });
    expect(res.status).toBe(200);
    expect((await res.text()).trimEnd().split("\n")).toHaveLength(1 + 29);
  });
});
