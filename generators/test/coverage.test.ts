import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectedText, MissingRegionError } from "../src/cli/splice-region.js";
import { renderCoverageTable } from "../src/emit/coverage/render-coverage-table.js";
import { regionMarkers } from "../src/emit/generated-file.js";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";

const fixture = join(import.meta.dirname, "fixtures", "minimal-valid.yaml");
const original = await readFile(fixture, "utf8");
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The minimal fixture with one text edit, built into a model. */
async function modelWith(edit: (text: string) => string) {
  const dir = await mkdtemp(join(tmpdir(), "gorgias-coverage-"));
  dirs.push(dir);
  const file = join(dir, "openapi.yaml");
  const text = edit(original);
  expect(text).not.toBe(original);
  await writeFile(file, text);
  return buildApiModel(await loadSpec(file));
}

const COVERAGE_LINE = /^x-gorgias-coverage: .*$/m;

describe("coverage of the live API (x-gorgias-coverage)", () => {
  it("counts each area's described operations and the live ones left out", async () => {
    const model = await modelWith((t) =>
      t.replace(
        COVERAGE_LINE,
        "x-gorgias-coverage: { description: Fixture., liveOperations: 3, source: fixture ledger, leftOut: [{ method: DELETE, path: /api/widgets, area: widgets, reason: No source gives its body., source: ledger }] }",
      ),
    );
    expect(model.coverage).toMatchObject({ liveOperations: 3, described: 2, source: "fixture ledger" });
    expect(model.coverage.areas).toEqual([
      expect.objectContaining({ area: "widgets", liveOperations: 3, described: 2, leftOut: [{ method: "DELETE", path: "/api/widgets", reason: "No source gives its body.", source: "ledger" }] }),
    ]);
    const table = renderCoverageTable(model.coverage);
    expect(table).toContain("The spec describes **2 of the live API's 3 operations**; 1 is left out, with its reason");
    expect(table).toContain("| Widgets | 3 | 2 | `DELETE /api/widgets`: No source gives its body. |");
    expect(table).toContain("| **All** | **3** | **2** | 1 | |");
  });

  it("refuses a live total that the described and left-out operations do not add up to, with both figures", async () => {
    await expect(modelWith((t) => t.replace(COVERAGE_LINE, "x-gorgias-coverage: { description: F., liveOperations: 5, source: s }"))).rejects.toThrow(
      "x-gorgias-coverage: liveOperations is 5, but 2 operations are described and 0 left out (2)",
    );
  });

  it("refuses to list as left out an operation the spec describes", async () => {
    await expect(
      modelWith((t) =>
        t.replace(COVERAGE_LINE, "x-gorgias-coverage: { description: F., liveOperations: 3, source: s, leftOut: [{ method: GET, path: /api/widgets, area: widgets, reason: r, source: s }] }"),
      ),
    ).rejects.toThrow("x-gorgias-coverage.leftOut[0]: GET /api/widgets is described; remove it from leftOut");
  });

  it("refuses a left-out operation in an area no tag declares", async () => {
    await expect(
      modelWith((t) =>
        t.replace(COVERAGE_LINE, "x-gorgias-coverage: { description: F., liveOperations: 3, source: s, leftOut: [{ method: GET, path: /api/gadgets, area: gadgets, reason: r, source: s }] }"),
      ),
    ).rejects.toThrow(`x-gorgias-coverage.leftOut[0]: area "gadgets" is not a declared tag's x-gorgias-id`);
  });
});

describe("scopes that unlock no operation", () => {
  it("keeps the reason and source of each", async () => {
    const model = await modelWith((t) => t.replace("An identity scope of the fixture.", "Sign-in only."));
    expect(model.scopes.find((s) => s.name === "openid")?.withoutOperations).toEqual({ reason: "Sign-in only.", source: "fixture" });
    expect(model.scopes.find((s) => s.name === "widgets:read")?.withoutOperations).toBeNull();
  });

  it("refuses a scope that unlocks nothing and says not why", async () => {
    await expect(modelWith((t) => t.replace(/\n\s+x-gorgias-scopes-without-operations:\n.*\n/, "\n"))).rejects.toThrow(
      `scope "openid": authorises no operation; give the reason in x-gorgias-scopes-without-operations`,
    );
  });

  it("refuses a reason on a scope that unlocks operations", async () => {
    await expect(
      modelWith((t) => t.replace(/("openid": .*\n)/, `$1        "widgets:read": { reason: Unused., source: fixture }\n`)),
    ).rejects.toThrow(`scope "widgets:read": authorises 1 operation(s); remove it from x-gorgias-scopes-without-operations`);
  });
});

describe("a generated region in a hand-written file", () => {
  const { start, end } = regionMarkers("coverage");
  const file = { path: "packages/spec/README.md", region: "coverage", contents: "| new table |\n" };

  it("replaces only the text between its markers", () => {
    const current = `# Title\n\nHand-written.\n\n${start}\n| old table |\n${end}\n\nMore prose.\n`;
    expect(expectedText(file, current)).toBe(`# Title\n\nHand-written.\n\n${start}\n| new table |\n${end}\n\nMore prose.\n`);
  });

  it("names the file and the marker lines when the markers are missing", () => {
    expect(() => expectedText(file, "# Title\n")).toThrow(MissingRegionError);
    expect(() => expectedText(file, "# Title\n")).toThrow(`packages/spec/README.md must hold the lines\n  ${start}\n  ${end}`);
    expect(() => expectedText(file, null)).toThrow(MissingRegionError);
  });
});
