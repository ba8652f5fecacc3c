import type { Handler } from "./operation-context.js";

/**
 * Archives each macro of the batch and says what happened to each (207 Multi-Status): a missing
 * or already archived macro is reported, not refused, so one bad id never blocks the others.
 */
export const archiveMacros: Handler<"archiveMacros"> = (ctx) => {
  const data = ctx.body.ids.map((id) => {
    const macro = ctx.store.macros.get(id);
    if (!macro) return { id, status: "not_found" as const };
    if (macro.archived_datetime !== null) return { id, status: "already_archived" as const };
    ctx.store.macros.update(id, (m) => {
      m.archived_datetime = ctx.now;
      m.updated_datetime = ctx.now;
    });
    return { id, status: "archived" as const };
  });
  return { status: 207, body: { data } };
};

/** Brings each archived macro of the batch back, reporting each outcome (207 Multi-Status). */
export const unarchiveMacros: Handler<"unarchiveMacros"> = (ctx) => {
  const data = ctx.body.ids.map((id) => {
    const macro = ctx.store.macros.get(id);
    if (!macro) return { id, status: "not_found" as const };
    if (macro.archived_datetime === null) return { id, status: "already_not_archived" as const };
    ctx.store.macros.update(id, (m) => {
      m.archived_datetime = null;
      m.updated_datetime = ctx.now;
    });
    return { id, status: "unarchived" as const };
  });
  return { status: 207, body: { data } };
};
