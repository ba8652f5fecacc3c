/**
 * Times `verify` on a generated contract of 100 interactions against the bundled spec: in
 * process (`verifyContracts`, median of 20 runs) and end to end (the built CLI, median of 5
 * spawns, which includes Node start-up and reading the spec). The peer is reading and indexing
 * the spec alone, the floor any verifier pays; ratios are against it.
 * Run: pnpm --filter @gorgias-kit/contract bench (after pnpm build).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { operationSite, parametersOf } from "../src/changes/compare-operation.js";
import { nonNullTypes, viewSchema, type SchemaView } from "../src/changes/schema-view.js";
import { asOpenApiDocument, OperationIndex, serializeContract, verifyContracts, type ConsumerContract, type ContractInteraction, type RecordedValue, type ValueKind } from "../src/index.js";
import { requestSchema } from "../src/recording/interaction-from-exchange.js";

const INTERACTIONS = 100;
const specFile = createRequire(import.meta.url).resolve("@gorgias-kit/spec/openapi.json");
const spec = asOpenApiDocument(JSON.parse(readFileSync(specFile, "utf8")), specFile);

/** One interaction per operation (a second round without query, so not merged), sending every query parameter and top-level body field with a kind its schema takes. */
function generatedContract(): ConsumerContract {
  const interactions: ContractInteraction[] = [];
  const operations = [...new OperationIndex(spec).byId.values()];
  for (let i = 0; interactions.length < INTERACTIONS; i++) {
    const op = operations[i % operations.length]!;
    const site = operationSite(spec, op.method, op.path, op.operation);
    const statuses = Object.keys(op.operation.responses ?? {}).map(Number).filter(Number.isInteger);
    const query: Record<string, RecordedValue> = {};
    for (const p of parametersOf(spec, site).values()) {
      if (p.in !== "query" || !p.schema || (i >= operations.length && !p.required)) continue;
      const view = viewSchema(spec, p.schema.value, p.schema.pointer);
      const kind = view.items && kindOf(view) === "array" ? kindOf(viewSchema(spec, view.items.value, view.items.pointer)) : kindOf(view);
      if (kind !== "object") query[p.name] = { kinds: [kind] };
    }
    const schema = requestSchema(spec, site);
    const body = schema ? Object.fromEntries([...schema.properties].map(([name, child]) => [name, { kinds: [kindOf(viewSchema(spec, child.value, child.pointer))] }])) : undefined;
    interactions.push({ operationId: op.operationId, method: op.method, path: op.path, query, ...(body ? { body } : {}), statuses: [statuses[i % statuses.length] ?? 200] });
  }
  return { format: "gorgias-contract/1", consumer: "bench", interactions };
}

function kindOf(view: SchemaView): ValueKind {
  return (nonNullTypes(view)?.[0] as ValueKind | undefined) ?? "string";
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const contract = generatedContract();
const dir = mkdtempSync(join(tmpdir(), "gorgias-contract-bench-"));
try {
  const contractFile = join(dir, "bench.gorgias-contract.json");
  writeFileSync(contractFile, serializeContract(contract));
  const peerMs = time(20, () => void new OperationIndex(asOpenApiDocument(JSON.parse(readFileSync(specFile, "utf8")), specFile)));
  let breaks = -1;
  const verifyMs = time(20, () => {
    breaks = verifyContracts(asOpenApiDocument(JSON.parse(readFileSync(specFile, "utf8")), specFile), [{ file: contractFile, contract }]).breakCount;
  });
  const cli = fileURLToPath(new URL("../bin/gorgias-contract.js", import.meta.url));
  const cliMs = time(5, () => void execFileSync(process.execPath, [cli, "verify", "--spec", specFile, contractFile], { stdio: "pipe" }));
  console.log(`contract: ${contract.interactions.length} interactions, ${breaks} breaks against the bundled spec`);
  console.log(`peer    read + index the spec          ${peerMs.toFixed(1)} ms`);
  console.log(`verify  in process (read spec + verify) ${verifyMs.toFixed(1)} ms  (${(verifyMs / peerMs).toFixed(1)}x the peer)`);
  console.log(`verify  CLI end to end                 ${cliMs.toFixed(1)} ms  (${(cliMs / peerMs).toFixed(1)}x the peer)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
