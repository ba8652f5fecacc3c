import type { Schema } from "../schema.js";

type MetricCard = Schema<"MetricCard">;

const card = (slug: string, category: string, title: string, definition: string, formula: string, scope: string, measure: string, extra: Partial<MetricCard> = {}): MetricCard => ({
  slug,
  category,
  title,
  status: "published",
  definition_revised_at: "2024-01-15",
  public: { definition, formula, computation_logic: [`Computed by the ${scope} reporting scope.`] },
  api: { scope, measures: [measure], dimensions: [], filters: [] },
  aliases: [],
  related: [],
  replaces: [],
  used_in_reports: ["Support performance"],
  ...extra,
});

/** The metric cards the mock answers with: a fixed catalog, the same for every seed. */
export const METRIC_CARDS: readonly MetricCard[] = [
  card("first-response-time", "support-performance", "First response time", "How long customers wait for the first reply of an agent.", "Median of (first agent reply time - ticket creation time)", "first-response-time", "medianFirstResponseTime", {
    aliases: ["FRT"],
    related: [{ slug: "resolution-time", url: "/api/metric-cards/resolution-time" }],
  }),
  card("resolution-time", "support-performance", "Resolution time", "How long tickets take from creation to being closed.", "Median of (close time - ticket creation time)", "resolution-time", "medianResolutionTime", {
    related: [{ slug: "first-response-time", url: "/api/metric-cards/first-response-time" }],
  }),
  card("closed-tickets", "workload", "Closed tickets", "How many tickets were closed in the period.", "Count of tickets closed", "tickets-closed", "ticketCount"),
  card("created-tickets", "workload", "Created tickets", "How many tickets were opened in the period.", "Count of tickets created", "tickets-created", "ticketCount"),
  card("messages-sent", "workload", "Messages sent", "How many messages agents sent in the period.", "Count of agent messages", "messages-sent", "messagesCount"),
  card("satisfaction-score", "quality", "Satisfaction score", "The share of rated surveys scored 4 or 5.", "Surveys scored 4 or 5 / rated surveys", "satisfaction-surveys", "averageSurveyScore"),
  card("zero-touch-tickets", "automation", "Zero-touch tickets", "Tickets closed without any agent message.", "Count of tickets closed with no agent message", "zero-touch-tickets", "ticketCount"),
  card("one-touch-tickets", "support-performance", "One-touch tickets", "Tickets closed after a single agent reply.", "Count of tickets closed after one agent message", "one-touch-tickets", "ticketCount", {
    status: "deprecated",
    replaces: [],
    related: [{ slug: "zero-touch-tickets", url: "/api/metric-cards/zero-touch-tickets" }],
  }),
];
