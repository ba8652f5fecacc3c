import { conflict, invalid, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { UserRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { userJson } from "./json-views.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import { assignDefined } from "../store/assign-defined.js";
import type { Handler, OperationContext } from "./operation-context.js";

/** The user an id names; id 0 is the authenticated user. */
function requireUser(ctx: OperationContext, id: number): UserRecord {
  const resolved = id === 0 ? ctx.principal.userId : id;
  const user = resolved === null ? undefined : ctx.store.users.get(resolved);
  if (!user) throw notFound("User", id);
  return user;
}

function assertEmailFree(store: Store, email: string | undefined, exceptId?: number): void {
  if (!email) return;
  for (const u of store.users.values()) {
    if (u.id !== exceptId && u.email.toLowerCase() === email.toLowerCase()) {
      throw conflict("A user with this email already exists.", { email: "Already used by another user." });
    }
  }
}

const FIELDS = ["email", "name", "firstname", "lastname", "active", "bio", "country", "language", "timezone", "external_id", "meta"] as const;

export const listUsers: Handler<"listUsers"> = (ctx) => {
  const q = ctx.query;
  const roles = q.roles ? new Set<string>(q.roles) : null;
  const search = q.search?.toLowerCase();
  const matches = (u: UserRecord) =>
    (q.email === undefined || u.email.toLowerCase() === String(q.email).toLowerCase()) &&
    (q.external_id === undefined || u.external_id === q.external_id) &&
    (roles === null || roles.has(u.role.name)) &&
    (search === undefined || `${u.name ?? ""} ${u.email}`.toLowerCase().includes(search));
  const page = paginate(ctx.store.users.sorted(orderOf(ctx)), matches, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(userJson), page.meta) };
};

export const getUser: Handler<"getUser"> = (ctx) => ({ status: 200, body: userJson(requireUser(ctx, ctx.path.id)) });

export const createUser: Handler<"createUser"> = (ctx) => {
  const body = ctx.body;
  assertEmailFree(ctx.store, body.email);
  const [first, ...rest] = String(body.name).split(" ");
  const user: UserRecord = {
    id: ctx.store.users.allocateId(),
    email: body.email,
    name: body.name,
    firstname: body.firstname ?? (first || null),
    lastname: body.lastname ?? (rest.join(" ") || null),
    active: body.active ?? true,
    bio: body.bio ?? null,
    country: body.country ?? null,
    language: body.language ?? null,
    timezone: body.timezone ?? null,
    external_id: body.external_id ?? null,
    role: { name: body.role?.name ?? "agent" },
    meta: body.meta ?? {},
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
    deactivated_datetime: body.active === false ? ctx.now : null,
  };
  ctx.store.users.insert(user);
  const json = userJson(user);
  return { status: 201, body: json, event: { objectId: user.id, data: json } };
};

export const updateUser: Handler<"updateUser"> = (ctx) => {
  const user = requireUser(ctx, ctx.path.id);
  const body = ctx.body;
  const problems: Record<string, string> = {};
  if (body.email !== undefined && body.email.toLowerCase() !== user.email.toLowerCase() && !body.password_confirmation) {
    problems.password_confirmation = "Required to change the email.";
  }
  if ((body.new_password !== undefined) !== (body.old_password !== undefined)) {
    problems[body.new_password === undefined ? "new_password" : "old_password"] = "Changing the password needs old_password and new_password.";
  }
  if (Object.keys(problems).length > 0) throw invalid(problems);
  assertEmailFree(ctx.store, body.email, user.id);
  const updated = ctx.store.users.update(user.id, (u) => {
    assignDefined(u, body, FIELDS);
    if (body.role) u.role = { name: body.role.name };
    if (body.active !== undefined) u.deactivated_datetime = body.active ? null : (u.deactivated_datetime ?? ctx.now);
    u.updated_datetime = ctx.now;
  });
  return { status: 200, body: userJson(updated) };
};

export const deleteUser: Handler<"deleteUser"> = (ctx) => {
  const user = requireUser(ctx, ctx.path.id);
  const snapshot = userJson(user);
  ctx.store.users.delete(user.id);
  for (const t of [...ctx.store.tickets.values()]) {
    if (t.assignee_user_id === user.id) ctx.store.tickets.update(t.id, (r) => void (r.assignee_user_id = null));
  }
  return { status: 204, event: { objectId: user.id, data: snapshot } };
};
