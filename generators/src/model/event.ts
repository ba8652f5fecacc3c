import type { SpecDocument } from "../load/spec-document.js";
import { componentSchema } from "./json-schema.js";
import { missing, ModelError } from "./model-error.js";
import type { AreaModel, EventModel, OperationModel } from "./types.js";

/** Name of the component schema that is the one home of the event vocabulary. */
export const EVENT_TYPE_SCHEMA = "EventType";

/** The values `EventType` lists as known (its `enum`, or the `enum` of an `anyOf` branch of an open type). */
function knownValues(document: SpecDocument): Set<unknown> {
  const schema = componentSchema(document, EVENT_TYPE_SCHEMA);
  const branches = (schema?.anyOf ?? []).map((b) => ("$ref" in b ? {} : b));
  return new Set([...(schema?.enum ?? []), ...branches.flatMap((b) => ("enum" in b && Array.isArray(b.enum) ? b.enum : []))]);
}

/**
 * The guide's events (`x-gorgias-events` on `EventType`): each is an `Event.type` value that
 * `GET /api/events` returns, produced by the operations whose `x-gorgias-event` names it.
 */
export function buildEvents(document: SpecDocument, operations: OperationModel[], areasByTag: Map<string, AreaModel>): EventModel[] {
  const declared = componentSchema(document, EVENT_TYPE_SCHEMA)?.["x-gorgias-events"] ?? {};
  const names = Object.keys(declared);
  for (const op of operations) {
    if (op.event && !names.includes(op.event)) {
      throw new ModelError(`operation ${op.id}`, `x-gorgias-event "${op.event}" is not an event of ${EVENT_TYPE_SCHEMA}'s x-gorgias-events`);
    }
  }
  const known = knownValues(document);
  return names.map((event) => {
    const where = `event ${event}`;
    const facts = declared[event] ?? {};
    const area = areasByTag.get(String(facts.area ?? ""));
    if (!area) throw new ModelError(where, `area "${String(facts.area)}" is not a declared tag`);
    if (typeof facts.objectType !== "string") throw new ModelError(where, "missing objectType");
    if (!known.has(event)) throw new ModelError(where, `not one of ${EVENT_TYPE_SCHEMA}'s known values`);
    const producedBy = operations.filter((op) => op.event === event).map((op) => op.id);
    if (producedBy.length === 0) throw new ModelError(where, "no operation produces it (x-gorgias-event)");
    return {
      event,
      summary: String(facts.summary ?? missing(where, "missing summary")),
      description: String(facts.description ?? "").trim(),
      area: area.id,
      objectType: facts.objectType,
      producedBy,
    };
  });
}

