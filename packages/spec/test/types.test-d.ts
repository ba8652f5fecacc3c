import { expectTypeOf, it } from "vitest";
import type { components, operations, paths } from "@gorgias-kit/spec/types";

it("types an operation's response from the component schemas", () => {
  type Ticket = operations["getTicket"]["responses"][200]["content"]["application/json"];
  expectTypeOf<Ticket>().toEqualTypeOf<components["schemas"]["Ticket"]>();
  expectTypeOf<paths["/api/tickets/{id}"]["get"]>().toEqualTypeOf<operations["getTicket"]>();
});
