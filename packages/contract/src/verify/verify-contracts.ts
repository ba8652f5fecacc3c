import type { ConsumerContract } from "../recording/consumer-contract.js";
import type { OpenApiDocument } from "../spec/openapi-document.js";
import { OperationIndex } from "../spec/operation-index.js";
import { verifyInteraction } from "./verify-interaction.js";
import type { VerifyReport } from "./verify-report.js";

/** A contract and the file it was read from (shown in the report). */
export interface ContractSource {
  file: string;
  contract: ConsumerContract;
}

/** Checks every interaction of every contract against one spec version. */
export function verifyContracts(spec: OpenApiDocument, contracts: readonly ContractSource[], specName = "spec"): VerifyReport {
  const target = { document: spec, index: new OperationIndex(spec) };
  const consumers = contracts.map(({ file, contract }) => ({
    consumer: contract.consumer,
    file,
    interactions: contract.interactions.map((interaction) => ({
      operationId: interaction.operationId,
      method: interaction.method,
      path: interaction.path,
      statuses: interaction.statuses,
      breaks: verifyInteraction(interaction, target),
    })),
  }));
  const breakCount = consumers.reduce((n, c) => n + c.interactions.reduce((m, i) => m + i.breaks.length, 0), 0);
  return { spec: specName, ok: breakCount === 0, breakCount, consumers };
}
