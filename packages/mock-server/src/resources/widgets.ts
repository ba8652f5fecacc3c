import { notFound } from "../engine/api-error.js";
import type { Schema } from "../schema.js";
import { assignDefined } from "../store/assign-defined.js";
import type { WidgetRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { bareListPage } from "./bare-list.js";
import type { Handler } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";

export function widgetJson(w: WidgetRecord): Schema<"Widget"> {
  return {
    id: w.id,
    uri: `/api/widgets/${w.id}/`,
    type: w.type,
    context: w.context,
    template: w.template,
    order: w.order,
    integration_id: w.integration_id,
    app_id: w.app_id,
    created_datetime: w.created_datetime,
    updated_datetime: w.updated_datetime,
    deactivated_datetime: w.deactivated_datetime,
  };
}

function requireWidget(store: Store, id: number): WidgetRecord {
  const widget = store.widgets.get(id);
  if (!widget) throw notFound("Widget", id);
  return widget;
}

export const listWidgets: Handler<"listWidgets"> = (ctx) => {
  const { integration_id: integrationId, app_id: appId } = ctx.query;
  const widgets = bareListPage(
    ctx,
    (order) => ctx.store.widgets.sorted(order),
    (w) => (integrationId === undefined || w.integration_id === integrationId) && (appId === undefined || w.app_id === appId),
  );
  return { status: 200, body: widgets.map(widgetJson) };
};

export const getWidget: Handler<"getWidget"> = (ctx) => ({ status: 200, body: widgetJson(requireWidget(ctx.store, ctx.path.id)) });

export const createWidget: Handler<"createWidget"> = (ctx) => {
  const body = ctx.body;
  const check = new ReferenceCheck(ctx.store);
  check.integration("integration_id", body.integration_id);
  check.done();
  const widget = ctx.store.widgets.insert({
    id: ctx.store.widgets.allocateId(),
    type: body.type,
    context: body.context ?? "ticket",
    template: body.template,
    order: body.order ?? 0,
    integration_id: body.integration_id ?? null,
    app_id: body.app_id ?? null,
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
    deactivated_datetime: body.deactivated_datetime ?? null,
  });
  return { status: 201, body: widgetJson(widget) };
};

export const updateWidget: Handler<"updateWidget"> = (ctx) => {
  const widget = requireWidget(ctx.store, ctx.path.id);
  const body = ctx.body;
  const check = new ReferenceCheck(ctx.store);
  check.integration("integration_id", body.integration_id);
  check.done();
  const updated = ctx.store.widgets.update(widget.id, (w) => {
    assignDefined(w, body, ["type", "context", "template", "order", "integration_id", "app_id", "deactivated_datetime"] as const);
    w.updated_datetime = ctx.now;
  });
  return { status: 200, body: widgetJson(updated) };
};

export const deleteWidget: Handler<"deleteWidget"> = (ctx) => {
  const widget = requireWidget(ctx.store, ctx.path.id);
  ctx.store.widgets.delete(widget.id);
  return { status: 204 };
};
