import { createRequire } from "node:module";
import { mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { asOpenApiDocument } from "../spec/load-spec.js";
import type { OpenApiDocument } from "../spec/openapi-document.js";
import { OperationIndex } from "../spec/operation-index.js";
import { CONTRACT_FILE_SUFFIX, CONTRACT_FORMAT, type ConsumerContract, type ContractInteraction } from "./consumer-contract.js";
import { ContractRecorderError } from "./contract-errors.js";
import { mergeInteractions, readContract, serializeContract } from "./contract-file.js";
import { interactionFromExchange } from "./interaction-from-exchange.js";
import type { ObservedExchange } from "./observed-exchange.js";

/** Options of {@link createContractRecorder}. */
export interface ContractRecorderOptions {
  /** The consumer's name: letters, digits, `.`, `_` and `-`; the file is `<directory>/<consumer>.gorgias-contract.json`. */
  consumer: string;
  /** Where contracts are committed, such as `contracts`. Created when missing. */
  directory: string;
  /**
   * The spec the tests run against, used to tell closed-enum fields (whose values are kept) and
   * free-form maps (whose keys are not).
   * @default the bundled `@gorgias-kit/spec/openapi.json`
   */
  spec?: OpenApiDocument;
  /**
   * Whether `write()` merges this run's interactions into the file already there (so several test
   * files or workers can record one consumer), or replaces it with this run's alone. Merging never
   * drops an interaction: delete the file, or write once with `merge: false`, to forget calls the
   * code no longer makes.
   * @default true
   */
  merge?: boolean;
  /**
   * How long `write()` waits for another process writing the same contract, in milliseconds.
   * @default 10000
   */
  lockTimeoutMs?: number;
}

/** Records a consumer's interactions; plug `observe` into `startMockServer`, `createHandlers` or `withSpecValidation` as `onExchange`. */
export interface ContractRecorder {
  /** The contract file `write()` writes. */
  readonly file: string;
  /** Takes one exchange; a bound function, safe to pass as a callback. */
  readonly observe: (exchange: ObservedExchange) => void;
  /** The interactions recorded so far in this process, merged and sorted. */
  interactions(): ContractInteraction[];
  /** Writes the contract (see `merge`) and resolves to its path. */
  write(): Promise<string>;
}

const CONSUMER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const LOCK_RETRY_MS = 20;

/**
 * Creates a recorder for one consumer's contract. Recording is opt-in: nothing is recorded
 * unless `observe` is passed where exchanges are reported, and nothing is written before `write()`.
 */
export function createContractRecorder(options: ContractRecorderOptions): ContractRecorder {
  const { consumer, directory, merge = true, lockTimeoutMs = 10_000 } = options;
  if (typeof consumer !== "string" || !CONSUMER_NAME.test(consumer) || consumer.length > 200) {
    throw new ContractRecorderError(`consumer must be a name of letters, digits, ".", "_" and "-" (at most 200), got ${JSON.stringify(consumer)}.`);
  }
  if (typeof directory !== "string" || directory.length === 0) throw new ContractRecorderError(`directory must be a non-empty path, got ${JSON.stringify(directory)}.`);
  if (!Number.isFinite(lockTimeoutMs) || lockTimeoutMs < 0) throw new ContractRecorderError(`lockTimeoutMs must be a number of milliseconds >= 0, got ${String(lockTimeoutMs)}.`);
  const document = options.spec ?? bundledSpec();
  const index = new OperationIndex(document);
  const file = join(directory, `${consumer}${CONTRACT_FILE_SUFFIX}`);
  let recorded: ContractInteraction[] = [];

  const observe = (exchange: ObservedExchange): void => {
    recorded = mergeInteractions([...recorded, interactionFromExchange(exchange, document, index.byId.get(exchange.operationId))]);
  };

  return {
    file,
    observe,
    interactions: () => structuredClone(recorded),
    async write() {
      await mkdir(directory, { recursive: true });
      await withLock(`${file}.lock`, lockTimeoutMs, async () => {
        const previous = merge ? await existing(file, consumer) : [];
        const contract: ConsumerContract = { format: CONTRACT_FORMAT, consumer, interactions: mergeInteractions([...previous, ...recorded]) };
        // Write beside and rename, so a reader never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, serializeContract(contract));
        await rename(temporary, file);
      });
      return file;
    },
  };
}

async function existing(file: string, consumer: string): Promise<ContractInteraction[]> {
  try {
    await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
  }
  const contract = await readContract(file);
  if (contract.consumer !== consumer) throw new ContractRecorderError(`${file} belongs to consumer "${contract.consumer}", not "${consumer}".`);
  return contract.interactions;
}

/** Runs `work` while holding an exclusive lock file, so two test workers writing one contract do not lose each other's interactions. */
async function withLock(lockFile: string, timeoutMs: number, work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new ContractRecorderError(`Cannot lock ${lockFile}: ${(error as Error).message}`);
      if (Date.now() >= deadline) throw new ContractRecorderError(`${lockFile} is held by another writer for over ${timeoutMs} ms; remove it if no test run is writing the contract.`);
      await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
    }
  }
  try {
    await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

function bundledSpec(): OpenApiDocument {
  return asOpenApiDocument(createRequire(import.meta.url)("@gorgias-kit/spec/openapi.json"), "@gorgias-kit/spec/openapi.json");
}
