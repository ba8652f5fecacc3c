import type { FileStorage } from "../store/file-storage.js";
import type { MockResponse } from "./http-types.js";

function errorResponse(status: number, msg: string, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ error: { msg } }) };
}

/**
 * Serves a file's bytes at its signed URL (`/__files/{type}/{hash}/{name}?expires=…&signature=…`),
 * as the storage host a live download redirects to would: no API credentials, only the signature,
 * valid until `expires` on the mock clock (403 after, or with a signature the mock did not issue).
 */
export function signedFileResponse(files: FileStorage, method: string, path: string, search: string, nowMs: number): MockResponse {
  if (method.toUpperCase() !== "GET") return errorResponse(405, `Method ${method.toUpperCase()} is not allowed on a signed file URL; use GET.`, { allow: "GET" });
  const params = new URLSearchParams(search);
  const expiresAt = Number(params.get("expires"));
  const signature = params.get("signature") ?? "";
  if (!Number.isInteger(expiresAt) || !files.verify(path, expiresAt, signature)) return errorResponse(403, "Forbidden: the signature of this file URL is not valid.");
  if (nowMs >= expiresAt * 1000) return errorResponse(403, "Forbidden: this file URL has expired; download the file again for a new one.");
  const segments = path.split("/").slice(2).map((segment) => decodeURIComponent(segment));
  const file = segments.length === 3 ? files.get(segments[0]!, segments[1]!, segments[2]!) : undefined;
  if (!file) return errorResponse(404, "No such file.");
  return { status: 200, headers: { "content-type": file.contentType, "cache-control": "private, max-age=0" }, body: null, bytes: file.bytes };
}
