import { CHANGE_RULES, type ChangeRuleId } from "./rules.js";
import type { SpecChange } from "./spec-change.js";

/** The operation a change is reported against. */
export interface OperationContext {
  operationId?: string;
  method?: string;
  path?: string;
}

/** Gathers changes, taking each one's level from the rule table so no caller picks a level. */
export class ChangeCollector {
  private readonly byKey = new Map<string, SpecChange>();

  add(rule: ChangeRuleId, context: OperationContext, location: string, message: string): void {
    const change: SpecChange = { rule, level: CHANGE_RULES[rule].level, ...definedOnly(context), location, message };
    // The same component can be reached twice along one operation; report it once.
    this.byKey.set(JSON.stringify(change), change);
  }

  /** The changes in a stable order: document-wide first, then by path, method, location, rule, message. */
  sorted(): SpecChange[] {
    return [...this.byKey.values()].sort(compareChanges);
  }
}

const METHOD_ORDER = ["get", "put", "post", "delete", "patch", "head", "options"];

function compareChanges(a: SpecChange, b: SpecChange): number {
  return (
    compareText(a.path ?? "", b.path ?? "") ||
    METHOD_ORDER.indexOf(a.method ?? "") - METHOD_ORDER.indexOf(b.method ?? "") ||
    compareText(a.location, b.location) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order, independent of the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function definedOnly(context: OperationContext): OperationContext {
  const out: OperationContext = {};
  if (context.operationId !== undefined) out.operationId = context.operationId;
  if (context.method !== undefined) out.method = context.method;
  if (context.path !== undefined) out.path = context.path;
  return out;
}
