import { invalid } from "../engine/api-error.js";
import { tagJson } from "./json-views.js";
import type { Handler } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";
import { setTagsOfTicket } from "./tag-sets.js";
import { requireTag } from "./tags.js";

/**
 * `PUT /api/tags/{destination_tag_id}/merge`: merges `source_tags_ids` into the tag in the path.
 * Their tickets carry the kept tag instead, they are deleted, and the kept tag answers with 202.
 */
export const mergeTags: Handler<"mergeTags"> = (ctx) => {
  const store = ctx.store;
  const body = ctx.body;
  const kept = requireTag(store, ctx.path.destination_tag_id);
  if (body.source_tags_ids.includes(kept.id)) throw invalid({ source_tags_ids: "Must not include destination_tag_id." });
  const check = new ReferenceCheck(store);
  body.source_tags_ids.forEach((id, i) => check.tag(`source_tags_ids.${i}`, id));
  check.done();
  const sources = new Set(body.source_tags_ids);
  for (const t of [...store.tickets.values()]) {
    if (t.tag_ids.some((id) => sources.has(id))) {
      setTagsOfTicket(store, t.id, t.tag_ids.map((id) => (sources.has(id) ? kept.id : id)), ctx.now);
    }
  }
  for (const id of sources) store.tags.delete(id);
  return { status: 202, body: tagJson(store.tags.get(kept.id)!) };
};
