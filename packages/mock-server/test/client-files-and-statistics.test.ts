import { Readable } from "node:stream";
import { createGorgiasClient, NotFoundError, PayloadTooLargeError } from "@gorgias-kit/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { LEGACY_STATISTIC_NAMES } from "../src/resources/statistics.js";
import { componentValidator } from "./support/spec-conformance.js";

let mock: MockServer;
let small: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
  small = await startMockServer({ maxUploadBytes: 1024 });
});
afterAll(async () => {
  await mock.stop();
  await small.stop();
});
beforeEach(() => mock.reset());

/** Every URL the client fetched. */
let fetched: string[] = [];

function client(options: { server?: MockServer; maxResponseBytes?: number } = {}) {
  return createGorgiasClient({
    baseUrl: (options.server ?? mock).url,
    auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
    rateLimit: false,
    ...(options.maxResponseBytes ? { maxResponseBytes: options.maxResponseBytes } : {}),
    fetch: (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    },
  });
}

beforeEach(() => {
  fetched = [];
});

/** The download parameters of an uploaded file's URL (its path without the host). */
function downloadParams(url: string) {
  const [, , fileType, , domainHash, resourceName] = new URL(url).pathname.split("/");
  return { file_type: fileType!, domain_hash: domainHash!, resource_name: decodeURIComponent(resourceName!) };
}

const FEBRUARY = { filters: { period: { start_datetime: "2024-02-01T00:00:00", end_datetime: "2024-02-29T23:59:59" } } };
const TEN_YEARS = { filters: { period: { start_datetime: "2014-01-01T00:00:00", end_datetime: "2023-12-31T23:59:59" } } };

