import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGorgiasClient } from "@gorgias-kit/client";
import { asOpenApiDocument, createContractRecorder, readContract, verifyContracts, type OpenApiDocument } from "@gorgias-kit/contract";
import { startMockServer } from "@gorgias-kit/mock-server";

// 1. Record: run your code against the mock with the recorder observing (commit contracts/ in a real project).
const directory = await mkdtemp(join(tmpdir(), "contracts-"));
const recorder = createContractRecorder({ consumer: "auto-tagger", directory });
const mock = await startMockServer({ onExchange: recorder.observe });
const client = createGorgiasClient({ baseUrl: mock.url, auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" } });
const page = await client.tickets.list({ limit: 5 });
await client.tickets.update({ id: page.data[0]!.id, body: { status: "closed" } });
await mock.stop();
const file = await recorder.write();
const contract = await readContract(file);
console.log(`recorded ${contract.interactions.map((i) => i.operationId).join(", ")}`);

// 2. Verify against the spec you build on: nothing breaks.
const spec = asOpenApiDocument(createRequire(import.meta.url)("@gorgias-kit/spec/openapi.json"), "@gorgias-kit/spec");
console.log(`current spec: ${verifyContracts(spec, [{ file, contract }]).breakCount} breaks`);

// 3. Verify against a new spec version: here "closed" is no longer a ticket status.
const next: OpenApiDocument = structuredClone(spec);
const status = next.components?.schemas?.TicketStatus;
if (typeof status === "object") status.enum = ["open"];
const report = verifyContracts(next, [{ file, contract }]);
for (const change of report.consumers[0]!.interactions.flatMap((i) => i.breaks)) console.log(`${change.operationId}: ${change.rule}: ${change.message}`);
await rm(directory, { recursive: true });
