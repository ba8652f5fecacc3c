import { slug } from "./render/html.js";

/** Every page of the site: file name (flat, so links work over file:// too), title and nav label. */
export const PAGES = {
  index: { file: "index.html", title: "Overview" },
  reference: { file: "reference.html", title: "API reference" },
  authentication: { file: "authentication.html", title: "Authentication" },
  scopeMatrix: { file: "scope-matrix.html", title: "Scope matrix" },
  webhooks: { file: "webhooks.html", title: "Webhooks" },
  rateLimits: { file: "rate-limits.html", title: "Rate limits" },
  pagination: { file: "pagination.html", title: "Pagination" },
  errors: { file: "errors.html", title: "Errors" },
  versioning: { file: "versioning.html", title: "Versioning" },
  guideAndLive: { file: "guide-and-live.html", title: "Guide and live API" },
  coverage: { file: "coverage.html", title: "Coverage" },
  mcp: { file: "mcp.html", title: "MCP tools" },
} as const;

export type PageKey = keyof typeof PAGES;

export const operationAnchor = (operationId: string): string => `op-${operationId}`;
export const operationLink = (operationId: string): string => `${PAGES.scopeMatrix.file}#${operationAnchor(operationId)}`;
export const areaAnchor = (areaId: string): string => `area-${areaId}`;
export const scopeAnchor = (scope: string): string => `scope-${slug(scope)}`;
export const scopeLink = (scope: string): string => `${PAGES.scopeMatrix.file}#${scopeAnchor(scope)}`;
/** The matrix filtered to one scope (the page reads its filters from the query string). */
export const scopeFilterLink = (scope: string): string => `${PAGES.scopeMatrix.file}?scope=${encodeURIComponent(scope)}#matrix`;
export const eventAnchor = (event: string): string => `event-${event}`;
export const eventLink = (event: string): string => `${PAGES.webhooks.file}#${eventAnchor(event)}`;
export const triggerAnchor = (trigger: string): string => `trigger-${trigger}`;
export const statusAnchor = (status: number): string => `status-${status}`;
export const toolAnchor = (tool: string): string => `tool-${tool}`;
export const divergenceAnchor = (operationId: string): string => `guide-${operationId}`;
export const divergenceLink = (operationId: string): string => `${PAGES.guideAndLive.file}#${divergenceAnchor(operationId)}`;

/**
 * A route of the Redoc reference: `#/<tag slug>/<operationId in lower case>`, as Redoc's hash router
 * names operations and webhooks (the browser test opens every route the site links to).
 */
export const referenceLink = (tagName: string, operationId: string): string =>
  `${PAGES.reference.file}#/${slug(tagName)}/${operationId.toLowerCase()}`;
