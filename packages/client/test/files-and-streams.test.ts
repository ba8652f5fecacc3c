import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, DeadlineExceededError, InvalidRequestError, NotFoundError, RateLimitError, ResponseStream } from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(handler);
  servers.push(server);
  return server;
}

const PERIOD = { filters: { period: { start_datetime: "2024-02-01T00:00:00", end_datetime: "2024-02-29T23:59:59" } } };
const DOWNLOAD = { file_type: "attachment", domain_hash: "acme0a1b2c3d", resource_name: "invoice-1.pdf" };

/** Answers a CSV export's headers and first chunk, then sends nothing more (the connection stays open). */
function stallAfterFirstChunk(_request: unknown, res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/csv", "x-gorgias-account-api-call-limit": "1/40" });
  res.write("date,value\n2024-02-01,1\n");
}

describe("files.download: the redirect is the answer", () => {
  it("returns the signed URL of the 307 and sends nothing, credentials least of all, to its host", async () => {
    const storage = await serve((_req, res) => {
      res.end("bytes");
    });
    const api = await serve((_req, res) => {
      res.writeHead(307, { location: `${storage.url}/attachments/invoice-1.pdf?expires=1&signature=abc`, "x-gorgias-account-api-call-limit": "1/40" });
      res.end();
    });
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    const link = await client.files.download(DOWNLOAD);
    expect(link).toEqual({ url: `${storage.url}/attachments/invoice-1.pdf?expires=1&signature=abc` });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.headers.authorization).toMatch(/^Basic /);
    expect(storage.requests).toHaveLength(0);
  });

  it("resolves a relative Location against the API's origin", async () => {
    const api = await serve((_req, res) => {
      res.writeHead(307, { location: "/__files/attachment/x/invoice-1.pdf?signature=abc" });
      res.end();
    });
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    await expect(client.files.download(DOWNLOAD)).resolves.toEqual({ url: `${api.url}/__files/attachment/x/invoice-1.pdf?signature=abc` });
  });

  it("answers a 404 with NotFoundError, not a URL", async () => {
    const api = await serve((_req, res) => sendJson(res, 404, { error: { msg: "File not found." } }));
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    await expect(client.files.download(DOWNLOAD)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("files.upload: multipart from a Blob, a Buffer or a stream", () => {
  it("sends each part under its label with its file name and media type", async () => {
    const api = await serve((_req, res) => sendJson(res, 201, []));
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    await client.files.upload({
      type: "public_attachment",
      body: {
        "photo.png": new Blob(["png-bytes"], { type: "image/png" }),
        "notes.txt": { data: Buffer.from("buffer-bytes"), filename: "notes-v2.txt", contentType: "text/plain" },
        "export.csv": { data: Readable.from(["a,b\n", "1,2\n"]), contentType: "text/csv" },
      },
    });
    const [request] = api.requests;
    expect(request!.query.get("type")).toBe("public_attachment");
    const boundary = /boundary=(\S+)/.exec(String(request!.headers["content-type"]))![1]!;
    const parts = request!.body.split(`--${boundary}`).slice(1, -1);
    expect(parts).toEqual([
      '\r\nContent-Disposition: form-data; name="photo.png"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\npng-bytes\r\n',
      '\r\nContent-Disposition: form-data; name="notes.txt"; filename="notes-v2.txt"\r\nContent-Type: text/plain\r\n\r\nbuffer-bytes\r\n',
      '\r\nContent-Disposition: form-data; name="export.csv"; filename="export.csv"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n\r\n',
    ]);
    expect(request!.body.endsWith(`--${boundary}--\r\n`)).toBe(true);
  });

  it("sends a stream body as a stream (duplex half) and an in-memory body as a Blob", async () => {
    const api = await serve((_req, res) => sendJson(res, 201, []));
    const bodies: unknown[] = [];
    const client = createGorgiasClient({
      baseUrl: api.url,
      auth: API_KEY_AUTH,
      fetch: (input, init) => {
        bodies.push({ stream: init?.body instanceof ReadableStream, blob: init?.body instanceof Blob, duplex: (init as { duplex?: string } | undefined)?.duplex });
        return fetch(input, init);
      },
    });
    await client.files.upload({ body: { "a.txt": new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("streamed")), c.close()) }) } });
    await client.files.upload({ body: { "a.txt": Buffer.from("in memory") } });
    expect(bodies).toEqual([
      { stream: true, blob: false, duplex: "half" },
      { stream: false, blob: true, duplex: undefined },
    ]);
    expect(api.requests.map((r) => r.body.includes("streamed") || r.body.includes("in memory"))).toEqual([true, true]);
  });

  it("sends a stream upload once: a 429 is not retried, while an in-memory upload is", async () => {
    const api = await serve((_req, res) => sendJson(res, 429, { error: { msg: "Too many requests." } }, { "retry-after": "0" }));
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH, rateLimit: false, retry: { maxAttempts: 2 } });
    await expect(client.files.upload({ body: { "a.txt": Readable.from(["once"]) } })).rejects.toBeInstanceOf(RateLimitError);
    expect(api.requests).toHaveLength(1);
    await expect(client.files.upload({ body: { "a.txt": new Blob(["twice"]) } })).rejects.toBeInstanceOf(RateLimitError);
    expect(api.requests).toHaveLength(3);
  });

  it.each([
    ["no file", {}, /holds no file/],
    ["a number", { "a.txt": 42 }, /body\["a\.txt"\] must be a Blob/],
    ["a file name on two lines", { "a.txt": { data: "x", filename: "a\nb" } }, /body\["a\.txt"\]\.filename must be a non-empty string on one line/],
  ])("refuses %s before sending, naming the part", async (_case, body, message) => {
    const api = await serve((_req, res) => sendJson(res, 201, []));
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    const error = await client.files.upload({ body: body as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toMatch(message);
    expect(api.requests).toHaveLength(0);
  });
});

