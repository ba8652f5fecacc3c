import { notFound } from "../engine/api-error.js";
import type { Schema } from "../schema.js";
import { assignDefined } from "../store/assign-defined.js";
import type { TeamRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { bareListPage } from "./bare-list.js";
import type { Handler } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";

/** A team as the API shows it: each member's name and email read from the user record. */
export function teamJson(store: Store, team: TeamRecord): Schema<"Team"> {
  return {
    id: team.id,
    uri: `/api/teams/${team.id}/`,
    name: team.name,
    description: team.description,
    decoration: team.decoration,
    members: team.member_ids.map((id) => {
      const user = store.users.get(id);
      return { id, name: user?.name ?? null, email: user?.email ?? null, meta: null };
    }),
    created_datetime: team.created_datetime,
  };
}

function requireTeam(store: Store, id: number): TeamRecord {
  const team = store.teams.get(id);
  if (!team) throw notFound("Team", id);
  return team;
}

/** The member ids of a body's `members`, each checked to be a user, without repeats. */
function memberIds(store: Store, members: readonly { id: number }[]): number[] {
  const check = new ReferenceCheck(store);
  members.forEach((m, i) => check.user(`members.${i}.id`, m.id));
  check.done();
  return [...new Set(members.map((m) => m.id))];
}

export const listTeams: Handler<"listTeams"> = (ctx) => {
  const teams = bareListPage(ctx, (order) => ctx.store.teams.sorted(order), () => true);
  return { status: 200, body: teams.map((t) => teamJson(ctx.store, t)) };
};

export const getTeam: Handler<"getTeam"> = (ctx) => ({ status: 200, body: teamJson(ctx.store, requireTeam(ctx.store, ctx.path.id)) });

export const createTeam: Handler<"createTeam"> = (ctx) => {
  const body = ctx.body;
  const members = memberIds(ctx.store, body.members ?? []);
  const team = ctx.store.teams.insert({
    id: ctx.store.teams.allocateId(),
    name: body.name,
    description: body.description ?? null,
    decoration: body.decoration ?? null,
    member_ids: members,
    created_datetime: ctx.now,
  });
  return { status: 201, body: teamJson(ctx.store, team) };
};

export const updateTeam: Handler<"updateTeam"> = (ctx) => {
  const team = requireTeam(ctx.store, ctx.path.id);
  const body = ctx.body;
  // `members` replaces the whole list, so it is checked before anything changes.
  const members = body.members === undefined ? undefined : memberIds(ctx.store, body.members);
  const updated = ctx.store.teams.update(team.id, (t) => {
    assignDefined(t, body, ["name", "description", "decoration"] as const);
    if (members !== undefined) t.member_ids = members;
  });
  return { status: 200, body: teamJson(ctx.store, updated) };
};

/** Deletes the team; tickets assigned to it lose the team assignment. */
export const deleteTeam: Handler<"deleteTeam"> = (ctx) => {
  const team = requireTeam(ctx.store, ctx.path.id);
  for (const ticket of [...ctx.store.tickets.values()]) {
    if (ticket.assignee_team_id === team.id) ctx.store.tickets.update(ticket.id, (t) => void (t.assignee_team_id = null));
  }
  ctx.store.teams.delete(team.id);
  return { status: 204 };
};
