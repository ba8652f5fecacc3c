// Redocly plugin: lint rules that enforce the spec vocabulary described in spec/README.md.
const vocabulary = require("./vocabulary.cjs");

const ACCESS = vocabulary.access;
const SIDE_EFFECTS = vocabulary.sideEffects;
const PROVENANCE = vocabulary.provenance;
const PAGINATION = vocabulary.pagination;
const HTTP_METHODS = vocabulary.httpMethods;

function deref(node, ctx) {
  let current = node;
  for (let i = 0; i < 20 && current && typeof current === "object" && "$ref" in current; i++) {
    current = ctx.resolve(current).node;
  }
  return current;
}

function oauthScopesOf(operation) {
  const scopes = [];
  for (const requirement of operation.security ?? []) {
    if (requirement && Array.isArray(requirement.oauth2)) scopes.push(requirement.oauth2);
  }
  return scopes;
}

function declaredScopes(root, ctx) {
  const scheme = deref(root.components?.securitySchemes?.oauth2, ctx);
  const flows = scheme?.flows ?? {};
  const names = new Set();
  for (const flow of Object.values(flows)) {
    for (const name of Object.keys(flow?.scopes ?? {})) names.add(name);
  }
  return names;
}

function OperationScope() {
  let known = new Set();
  const check = (operation, ctx) => {
    const alternatives = oauthScopesOf(operation);
    const byType = operation["x-gorgias-scope-by-type"];
    const where = ctx.location.child("security");
    if (alternatives.length === 0) {
      ctx.report({ message: `${operation.operationId}: security must list an oauth2 requirement with the scope it needs.`, location: where });
      return;
    }
    for (const scopes of alternatives) {
      if (scopes.length !== 1) {
        ctx.report({ message: `${operation.operationId}: each oauth2 requirement must name exactly one scope, found ${scopes.length}.`, location: where });
      }
      for (const scope of scopes) {
        if (!known.has(scope)) {
          ctx.report({ message: `${operation.operationId}: scope "${scope}" is not declared by the oauth2 security scheme.`, location: where });
        }
      }
    }
    if (alternatives.length > 1) {
      if (!byType || typeof byType !== "object") {
        ctx.report({ message: `${operation.operationId}: several oauth2 scopes need x-gorgias-scope-by-type to say which applies when.`, location: where });
        return;
      }
      const listed = new Set(alternatives.flat());
      for (const [type, scope] of Object.entries(byType)) {
        if (!listed.has(scope)) {
          ctx.report({ message: `${operation.operationId}: x-gorgias-scope-by-type maps "${type}" to "${scope}", which security does not list.`, location: ctx.location.child("x-gorgias-scope-by-type") });
        }
      }
    }
  };
  return {
    Root: { enter(root, ctx) { known = declaredScopes(root, ctx); } },
    Paths: { Operation: { enter: check } },
  };
}

function WriteScope() {
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          const access = operation["x-gorgias-access"];
          if (!ACCESS.includes(access)) return;
          for (const scopes of oauthScopesOf(operation)) {
            for (const scope of scopes) {
              if (!scope.endsWith(`:${access}`)) {
                ctx.report({ message: `${operation.operationId}: a ${access} operation must use a ":${access}" scope, not "${scope}".`, location: ctx.location.child("security") });
              }
            }
          }
        },
      },
    },
  };
}

