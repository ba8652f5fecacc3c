import { invalid } from "../engine/api-error.js";
import type { Store } from "../store/store.js";

/**
 * Checks that every id a request body refers to exists, before anything is written, so a bad
 * reference leaves no half-done change behind. Collects every problem, then throws one 400.
 */
export class ReferenceCheck {
  private readonly problems: Record<string, string> = {};

  constructor(private readonly store: Store) {}

  customer(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.customers.has(id) && this.store.survivorOf(id) === null) this.problems[field] = `Customer ${id} does not exist.`;
  }

  user(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.users.has(id)) this.problems[field] = `User ${id} does not exist.`;
  }

  team(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.teams.has(id)) this.problems[field] = `Team ${id} does not exist.`;
  }

  tag(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.tags.has(id)) this.problems[field] = `Tag ${id} does not exist.`;
  }

  ticket(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.tickets.has(id)) this.problems[field] = `Ticket ${id} does not exist.`;
  }

  macro(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.macros.has(id)) this.problems[field] = `Macro ${id} does not exist.`;
  }

  integration(field: string, id: number | undefined | null): void {
    if (id === undefined || id === null) return;
    if (!this.store.integrations.has(id)) this.problems[field] = `Integration ${id} does not exist.`;
  }

  /** Throws a 400 naming every missing reference. */
  done(): void {
    if (Object.keys(this.problems).length > 0) throw invalid(this.problems);
  }
}
