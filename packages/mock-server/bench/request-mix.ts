import type autocannon from "autocannon";

const authorization = `Basic ${Buffer.from("admin@example.com:mock-api-key").toString("base64")}`;

const newTicket = JSON.stringify({
  subject: "Where is my order?",
  channel: "email",
  via: "api",
  customer: { id: 42 },
  messages: [{ channel: "email", via: "api", from_agent: false, sender: { id: 42 }, body_text: "Hi, my order has not arrived yet." }],
});

function mix(listQuery: string): autocannon.Request[] {
  return [
    { method: "GET", path: `/api/tickets${listQuery}`, headers: { authorization } },
    { method: "GET", path: "/api/tickets/1", headers: { authorization } },
    { method: "POST", path: "/api/tickets", headers: { authorization, "content-type": "application/json" }, body: newTicket },
    { method: "GET", path: `/api/customers${listQuery}`, headers: { authorization } },
  ];
}

/**
 * The request mix both servers get, in turn on each connection: list tickets, get a ticket,
 * create a ticket, list customers. With the default page size the mock answers 30 records per
 * list while Prism answers the spec's one-record example.
 */
export const requestMix = mix("");

/** The same mix with one record per list page, so both servers send bodies of about the same size. */
export const sameSizeMix = mix("?limit=1");
