import type { PageKey } from "../links.js";
import type { SafeHtml } from "../render/html.js";
import { renderAuthenticationPage } from "./authentication-page.js";
import { renderCoveragePage } from "./coverage-page.js";
import { renderErrorsPage } from "./errors-page.js";
import { renderGuideAndLivePage } from "./guide-and-live-page.js";
import { renderIndexPage } from "./index-page.js";
import { renderMcpPage } from "./mcp-page.js";
import type { PageContext } from "./page-context.js";
import { renderPaginationPage } from "./pagination-page.js";
import { renderRateLimitsPage } from "./rate-limits-page.js";
import { renderScopeMatrixPage } from "./scope-matrix-page.js";
import { renderVersioningPage } from "./versioning-page.js";
import { renderWebhooksPage } from "./webhooks-page.js";

/** The hand-rendered pages; the API reference is rendered by Redoc (see build/reference.ts). */
export const PAGE_RENDERERS: Record<Exclude<PageKey, "reference">, (context: PageContext) => SafeHtml> = {
  index: renderIndexPage,
  authentication: renderAuthenticationPage,
  scopeMatrix: renderScopeMatrixPage,
  webhooks: renderWebhooksPage,
  rateLimits: renderRateLimitsPage,
  pagination: renderPaginationPage,
  errors: renderErrorsPage,
  versioning: renderVersioningPage,
  guideAndLive: renderGuideAndLivePage,
  coverage: renderCoveragePage,
  mcp: renderMcpPage,
};
