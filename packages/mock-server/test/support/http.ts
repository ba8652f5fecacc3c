import type { MockServer } from "../../src/index.js";

export const ADMIN = { email: "admin@example.com", apiKey: "mock-api-key" };

export function basic(email = ADMIN.email, key = ADMIN.apiKey): string {
  return `Basic ${Buffer.from(`${email}:${key}`).toString("base64")}`;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** One HTTP call to the mock with the admin API key unless `authorization` says otherwise. */
export async function call(
  mock: Pick<MockServer, "url">,
  method: string,
  path: string,
  options: { body?: unknown; form?: Record<string, string>; rawBody?: string | Uint8Array; headers?: Record<string, string>; authorization?: string | null } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.authorization !== null) headers.authorization = options.authorization ?? basic();
  let body: string | Uint8Array | FormData | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.form !== undefined) {
    // Each value is a file's text, labelled with its key; fetch writes the boundary.
    const form = new FormData();
    for (const [label, text] of Object.entries(options.form)) form.append(label, new Blob([text], { type: "text/plain" }), label);
    body = form;
  }
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(`${mock.url}${path}`, { method, headers, body: body as BodyInit | undefined, redirect: "manual" });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}
