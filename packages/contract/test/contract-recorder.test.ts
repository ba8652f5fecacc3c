import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startMockServer } from "@gorgias-kit/mock-server";
import { createHandlers } from "@gorgias-kit/mock-server/msw";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { CONTRACT_SCHEMA, ContractFileError, ContractRecorderError, createContractRecorder, readContract, type ObservedExchange } from "../src/index.js";
import { useTempDirs } from "./support/temp-dir.js";

const tempDir = useTempDirs();
const AUTH = { authorization: `Basic ${Buffer.from("admin@example.com:mock-api-key").toString("base64")}` };

const exchange = (over: Partial<ObservedExchange>): ObservedExchange => ({ operationId: "listTickets", method: "get", path: "/api/tickets", query: {}, body: undefined, status: 200, ...over });

describe("createContractRecorder", () => {
  it("records what a suite sends to startMockServer: kinds not values, closed-enum values, maps as *, alike calls merged", async () => {
    const recorder = createContractRecorder({ consumer: "auto-tagger", directory: await tempDir() });
    const mock = await startMockServer({ onExchange: recorder.observe });
    const send = (method: string, path: string, body?: unknown) =>
      fetch(`${mock.url}${path}`, { method, headers: { ...AUTH, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    try {
      await send("GET", "/api/tickets?limit=2");
      await send("GET", "/api/tickets?limit=5");
      await send("GET", "/api/tickets/1");
      await send("GET", "/api/tickets/987654");
      const created = await send("POST", "/api/tickets", {
        customer: { email: "jane.doe@example.com" },
        channel: "email",
        status: "open",
        meta: { order_ref: "A-1001" },
        messages: [{ channel: "email", via: "api", from_agent: false, sender: { email: "jane.doe@example.com" }, body_text: "Where is my parcel?" }],
      });
      expect(created.status).toBe(201);
    } finally {
      await mock.stop();
    }
    const text = await readFile(await recorder.write(), "utf8");
    for (const personal of ["jane.doe", "Where is my parcel", "A-1001", "order_ref"]) expect(text).not.toContain(personal);
    const contract = JSON.parse(text);
    expect(contract.consumer).toBe("auto-tagger");
    expect(contract.interactions.map((i: { operationId: string; statuses: number[] }) => `${i.operationId} ${i.statuses.join(",")}`)).toEqual(["createTicket 201", "getTicket 200,404", "listTickets 200"]);
    expect(contract.interactions[2].query).toEqual({ limit: { kinds: ["integer"] } });
    expect(contract.interactions[0].body).toEqual({
      channel: { kinds: ["string"] }, // an open enum (known values or any string): no value kept
      "customer.email": { kinds: ["string"] },
      "messages[].body_text": { kinds: ["string"] },
      "messages[].channel": { kinds: ["string"] },
      "messages[].from_agent": { kinds: ["boolean"] },
      "messages[].sender.email": { kinds: ["string"] },
      "messages[].via": { kinds: ["string"], values: ["api"] },
      "meta.*": { kinds: ["string"] },
      status: { kinds: ["string"], values: ["open"] },
    });
  });

  it("records from the MSW handlers", async () => {
    const recorder = createContractRecorder({ consumer: "msw-app", directory: await tempDir() });
    const server = setupServer(...createHandlers({ onExchange: recorder.observe }));
    server.listen({ onUnhandledRequest: "error" });
    try {
      expect((await fetch("https://acme.gorgias.com/api/tickets/1?relationships=custom_fields", { headers: AUTH })).status).toBe(200);
    } finally {
      server.close();
    }
    expect(recorder.interactions()).toEqual([{ operationId: "getTicket", method: "get", path: "/api/tickets/{id}", query: { relationships: { kinds: ["string"], values: ["custom_fields"] } }, statuses: [200] }]);
  });

  it("writes the same bytes whatever order the calls came in", async () => {
    const calls = [exchange({ query: { limit: "3" } }), exchange({ status: 401 }), exchange({ operationId: "createTag", method: "post", path: "/api/tags", body: { name: "x", decoration: { color: "#fff" } }, status: 201 })];
    const first = createContractRecorder({ consumer: "a", directory: await tempDir() });
    const second = createContractRecorder({ consumer: "a", directory: await tempDir() });
    calls.forEach(first.observe);
    [...calls].reverse().forEach(second.observe);
    expect(await readFile(await second.write(), "utf8")).toBe(await readFile(await first.write(), "utf8"));
  });

  it("merges into the file already there by default, and replaces it with merge: false", async () => {
    const directory = await tempDir();
    const one = createContractRecorder({ consumer: "app", directory });
    one.observe(exchange({}));
    await one.write();
    const two = createContractRecorder({ consumer: "app", directory });
    two.observe(exchange({ operationId: "listTags", path: "/api/tags" }));
    expect((await readContract(await two.write())).interactions.map((i) => i.operationId)).toEqual(["listTags", "listTickets"]);
    const three = createContractRecorder({ consumer: "app", directory, merge: false });
    three.observe(exchange({ operationId: "listTags", path: "/api/tags" }));
    expect((await readContract(await three.write())).interactions.map((i) => i.operationId)).toEqual(["listTags"]);
  });

  it("keeps both writers' interactions when two write one contract at once", async () => {
    const directory = await tempDir();
    const writers = ["listTags", "listUsers", "listViews", "listMacros"].map((operationId) => {
      const recorder = createContractRecorder({ consumer: "shared", directory });
      recorder.observe(exchange({ operationId, path: `/api/${operationId.slice(4).toLowerCase()}` }));
      return recorder;
    });
    await Promise.all(writers.map((w) => w.write()));
    expect((await readContract(join(directory, "shared.gorgias-contract.json"))).interactions).toHaveLength(4);
  });

  it("refuses a consumer name that is not a plain file name, naming the option", () => {
    expect(() => createContractRecorder({ consumer: "../escape", directory: "contracts" })).toThrow(ContractRecorderError);
    expect(() => createContractRecorder({ consumer: "../escape", directory: "contracts" })).toThrow(/^consumer must be/);
  });
});

describe("readContract", () => {
  it("names the file and the field of a contract that does not follow the schema", async () => {
    const file = join(await tempDir(), "bad.gorgias-contract.json");
    await writeFile(file, JSON.stringify({ format: "gorgias-contract/1", consumer: "bad", interactions: [{ operationId: "getTicket", method: "get", path: "/api/tickets/{id}", query: {}, statuses: ["200"] }] }));
    const error = await readContract(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractFileError);
    expect((error as Error).message).toBe(`${file}: interactions[0].statuses[0] must be integer`);
  });

  it("names a missing field and a file that is not JSON", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "a.json"), JSON.stringify({ format: "gorgias-contract/1", interactions: [] }));
    await expect(readContract(join(dir, "a.json"))).rejects.toThrow(`${join(dir, "a.json")}: consumer is missing`);
    await writeFile(join(dir, "b.json"), "{");
    await expect(readContract(join(dir, "b.json"))).rejects.toThrow(/b\.json: is not valid JSON/);
  });

  it("ships the same JSON Schema it validates with", () => {
    expect(createRequire(import.meta.url)("@gorgias-kit/contract/gorgias-contract.schema.json")).toEqual(CONTRACT_SCHEMA);
  });
});