describe("statistics.download: the CSV is a stream", () => {
  it("hands back a ResponseStream that maxResponseBytes does not bound", async () => {
    const line = "2024-02-01,123456789\n";
    const api = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      for (let i = 0; i < 200; i++) res.write(line);
      res.end();
    });
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH, maxResponseBytes: 1024 });
    const stream = await client.statistics.download({ name: "support-volume", body: PERIOD });
    expect(stream).toBeInstanceOf(ResponseStream);
    let bytes = 0;
    for await (const chunk of stream) bytes += chunk.byteLength;
    expect(bytes).toBe(200 * line.length);
    expect(api.requests[0]!.headers.accept).toBe("text/csv");
  });

  it("ends a stalled export with DeadlineExceededError once the deadline passes", async () => {
    const api = await serve(stallAfterFirstChunk);
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH, retry: { deadlineMs: 300 } });
    const reader = (await client.statistics.download({ name: "support-volume", body: PERIOD })).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("date,value\n2024-02-01,1\n");
    await expect(reader.read()).rejects.toBeInstanceOf(DeadlineExceededError);
  });

  it("ends an export mid-stream with the abort signal's reason", async () => {
    const api = await serve(stallAfterFirstChunk);
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    const controller = new AbortController();
    const reader = (await client.statistics.download({ name: "support-volume", body: PERIOD }, { signal: controller.signal })).getReader();
    await reader.read();
    const reason = new Error("report closed");
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });

  it("reads an error answer whole into the client's typed error", async () => {
    const api = await serve((_req, res) => sendJson(res, 404, { error: { msg: "Statistic not found." } }));
    const client = createGorgiasClient({ baseUrl: api.url, auth: API_KEY_AUTH });
    await expect(client.statistics.download({ name: "nope", body: PERIOD })).rejects.toMatchObject({ name: "NotFoundError", apiMessage: "Statistic not found." });
  });
});
