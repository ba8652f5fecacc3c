import { request } from "node:http";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseServeOptions } from "../src/serve/serve-options.js";
import { startStaticServer, type StaticServer } from "../src/serve/static-server.js";

let root: string;
let server: StaticServer;

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), "gorgias-docs-serve-"));
  root = join(parent, "site");
  await mkdir(join(root, "assets"), { recursive: true });
  await writeFile(join(root, "index.html"), "<h1>home</h1>");
  await writeFile(join(root, "assets", "site.css"), "body{}");
  await writeFile(join(root, ".env"), "GORGIAS_API_KEY=dotfile-secret");
  await writeFile(join(parent, "secret.txt"), "outside the site");
  server = await startStaticServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(join(root, ".."), { recursive: true, force: true });
});

/** A raw request, so paths such as `/../x` reach the server unnormalised. */
function get(path: string, method = "GET", headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string | undefined; nosniff: string | undefined; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, type: res.headers["content-type"], nosniff: res.headers["x-content-type-options"]?.toString(), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server (sirv on node:http)", () => {
  it("listens on 127.0.0.1 and serves files with their content type", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(await get("/")).toEqual({ status: 200, type: "text/html;charset=utf-8", nosniff: "nosniff", body: "<h1>home</h1>" });
    expect(await get("/assets/site.css?v=1")).toMatchObject({ status: 200, type: "text/css", body: "body{}" });
    expect(await get("/index.html", "HEAD")).toMatchObject({ status: 200, body: "" });
  });

  it("serves a file written after it started (a rebuilt site)", async () => {
    await writeFile(join(root, "later.html"), "<p>rebuilt</p>");
    expect(await get("/later.html")).toMatchObject({ status: 200, body: "<p>rebuilt</p>" });
    await writeFile(join(root, "later.html"), "<p>rebuilt again, longer</p>");
    expect(await get("/later.html")).toMatchObject({ status: 200, body: "<p>rebuilt again, longer</p>" });
  });

  it("answers 404 for missing files and dotfiles and never leaves its root", async () => {
    expect((await get("/missing.html")).status).toBe(404);
    for (const path of ["/.env", "/%2eenv", "/assets/../.env"]) expect(await get(path), path).toMatchObject({ status: 404, body: "" });
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/%00", "/%E0%A4%A"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain("outside the site");
    }
  });

  it("refuses other methods and echoes nothing of the request", async () => {
    expect((await get("/", "POST")).status).toBe(405);
    const response = await get("/nope?token=s3cr3t-token", "GET", { authorization: "Basic YWRtaW46czNjcjN0" });
    expect(response.status).toBe(404);
    expect(response.body).not.toMatch(/s3cr3t|YWRtaW46/);
  });
});

describe("docs:serve options", () => {
  it("reads --port, -p, --port=, --host and PORT", () => {
    expect(parseServeOptions([], {})).toEqual({ port: 4173, host: "127.0.0.1" });
    expect(parseServeOptions(["--port", "5000"], {})).toEqual({ port: 5000, host: "127.0.0.1" });
    expect(parseServeOptions(["-p", "0"], { PORT: "9" })).toEqual({ port: 0, host: "127.0.0.1" });
    expect(parseServeOptions(["--port=5001", "--host", "0.0.0.0"], {})).toEqual({ port: 5001, host: "0.0.0.0" });
    expect(parseServeOptions(["--"], { PORT: "8080" })).toEqual({ port: 8080, host: "127.0.0.1" });
  });

  it("names the bad flag or variable", () => {
    expect(() => parseServeOptions(["--port", "http"], {})).toThrow('--port must be a port number from 0 to 65535, got "http".');
    expect(() => parseServeOptions([], { PORT: "70000" })).toThrow(/^PORT must be a port number/);
    expect(() => parseServeOptions(["--port"], {})).toThrow(/^--port needs a value/);
    expect(() => parseServeOptions(["--open"], {})).toThrow(/^Unknown argument "--open"/);
  });
});
