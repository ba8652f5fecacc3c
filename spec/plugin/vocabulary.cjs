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
  pagination: /** @type {const} */ (["cursor", "none"]),
};
