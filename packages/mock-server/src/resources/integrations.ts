import { notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { Schema } from "../schema.js";
import type { IntegrationHttpRecord, IntegrationRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { integrationJson } from "./json-views.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import type { Handler } from "./operation-context.js";

function requireIntegration(store: Store, id: number): IntegrationRecord {
  const integration = store.integrations.get(id);
  if (!integration) throw notFound("Integration", id);
  return integration;
}

/** The stored HTTP configuration: URL, method, triggers and form template, as sent. */
function httpRecord(store: Store, http: Schema<"IntegrationHttp">, previous: IntegrationHttpRecord | null): IntegrationHttpRecord {
  return {
    id: previous?.id ?? store.nextIntegrationHttpId(),
    url: http.url,
    method: http.method,
    request_content_type: http.request_content_type,
    response_content_type: http.response_content_type,
    headers: http.headers ?? {},
    form: http.form ?? null,
    ...(http.hmac_secret !== undefined ? { hmac_secret: http.hmac_secret } : previous?.hmac_secret !== undefined ? { hmac_secret: previous.hmac_secret } : {}),
    ...(http.oauth2 !== undefined ? { oauth2: http.oauth2 } : {}),
    triggers: http.triggers ?? {},
  };
}

export const listIntegrations: Handler<"listIntegrations"> = (ctx) => {
  const type = ctx.query.type;
  const page = paginate(ctx.store.integrations.sorted(orderOf(ctx)), (i) => type === undefined || i.type === type, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(integrationJson), page.meta) };
};

export const getIntegration: Handler<"getIntegration"> = (ctx) => ({ status: 200, body: integrationJson(requireIntegration(ctx.store, ctx.path.id)) });

export const createIntegration: Handler<"createIntegration"> = (ctx) => {
  const body = ctx.body;
  const integration = ctx.store.integrations.insert({
    id: ctx.store.integrations.allocateId(),
    name: body.name,
    type: body.type,
    description: body.description ?? null,
    user: ctx.principal.userId === null ? null : { id: ctx.principal.userId },
    application_id: null,
    managed: false,
    business_hours_id: body.business_hours_id ?? null,
    http: httpRecord(ctx.store, body.http, null),
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
    deactivated_datetime: body.deactivated_datetime ?? null,
  });
  const json = integrationJson(integration);
  return { status: 201, body: json, event: { objectId: integration.id, data: json } };
};

export const updateIntegration: Handler<"updateIntegration"> = (ctx) => {
  const integration = requireIntegration(ctx.store, ctx.path.id);
  const body = ctx.body;
  const updated = ctx.store.integrations.update(integration.id, (i) => {
    i.name = body.name;
    if (body.description !== undefined) i.description = body.description;
    if (body.deactivated_datetime !== undefined) i.deactivated_datetime = body.deactivated_datetime;
    if (body.http !== undefined) i.http = httpRecord(ctx.store, body.http, i.http);
    i.updated_datetime = ctx.now;
  });
  return { status: 200, body: integrationJson(updated) };
};

export const deleteIntegration: Handler<"deleteIntegration"> = (ctx) => {
  const integration = requireIntegration(ctx.store, ctx.path.id);
  const snapshot = integrationJson(integration);
  ctx.store.integrations.delete(integration.id);
  return { status: 204, event: { objectId: integration.id, data: snapshot } };
};
