import type autocannon from "autocannon";

const authorization = `Basic ${Buffer.from("admin@example.com:mock-api-key").toString("base64")}`;

const newTicket = JSON.stringify({
  subject: "Where is my order?",
  channel: "email",
  via: "api",
  customer: { id: 42 },
  messages: [{ channel: "email", via: "api", from_agent: false, sender: { id: 42 }, body_text: "Hi, my order has not arrived yet." }],
});

/** The request mix both servers get, in turn on each connection: list tickets, get a ticket, create a ticket, list customers. */
export const requestMix: autocannon.Request[] = [
  { method: "GET", path: "/api/tickets", headers: { authorization } },
  { method: "GET", path: "/api/tickets/1", headers: { authorization } },
  { method: "POST", path: "/api/tickets", headers: { authorization, "content-type": "application/json" }, body: newTicket },
  { method: "GET", path: "/api/customers", headers: { authorization } },
];
