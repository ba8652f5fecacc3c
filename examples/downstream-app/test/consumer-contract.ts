import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createContractRecorder, mergeInteractions, readContract, serializeContract, type ContractRecorder } from "@gorgias-kit/contract";
import { expect } from "vitest";

export const CONSUMER = "downstream-app";
export const CONTRACTS_DIR = fileURLToPath(new URL("../contracts", import.meta.url));
export const CONTRACT_FILE = join(CONTRACTS_DIR, `${CONSUMER}.gorgias-contract.json`);

/** `RECORD_CONTRACT=1` (the `record` script) writes what the suite relies on into the committed contract. */
const recording = process.env.RECORD_CONTRACT === "1";

export function contractRecorder(): ContractRecorder {
  return createContractRecorder({ consumer: CONSUMER, directory: CONTRACTS_DIR });
}

/**
 * Records the contract, or checks that the committed one already holds every call this run relied
 * on, so the contract the API side verifies never lags behind the code.
 */
export async function settleContract(recorder: ContractRecorder): Promise<void> {
  expect(recorder.interactions().length).toBeGreaterThan(0);
  if (recording) {
    await recorder.write();
    return;
  }
  const committed = await readContract(CONTRACT_FILE);
  const withThisRun = serializeContract({ ...committed, interactions: mergeInteractions([...committed.interactions, ...recorder.interactions()]) });
  expect(withThisRun, `the suite relies on calls ${CONTRACT_FILE} lacks: run \`pnpm --filter @gorgias-kit/example-downstream-app record\``).toBe(
    serializeContract(committed),
  );
}
