import { readContract } from "../recording/contract-file.js";
import { loadSpec } from "../spec/load-spec.js";
import { formatReport } from "../verify/format-report.js";
import { verifyContracts } from "../verify/verify-contracts.js";
import type { CliCommand, CliIo } from "./cli-command.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { UsageError } from "./usage-error.js";

export const verifyCommand: CliCommand = {
  summary: "check recorded consumer contracts against a spec version",
  usage: `Usage: gorgias-contract verify --spec <openapi.json|yaml> <contract files...> [--json]

Checks every recorded interaction of each contract against the spec: an operation removed or
moved, a sent parameter or field that no longer exists, a field newly required and not sent, a
sent enum value removed, a changed type, a relied-on status no longer documented.

Options:
  --spec <file>   the OpenAPI 3.1 document to verify against (.json, .yaml or .yml)
  --json          print the report as JSON instead of a table
  -h, --help      show this help

Exit codes: 0 no break, 1 at least one break, 2 bad usage or unreadable input, 3 an unexpected error.`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, { spec: { type: "string" }, json: { type: "boolean" } });
    if (typeof values.spec !== "string") throw new UsageError("--spec is required: the OpenAPI document to verify against.");
    if (positionals.length === 0) throw new UsageError("no contract files given: pass one or more <consumer>.gorgias-contract.json files.");
    const spec = await loadSpec(values.spec);
    const contracts = [];
    for (const file of positionals) contracts.push({ file, contract: await readContract(file) });
    const report = verifyContracts(spec, contracts, values.spec);
    io.stdout(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.ok ? 0 : 1;
  },
};
