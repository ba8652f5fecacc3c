export type { ChangeLevel, SpecChange } from "./changes/spec-change.js";
