import assert from "node:assert/strict";
import { createGorgiasClient, NotFoundError } from "@gorgias-kit/client";

// A private app: the account user's email and the REST API key (Settings → REST API).
const client = createGorgiasClient({
  baseUrl: process.env.GORGIAS_BASE_URL ?? `https://${process.env.GORGIAS_SUBDOMAIN}.gorgias.com`,
  auth: { type: "apiKey", email: process.env.GORGIAS_EMAIL ?? "", apiKey: process.env.GORGIAS_API_KEY ?? "" },
});

// One page: the list envelope { data, meta: { prev_cursor, next_cursor }, object, uri }.
const page = await client.tickets.list({ limit: 5 });
console.log(`first page: ${page.data.length} tickets`);

// Every ticket, page after page, one page in memory at a time.
let open = 0;
for await (const ticket of client.tickets.list({ order_by: "created_datetime:desc" })) {
  if (ticket.status === "open") open += 1;
}
console.log(`open tickets: ${open}`);

// An internal note is never sent to the customer.
const first = page.data[0];
if (first) {
  const note = await client.ticketMessages.create({
    ticket_id: first.id,
    body: { channel: "internal-note", via: "api", from_agent: true, public: false, body_text: "Checked by the quick-start script." },
  });
  assert.equal(note.ticket_id, first.id);
  console.log(`note ${note.id} added to ticket ${first.id}`);
}

// Errors are typed and say what to do.
try {
  await client.tickets.get({ id: 999_999_999 });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`not found: ${error.apiMessage}`);
}

// The account's rate-limit usage, as the last response reported it (other integrations count too).
const reported = client.rateLimit.usage.lastReported;
if (reported) console.log(`rate limit: ${reported.used}/${reported.limit} used`);