function OperationVocabulary() {
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          const id = operation.operationId ?? "(operation without operationId)";
          const fail = (key, message) => ctx.report({ message: `${id}: ${message}`, location: ctx.location.child(key) });
          if (!/^[a-z][A-Za-z0-9]*$/.test(operation.operationId ?? "")) fail("operationId", "operationId must be camelCase.");
          if (!Array.isArray(operation.tags) || operation.tags.length !== 1) fail("tags", "must have exactly one area tag.");
          if (!ACCESS.includes(operation["x-gorgias-access"])) fail("x-gorgias-access", "x-gorgias-access must be read or write.");
          if (!("x-gorgias-event" in operation)) fail("x-gorgias-event", "x-gorgias-event must name the event it produces, or be null.");
          const effects = operation["x-gorgias-side-effects"];
          if (!Array.isArray(effects)) fail("x-gorgias-side-effects", "x-gorgias-side-effects must be a list (possibly empty).");
          else for (const effect of effects) {
            if (!SIDE_EFFECTS.includes(effect)) fail("x-gorgias-side-effects", `unknown side effect "${effect}"; use one of ${SIDE_EFFECTS.join(", ")}.`);
          }
          if (!PROVENANCE.includes(operation["x-gorgias-provenance"])) fail("x-gorgias-provenance", `x-gorgias-provenance must be one of ${PROVENANCE.join(", ")}.`);
          if (operation["x-gorgias-provenance"] === "live" && !(typeof operation["x-gorgias-source"] === "string" && operation["x-gorgias-source"].trim() !== "")) {
            fail("x-gorgias-source", "an operation with provenance live must name its documentation pages in x-gorgias-source.");
          }
          if (!PAGINATION.includes(operation["x-gorgias-pagination"])) fail("x-gorgias-pagination", `x-gorgias-pagination must be one of ${PAGINATION.join(", ")}.`);
          const client = operation["x-gorgias-client"];
          if (!client || typeof client.resource !== "string" || typeof client.method !== "string") {
            fail("x-gorgias-client", "x-gorgias-client must give {resource, method}.");
          }
        },
      },
    },
  };
}

/** The guide's events, their one home: `x-gorgias-events` on the `EventType` schema, whose known values hold each. */
function guideEvents(root, ctx) {
  const schema = deref(root.components?.schemas?.EventType, ctx);
  const events = schema?.["x-gorgias-events"];
  const known = new Set([...(schema?.enum ?? []), ...(schema?.anyOf ?? []).flatMap((branch) => deref(branch, ctx)?.enum ?? [])]);
  return { events: events && typeof events === "object" ? Object.keys(events) : null, known };
}

function EventPairing() {
  const produced = new Map();
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          const event = operation["x-gorgias-event"];
          if (typeof event === "string") produced.set(event, { id: operation.operationId, location: ctx.location.child("x-gorgias-event") });
        },
      },
    },
    Root: {
      leave(root, ctx) {
        const { events, known } = guideEvents(root, ctx);
        if (events === null) {
          if (produced.size > 0) ctx.report({ message: "operations name events (x-gorgias-event), but components.schemas.EventType has no x-gorgias-events map.", location: ctx.location.child("components") });
          return;
        }
        for (const [event, { id, location }] of produced) {
          if (!events.includes(event)) ctx.report({ message: `${id}: x-gorgias-event "${event}" is not an event of EventType's x-gorgias-events.`, location });
        }
        for (const event of events) {
          if (!produced.has(event)) ctx.report({ message: `event "${event}" is not produced by any operation (x-gorgias-event).`, location: ctx.location.child(["components", "schemas", "EventType"]) });
          if (!known.has(event)) ctx.report({ message: `event "${event}" is not one of EventType's known values.`, location: ctx.location.child(["components", "schemas", "EventType"]) });
        }
      },
    },
  };
}

/** Each delivery webhook names the operations that fire it (`x-gorgias-fired-by`, possibly empty); each must exist. */
function DeliveryFiring() {
  const operations = new Set();
  return {
    Paths: {
      Operation: {
        enter(operation) {
          if (typeof operation.operationId === "string") operations.add(operation.operationId);
        },
      },
    },
    Root: {
      leave(root, ctx) {
        for (const [trigger, item] of Object.entries(root.webhooks ?? {})) {
          const post = deref(item, ctx)?.post;
          const location = ctx.location.child(["webhooks", trigger]);
          const firedBy = post?.["x-gorgias-fired-by"];
          if (!Array.isArray(firedBy)) {
            ctx.report({ message: `webhook "${trigger}": x-gorgias-fired-by must list the operations that fire it (possibly none).`, location });
            continue;
          }
          for (const rule of firedBy) {
            if (!operations.has(rule?.operationId)) ctx.report({ message: `webhook "${trigger}": x-gorgias-fired-by names "${rule?.operationId}", which is not an operation.`, location });
          }
        }
      },
    },
  };
}

// The envelope each paged kind answers with: its `meta` keys say where the next page is.
const ENVELOPE_META = {
  cursor: ["prev_cursor", "next_cursor"],
  "view-items": ["current_cursor", "prev_items", "next_items"],
};

