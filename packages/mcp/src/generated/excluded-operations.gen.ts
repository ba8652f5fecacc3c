/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** The operations offered as no tool, with the reason for each; every other operation of the spec is a tool. */
export const excludedOperations: readonly { readonly operationId: string; readonly area: string; readonly reason: string; }[] = [
  {
    "operationId": "uploadFiles",
    "area": "files",
    "reason": "An upload's files would travel in the tool's arguments, inside the agent's context: nothing bounds their size, the bytes cannot be streamed, and a public attachment becomes readable by anyone holding its URL. Upload with the client (`files.upload`), which streams."
  },
  {
    "operationId": "downloadFile",
    "area": "files",
    "reason": "Its answer is a signed URL that reads a private file with no credentials: an agent could hand it on, and the server could neither limit what is read through it nor audit it. The bytes are not JSON either. Download with the client (`files.download`), which returns the URL to your code."
  },
  {
    "operationId": "downloadStatistic",
    "area": "statistics",
    "reason": "Its answer is a CSV export of any length, streamed, not JSON: it cannot be bounded to a tool result. The same statistic is a tool as JSON (`get_statistic`), bounded like every other answer."
  }
];
