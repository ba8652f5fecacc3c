import { isSuccessStatus, operationSite, parametersOf, type OperationSite } from "../changes/compare-operation.js";
import { CHANGE_RULES, type ChangeRuleId } from "../changes/rules.js";
import { allowsNull, nonNullTypes, valueKey, viewSchema, type SchemaView } from "../changes/schema-view.js";
import type { SpecChange } from "../changes/spec-change.js";
import type { ContractInteraction, RecordedValue, ValueKind } from "../recording/consumer-contract.js";
import { requestSchema } from "../recording/interaction-from-exchange.js";
import type { OpenApiDocument } from "../spec/openapi-document.js";
import type { OperationIndex } from "../spec/operation-index.js";

/** The spec a contract is verified against, indexed once. */
export interface VerifyTarget {
  document: OpenApiDocument;
  index: OperationIndex;
}

/**
 * What in `target` breaks one recorded interaction: the operation gone or moved, a sent parameter
 * or field gone, a field or parameter newly required and not sent, a sent enum value removed, a
 * type changed, a relied-on status no longer documented. Each under its `CHANGE_RULES` id.
 */
export function verifyInteraction(interaction: ContractInteraction, target: VerifyTarget): SpecChange[] {
  const breaks: SpecChange[] = [];
  const recordedAt = `${interaction.method.toUpperCase()} ${interaction.path}`;
  const report = (rule: ChangeRuleId, location: string, message: string) =>
    breaks.push({ rule, level: CHANGE_RULES[rule].level, operationId: interaction.operationId, method: interaction.method, path: interaction.path, location, message });

  const found = target.index.byId.get(interaction.operationId);
  const samePlace = [...target.index.byId.values()].find((op) => op.method === interaction.method && shape(op.path) === shape(interaction.path));
  const pathRemains = [...target.index.byId.values()].some((op) => shape(op.path) === shape(interaction.path));
  if (!found) {
    if (samePlace) report("api-operation-id-removed", samePlace.path, `Operation ${interaction.operationId} is gone: ${recordedAt} is now operation ${samePlace.operationId}.`);
    else report(pathRemains ? "api-removed-without-deprecation" : "api-path-removed-without-deprecation", "", `Operation ${interaction.operationId} (${recordedAt}) is no longer in the spec.`);
    return breaks;
  }
  if (found.method !== interaction.method || shape(found.path) !== shape(interaction.path)) {
    const rule = pathRemains ? "api-removed-without-deprecation" : "api-path-removed-without-deprecation";
    report(rule, "", `Operation ${interaction.operationId} moved from ${recordedAt} to ${found.method.toUpperCase()} ${found.path}.`);
  }
  const site = operationSite(target.document, found.method, found.path, found.operation);
  checkQuery(interaction, site, target.document, report);
  checkBody(interaction, site, target.document, report);
  checkStatuses(interaction, site, report);
  return breaks;
}

type Report = (rule: ChangeRuleId, location: string, message: string) => void;

function checkQuery(interaction: ContractInteraction, site: OperationSite, document: OpenApiDocument, report: Report): void {
  const parameters = parametersOf(document, site);
  for (const [name, sent] of Object.entries(interaction.query)) {
    const parameter = parameters.get(`query:${name}`);
    if (!parameter) {
      report("request-parameter-removed", site.pointer, `Query parameter "${name}" is sent and no longer exists.`);
      continue;
    }
    if (!parameter.schema) continue;
    let view = viewSchema(document, parameter.schema.value, parameter.schema.pointer);
    if (view.items && view.types?.has("array")) view = viewSchema(document, view.items.value, view.items.pointer);
    const types = nonNullTypes(view);
    // A query value is text: any spelling is a valid string.
    const refused = types && !types.includes("string") ? sent.kinds.filter((kind) => !kindFits(kind, view)) : [];
    if (refused.length > 0) report("request-parameter-type-changed", view.pointer, `Query parameter "${name}" is sent as ${sent.kinds.join(" | ")}; the spec now expects ${types?.join(" | ")}.`);
    for (const value of removedValues(sent, view)) report("request-parameter-enum-value-removed", view.pointer, `Query parameter "${name}" is sent with ${valueKey(value)}, which is no longer one of its values (${allowed(view)}).`);
  }
  for (const parameter of parameters.values()) {
    if (parameter.in === "query" && parameter.required && !(parameter.name in interaction.query)) {
      report("new-required-request-parameter", parameter.pointer, `Query parameter "${parameter.name}" is required and not sent.`);
    }
  }
}

