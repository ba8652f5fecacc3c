import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { changesetCoverage, coverageFailure } from "../src/diff/changeset-coverage.js";
import { specChangeset, writeSpecChangeset } from "../src/diff/changeset-file.js";
import { specDiff } from "../src/diff/spec-diff.js";
import { createScratchRepo, type ScratchRepo } from "./support/scratch-repo.js";

// The three spec changes, each made alone in a scratch copy on a feature branch off main.
let repo: ScratchRepo;
beforeAll(async () => void (repo = await createScratchRepo()), 60_000);
afterEach(() => repo.reset());
afterAll(() => repo.remove());

const edited = (edit: (spec: ScratchRepo["spec"]) => void) => {
  const spec = structuredClone(repo.spec);
  edit(spec);
  return spec;
};

describe("a breaking change to an operation: listTickets' customer_id becomes required", () => {
  const edit = (spec: ScratchRepo["spec"]) => {
    spec.paths["/api/tickets"].get.parameters.find((p: { name?: string }) => p.name === "customer_id").required = true;
  };

  it("is classified breaking, reaches all five packages, each a minor bump below 1.0, and its changeset says so", async () => {
    await repo.writeSpec(edited(edit));
    const diff = await specDiff(repo.root);
    expect(diff.base).toMatchObject({ source: "merge base with main", commit: await repo.git("rev-parse", "main") });
    expect(diff.changes).toEqual([
      {
        rule: "request-parameter-became-required",
        level: "breaking",
        operationId: "listTickets",
        method: "get",
        path: "/api/tickets",
        location: "/paths/~1api~1tickets/get/parameters/3",
        message: 'query parameter "customer_id" became required.',
      },
    ]);
    expect(diff.packages.map((p) => [p.name, p.semverBump, p.bump])).toEqual([
      ["@gorgias-kit/spec", "major", "minor"],
      ["@gorgias-kit/client", "major", "minor"],
      ["@gorgias-kit/mock-server", "major", "minor"],
      ["@gorgias-kit/mcp", "major", "minor"],
      ["@gorgias-kit/contract", "major", "minor"],
    ]);
    expect(specChangeset(diff)?.text).toBe(
      [
        "---",
        '"@gorgias-kit/spec": minor',
        '"@gorgias-kit/client": minor',
        '"@gorgias-kit/mock-server": minor',
        '"@gorgias-kit/mcp": minor',
        '"@gorgias-kit/contract": minor',
        "---",
        "",
        "The spec changed (`pnpm spec:diff`):",
        "",
        "Breaking:",
        "",
        '- listTickets (GET /api/tickets): query parameter "customer_id" became required.',
        "",
      ].join("\n"),
    );
  });

  it("at 1.0 and above the same change is a major bump of every package", async () => {
    await repo.writeSpec(edited(edit));
    await repo.setVersions("1.2.0");
    const diff = await specDiff(repo.root);
    expect(diff.packages.map((p) => p.bump)).toEqual(["major", "major", "major", "major", "major"]);
    expect(specChangeset(diff)?.text.split("---")[1]).toBe(
      '\n"@gorgias-kit/spec": major\n"@gorgias-kit/client": major\n"@gorgias-kit/mock-server": major\n"@gorgias-kit/mcp": major\n"@gorgias-kit/contract": major\n',
    );
  });

  it("the coverage check fails without a changeset, names the packages and the fix, and passes once spec:changeset wrote one", async () => {
    await repo.writeSpec(edited(edit));
    const diff = await specDiff(repo.root);
    const before = await changesetCoverage(repo.root, diff);
    expect(before.gaps).toEqual(diff.packages.map((p) => ({ name: p.name, required: "minor" })));
    const message = coverageFailure(diff, before);
    expect(message).toContain("@gorgias-kit/client needs minor (no new changeset names it)");
    expect(message).toContain("Fix: pnpm spec:changeset");

    const { path, written } = await writeSpecChangeset(repo.root, specChangeset(diff)!);
    expect(written).toBe(true);
    expect(path).toMatch(/\.changeset\/spec-[0-9a-f]{8}\.md$/);
    expect(await changesetCoverage(repo.root, diff)).toEqual({ added: [path.split("/").pop()], gaps: [] });
    expect(await writeSpecChangeset(repo.root, specChangeset(diff)!)).toEqual({ path, written: false });
  });

  it("a changeset at patch for a package that needs minor does not cover it", async () => {
    await repo.writeSpec(edited(edit));
    await writeFile(
      join(repo.root, ".changeset", "hand-written.md"),
      '---\n"@gorgias-kit/spec": minor\n"@gorgias-kit/client": patch\n"@gorgias-kit/mock-server": minor\n"@gorgias-kit/mcp": major\n"@gorgias-kit/contract": minor\n---\n\nlistTickets needs a customer.\n',
    );
    const coverage = await changesetCoverage(repo.root, await specDiff(repo.root));
    expect(coverage.gaps).toEqual([{ name: "@gorgias-kit/client", required: "minor", given: "patch" }]);
  });

  it("a changeset already at the base does not cover a change made after it", async () => {
    await writeFile(join(repo.root, ".changeset", "old.md"), '---\n"@gorgias-kit/spec": major\n---\n\nOlder.\n');
    await repo.git("add", "-A");
    await repo.git("-c", "user.name=s", "-c", "user.email=s@example.com", "commit", "--quiet", "-m", "old changeset");
    await repo.git("checkout", "--quiet", "main");
    await repo.git("merge", "--quiet", "--ff-only", "feature");
    await repo.git("checkout", "--quiet", "feature");
    await repo.writeSpec(edited(edit));
    const diff = await specDiff(repo.root);
    const coverage = await changesetCoverage(repo.root, diff);
    expect(coverage.added).toEqual([]);
    expect(coverage.gaps.map((g) => g.name)).toContain("@gorgias-kit/spec");
    await repo.git("checkout", "--quiet", "main");
    await repo.git("reset", "--quiet", "--hard", "HEAD~1");
    await repo.git("checkout", "--quiet", "feature");
    await repo.git("reset", "--quiet", "--hard", "main");
  });
});

