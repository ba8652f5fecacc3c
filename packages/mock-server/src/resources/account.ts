import { conflict, notFound } from "../engine/api-error.js";
import type { AccountSettingRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import type { Handler } from "./operation-context.js";

/** The mock account's fixed facts: its subdomain and creation time match the seeded data's epoch. */
const ACCOUNT = { domain: "acme", status: { status: "active" }, created_datetime: "2024-01-01T09:00:00.000000+00:00", deactivated_datetime: null } as const;

function settingsByType(store: Store, type?: string): AccountSettingRecord[] {
  return [...store.accountSettings.values()].filter((s) => type === undefined || s.type === type).sort((a, b) => a.id - b.id);
}

/** 409 when another setting already has this type: the account keeps one setting per type. */
function assertTypeFree(store: Store, type: string, exceptId?: number): void {
  const taken = settingsByType(store, type).find((s) => s.id !== exceptId);
  if (taken) throw conflict(`The account already has a ${type} setting (id ${taken.id}); update it instead.`, { type: `Setting ${taken.id} already has this type.` });
}

export const getAccount: Handler<"getAccount"> = (ctx) => ({
  status: 200,
  body: { ...ACCOUNT, status: { ...ACCOUNT.status }, settings: settingsByType(ctx.store).map((s) => structuredClone(s)) },
});

export const listAccountSettings: Handler<"listAccountSettings"> = (ctx) => ({
  status: 200,
  body: { data: settingsByType(ctx.store, ctx.query.type).map((s) => structuredClone(s)) },
});

export const createAccountSetting: Handler<"createAccountSetting"> = (ctx) => {
  const body = ctx.body;
  assertTypeFree(ctx.store, body.type);
  const setting = ctx.store.accountSettings.insert({ id: ctx.store.accountSettings.allocateId(), type: body.type, data: structuredClone(body.data ?? {}) });
  return { status: 201, body: structuredClone(setting) };
};

export const updateAccountSetting: Handler<"updateAccountSetting"> = (ctx) => {
  const id = ctx.path.id;
  if (!ctx.store.accountSettings.has(id)) throw notFound("Account setting", id);
  const body = ctx.body;
  assertTypeFree(ctx.store, body.type, id);
  // `data` replaces the stored values entirely (the docs): nothing of the old data is kept.
  const updated = ctx.store.accountSettings.update(id, (s) => {
    s.type = body.type;
    s.data = structuredClone(body.data ?? {});
  });
  return { status: 200, body: structuredClone(updated) };
};
