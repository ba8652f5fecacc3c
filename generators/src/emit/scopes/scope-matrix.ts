import { missing } from "../../model/model-error.js";
import type { Access, ApiModel, GuideForm, HttpMethod, OperationModel, Pagination, Provenance, SideEffect } from "../../model/types.js";
import { sideEffectPhrase } from "../side-effect-phrases.js";

/** One operation of the matrix: everything a reviewer needs to judge what a credential can do with it. */
export interface ScopeMatrixRow {
  operationId: string;
  /** Area id (the tag's `x-gorgias-id`). */
  area: string;
  areaName: string;
  method: HttpMethod;
  path: string;
  /** What it does: the operation's summary. */
  summary: string;
  /** The typed client's method, e.g. `ticketMessages.create`. */
  clientMethod: string;
  access: Access;
  /** The one OAuth scope it needs; null when the scope depends on the request (see `scopeByType`). */
  scope: string | null;
  /** Every OAuth scope that can authorise the call. */
  scopes: string[];
  scopeByType: Record<string, string> | null;
  /** The guide event it produces, or null. */
  event: string | null;
  sideEffects: { effect: SideEffect; phrase: string }[];
  provenance: Provenance;
  pagination: Pagination;
  /** The guide's form of this (live) operation, where it differs. */
  guide: GuideForm | null;
  /** Docs pages the operation's facts come from. */
  sources: string[];
  inferred: string[];
}

/** What one scope unlocks. */
export interface ScopeView {
  scope: string;
  description: string;
  resource: string | null;
  access: Access | null;
  deprecated: boolean;
  operations: {
    operationId: string;
    method: HttpMethod;
    path: string;
    access: Access;
    /** Search only: the searched types this scope authorises; null when the scope covers the whole operation. */
    forTypes: string[] | null;
  }[];
  /** Guide events the unlocked operations produce, in the order `EventType` lists them. */
  events: string[];
  /** Why the scope unlocks no operation; null when it unlocks some. */
  withoutOperations: { reason: string; source: string } | null;
}

/** One area split into its read and write operations. */
export interface AreaAccessView {
  area: string;
  name: string;
  read: { operations: string[]; scopes: string[] };
  write: { operations: string[]; scopes: string[] };
}

export interface ScopeMatrix {
  /** The API-key note: full account access, no scopes. Stated once. */
  apiKeyNote: string;
  oauth: { authorizationUrl: string; scopeSeparator: string; refreshTokenScope: string };
  operations: ScopeMatrixRow[];
  scopes: ScopeView[];
  areas: AreaAccessView[];
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** Builds the scope matrix from the model: rows grouped by area in the spec's tag order. */
export function buildScopeMatrix(model: ApiModel): ScopeMatrix {
  const areasById = new Map(model.areas.map((area, index) => [area.id, { index, name: area.name }]));
  const areaOf = (op: OperationModel) => areasById.get(op.area) ?? missing(`operation ${op.id}`, `area "${op.area}" is not declared`);
  const ordered = model.operations
    .map((op, i) => ({ op, i }))
    .sort((a, b) => areaOf(a.op).index - areaOf(b.op).index || a.i - b.i)
    .map(({ op }) => op);

  const operations: ScopeMatrixRow[] = ordered.map((op) => ({
    operationId: op.id,
    area: op.area,
    areaName: areaOf(op).name,
    method: op.method,
    path: op.path,
    summary: op.summary,
    clientMethod: `${op.client.resource}.${op.client.method}`,
    access: op.access,
    scope: op.scope,
    scopes: op.scopes,
    scopeByType: op.scopeByType,
    event: op.event,
    sideEffects: op.sideEffects.map((effect) => ({ effect, phrase: sideEffectPhrase(effect) })),
    provenance: op.provenance,
    pagination: op.pagination,
    guide: op.guide,
    sources: op.sources,
    inferred: op.inferred,
  }));

  const eventOrder = model.events.map((e) => e.event);
  const scopes: ScopeView[] = model.scopes.map((scope) => {
    const unlocked = operations.filter((row) => row.scopes.includes(scope.name));
    const events = unique(unlocked.flatMap((row) => (row.event ? [row.event] : [])));
    return {
      scope: scope.name,
      description: scope.description,
      resource: scope.resource,
      access: scope.access,
      deprecated: scope.deprecated,
      operations: unlocked.map((row) => ({
        operationId: row.operationId,
        method: row.method,
        path: row.path,
        access: row.access,
        forTypes: row.scopeByType
          ? Object.entries(row.scopeByType)
              .filter(([, s]) => s === scope.name)
              .map(([type]) => type)
          : null,
      })),
      events: events.sort((a, b) => eventOrder.indexOf(a) - eventOrder.indexOf(b)),
      withoutOperations: scope.withoutOperations,
    };
  });

  const areas: AreaAccessView[] = model.areas.map((area) => {
    const side = (access: Access) => {
      const rows = operations.filter((row) => row.area === area.id && row.access === access);
      return { operations: rows.map((row) => row.operationId), scopes: unique(rows.flatMap((row) => row.scopes)) };
    };
    return { area: area.id, name: area.name, read: side("read"), write: side("write") };
  });

  return {
    apiKeyNote: model.auth.basicDescription,
    oauth: {
      authorizationUrl: model.oauth.authorizationUrl,
      scopeSeparator: model.oauth.scopeSeparator,
      refreshTokenScope: model.oauth.refreshTokenScope,
    },
    operations,
    scopes,
    areas,
  };
}
