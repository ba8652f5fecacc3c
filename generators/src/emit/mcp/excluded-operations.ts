import type { ApiModel, OperationModel } from "../../model/types.js";
import { ModelError } from "../../model/model-error.js";

/**
 * The operations the MCP server does not offer as tools, each with the reason: the one list the
 * manifest, the tool tables and the MCP README read. Every other operation is a tool.
 */
export const EXCLUDED_OPERATIONS: Readonly<Record<string, string>> = {
  uploadFiles:
    "An upload's files would travel in the tool's arguments, inside the agent's context: nothing bounds their size, the bytes cannot be streamed, and a public attachment becomes readable by anyone holding its URL. Upload with the client (`files.upload`), which streams.",
  downloadFile:
    "Its answer is a signed URL that reads a private file with no credentials: an agent could hand it on, and the server could neither limit what is read through it nor audit it. The bytes are not JSON either. Download with the client (`files.download`), which returns the URL to your code.",
  downloadStatistic:
    "Its answer is a CSV export of any length, streamed, not JSON: it cannot be bounded to a tool result. The same statistic is a tool as JSON (`get_statistic`), bounded like every other answer.",
};

/** The operations that are MCP tools, in spec order; an exclusion naming no operation is an error, so the list cannot go stale. */
export function toolOperations(model: ApiModel): OperationModel[] {
  const ids = new Set(model.operations.map((op) => op.id));
  for (const id of Object.keys(EXCLUDED_OPERATIONS)) {
    if (!ids.has(id)) throw new ModelError("the MCP exclusion list", `names "${id}", which is not an operation of the spec`);
  }
  return model.operations.filter((op) => !Object.hasOwn(EXCLUDED_OPERATIONS, op.id));
}
