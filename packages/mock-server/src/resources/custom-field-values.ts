import { invalid, notFound } from "../engine/api-error.js";
import type { CustomerRecord, CustomFieldRecord, TicketRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import type { Schema } from "../schema.js";
import type { Handler } from "./operation-context.js";
import { requireTicket } from "./tickets.js";

type StoredValues = TicketRecord["custom_fields"];
type ObjectType = CustomFieldRecord["object_type"];

/** The JSON type a value of the field must have. */
const VALUE_TYPE: Record<CustomFieldRecord["definition"]["data_type"], "string" | "number" | "boolean"> = { text: "string", number: "number", boolean: "boolean" };

/**
 * Why `value` cannot be the value of custom field `id` on a record of `objectType`, or null when
 * it can: the field must exist, describe that kind of record, and take values of that type.
 */
function valueProblem(store: Store, objectType: ObjectType, id: number, value: unknown): string | null {
  const field = store.customFields.get(id);
  if (!field) return `Custom field ${id} does not exist.`;
  if (field.object_type !== objectType) return `Custom field ${id} is a ${field.object_type} field, not a ${objectType} field.`;
  const wanted = VALUE_TYPE[field.definition.data_type];
  if (typeof value !== wanted) return `Custom field ${id} takes a ${wanted} value.`;
  return null;
}

/** The field a value names, for a single-value write or delete: 404 when it does not exist, 400 when it is another record kind's. */
function requireFieldOf(store: Store, objectType: ObjectType, id: number): CustomFieldRecord {
  const field = store.customFields.get(id);
  if (!field) throw notFound("Custom field", id);
  if (field.object_type !== objectType) throw invalid({ id: `Custom field ${id} is a ${field.object_type} field, not a ${objectType} field.` });
  return field;
}

/** The stored values whose field still exists, in display order (priority, then id). */
function shownValues(store: Store, values: StoredValues): { field: CustomFieldRecord; id: number; value: unknown }[] {
  const shown: { field: CustomFieldRecord; id: number; value: unknown }[] = [];
  for (const v of Object.values(values)) {
    const field = store.customFields.get(v.id);
    if (field) shown.push({ field, id: v.id, value: v.value });
  }
  return shown.sort((a, b) => a.field.priority - b.field.priority || a.id - b.id);
}

function ticketValueJson(v: { field: CustomFieldRecord; id: number; value: unknown }): Schema<"TicketCustomFieldValue"> {
  return { field: structuredClone(v.field), id: v.id, prediction: null, value: structuredClone(v.value) };
}

function customerValueJson(v: { field: CustomFieldRecord; value: unknown }): Schema<"CustomerCustomFieldValue"> {
  return { field: structuredClone(v.field), value: structuredClone(v.value) };
}

/** The values a replace-all body sets, checked whole first: a bad item changes nothing. */
function replacementValues(store: Store, objectType: ObjectType, items: readonly { id: number; value: unknown }[]): StoredValues {
  const problems: Record<string, string> = {};
  const values: StoredValues = {};
  items.forEach((item, i) => {
    const problem = valueProblem(store, objectType, item.id, item.value);
    if (problem) problems[`${i}.value`] = problem;
    else if (Object.hasOwn(values, String(item.id))) problems[`${i}.id`] = `Custom field ${item.id} is listed twice.`;
    else values[String(item.id)] = { id: item.id, value: item.value };
  });
  if (Object.keys(problems).length > 0) throw invalid(problems);
  return values;
}

/** The live customer of a path id, or the 301 to the survivor of a merged one. */
function customerOrMoved(store: Store, id: number): { customer: CustomerRecord } | { moved: number } {
  const customer = store.customers.get(id);
  if (customer) return { customer };
  const survivor = store.survivorOf(id);
  if (survivor !== null && store.customers.has(survivor)) return { moved: survivor };
  throw notFound("Customer", id);
}

const moved = (path: string) => ({ status: 301 as const, headers: { location: path } });

export const listTicketCustomFieldValues: Handler<"listTicketCustomFieldValues"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  return { status: 200, body: shownValues(ctx.store, ticket.custom_fields).map(ticketValueJson) };
};

