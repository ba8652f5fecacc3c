import { operations } from "@gorgias-kit/spec/operations";

// Every operation an agent host should confirm first: it reaches the customer or deletes history.
for (const op of operations) {
  const risky = op.sideEffects.filter((e) => e === "sends-to-customer" || e === "deletes-history");
  if (risky.length > 0) console.log(`${op.id} (${op.method} ${op.path}): ${risky.join(", ")}`);
}
