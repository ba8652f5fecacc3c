// Redocly plugin: lint rules that enforce the spec vocabulary described in spec/README.md.
const vocabulary = require("./vocabulary.cjs");

const ACCESS = vocabulary.access;
const SIDE_EFFECTS = vocabulary.sideEffects;
const PROVENANCE = vocabulary.provenance;
const PAGINATION = vocabulary.pagination;

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
          if (!("x-gorgias-webhook" in operation)) fail("x-gorgias-webhook", "x-gorgias-webhook must name the event it triggers, or be null.");
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

function WebhookPairing() {
  const triggered = new Map();
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          const event = operation["x-gorgias-webhook"];
          if (typeof event === "string") triggered.set(event, { id: operation.operationId, location: ctx.location.child("x-gorgias-webhook") });
        },
      },
    },
    Root: {
      leave(root, ctx) {
        const webhooks = new Set(Object.keys(root.webhooks ?? {}));
        for (const [event, { id, location }] of triggered) {
          if (!webhooks.has(event)) ctx.report({ message: `${id}: x-gorgias-webhook "${event}" is not in the top-level webhooks map.`, location });
        }
        for (const event of webhooks) {
          if (!triggered.has(event)) ctx.report({ message: `webhook "${event}" is not triggered by any operation (x-gorgias-webhook).`, location: ctx.location.child(["webhooks", event]) });
        }
      },
    },
  };
}

function ListEnvelope() {
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          if (operation["x-gorgias-pagination"] !== "cursor") return;
          const id = operation.operationId;
          const names = (operation.parameters ?? []).map((p) => deref(p, ctx)?.name);
          for (const required of ["limit", "cursor"]) {
            if (!names.includes(required)) ctx.report({ message: `${id}: a cursor list must take the "${required}" query parameter.`, location: ctx.location.child("parameters") });
          }
          const ok = deref(operation.responses?.["200"], ctx);
          const schema = deref(ok?.content?.["application/json"]?.schema, ctx);
          const props = schema?.properties ?? {};
          const missing = ["data", "meta", "object", "uri"].filter((key) => !(key in props));
          const meta = deref(props.meta, ctx);
          if (meta && !(meta.properties && "next_cursor" in meta.properties && "prev_cursor" in meta.properties)) missing.push("meta.prev_cursor/meta.next_cursor");
          if (missing.length > 0) {
            ctx.report({ message: `${id}: a cursor list must return the envelope {data, meta: {prev_cursor, next_cursor}, object, uri}; missing ${missing.join(", ")}.`, location: ctx.location.child("responses") });
          }
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
        "webhook-pairing": WebhookPairing,
        "list-envelope": ListEnvelope,
      },
    },
  };
};
