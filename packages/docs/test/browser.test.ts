import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGES } from "../src/links.js";
import { startStaticServer, type StaticServer } from "../src/serve/static-server.js";
import { siteData } from "../src/site-data.js";
import { launchChromium } from "./support/browser.js";
import { readJson, requireDist, testOutput } from "./support/paths.js";
import { referenceRoutes } from "./support/site-links.js";
import { specOperations } from "./support/spec-operations.js";

const dist = requireDist();
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every request to anything but the local server (data: and blob: URLs never leave the page). */
const external: string[] = [];

beforeAll(async () => {
  await mkdir(testOutput, { recursive: true });
  server = await startStaticServer({ root: dist, port: 0 });
  const launched = await launchChromium();
  browser = launched.browser;
  console.log(`browser test: Chromium ${browser.version()} from ${launched.executablePath}`);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.protocol === "file:" || (url.hostname === "127.0.0.1" && url.port === String(server.port))) return;
    external.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(file, server.url).href, { waitUntil: "load" });
  expect(errors, `script errors on ${file}`).toEqual([]);
  return page;
}

const visibleRowIds = (page: Page) =>
  page.$$eval("tr.op-row", (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.id.replace(/^op-/, "")));

describe("the documentation site in Chromium", { timeout: 180_000 }, () => {
  it("loads the API reference and opens every operation and webhook the site links to", async () => {
    const page = await open(PAGES.reference.file);
    await page.getByRole("heading", { name: siteData.api.title }).first().waitFor({ timeout: 60_000 });
    const routes = await referenceRoutes(dist);
    const titles = new Map<string, string>();
    for (const op of siteData.operations) titles.set(`#/${op.areaName.toLowerCase().replace(/\s+/g, "-")}/${op.operationId.toLowerCase()}`, op.summary);
    for (const hook of siteData.webhooks) {
      const area = siteData.areas.find((a) => a.id === hook.area)!;
      titles.set(`#/${area.name.toLowerCase().replace(/\s+/g, "-")}/${hook.operationId.toLowerCase()}`, hook.summary);
    }
    expect(routes.length).toBe(siteData.operations.length + siteData.webhooks.length);
    const missing: string[] = [];
    for (const route of routes) {
      const title = titles.get(route);
      if (!title) {
        missing.push(`${route} (not an operation of the site data)`);
        continue;
      }
      await page.evaluate((hash) => {
        location.hash = hash;
      }, route);
      // Redoc renders each route as a section named by the route, with the operation's title as its heading.
      await page
        .waitForFunction(
          ([id, name]) => {
            const section = document.querySelector(`[data-section-id="${id}"]`);
            return Boolean(section?.querySelector("h1, h2, h3")?.textContent?.startsWith(name));
          },
          [route.slice(1), title] as const,
          { timeout: 15_000 },
        )
        .catch(() => missing.push(`${route} (no section titled "${title}")`));
    }
    expect(missing).toEqual([]);
    await page.goto(new URL(`${PAGES.reference.file}#/customers/mergecustomers`, server.url).href);
    await page.getByText("The guide differs from the live API.").first().waitFor();
    await page.screenshot({ path: join(testOutput, "reference.png") });
    await page.close();
  });

  it("filters the scope matrix by tickets:write to exactly the spec's tickets:write operations", async () => {
    const page = await open(PAGES.scopeMatrix.file);
    const all = await specOperations();
    expect(await visibleRowIds(page)).toHaveLength(all.length);
    await page.getByLabel("Permission").selectOption("tickets:write");
    const expected = all.filter((op) => op.oauthScopes.includes("tickets:write")).map((op) => op.operationId);
    expect((await visibleRowIds(page)).sort()).toEqual(expected.sort());
    await expect.poll(() => page.locator("#matrix-count").textContent()).toBe(`${expected.length} of ${all.length} operations`);
    expect(new URL(page.url()).searchParams.get("scope")).toBe("tickets:write");

    await page.getByLabel("Method").selectOption("DELETE");
    const deletes = all.filter((op) => op.oauthScopes.includes("tickets:write") && op.method === "DELETE").map((op) => op.operationId);
    expect((await visibleRowIds(page)).sort()).toEqual(deletes.sort());
    await page.getByLabel("Access").selectOption("read");
    expect(await visibleRowIds(page)).toEqual([]);
    await expect.poll(() => page.locator("#matrix-count").textContent()).toContain("no operation matches");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => visibleRowIds(page).then((ids) => ids.length)).toBe(all.length);
    await page.close();
  });

  it("opens a row's details with the keyboard (Enter and Space) and moves between rows with the arrow keys", async () => {
    const page = await open(PAGES.scopeMatrix.file);
    const toggle = page.locator("#op-createTicket .op-toggle");
    const details = page.locator("#details-createTicket");
    await expect.poll(() => details.isHidden()).toBe(true);
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => details.isVisible()).toBe(true);
    const text = (await details.textContent()) ?? "";
    for (const label of ["Permission", "Version", "Rate limit", "Event", "Side effects", "Source", "Guide"]) expect(text).toContain(label);
    expect(text).toContain("ticket-created");
    expect(text).toContain(siteData.api.apiVersion);
    await page.keyboard.press("Space");
    await expect.poll(() => details.isHidden()).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.closest("tr")?.id)).toBe("op-getTicket");
    await page.keyboard.press(" ");
    await expect.poll(() => page.locator("#details-getTicket").isVisible()).toBe(true);

    await page.locator("#op-mergeCustomers td").nth(2).click();
    const merge = page.locator("#details-mergeCustomers");
    await expect.poll(() => merge.isVisible()).toBe(true);
    const guide = siteData.operations.find((op) => op.operationId === "mergeCustomers")!.guide!;
    expect(await merge.textContent()).toContain(`${guide.method} ${guide.path}`);
    await page.screenshot({ path: join(testOutput, "scope-matrix.png"), fullPage: false });
    await page.close();
  });

  it("searches any path: a concrete path finds its template, text finds operations", async () => {
    const page = await open(PAGES.scopeMatrix.file);
    const search = page.getByLabel("Search path");
    await search.fill("/api/tags/3/merge");
    expect(await visibleRowIds(page)).toEqual(["mergeTags"]);
    await search.fill("/api/tickets/1");
    expect((await visibleRowIds(page)).sort()).toEqual(["deleteTicket", "getTicket", "updateTicket"]);
    await search.fill("/api/views");
    const views = (await specOperations()).filter((op) => op.path.startsWith("/api/views")).map((op) => op.operationId);
    expect((await visibleRowIds(page)).sort()).toEqual(views.sort());
    await page.close();
  });

  it("follows a row's event link to the events table, beside one delivery section per trigger", async () => {
    const page = await open(PAGES.scopeMatrix.file);
    await page.locator("#op-createTicket .op-toggle").click();
    await page.locator("#details-createTicket").getByRole("link", { name: "ticket-created" }).click();
    await page.waitForURL(/webhooks\.html#event-ticket-created$/);
    await expect.poll(() => page.locator("#event-ticket-created").isVisible()).toBe(true);
    expect(await page.locator("section.delivery").count()).toBe(siteData.webhooks.length);
    await page.close();
  });

  it("lists on the Guide and live API page every operation the spec gives an x-gorgias-guide, with both forms", async () => {
    const recorded = (await specOperations()).filter((op) => op.guide !== null);
    expect(recorded.length).toBeGreaterThan(0);
    const page = await open(PAGES.index.file);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: PAGES.guideAndLive.title }).click();
    await page.waitForURL(/guide-and-live\.html$/);
    const rows = page.locator("#divergence-table tbody tr");
    expect(await rows.count()).toBe(recorded.length);
    for (const op of recorded) {
      const row = page.locator(`#guide-${op.operationId}`);
      expect(await row.locator(".guide-form").textContent(), op.operationId).toContain(`${op.guide!.method} ${op.guide!.path}`);
      expect(await row.locator(".live-form").textContent(), op.operationId).toContain(`${op.method} ${op.path}`);
    }
    expect(await page.getByRole("heading", { name: `Divergences (${recorded.length})` }).count()).toBe(1);
    await page.close();
  });

  it("shows on the Coverage page, per area, the spec's operations and the live ones it leaves out, with their reasons", async () => {
    const spec = await readJson<{
      tags: { name: string; "x-gorgias-id": string }[];
      "x-gorgias-coverage": { liveOperations: number; leftOut?: { method: string; path: string; area: string; reason: string }[] };
    }>("@gorgias-kit/spec/openapi.json");
    const operations = await specOperations();
    const leftOut = spec["x-gorgias-coverage"].leftOut ?? [];
    const page = await open(PAGES.index.file);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: PAGES.coverage.title }).click();
    await page.waitForURL(/coverage\.html$/);
    expect(await page.locator("#coverage-table tbody tr").count()).toBe(spec.tags.length);
    for (const tag of spec.tags) {
      const row = page.locator(`#coverage-table tr[data-area="${tag["x-gorgias-id"]}"]`);
      const described = operations.filter((op) => op.tag === tag.name).length;
      const missing = leftOut.filter((op) => op.area === tag["x-gorgias-id"]);
      expect(await row.getAttribute("data-described"), tag.name).toBe(String(described));
      expect(await row.getAttribute("data-live"), tag.name).toBe(String(described + missing.length));
      const text = (await row.textContent()) ?? "";
      for (const op of missing) expect(text, `${op.method} ${op.path}`).toContain(`${op.path}: ${op.reason}`);
    }
    expect(await page.locator("#coverage-described").textContent()).toBe(String(operations.length));
    expect(await page.locator("#coverage-live").textContent()).toBe(String(spec["x-gorgias-coverage"].liveOperations));
    await page.close();
  });

  it("opens the matrix filtered from a scope link and at a row from an anchor", async () => {
    const page = await open(`${PAGES.scopeMatrix.file}?scope=${encodeURIComponent("customers:read")}#matrix`);
    const expected = (await specOperations()).filter((op) => op.oauthScopes.includes("customers:read")).map((op) => op.operationId);
    expect((await visibleRowIds(page)).sort()).toEqual(expected.sort());
    await page.goto(new URL(`${PAGES.scopeMatrix.file}#op-search`, server.url).href);
    await expect.poll(() => page.locator("#details-search").isVisible()).toBe(true);
    await page.close();
  });

  it("works from file:// without a server", async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dist, PAGES.scopeMatrix.file)).href);
    await page.getByLabel("Access").selectOption("read");
    const reads = (await specOperations()).filter((op) => op.access === "read").map((op) => op.operationId);
    expect((await visibleRowIds(page)).sort()).toEqual(reads.sort());
    await page.close();
  });

  it("has no horizontal page scroll at 375 px on any page", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
    phone.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http") && !(url.hostname === "127.0.0.1" && url.port === String(server.port))) external.push(request.url());
    });
    const overflowing: string[] = [];
    for (const { file } of Object.values(PAGES)) {
      const page = await phone.newPage();
      await page.goto(new URL(file, server.url).href, { waitUntil: "load" });
      if (file === PAGES.reference.file) await page.getByRole("heading", { name: siteData.api.title }).first().waitFor({ timeout: 60_000 });
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scrollWidth > clientWidth) overflowing.push(`${file}: ${scrollWidth} > ${clientWidth}`);
      if (file === PAGES.scopeMatrix.file) {
        await page.locator("#op-listTickets .op-toggle").click();
        await page.screenshot({ path: join(testOutput, "scope-matrix-375.png") });
        const [w, c] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (w > c) overflowing.push(`${file} with a row open: ${w} > ${c}`);
      }
      await page.close();
    }
    await phone.close();
    expect(overflowing).toEqual([]);
  });

  it("made no request to any host but 127.0.0.1", () => {
    expect(external).toEqual([]);
  });
});
