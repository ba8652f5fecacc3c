import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGuide } from "./support/guide.js";
import { GUIDE_TABLES_PATH, REPO_ROOT, readGuideTables } from "./support/guide-tables.js";

const tables = await readGuideTables();
const key = (row: { method: string; path: string }) => `${row.method} ${row.path}`;

/**
 * The guide text, where a copy sits beside the repository (a maintainer's checkout): the clone of a
 * user has none, and the facts in `spec/contract/guide-tables.json` are then all there is.
 */
const GUIDE_TEXT_PATH = join(REPO_ROOT, "..", "shared", "reference", "gorgias-api-guide.txt");
const guideText = existsSync(GUIDE_TEXT_PATH) ? await readFile(GUIDE_TEXT_PATH, "utf8") : null;

describe("spec/contract/guide-tables.json on its own", () => {
  it("holds 43 method rows, 13 events and 7 prose-only operations", () => {
    expect(tables.methods).toHaveLength(43);
    expect(tables.events).toHaveLength(13);
    expect(tables.proseOperations).toHaveLength(7);
  });

  it("names each method and path once, across the table and the prose", () => {
    const all = [...tables.methods, ...tables.proseOperations].map(key);
    expect(new Set(all).size).toBe(50);
    expect(new Set(tables.events.map((e) => e.event)).size).toBe(13);
  });

  it("names only events of its event table, each triggered by a row on the event's path", () => {
    const events = new Set(tables.events.map((e) => e.event));
    for (const row of tables.methods.filter((r) => r.webhook !== null)) expect(events, key(row)).toContain(row.webhook);
    for (const event of tables.events) {
      const triggers = tables.methods.filter((r) => r.webhook === event.event).map((r) => r.path);
      expect(triggers, event.event).toContain(event.triggeredBy);
    }
  });

  it("places each prose operation in an area of the table", () => {
    const areas = new Set(tables.methods.map((r) => r.area));
    for (const op of tables.proseOperations) expect(areas, key(op)).toContain(op.area);
  });

  it("says where its facts come from", () => {
    expect(tables.note).toContain("gorgias-api-guide.txt");
    expect(tables.guideSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a file whose row lacks a field, naming the field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "guide-tables-"));
    try {
      const broken = JSON.parse(await readFile(GUIDE_TABLES_PATH, "utf8")) as { methods: Record<string, unknown>[] };
      delete broken.methods[3]!.path;
      await writeFile(join(dir, "broken.json"), JSON.stringify(broken));
      await expect(readGuideTables(join(dir, "broken.json"))).rejects.toThrow(/methods\[3\]\.path must be a non-empty string/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("spec/contract/guide-tables.json against the guide text", () => {
  it(guideText === null ? "has no guide text beside the repository to compare with" : "matches the guide text it was taken from", () => {
    if (guideText === null) {
      console.log(`guide-tables: ${GUIDE_TEXT_PATH} is absent, so the cross-check against the guide text was not run.`);
      expect(existsSync(GUIDE_TEXT_PATH)).toBe(false);
      return;
    }
    const parsed = parseGuide(guideText);
    expect(createHash("sha256").update(guideText).digest("hex")).toBe(tables.guideSha256);
    expect(tables.methods).toEqual(parsed.methods);
    expect(tables.events).toEqual(parsed.events);
  });
});
