// The spec's vocabulary: the values each `x-gorgias-*` enumeration may take. The lint rules
// (gorgias-rules.cjs) and the generators' model (generators/src/model/) both read this one list.
module.exports = {
  access: /** @type {const} */ (["read", "write"]),
  sideEffects: /** @type {const} */ ([
    "sends-to-customer",
    "deletes-history",
    "deletes-record",
    "merges-records",
    "revokes-access",
    "sends-data-externally",
  ]),
  provenance: /** @type {const} */ (["guide-table", "guide-prose", "live"]),
  // `cursor`: the list envelope with `meta.next_cursor`; `view-items`: the view items list, whose
  // meta links the next page as `meta.next_items`; `none`: one answer, not paged.
  pagination: /** @type {const} */ (["cursor", "view-items", "none"]),
  /** The methods an `x-gorgias-guide` record may name, upper-case as the guide writes them. */
  httpMethods: /** @type {const} */ (["GET", "PUT", "POST", "DELETE", "PATCH"]),
};