describe("files: uploads are stored and served back through a signed URL", () => {
  it("uploads a Blob, a Buffer and a Node stream in one request and reads each back, without credentials, from its signed URL", async () => {
    const big = Buffer.alloc(200_000, 7);
    const files = await client().files.upload({
      body: {
        "photo.png": new Blob(["png-bytes"], { type: "image/png" }),
        "notes.txt": { data: Buffer.from("buffer-bytes"), contentType: "text/plain" },
        "export.bin": { data: Readable.from([big.subarray(0, 100_000), big.subarray(100_000)]), filename: "export.bin" },
      },
    });
    const validate = componentValidator("File");
    expect(files.map((f) => validate(f))).toEqual([true, true, true]);
    expect(files.map((f) => [f.name, f.content_type, f.size])).toEqual([
      ["photo.png", "image/png", 9],
      ["notes.txt", "text/plain", 12],
      ["export.bin", "application/octet-stream", 200_000],
    ]);
    const expected = [Buffer.from("png-bytes"), Buffer.from("buffer-bytes"), big];
    for (const [i, file] of files.entries()) {
      const { url } = await client().files.download(downloadParams(file.url));
      expect(new URL(url).origin).toBe(mock.url);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(expected[i]!)).toBe(true);
    }
    // The client itself fetched the API only, never a signed URL.
    expect(fetched.filter((u) => !new URL(u).pathname.startsWith("/api/"))).toEqual([]);
  });

  it("sends a 1 MiB web ReadableStream, produced chunk by chunk, and stores every byte", async () => {
    let pulls = 0;
    const chunk = new Uint8Array(64 * 1024).fill(1);
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls > 16) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const [file] = await client().files.upload({ body: { "large.bin": source } });
    expect(file!.size).toBe(16 * 64 * 1024);
    expect(pulls).toBe(17);
  });

  it("answers an upload over the limit with PayloadTooLargeError and stores nothing", async () => {
    const error = await client({ server: small }).files.upload({ body: { "big.bin": new Blob([new Uint8Array(2048)]) } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    const url = `${small.url}/api/attachment/download/acme0a1b2c3d/big-2.bin`;
    await expect(client({ server: small }).files.download(downloadParams(url))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers the download of an unknown file with NotFoundError", async () => {
    await expect(client().files.download({ file_type: "attachment", domain_hash: "acme0a1b2c3d", resource_name: "missing.pdf" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a signed URL whose signature was changed, or that expired on the mock clock, with 403", async () => {
    const { url } = await client().files.download({ file_type: "attachment", domain_hash: "acme0a1b2c3d", resource_name: "invoice-1.pdf" });
    expect((await fetch(url)).status).toBe(200);
    // Change the signature's first character to another one (a fixed "0" left a signature starting with 0 untouched).
    const tampered = url.replace(/signature=(.)/, (_match, first: string) => `signature=${first === "0" ? "1" : "0"}`);
    expect(tampered).not.toBe(url);
    expect((await fetch(tampered)).status).toBe(403);
    mock.engine.clock.advance(301_000);
    expect((await fetch(url)).status).toBe(403);
  });
});

describe("statistics: the CSV export streams", () => {
  it("reads a ten-year export in more than one chunk, one line per day after the header", async () => {
    const stream = await client().statistics.download({ name: "support-volume", body: TEN_YEARS });
    let chunks = 0;
    let text = "";
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      chunks += 1;
      text += decoder.decode(chunk, { stream: true });
    }
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("date,support-volume (period),support-volume (previous period)");
    expect(lines).toHaveLength(1 + 3652);
    expect(chunks).toBeGreaterThan(1);
  });

  it("is not bounded by maxResponseBytes, which still bounds JSON answers", async () => {
    const stream = await client({ maxResponseBytes: 4096 }).statistics.download({ name: "support-volume", body: TEN_YEARS });
    const text = await new Response(stream).text();
    expect(text.length).toBeGreaterThan(4096);
    await expect(client({ maxResponseBytes: 4096 }).statistics.get({ name: "support-volume", body: TEN_YEARS })).rejects.toMatchObject({ name: "ResponseTooLargeError" });
  });

  it("stops mid-stream when the caller aborts: the read rejects with the reason before the export ends", async () => {
    const controller = new AbortController();
    const reader = (await client().statistics.download({ name: "support-volume", body: TEN_YEARS }, { signal: controller.signal })).getReader();
    let bytes = (await reader.read()).value!.byteLength;
    const reason = new Error("stop");
    controller.abort(reason);
    const outcome = await (async () => {
      for (;;) {
        const next = await reader.read();
        if (next.done) return "finished";
        bytes += next.value.byteLength;
      }
    })().catch((e: unknown) => e);
    expect(outcome).toBe(reason);
    expect(bytes).toBeLessThan(3652 * 20);
  });

  it("gives the same numbers for the same seed and period: the export and the JSON statistic agree", async () => {
    const csv = await new Response(await client().statistics.download({ name: "total-tickets-created", body: FEBRUARY })).text();
    const json = await client().statistics.get({ name: "total-tickets-created", body: FEBRUARY });
    mock.reset();
    expect(await client().statistics.get({ name: "total-tickets-created", body: FEBRUARY })).toEqual(json);
    const lines = (json.data as { lines: [string, number, number][] }).lines;
    expect(lines).toHaveLength(29);
    expect(csv.trimEnd().split("\n").slice(1)).toEqual(lines.map((l) => l.join(",")));
    expect(json.meta).toMatchObject({ start_datetime: "2024-02-01T00:00:00", end_datetime: "2024-02-29T23:59:59" });
  });

  it("answers an unknown statistic with NotFoundError naming the known ones", async () => {
    const error = await client().statistics.get({ name: "self-service-overview", body: FEBRUARY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(JSON.stringify((error as NotFoundError).body)).toContain(LEGACY_STATISTIC_NAMES[0]!);
  });

  it("pages through every row of a reporting query with the mock's cursors", async () => {
    const body = { query: { scope: "tickets-created" as const, filters: [], timezone: "UTC", measures: ["ticketCount"], dimensions: ["agentId", "channel"] } };
    const first = await client().reporting.query({ limit: 3, body });
    const rows = [];
    for await (const row of client().reporting.query({ limit: 3, body })) rows.push(row);
    expect(rows).toHaveLength(first.meta.total!);
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => `${String(r.agentId)}|${String(r.channel)}`)).size).toBe(rows.length);
  });
});

describe("metric cards", () => {
  it("searches published cards, adds deprecated ones on request, and reads one by slug", async () => {
    const published = await client().metricCards.search({});
    expect(published.data.every((c) => c.status === "published")).toBe(true);
    const all = await client().metricCards.search({ include: "deprecated" });
    expect(all.data.length).toBe(published.data.length + 1);
    const found = await client().metricCards.search({ q: "first reply" });
    expect(found.data.map((c) => c.slug)).toEqual(["first-response-time"]);
    const card = await client().metricCards.get({ slug: "first-response-time" });
    expect(card.api?.scope).toBe("first-response-time");
  });

  it("answers an unknown slug with 404 whose data suggests close slugs", async () => {
    const error = await client().metricCards.get({ slug: "response-time" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toMatchObject({ error: { data: { slug: "response-time", did_you_mean: ["first-response-time", "resolution-time"] } } });
  });
});
