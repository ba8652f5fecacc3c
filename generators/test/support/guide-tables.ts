import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GuideEventRow, GuideMethodRow, GuideProseOperation } from "./guide.js";

export const REPO_ROOT = join(import.meta.dirname, "../../..");

/** The guide's tables as facts the project owns (`spec/contract/guide-tables.json`). */
export const GUIDE_TABLES_PATH = join(REPO_ROOT, "spec/contract/guide-tables.json");

export interface GuideTables {
  /** Where the facts come from. */
  note: string;
  /** sha256 (hex) of the guide text the facts were taken from. */
  guideSha256: string;
  methods: GuideMethodRow[];
  events: GuideEventRow[];
  proseOperations: GuideProseOperation[];
}

type Field = "string" | "string|null";

const METHOD_FIELDS: Record<keyof GuideMethodRow, Field> = {
  area: "string",
  method: "string",
  path: "string",
  summary: "string",
  access: "string",
  scope: "string|null",
  webhook: "string|null",
};
const EVENT_FIELDS: Record<keyof GuideEventRow, Field> = { event: "string", signal: "string", triggeredBy: "string" };
const PROSE_FIELDS: Record<keyof GuideProseOperation, Field> = { area: "string", method: "string", path: "string", prose: "string" };

function rows<T>(file: string, value: unknown, key: string, fields: Record<string, Field>): T[] {
  if (!Array.isArray(value)) throw new Error(`${file}: "${key}" must be an array.`);
  value.forEach((row: unknown, index) => {
    if (typeof row !== "object" || row === null) throw new Error(`${file}: ${key}[${index}] must be an object.`);
    const record = row as Record<string, unknown>;
    for (const name of Object.keys(record)) if (!(name in fields)) throw new Error(`${file}: ${key}[${index}] has an unknown field "${name}".`);
    for (const [name, type] of Object.entries(fields)) {
      const field = record[name];
      if (typeof field === "string" && field !== "") continue;
      if (field === null && type === "string|null") continue;
      throw new Error(`${file}: ${key}[${index}].${name} must be a non-empty string${type === "string|null" ? " or null" : ""}.`);
    }
  });
  return value as T[];
}

/** Reads and checks the guide's tables; a missing or mistyped field is an error naming it. */
export async function readGuideTables(file = GUIDE_TABLES_PATH): Promise<GuideTables> {
  const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
  if (typeof parsed !== "object" || parsed === null) throw new Error(`${file}: expected an object.`);
  const data = parsed as Record<string, unknown>;
  if (typeof data.note !== "string" || data.note === "") throw new Error(`${file}: "note" must say where the facts come from.`);
  if (typeof data.guideSha256 !== "string" || !/^[0-9a-f]{64}$/.test(data.guideSha256)) throw new Error(`${file}: "guideSha256" must be a sha256 in hex.`);
  return {
    note: data.note,
    guideSha256: data.guideSha256,
    methods: rows<GuideMethodRow>(file, data.methods, "methods", METHOD_FIELDS),
    events: rows<GuideEventRow>(file, data.events, "events", EVENT_FIELDS),
    proseOperations: rows<GuideProseOperation>(file, data.proseOperations, "proseOperations", PROSE_FIELDS),
  };
}
