import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** One link found in the built site. */
export interface SiteLink {
  /** Page the link is on. */
  from: string;
  /** The raw target as written. */
  target: string;
}

const ATTRIBUTE_LINK = /\s(?:href|src)="([^"]*)"/g;
/** Markdown links inside the reference's embedded spec: Redoc turns them into anchors at runtime. */
const MARKDOWN_LINK = /\]\(([^)\s]+)\)/g;

function unescapeAttribute(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The `description` strings of a spec: the only Markdown Redoc renders (a schema `pattern` such as `[+-]([01]\d)` is not a link). */
function descriptionsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) descriptionsOf(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "description" && typeof value === "string") out.push(value);
      else descriptionsOf(value, out);
    }
  }
  return out;
}

/**
 * Every link of every page. In the Redoc page only its own markup counts (not the strings of its
 * script bundle): the server-rendered part and the Markdown links of the embedded description.
 */
export async function collectLinks(dist: string): Promise<{ pages: Map<string, string>; links: SiteLink[] }> {
  const pages = new Map<string, string>();
  const links: SiteLink[] = [];
  for (const file of (await readdir(dist)).filter((f) => f.endsWith(".html")).sort()) {
    const page = await readFile(join(dist, file), "utf8");
    pages.set(file, page);
    let markup = page;
    if (page.includes('<div id="redoc">')) {
      const start = page.indexOf('<div id="redoc">');
      markup = page.slice(0, page.indexOf("<script", start));
      const definition = /const __redoc_definition = (.*);\n/.exec(page)?.[1];
      if (!definition) throw new Error(`${file}: no embedded definition found`);
      for (const text of descriptionsOf(JSON.parse(definition))) {
        for (const match of text.matchAll(MARKDOWN_LINK)) links.push({ from: file, target: match[1]! });
      }
    }
    for (const match of markup.matchAll(ATTRIBUTE_LINK)) links.push({ from: file, target: unescapeAttribute(match[1]!) });
  }
  return { pages, links };
}

/** Ids a page declares (`id="..."`), for anchor checks. */
export function pageIds(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => unescapeAttribute(m[1]!)));
}

export const isExternal = (target: string): boolean => /^(https?:)?\/\//.test(target) || /^(mailto|tel):/.test(target);

/**
 * Internal links whose file or anchor does not exist. Redoc's hash routes (`#/tickets/listtickets`)
 * are client-side and are left to the browser test, which opens each one.
 */
export async function findBrokenLinks(dist: string): Promise<string[]> {
  const { pages, links } = await collectLinks(dist);
  const broken: string[] = [];
  for (const { from, target } of links) {
    if (isExternal(target) || target.startsWith("data:")) continue;
    const [pathAndQuery, anchor] = target.split("#", 2) as [string, string | undefined];
    const file = pathAndQuery.split("?")[0]! || from;
    if (!existsSync(join(dist, file))) {
      broken.push(`${from} → ${target} (no file ${file})`);
      continue;
    }
    if (!anchor || anchor.startsWith("/")) continue;
    const page = pages.get(file);
    if (page && !pageIds(page).has(decodeURIComponent(anchor))) broken.push(`${from} → ${target} (no id "${anchor}" in ${file})`);
  }
  return broken;
}

/** The Redoc routes (`reference.html#/area/operationid`) the site links to. */
export async function referenceRoutes(dist: string): Promise<string[]> {
  const { links } = await collectLinks(dist);
  return [...new Set(links.map((l) => l.target).filter((t) => /^reference\.html#\//.test(t)).map((t) => t.slice(t.indexOf("#"))))].sort();
}
