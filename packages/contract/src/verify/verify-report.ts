import type { SpecChange } from "../changes/spec-change.js";

/** One recorded interaction checked against a spec; `breaks` is empty when the spec still serves it. */
export interface InteractionResult {
  operationId: string;
  method: string;
  path: string;
  statuses: number[];
  /** Each break is a `SpecChange` under a rule of `CHANGE_RULES`; `location` points into the checked spec (empty when the operation is gone). */
  breaks: SpecChange[];
}

export interface ConsumerResult {
  consumer: string;
  file: string;
  interactions: InteractionResult[];
}

/** What `gorgias-contract verify` found: per consumer and interaction, each break. */
export interface VerifyReport {
  spec: string;
  /** True when no interaction breaks. */
  ok: boolean;
  breakCount: number;
  consumers: ConsumerResult[];
}
