import { parseArgs } from "node:util";
import { oauthFacts } from "@gorgias-kit/spec/facts";
import { requiredScopes, UnknownOperationError } from "../runtime/scopes.js";

const USAGE = `Usage: gorgias-scopes [--offline] [--json] <operation>...

Prints the least set of OAuth scopes the named operations need, and the \`scope\` value of the
${oauthFacts.authorizePath} request. Name operations by operationId or resource method:

  gorgias-scopes listTickets customers.create
  gorgias-scopes search.run:customer         (search takes the searched type)

Options:
  --offline   also request ${oauthFacts.refreshTokenScope}, so the token comes with a refresh token
  --json      print {"scopes": [...], "scope": "..."}
  -h, --help  show this help`;

/** `gorgias-scopes`: returns the exit code (0 ok, 2 bad usage or unknown operation). */
export function runScopesCommand(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { offline: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    err(`gorgias-scopes: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    out(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    err(`gorgias-scopes: name at least one operation.\n\n${USAGE}`);
    return 2;
  }
  let scopes: string[];
  try {
    scopes = requiredScopes(parsed.positionals);
  } catch (error) {
    if (error instanceof UnknownOperationError) {
      err(`gorgias-scopes: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (parsed.values.offline) scopes = [...new Set([...scopes, oauthFacts.refreshTokenScope])].sort();
  const scope = scopes.join(oauthFacts.scopeSeparator);
  if (parsed.values.json) {
    out(JSON.stringify({ scopes, scope }));
  } else {
    out(scopes.join("\n"));
    out("");
    out(`${oauthFacts.authorizePath} scope: ${scope}`);
    out(`URL-encoded: scope=${encodeURIComponent(scope)}`);
  }
  return 0;
}