export const setTicketCustomFieldValues: Handler<"setTicketCustomFieldValues"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  // Replace-all (the docs): values of fields left out of the body are deleted.
  const values = replacementValues(ctx.store, "Ticket", ctx.body);
  const updated = ctx.store.tickets.update(ticket.id, (t) => {
    t.custom_fields = values;
    t.updated_datetime = ctx.now;
  });
  return { status: 200, body: shownValues(ctx.store, updated.custom_fields).map(ticketValueJson) };
};

export const updateTicketCustomFieldValue: Handler<"updateTicketCustomFieldValue"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  const field = requireFieldOf(ctx.store, "Ticket", ctx.path.id);
  const problem = valueProblem(ctx.store, "Ticket", field.id, ctx.body);
  if (problem) throw invalid({ body: problem });
  ctx.store.tickets.update(ticket.id, (t) => {
    t.custom_fields = { ...t.custom_fields, [String(field.id)]: { id: field.id, value: ctx.body } };
    t.updated_datetime = ctx.now;
  });
  return { status: 200, body: ticketValueJson({ field, id: field.id, value: ctx.body }) };
};

export const deleteTicketCustomFieldValue: Handler<"deleteTicketCustomFieldValue"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  const field = requireFieldOf(ctx.store, "Ticket", ctx.path.id);
  if (Object.hasOwn(ticket.custom_fields, String(field.id))) {
    ctx.store.tickets.update(ticket.id, (t) => {
      const { [String(field.id)]: _removed, ...rest } = t.custom_fields;
      t.custom_fields = rest;
      t.updated_datetime = ctx.now;
    });
  }
  return { status: 204 };
};

export const listCustomerCustomFieldValues: Handler<"listCustomerCustomFieldValues"> = (ctx) => {
  const found = customerOrMoved(ctx.store, ctx.path.customer_id);
  if ("moved" in found) return moved(`/api/customers/${found.moved}/custom-fields`);
  return { status: 200, body: shownValues(ctx.store, found.customer.custom_fields).map(customerValueJson) };
};

export const setCustomerCustomFieldValues: Handler<"setCustomerCustomFieldValues"> = (ctx) => {
  const found = customerOrMoved(ctx.store, ctx.path.customer_id);
  if ("moved" in found) return moved(`/api/customers/${found.moved}/custom-fields`);
  // Replace-all, as the docs state for tickets.
  const values = replacementValues(ctx.store, "Customer", ctx.body);
  const updated = ctx.store.customers.update(found.customer.id, (c) => {
    c.custom_fields = values;
    c.updated_datetime = ctx.now;
  });
  return { status: 200, body: shownValues(ctx.store, updated.custom_fields).map(customerValueJson) };
};

export const updateCustomerCustomFieldValue: Handler<"updateCustomerCustomFieldValue"> = (ctx) => {
  const found = customerOrMoved(ctx.store, ctx.path.customer_id);
  if ("moved" in found) return moved(`/api/customers/${found.moved}/custom-fields/${ctx.path.id}`);
  const field = requireFieldOf(ctx.store, "Customer", ctx.path.id);
  const problem = valueProblem(ctx.store, "Customer", field.id, ctx.body);
  if (problem) throw invalid({ body: problem });
  ctx.store.customers.update(found.customer.id, (c) => {
    c.custom_fields = { ...c.custom_fields, [String(field.id)]: { id: field.id, value: ctx.body } };
    c.updated_datetime = ctx.now;
  });
  return { status: 200, body: customerValueJson({ field, value: ctx.body }) };
};

export const deleteCustomerCustomFieldValue: Handler<"deleteCustomerCustomFieldValue"> = (ctx) => {
  const found = customerOrMoved(ctx.store, ctx.path.customer_id);
  if ("moved" in found) return moved(`/api/customers/${found.moved}/custom-fields/${ctx.path.id}`);
  const field = requireFieldOf(ctx.store, "Customer", ctx.path.id);
  if (Object.hasOwn(found.customer.custom_fields, String(field.id))) {
    ctx.store.customers.update(found.customer.id, (c) => {
      const { [String(field.id)]: _removed, ...rest } = c.custom_fields;
      c.custom_fields = rest;
      c.updated_datetime = ctx.now;
    });
  }
  return { status: 204 };
};
