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
    /** Stable id from the tag's `x-gorgias-id`, e.g. `ticket-messages`. */
    id: string;
    /** The tag name, e.g. `Ticket messages`. */
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
    /** The guide event it produces, or null. */
    event: string | null;
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
    /** Guide events the unlocked operations produce, in the order `EventType` lists them. */
    events: string[];
    /** Why the scope unlocks no operation; null when it unlocks some. */
    withoutOperations: {
      reason: string;
      source: string;
    } | null;
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
  /** HTTP-integration deliveries, one per live trigger (the spec's top-level `webhooks`). */
  webhooks: {
    trigger: string;
    summary: string;
    description: string;
    area: string;
    /** API operations that fire it, and the ticket-context fields whose change it waits for (null: any call). */
    firedBy: {
      operationId: string;
      changes: string[] | null;
    }[];
    /** The webhook's operationId in the spec's top-level `webhooks` map (the reference lists it under it). */
    operationId: string;
    /** The render context (the body of a whole-context form), flattened. */
    fields: {
      path: string;
      /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
      type: string;
      required: boolean;
      description: string;
    }[];
    example: unknown;
  }[];
  /** The guide's events: `Event.type` values produced by operations, read through `GET /api/events`. */
  events: {
    event: string;
    summary: string;
    description: string;
    area: string;
    objectType: string;
    /** Operations whose `x-gorgias-event` names this event. */
    producedBy: string[];
    /** Whether an HTTP-integration trigger has the same name (the event itself is still not pushed). */
    sameNameTrigger: boolean;
  }[];
  /** `Event.type`: its description and every value the spec lists as known (the type is open). */
  eventTypes: {
    description: string;
    known: string[];
  };
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
      values: string[];
    };
    /** The flat ticket the templates see (`{{ticket.<field>}}`). */
    context: {
      description: string;
      fields: {
        path: string;
        /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
        type: string;
        required: boolean;
        description: string;
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
    /** Lists that link their neighbouring pages as relative URLs (`x-gorgias-pagination: view-items`). */
    linkedLists: {
      operations: string[];
      metaDescription: string;
      metaFields: {
        path: string;
        /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
        type: string;
        required: boolean;
        description: string;
      }[];
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
  /** How much of the live API the spec covers, by area, with each left-out operation's reason. */
  coverage: {
    description: string;
    liveOperations: number;
    described: number;
    source: string;
    areas: {
      area: string;
      name: string;
      /** Live operations of the area: those described plus those left out. */
      liveOperations: number;
      /** Operations the description has in the area. */
      described: number;
      /** How many of them the guide names (its method table or its prose). */
      fromGuide: number;
      /** The docs pages its operations' facts come from, in first-seen order. */
      sources: string[];
      leftOut: {
        method: string;
        path: string;
        reason: string;
        source: string;
      }[];
    }[];
  };
}

/** The site data (`site-data.gen.json`); the compiler checks it against `SiteData`. */
export const siteData: SiteData = data;
