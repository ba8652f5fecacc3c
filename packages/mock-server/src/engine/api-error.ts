/** An error the API answers with its documented body: `{"error": {"msg", "data"?}}`. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    message: string,
    /** Details, such as each invalid field mapped to what is wrong with it. */
    readonly data?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { error: { msg: string; data?: Record<string, unknown> } } {
    return { error: this.data ? { msg: this.message, data: this.data } : { msg: this.message } };
  }
}

/** 400 naming each bad field: `{"error": {"msg": "Invalid request: …", "data": {field: problem}}}`. */
export function invalid(fields: Record<string, string>): ApiError {
  const entries = Object.entries(fields);
  const [field, problem] = entries[0] ?? ["request", "Invalid request."];
  const more = entries.length > 1 ? ` (and ${entries.length - 1} more field${entries.length > 2 ? "s" : ""})` : "";
  return new ApiError(400, `Invalid request: ${field}: ${problem}${more}`, fields);
}

export function notFound(what: string, id: number | string): ApiError {
  return new ApiError(404, `${what} ${id} not found.`, { id });
}

export function conflict(message: string, fields: Record<string, string>): ApiError {
  return new ApiError(409, message, fields);
}
