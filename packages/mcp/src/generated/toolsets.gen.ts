/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** The API's areas that have tools, one toolset each: `--toolsets` accepts their ids. */
export const toolsets: readonly { readonly id: string; readonly name: string; readonly description: string; }[] = [
  {
    "id": "tickets",
    "name": "Tickets",
    "description": "List, read, create, update, and delete tickets, the conversations between a support team and a customer."
  },
  {
    "id": "ticket-messages",
    "name": "Ticket messages",
    "description": "List, read, create, update, and delete the messages inside a ticket, including replies sent to customers."
  },
  {
    "id": "ticket-tags",
    "name": "Ticket tags",
    "description": "List, add, set, and remove the tags applied to a single ticket."
  },
  {
    "id": "customers",
    "name": "Customers",
    "description": "List, read, create, update, delete, and merge the customer records a helpdesk holds."
  },
  {
    "id": "users",
    "name": "Users",
    "description": "List, read, create, update, and delete the agents and other users of a helpdesk."
  },
  {
    "id": "tags",
    "name": "Tags",
    "description": "List, read, create, update, delete, and merge the account-wide tags used to label tickets."
  },
  {
    "id": "macros",
    "name": "Macros",
    "description": "List, read, create, update, and delete macros, the saved replies and actions agents apply to tickets."
  },
  {
    "id": "views",
    "name": "Views",
    "description": "List, read, create, update, and delete views, the saved filters that group tickets, and list the tickets inside one."
  },
  {
    "id": "integrations",
    "name": "Integrations",
    "description": "List, read, create, update, and delete the integrations that connect Gorgias to external services, including HTTP integrations that deliver events."
  },
  {
    "id": "events",
    "name": "Events",
    "description": "List and read the events that record what happened in an account, like a ticket being created or a message being sent."
  },
  {
    "id": "search",
    "name": "Search",
    "description": "Search across resources such as customers, agents, teams, tags, and integrations."
  },
  {
    "id": "phone",
    "name": "Phone",
    "description": "List and read the account's voice calls, the steps of each call and their recordings, and delete a recording."
  },
  {
    "id": "account",
    "name": "Account",
    "description": "Read the helpdesk account, and list, create, and update its account-wide settings."
  },
  {
    "id": "custom-fields",
    "name": "Custom fields",
    "description": "Define the custom fields of tickets and customers, and read, set, and clear their values on a ticket or a customer."
  },
  {
    "id": "teams",
    "name": "Teams",
    "description": "List, read, create, update, and delete teams, the groups of users that tickets are assigned to."
  },
  {
    "id": "widgets",
    "name": "Widgets",
    "description": "List, read, create, update, and delete the sidebar widgets that show an integration's data on tickets and customers."
  },
  {
    "id": "jobs",
    "name": "Jobs",
    "description": "List, read, create, update, and cancel background jobs that work on many tickets or macros at once."
  },
  {
    "id": "rules",
    "name": "Rules",
    "description": "List, read, create, update, delete, and reorder rules, the automations that run on tickets."
  },
  {
    "id": "satisfaction-surveys",
    "name": "Satisfaction surveys",
    "description": "List, read, create, and update the satisfaction surveys customers answer about a ticket."
  }
];
