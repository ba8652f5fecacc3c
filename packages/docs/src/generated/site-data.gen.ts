/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */
import data from "./site-data.gen.json" with { type: "json" };

/** Everything the documentation site renders, taken from the model. */
export interface SiteData {
  api: {
    title: string;
    version: string;
    /** Markdown. */
    description: string;
    serverUrl: string;
    apiVersion: string;
    versioningModel: string;
    changelog: {
      topic: string;
      change: string;
    }[];
    repositoryUrl: string | null;
  };
  areas: {
    id: string;
    name: string;
    description: string;
  }[];
  apiKeyNote: string;
  operations: {
    operationId: string;
    /** Area id (the tag's `x-gorgias-id`). */
    area: string;
    areaName: string;
    method: string;
    path: string;
    /** What it does: the operation's summary. */
    summary: string;
    /** The typed client's method, e.g. `ticketMessages.create`. */
    clientMethod: string;
    access: string;
    /** The one OAuth scope it needs; null when the scope depends on the request (see `scopeByType`). */
    scope: string | null;
    /** Every OAuth scope that can authorise the call. */
    scopes: string[];
    scopeByType: {
      [key: string]: string;
    } | null;
    webhook: string | null;
    sideEffects: {
      effect: string;
      phrase: string;
    }[];
    provenance: string;
    pagination: string;
    /** The guide's form of this (live) operation, where it differs. */
    guide: {
      method: string;
      path: string;
      note: string;
    } | null;
    /** Docs pages the operation's facts come from. */
    sources: string[];
    inferred: string[];
    description: string;
    successStatus: number;
    mcpTool: string;
  }[];
  scopes: {
    scope: string;
    description: string;
    resource: string | null;
    access: string | null;
    deprecated: boolean;
    operations: {
      operationId: string;
      method: string;
      path: string;
      access: string;
      /** Search only: the searched types this scope authorises; null when the scope covers the whole operation. */
      forTypes: string[] | null;
    }[];
    /** Events the unlocked operations trigger, in the spec's webhook order. */
    events: string[];
  }[];
  areaAccess: {
    area: string;
    name: string;
    read: {
      operations: string[];
      scopes: string[];
    };
    write: {
      operations: string[];
      scopes: string[];
    };
  }[];
  auth: {
    basicDescription: string;
    oauthDescription: string;
    authorizationUrl: string;
    tokenUrl: string;
    accessTokenLifetimeSeconds: number;
    refreshTokenScope: string;
    refreshTokenExpires: boolean;
    scopeSeparator: string;
  };
  webhooks: {
    event: string;
    summary: string;
    description: string;
    area: string;
    objectType: string;
    triggeredBy: string[];
    /** Whether the live API pushes this event to HTTP integrations (one of its live triggers). */
    liveHttpTrigger: boolean;
    /** The webhook's operationId in the spec's top-level `webhooks` map (the reference lists it under it). */
    operationId: string;
    /** The payload schema, flattened. */
    fields: {
      path: string;
      /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
      type: string;
      required: boolean;
      description: string;
    }[];
    example: unknown;
  }[];
  httpIntegration: {
    description: string;
    fields: {
      path: string;
      /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
      type: string;
      required: boolean;
      description: string;
    }[];
    templateVariables: string[];
    example: unknown;
    triggers: {
      description: string;
      values: {
        trigger: string;
        guideEvent: boolean;
        liveTrigger: boolean;
      }[];
    };
  };
  rateLimits: {
    algorithm: string;
    appliesTo: string;
    sharedAcrossIntegrations: boolean;
    usageHeader: string;
    usageHeaderFormat: string;
    retryAfterHeader: string;
    overLimitStatus: number;
    limits: {
      auth: string;
      plan: string;
      requests: number;
      windowSeconds: number;
    }[];
    overLimitRequestProcessed: boolean;
    usageHeaderDescription: string;
    retryAfterDescription: string;
  };
  pagination: {
    defaultPageSize: number;
    maxPageSize: number;
    parameters: {
      name: string;
      description: string;
      type: string;
      default: unknown;
      minimum: unknown;
      maximum: unknown;
    }[];
    envelopeFields: {
      path: string;
      /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
      type: string;
      required: boolean;
      description: string;
    }[];
    listOperations: string[];
    example: {
      operationId: string;
      value: unknown;
    };
  };
  limits: {
    ticketSubjectMaxLength: number;
    defaultPageSize: number;
    maxPageSize: number;
    payloadTooLargeStatus: number;
  };
  errors: {
    status: number;
    name: string;
    code: string;
    meaning: string;
    whatToDo: string;
    example: unknown;
  }[];
  errorBody: {
    description: string;
    fields: {
      path: string;
      /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
      type: string;
      required: boolean;
      description: string;
    }[];
  };
}

/** The site data (`site-data.gen.json`); the compiler checks it against `SiteData`. */
export const siteData: SiteData = data;