function ListEnvelope() {
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          const kind = operation["x-gorgias-pagination"];
          const metaKeys = ENVELOPE_META[kind];
          if (!metaKeys) return;
          const id = operation.operationId;
          const list = kind === "cursor" ? "a cursor list" : `a ${kind} list`;
          const names = (operation.parameters ?? []).map((p) => deref(p, ctx)?.name);
          for (const required of ["limit", "cursor"]) {
            if (!names.includes(required)) ctx.report({ message: `${id}: ${list} must take the "${required}" query parameter.`, location: ctx.location.child("parameters") });
          }
          const ok = deref(operation.responses?.["200"], ctx);
          const schema = deref(ok?.content?.["application/json"]?.schema, ctx);
          const props = schema?.properties ?? {};
          const missing = ["data", "meta", "object", "uri"].filter((key) => !(key in props));
          const meta = deref(props.meta, ctx);
          if (meta && !metaKeys.every((key) => meta.properties && key in meta.properties)) missing.push(metaKeys.map((key) => `meta.${key}`).join("/"));
          if (missing.length > 0) {
            ctx.report({ message: `${id}: ${list} must return the envelope {data, meta: {${metaKeys.join(", ")}}, object, uri}; missing ${missing.join(", ")}.`, location: ctx.location.child("responses") });
          }
        },
      },
    },
  };
}

const isText = (value) => typeof value === "string" && value.trim().length > 0;

/**
 * `x-gorgias-guide`: the guide's form of an operation whose live form differs. The operation holds
 * the live method and path; the record holds the guide row's `{method, path}` (the operation's own
 * when only something else differs) and a note saying what differs. `x-gorgias-source` names the
 * docs pages a fact comes from: a title or a list of titles. The retired `x-gorgias-live` is refused.
 */
function GuideRecord() {
  return {
    Paths: {
      PathItem: {
        Operation: {
          enter(operation, ctx) {
            const id = operation.operationId ?? "(operation without operationId)";
            const fail = (key, message) => ctx.report({ message: `${id}: ${message}`, location: ctx.location.child(key) });
            if ("x-gorgias-live" in operation) {
              fail("x-gorgias-live", "x-gorgias-live is retired: the operation takes the live form and records the guide's in x-gorgias-guide {method, path, note}.");
            }
            if ("x-gorgias-guide" in operation) {
              const guide = operation["x-gorgias-guide"];
              if (!guide || typeof guide !== "object" || Array.isArray(guide)) {
                fail("x-gorgias-guide", "x-gorgias-guide must be an object {method, path, note}.");
              } else {
                const extra = Object.keys(guide).filter((key) => !["method", "path", "note"].includes(key));
                if (extra.length > 0) fail("x-gorgias-guide", `x-gorgias-guide takes only method, path and note; found ${extra.join(", ")}.`);
                if (!HTTP_METHODS.includes(guide.method)) fail("x-gorgias-guide", `x-gorgias-guide.method must be one of ${HTTP_METHODS.join(", ")}.`);
                if (!isText(guide.path) || !guide.path.startsWith("/")) fail("x-gorgias-guide", "x-gorgias-guide.path must be the guide's path, starting with /.");
                if (!isText(guide.note)) fail("x-gorgias-guide", "x-gorgias-guide.note must say how the guide's form differs from the live one.");
              }
            }
            if ("x-gorgias-source" in operation) {
              const source = operation["x-gorgias-source"];
              const titles = Array.isArray(source) ? source : [source];
              if (titles.length === 0 || !titles.every(isText)) fail("x-gorgias-source", "x-gorgias-source must name a source: a title or a non-empty list of titles.");
            }
          },
        },
      },
    },
  };
}

module.exports = function gorgiasRules() {
  return {
    id: "gorgias",
    rules: {
      oas3: {
        "operation-scope": OperationScope,
        "write-scope": WriteScope,
        "operation-vocabulary": OperationVocabulary,
        "event-pairing": EventPairing,
        "delivery-firing": DeliveryFiring,
        "list-envelope": ListEnvelope,
        "guide-record": GuideRecord,
      },
    },
  };
};
