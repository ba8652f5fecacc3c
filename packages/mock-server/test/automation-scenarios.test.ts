import { BadRequestError, ConflictError, createGorgiasClient, NotFoundError } from "@gorgias-kit/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { JOB_CANCEL_DELAY_MS, JOB_RUN_MS, JOB_START_DELAY_MS } from "../src/resources/job-lifecycle.js";
import { startMockServer, type MockServer } from "../src/index.js";

// Stateful scenarios of issue 13's teams, jobs, rules and satisfaction surveys: the typed client
// against the mock, the mock clock moved through its admin endpoint.

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
  // Frozen, the clock moves only when a test advances it, so job progress is exact.
  mock.clock.freeze();
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

const gorgias = () =>
  createGorgiasClient({ baseUrl: mock.url, auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" }, rateLimit: false });

/** Moves the mock clock forward through `POST /__admin/clock`. */
async function advanceClock(ms: number): Promise<void> {
  const res = await fetch(`${mock.url}/__admin/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advance_seconds: ms / 1000 }) });
  expect(res.status).toBe(200);
}

describe("teams", () => {
  it("creates a team, sets its members, renames it and deletes it; its tickets lose the team", async () => {
    const client = gorgias();
    const team = await client.teams.create({ body: { name: "Returns desk", members: [{ id: 5 }] } });
    expect(team.members.map((m) => [m.id, m.email])).toEqual([[5, "alex.martin@acme.com"]]);

    // members replaces the whole list: user 5 leaves, users 1 and 2 join.
    const updated = await client.teams.update({ id: team.id, body: { name: "Returns & exchanges", members: [{ id: 1 }, { id: 2 }] } });
    expect(updated.name).toBe("Returns & exchanges");
    expect(updated.members.map((m) => m.id)).toEqual([1, 2]);
    expect((await client.teams.get({ id: team.id })).members.map((m) => m.id)).toEqual([1, 2]);

    const ticket = await client.tickets.update({ id: 1, body: { assignee_team: { id: team.id } } });
    expect(ticket.assignee_team?.id).toBe(team.id);

    await client.teams.delete({ id: team.id });
    await expect(client.teams.get({ id: team.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await client.tickets.get({ id: 1 })).assignee_team ?? null).toBeNull();
    expect((await client.teams.list()).map((t) => t.id)).not.toContain(team.id);
  });

  it("refuses a member who is no user, naming the item, and changes nothing", async () => {
    const client = gorgias();
    const error = await client.teams.update({ id: 1, body: { members: [{ id: 5 }, { id: 999 }] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).fieldErrors).toEqual({ "members.1.id": "User 999 does not exist." });
    expect((await client.teams.get({ id: 1 })).members.map((m) => m.id)).toEqual([5]);
  });
});

describe("jobs", () => {
  it("a created job goes pending → running → done as the mock clock advances, with its progress", async () => {
    const client = gorgias();
    const job = await client.jobs.create({ body: { type: "updateTicket", params: { ticket_ids: [1, 3, 4, 5], updates: { status: "closed" } } } });
    expect(job.status).toBe("pending");

    await advanceClock(JOB_START_DELAY_MS);
    const running = await client.jobs.get({ id: job.id });
    expect(running.status).toBe("running");
    expect(running.started_datetime).not.toBeNull();
    expect(running.info.progress_count).toBe(0);

    await advanceClock(JOB_RUN_MS / 2);
    expect((await client.jobs.get({ id: job.id })).info.progress_count).toBe(2);

    await advanceClock(JOB_RUN_MS / 2);
    const done = await client.jobs.get({ id: job.id });
    expect(done.status).toBe("done");
    expect(done.info.progress_count).toBe(4);
    expect(done.ended_datetime).not.toBeNull();
    const listed = await client.jobs.list({ status: "done" });
    expect(listed.data.map((j) => j.id)).toContain(job.id);
  });

  it("cancelling a running job asks it to stop; it is canceled after the cancel delay and stays readable", async () => {
    const client = gorgias();
    const job = await client.jobs.create({ body: { type: "exportTicket", params: { view_id: 7 } } });
    await advanceClock(JOB_START_DELAY_MS);
    await client.jobs.cancel({ id: job.id });
    const requested = await client.jobs.get({ id: job.id });
    expect(requested.status).toBe("cancel_requested");
    expect(requested.cancel_requested_datetime).not.toBeNull();

    await advanceClock(JOB_CANCEL_DELAY_MS);
    const canceled = await client.jobs.get({ id: job.id });
    expect(canceled.status).toBe("canceled");
    expect(canceled.cancelled_datetime).not.toBeNull();
    // A canceled job never runs to the end.
    await advanceClock(JOB_RUN_MS);
    expect((await client.jobs.get({ id: job.id })).status).toBe("canceled");
  });

  it("a job that has not started is canceled at once, and a scheduled job waits for its time", async () => {
    const client = gorgias();
    const pending = await client.jobs.create({ body: { type: "exportMacro", params: {} } });
    await client.jobs.cancel({ id: pending.id });
    expect((await client.jobs.get({ id: pending.id })).status).toBe("canceled");

    const now = Date.parse((await client.jobs.get({ id: pending.id })).created_datetime!);
    const at = new Date(now + 30 * 60_000).toISOString();
    const scheduled = await client.jobs.create({ body: { type: "exportMacro", params: {}, scheduled_datetime: at } });
    expect(scheduled.status).toBe("scheduled");
    await advanceClock(29 * 60_000);
    expect((await client.jobs.get({ id: scheduled.id })).status).toBe("scheduled");
    await advanceClock(60_000 + JOB_START_DELAY_MS);
    expect((await client.jobs.get({ id: scheduled.id })).status).toBe("running");
  });

  it("refuses to schedule more than 60 minutes ahead and to change a started job's params", async () => {
    const client = gorgias();
    const created = await client.jobs.create({ body: { type: "exportMacro", params: {} } });
    const far = new Date(Date.parse(created.created_datetime!) + 61 * 60_000).toISOString();
    const tooFar = await client.jobs.create({ body: { type: "exportMacro", params: {}, scheduled_datetime: far } }).catch((e: unknown) => e);
    expect((tooFar as BadRequestError).fieldErrors).toEqual({ scheduled_datetime: "Must be at most 60 minutes ahead." });

    await advanceClock(JOB_START_DELAY_MS);
    const late = await client.jobs.update({ id: created.id, body: { params: { ticket_ids: [1] } } }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(BadRequestError);
    expect(Object.keys((late as BadRequestError).fieldErrors ?? {})).toEqual(["params"]);
    // meta changes at any time.
    expect((await client.jobs.update({ id: created.id, body: { meta: { by: "test" } } })).meta).toEqual({ by: "test" });
  });
});

describe("rules", () => {
  /** Rule ids in execution order: highest priority first. */
  const executionOrder = async () => (await gorgias().rules.list()).sort((a, b) => b.priority - a.priority || a.id - b.id).map((r) => r.id);

  it("priorities reorder the rules: the 202 answer lists the changed rules and the list shows the new order", async () => {
    const client = gorgias();
    expect(await executionOrder()).toEqual([1, 2, 3, 4]);
    const created = await client.rules.create({ body: { name: "Tag refunds", code: "Action('addTags', { tags: 'refund' })", priority: 5 } });
    expect(await executionOrder()).toEqual([1, 2, 3, 4, created.id]);

    const changed = await client.rules.updatePriorities({ body: { priorities: [{ id: created.id, priority: 500 }, { id: 1, priority: 1 }] } });
    expect(changed.map((r) => [r.id, r.priority])).toEqual([[created.id, 500], [1, 1]]);
    expect(await executionOrder()).toEqual([created.id, 2, 3, 4, 1]);

    await client.rules.delete({ id: created.id });
    expect(await executionOrder()).toEqual([2, 3, 4, 1]);
  });

  it("an unknown or repeated rule in priorities is refused, naming the item, and no priority changes", async () => {
    const client = gorgias();
    const error = await client.rules.updatePriorities({ body: { priorities: [{ id: 2, priority: 1 }, { id: 2, priority: 3 }, { id: 99, priority: 4 }] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).fieldErrors).toEqual({ "priorities.1.id": "Rule 2 is listed more than once.", "priorities.2.id": "Rule 99 does not exist." });
    expect(await executionOrder()).toEqual([1, 2, 3, 4]);
  });

  it("the rule list's limit defaults to 100", async () => {
    const client = gorgias();
    for (let i = 0; i < 40; i++) await client.rules.create({ body: { name: `Rule ${i}`, code: "Action('noop', {})" } });
    expect(await client.rules.list()).toHaveLength(44);
    expect(await client.rules.list({ limit: 30 })).toHaveLength(30);
  });
});

describe("satisfaction surveys", () => {
  it("a ticket has at most one survey: a second one, or moving one onto it, is a 409", async () => {
    const client = gorgias();
    const survey = await client.satisfactionSurveys.create({ body: { ticket_id: 6, customer_id: 42 } });
    expect(await client.satisfactionSurveys.list({ ticket_id: 6 })).toEqual([survey]);

    await expect(client.satisfactionSurveys.create({ body: { ticket_id: 6, customer_id: 42 } })).rejects.toBeInstanceOf(ConflictError);
    await expect(client.satisfactionSurveys.update({ id: survey.id, body: { ticket_id: 1 } })).rejects.toBeInstanceOf(ConflictError);

    const scored = await client.satisfactionSurveys.update({ id: survey.id, body: { score: 4, body_text: "Good." } });
    expect([scored.ticket_id, scored.score, scored.body_text]).toEqual([6, 4, "Good."]);
    expect(await client.satisfactionSurveys.get({ id: survey.id })).toEqual(scored);
  });
});
