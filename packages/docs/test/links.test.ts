import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PAGES } from "../src/links.js";
import { requireDist } from "./support/paths.js";
import { collectLinks, findBrokenLinks, referenceRoutes } from "./support/site-links.js";

const dist = requireDist();
const { pages, links } = await collectLinks(dist);

describe("the built site's links", () => {
  it("has every page of the site", () => {
    for (const page of Object.values(PAGES)) expect(pages.has(page.file), page.file).toBe(true);
  });

  it("finds links on every page, including the reference's own", () => {
    for (const page of pages.keys()) expect(links.filter((l) => l.from === page).length, page).toBeGreaterThan(5);
    expect(links.some((l) => l.from === PAGES.reference.file && l.target.startsWith(`${PAGES.scopeMatrix.file}#op-`))).toBe(true);
  });

  it("has no broken internal link or anchor", async () => {
    expect(await findBrokenLinks(dist)).toEqual([]);
  });

  it("links every page to every other through the navigation", () => {
    for (const [file, page] of pages) {
      if (file === PAGES.reference.file) continue;
      for (const target of Object.values(PAGES)) expect(page, `${file} links ${target.file}`).toContain(`href="${target.file}"`);
    }
  });

  it("links into the reference by operation (routes the browser test opens)", async () => {
    expect((await referenceRoutes(dist)).length).toBeGreaterThan(50);
  });
});

describe("the link crawler", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("reports a missing file and a missing anchor, and accepts good ones", async () => {
    const site = await mkdtemp(join(tmpdir(), "gorgias-docs-links-"));
    dirs.push(site);
    await writeFile(join(site, "a.html"), '<a href="b.html#here">ok</a> <a href="b.html#gone">bad anchor</a> <a href="c.html">bad file</a> <a href="#top" id="top">self</a> <a href="https://example.com/x">external</a>');
    await writeFile(join(site, "b.html"), '<h2 id="here">Here</h2>');
    expect(await findBrokenLinks(site)).toEqual(['a.html → b.html#gone (no id "gone" in b.html)', "a.html → c.html (no file c.html)"]);
  });
});