function checkBody(interaction: ContractInteraction, site: OperationSite, document: OpenApiDocument, report: Report): void {
  const root = requestSchema(document, site);
  const declared = site.operation.requestBody !== undefined;
  if (interaction.body === undefined) {
    if (root && isRequiredBody(site)) report("request-body-added-required", site.pointer, "A request body is now required and none is sent.");
    return;
  }
  if (!declared) {
    report("request-body-removed", site.pointer, "A request body is sent and the operation no longer takes one.");
    return;
  }
  if (!root) return;
  const paths = Object.keys(interaction.body);
  const reportedGone = new Set<string>();
  const sentObjects = new Map<string, SchemaView>();
  for (const [path, sent] of Object.entries(interaction.body)) {
    let view: SchemaView | undefined = root;
    let prefix = "";
    for (const segment of fieldSegments(path)) {
      if (!view) break;
      const here = join(prefix, segment);
      if (segment === "[]") {
        if (view.types && !view.types.has("array")) {
          breakOnce(reportedGone, prefix, () => report("request-property-type-changed", view!.pointer, `${fieldName(prefix)} is sent as an array; the spec now expects ${nonNullTypes(view!)?.join(" | ")}.`));
          view = undefined;
          break;
        }
        view = view.items ? viewSchema(document, view.items.value, view.items.pointer) : undefined;
      } else {
        if (view.types && !view.types.has("object")) {
          breakOnce(reportedGone, prefix, () => report("request-property-type-changed", view!.pointer, `${fieldName(prefix)} is sent as an object; the spec now expects ${nonNullTypes(view!)?.join(" | ")}.`));
          view = undefined;
          break;
        }
        sentObjects.set(prefix, view);
        if (segment === "*") {
          view = undefined; // a free-form map's values are not described further
        } else {
          const child = view.properties.get(segment);
          if (!child) {
            // A map (no named properties) takes any key; a described object lost this one.
            if (view.properties.size > 0) breakOnce(reportedGone, here, () => report("request-property-removed", view!.pointer, `${fieldName(here)} is sent and no longer exists.`));
            view = undefined;
            break;
          }
          view = viewSchema(document, child.value, child.pointer);
        }
      }
      prefix = here;
    }
    if (view && prefix === path) checkLeaf(path, sent, view, report);
  }
  for (const [prefix, view] of [...sentObjects].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const name of [...view.required].sort()) {
      const field = join(prefix, name);
      if (!paths.some((p) => p === field || p.startsWith(`${field}.`) || p.startsWith(`${field}[]`))) {
        report("new-required-request-property", view.properties.get(name)?.pointer ?? view.pointer, `${fieldName(field)} is required and not sent.`);
      }
    }
  }
}

function checkLeaf(path: string, sent: RecordedValue, view: SchemaView, report: Report): void {
  const refused = sent.kinds.filter((kind) => !kindFits(kind, view));
  if (refused.length > 0) report("request-property-type-changed", view.pointer, `${fieldName(path)} is sent as ${sent.kinds.join(" | ")}; the spec now expects ${describeTypes(view)}.`);
  for (const value of removedValues(sent, view)) report("request-property-enum-value-removed", view.pointer, `${fieldName(path)} is sent with ${valueKey(value)}, which is no longer one of its values (${allowed(view)}).`);
}

function checkStatuses(interaction: ContractInteraction, site: OperationSite, report: Report): void {
  const documented = Object.keys(site.operation.responses ?? {});
  for (const status of interaction.statuses) {
    const text = String(status);
    if (documented.includes(text) || documented.includes(`${text[0]}XX`) || documented.includes(`${text[0]}xx`)) continue;
    report(isSuccessStatus(text) ? "response-success-status-removed" : "response-non-success-status-removed", site.pointer, `Status ${status} is relied on and no longer documented (documented: ${documented.join(", ") || "none"}).`);
  }
}

function kindFits(kind: ValueKind, view: SchemaView): boolean {
  if (view.types === undefined) return true;
  if (kind === "null") return allowsNull(view);
  if (kind === "integer") return view.types.has("integer") || view.types.has("number");
  return view.types.has(kind);
}

/** Recorded values the view's closed enum no longer has. */
function removedValues(sent: RecordedValue, view: SchemaView): (string | number | boolean)[] {
  if (!sent.values || !view.enumValues) return [];
  const kept = new Set(view.enumValues.map(valueKey));
  return sent.values.filter((value) => !kept.has(valueKey(value)));
}

function allowed(view: SchemaView): string {
  return `now ${(view.enumValues ?? []).map(valueKey).join(", ") || "none"}`;
}

function describeTypes(view: SchemaView): string {
  const types = nonNullTypes(view) ?? [];
  return `${types.join(" | ") || "nothing"}${allowsNull(view) ? " | null" : ""}`;
}

function isRequiredBody(site: OperationSite): boolean {
  const body = site.operation.requestBody as { required?: unknown } | undefined;
  return body?.required === true;
}

/** `messages[].sender.email` → `messages`, `[]`, `sender`, `email`. */
export function fieldSegments(path: string): string[] {
  return path.split(/(\[\])|\./).filter((s): s is string => s !== undefined && s !== "");
}

function join(prefix: string, segment: string): string {
  if (segment === "[]") return `${prefix}[]`;
  return prefix ? `${prefix}.${segment}` : segment;
}

function fieldName(path: string): string {
  return path ? `Body field "${path}"` : "The request body";
}

function breakOnce(done: Set<string>, key: string, report: () => void): void {
  if (done.has(key)) return;
  done.add(key);
  report();
}

function shape(path: string): string {
  return path.replace(/\{[^}]+\}/g, "{}");
}