describe("an added optional field: createTicket's body takes reference_note", () => {
  const edit = (spec: ScratchRepo["spec"]) => {
    spec.components.schemas.TicketCreate.properties.reference_note = { type: "string", description: "A note for the agent." };
  };

  it("is non-breaking, reaches all five packages as a minor bump, and its changeset says so", async () => {
    await repo.writeSpec(edited(edit));
    const diff = await specDiff(repo.root);
    expect(diff.changes).toEqual([
      {
        rule: "new-optional-request-property",
        level: "non-breaking",
        operationId: "createTicket",
        method: "post",
        path: "/api/tickets",
        location: "/components/schemas/TicketCreate/properties/reference_note",
        message: 'request body field "reference_note" was added as optional.',
      },
    ]);
    expect(diff.packages.map((p) => [p.name, p.semverBump, p.bump])).toEqual([
      ["@gorgias-kit/spec", "minor", "minor"],
      ["@gorgias-kit/client", "minor", "minor"],
      ["@gorgias-kit/mock-server", "minor", "minor"],
      ["@gorgias-kit/mcp", "minor", "minor"],
      ["@gorgias-kit/contract", "minor", "minor"],
    ]);
    expect(specChangeset(diff)?.text).toBe(
      [
        "---",
        '"@gorgias-kit/spec": minor',
        '"@gorgias-kit/client": minor',
        '"@gorgias-kit/mock-server": minor',
        '"@gorgias-kit/mcp": minor',
        '"@gorgias-kit/contract": minor',
        "---",
        "",
        "The spec changed (`pnpm spec:diff`):",
        "",
        "Non-breaking:",
        "",
        '- createTicket (POST /api/tickets): request body field "reference_note" was added as optional.',
        "",
      ].join("\n"),
    );
  });
});

describe("a description edit: listTickets' description", () => {
  const edit = (spec: ScratchRepo["spec"]) => {
    spec.paths["/api/tickets"].get.description = "List tickets, newest first unless a view orders them.";
  };

  it("is documentation, reaches the spec, the client and the MCP server as a patch, and its changeset says so", async () => {
    await repo.writeSpec(edited(edit));
    const diff = await specDiff(repo.root);
    expect(diff.changes).toEqual([
      {
        rule: "description-changed",
        level: "documentation",
        operationId: "listTickets",
        method: "get",
        path: "/api/tickets",
        location: "/paths/~1api~1tickets/get/description",
        message: "description changed at /paths/~1api~1tickets/get/description.",
      },
    ]);
    expect(diff.packages.map((p) => [p.name, p.bump])).toEqual([
      ["@gorgias-kit/spec", "patch"],
      ["@gorgias-kit/client", "patch"],
      ["@gorgias-kit/mcp", "patch"],
    ]);
    expect(specChangeset(diff)?.text).toBe(
      [
        "---",
        '"@gorgias-kit/spec": patch',
        '"@gorgias-kit/client": patch',
        '"@gorgias-kit/mcp": patch',
        "---",
        "",
        "The spec changed (`pnpm spec:diff`):",
        "",
        "Documentation:",
        "",
        "- listTickets (GET /api/tickets): description changed at /paths/~1api~1tickets/get/description.",
        "",
      ].join("\n"),
    );
  });
});

describe("no spec change", () => {
  it("has no change, reaches no package, needs no changeset and the check passes", async () => {
    const diff = await specDiff(repo.root);
    expect(diff.changes).toEqual([]);
    expect(diff.packages).toEqual([]);
    expect(specChangeset(diff)).toBeNull();
    expect((await changesetCoverage(repo.root, diff)).gaps).toEqual([]);
  });

  it("on main itself the base is HEAD's own commit", async () => {
    await repo.git("checkout", "--quiet", "main");
    try {
      const diff = await specDiff(repo.root);
      expect(diff.base.commit).toBe(await repo.git("rev-parse", "HEAD"));
      expect(diff.changes).toEqual([]);
    } finally {
      await repo.git("checkout", "--quiet", "feature");
    }
  });

  it("takes the newest @gorgias-kit/spec@ release tag as the base when there is one", async () => {
    await repo.git("tag", "@gorgias-kit/spec@0.1.0", "main");
    try {
      const diff = await specDiff(repo.root);
      expect(diff.base).toMatchObject({ ref: "@gorgias-kit/spec@0.1.0", source: "release tag" });
    } finally {
      await repo.git("tag", "-d", "@gorgias-kit/spec@0.1.0");
    }
  });
});
