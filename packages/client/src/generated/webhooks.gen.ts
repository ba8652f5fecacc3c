/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { webhooks } from "@gorgias-kit/spec/types";

/**
 * The HTTP-integration triggers (`http.triggers` keys): each fires the integration's own request,
 * with the operations of the API that fire it (none: only Gorgias itself does).
 */
export const deliveryTriggers = [
  {
    "trigger": "ticket-assignment-updated",
    "summary": "Ticket assignment updated",
    "firedBy": [
      "updateTicket"
    ]
  },
  {
    "trigger": "ticket-created",
    "summary": "Ticket created",
    "firedBy": [
      "createTicket"
    ]
  },
  {
    "trigger": "ticket-handed-over",
    "summary": "Ticket handed over",
    "firedBy": []
  },
  {
    "trigger": "ticket-message-created",
    "summary": "Ticket message created",
    "firedBy": [
      "createTicketMessage"
    ]
  },
  {
    "trigger": "ticket-message-failed",
    "summary": "Ticket message failed",
    "firedBy": []
  },
  {
    "trigger": "ticket-self-unsnoozed",
    "summary": "Ticket unsnoozed by itself",
    "firedBy": []
  },
  {
    "trigger": "ticket-status-updated",
    "summary": "Ticket status updated",
    "firedBy": [
      "updateTicket"
    ]
  },
  {
    "trigger": "ticket-updated",
    "summary": "Ticket updated",
    "firedBy": [
      "updateTicket"
    ]
  }
] as const;

export type DeliveryTrigger = (typeof deliveryTriggers)[number]["trigger"];

/** The render context of each trigger (the body of a whole-context form), as openapi-typescript types it. */
export interface DeliveryContexts {
  "ticket-assignment-updated": webhooks["ticket-assignment-updated"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-created": webhooks["ticket-created"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-handed-over": webhooks["ticket-handed-over"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-message-created": webhooks["ticket-message-created"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-message-failed": webhooks["ticket-message-failed"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-self-unsnoozed": webhooks["ticket-self-unsnoozed"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-status-updated": webhooks["ticket-status-updated"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-updated": webhooks["ticket-updated"]["post"]["requestBody"]["content"]["application/json"];
}

/**
 * Validation schemas of each trigger's render context (JSON Schema keywords the client checks;
 * annotations dropped). A `$ref` (`#/components/schemas/X`) names a component schema of
 * `@gorgias-kit/spec/schemas`.
 */
export const deliveryContextSchemas: Readonly<Record<DeliveryTrigger, unknown>> = {
  "ticket-assignment-updated": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-created": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-handed-over": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-message-created": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-message-failed": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-self-unsnoozed": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-status-updated": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  },
  "ticket-updated": {
    "$ref": "#/components/schemas/HttpIntegrationDelivery"
  }
};

/**
 * The guide's events: `Event.type` values that `GET /api/events` returns, with the operations that
 * produce them. Gorgias does not push them; follow them with `client.events.stream()`.
 */
export const guideEvents = [
  {
    "event": "ticket-created",
    "objectType": "Ticket",
    "summary": "Ticket created",
    "producedBy": [
      "createTicket"
    ]
  },
  {
    "event": "ticket-deleted",
    "objectType": "Ticket",
    "summary": "Ticket deleted",
    "producedBy": [
      "deleteTicket"
    ]
  },
  {
    "event": "ticket-message-created",
    "objectType": "TicketMessage",
    "summary": "Ticket message created",
    "producedBy": [
      "createTicketMessage"
    ]
  },
  {
    "event": "ticket-message-deleted",
    "objectType": "TicketMessage",
    "summary": "Ticket message deleted",
    "producedBy": [
      "deleteTicketMessage"
    ]
  },
  {
    "event": "customer-created",
    "objectType": "Customer",
    "summary": "Customer created",
    "producedBy": [
      "createCustomer"
    ]
  },
  {
    "event": "customer-merged",
    "objectType": "Customer",
    "summary": "Customer merged",
    "producedBy": [
      "mergeCustomers"
    ]
  },
  {
    "event": "customer-deleted",
    "objectType": "Customer",
    "summary": "Customer deleted",
    "producedBy": [
      "deleteCustomer"
    ]
  },
  {
    "event": "user-created",
    "objectType": "User",
    "summary": "User created",
    "producedBy": [
      "createUser"
    ]
  },
  {
    "event": "user-deleted",
    "objectType": "User",
    "summary": "User deleted",
    "producedBy": [
      "deleteUser"
    ]
  },
  {
    "event": "tag-created",
    "objectType": "Tag",
    "summary": "Tag created",
    "producedBy": [
      "createTag"
    ]
  },
  {
    "event": "tag-updated",
    "objectType": "Tag",
    "summary": "Tag updated",
    "producedBy": [
      "updateTag"
    ]
  },
  {
    "event": "integration-created",
    "objectType": "Integration",
    "summary": "Integration created",
    "producedBy": [
      "createIntegration"
    ]
  },
  {
    "event": "integration-deleted",
    "objectType": "Integration",
    "summary": "Integration deleted",
    "producedBy": [
      "deleteIntegration"
    ]
  }
] as const;

export type GuideEvent = (typeof guideEvents)[number]["event"];
