import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runScopesCommand } from "../src/cli/scopes-command.js";

const run = (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runScopesCommand(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join("\n"), err: err.join("\n") };
};

describe("gorgias-scopes", () => {
  it("prints the least scope set and the authorize scope string", () => {
    const { code, out } = run(["listTickets", "customers.create", "tickets.get"]);
    expect(code).toBe(0);
    expect(out).toBe(
      ["customers:write", "tickets:read", "", "/oauth/authorize scope: customers:write tickets:read", "URL-encoded: scope=customers%3Awrite%20tickets%3Aread"].join("\n"),
    );
  });

  it("adds the refresh-token scope with --offline and prints JSON with --json", () => {
    const { code, out } = run(["--offline", "--json", "search.run:customer"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ scopes: ["customers:read", "offline"], scope: "customers:read offline" });
  });

  it.each([
    [["tickets.lst"], /Unknown operation "tickets.lst".*Did you mean tickets.list\?/],
    [["search.run"], /name it after a colon/],
    [[], /name at least one operation/],
    [["--scope", "listTickets"], /Unknown option '--scope'/],
  ])("exits 2 with a clear error for %j", (argv, message) => {
    const { code, err, out } = run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe("");
  });

  it("runs as the installed bin", async () => {
    const bin = fileURLToPath(new URL("../bin/gorgias-scopes.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "--json", "users.delete", "tags.list"]);
    expect(JSON.parse(stdout)).toEqual({ scopes: ["tags:read", "users:write"], scope: "tags:read users:write" });
    const failure = await promisify(execFile)(process.execPath, [bin, "nope"]).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown operation "nope"/) });
  });
});
