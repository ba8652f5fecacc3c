import type { AccountSettingRecord, CustomFieldRecord } from "./records.js";
import type { Store } from "./store.js";

/**
 * The account settings and custom fields every seed holds, with no randomness (so adding them
 * changes no other seeded record): settings 1 and 2, ticket fields 1 and 2, customer fields 3
 * and 4, and values of them on ticket 1 and customer 42, as the spec's examples use them.
 */
export function seedSettingsAndFields(store: Store, at: (hours: number) => string): void {
  const settings: AccountSettingRecord[] = [
    {
      id: 1,
      type: "business-hours",
      data: { timezone: "Europe/Paris", business_hours: [{ days: "1,2,3,4,5", from_time: "09:00", to_time: "18:00" }] },
    },
    { id: 2, type: "ticket-assignment", data: { unassign_on_reply: false, auto_assign_to_teams: false } },
  ];
  for (const setting of settings) store.accountSettings.insert(setting);

  const field = (id: number, object_type: CustomFieldRecord["object_type"], label: string, definition: CustomFieldRecord["definition"], priority: number, description: string | null): CustomFieldRecord => ({
    id,
    object_type,
    label,
    description,
    external_id: null,
    priority,
    required: false,
    managed_type: null,
    definition,
    created_datetime: at(id - 1),
    updated_datetime: at(id - 1),
    deactivated_datetime: null,
  });
  store.customFields.insert(field(1, "Ticket", "Contact reason", { data_type: "text", input_settings: { input_type: "dropdown", choices: ["Shipping", "Refund", "Other"], default: null } }, 1, "Why the customer wrote in."));
  store.customFields.insert(field(2, "Ticket", "Items returned", { data_type: "number", input_settings: { input_type: "input_number", placeholder: null, min: 0, max: 100 } }, 2, null));
  store.customFields.insert(field(3, "Customer", "Customer tier", { data_type: "text", input_settings: { input_type: "dropdown", choices: ["Gold", "Silver", "Bronze"], default: null } }, 1, "Loyalty tier from the shop."));
  store.customFields.insert(field(4, "Customer", "VIP", { data_type: "boolean", input_settings: { input_type: "dropdown", choices: [true, false], default: false } }, 2, null));

  if (store.tickets.has(1)) store.tickets.update(1, (t) => void (t.custom_fields = { "1": { id: 1, value: "Shipping" }, "2": { id: 2, value: 1 } }));
  if (store.customers.has(42)) store.customers.update(42, (c) => void (c.custom_fields = { "3": { id: 3, value: "Gold" }, "4": { id: 4, value: true } }));
}
