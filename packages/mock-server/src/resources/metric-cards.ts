import { ApiError } from "../engine/api-error.js";
import { METRIC_CARDS } from "./metric-card-catalog.js";
import type { Handler } from "./operation-context.js";

/** Cards of a category, a status and matching words; published only unless `status` or `include=deprecated` says otherwise. */
export const searchMetricCards: Handler<"searchMetricCards"> = (ctx) => {
  const { category, status, q, include } = ctx.query;
  const words = q?.toLowerCase();
  const data = METRIC_CARDS.filter((card) => {
    if (category !== undefined && card.category !== category) return false;
    if (status !== undefined ? card.status !== status : card.status === "deprecated" && include !== "deprecated") return false;
    if (words === undefined) return true;
    const text = [card.title, card.public?.definition ?? "", card.public?.formula ?? ""].join(" ").toLowerCase();
    return text.includes(words);
  });
  return { status: 200, body: { data } };
};

/** One card by slug; an unknown slug is a 404 whose data names it and suggests the slugs that share a word with it. */
export const getMetricCard: Handler<"getMetricCard"> = (ctx) => {
  const slug = ctx.path.slug;
  const found = METRIC_CARDS.find((card) => card.slug === slug);
  if (found) return { status: 200, body: found };
  const words = slug.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  const didYouMean = METRIC_CARDS.filter((card) => words.some((w) => card.slug.includes(w))).map((card) => card.slug);
  throw new ApiError(404, `Metric card ${JSON.stringify(slug)} not found.`, { slug, did_you_mean: didYouMean });
};
