import type { TagRule } from "../src/index.js";

/** The rules the suite tags with. */
export const RULES: TagRule[] = [
  { tag: "shipping", keywords: ["arrived", "order", "package"] },
  { tag: "damaged", keywords: ["damaged", "broken"] },
  { tag: "sizing", keywords: ["size", "sizing"] },
  { tag: "discount", keywords: ["discount", "coupon"] },
];
