import { expectTypeOf, it } from "vitest";
import type { components } from "@gorgias-kit/spec/types";
import { handlers } from "../src/resources/handlers.js";
import type { Handler, HandlerTable, OperationContext } from "../src/resources/operation-context.js";
import { getTicket, listTickets } from "../src/resources/tickets.js";

type Ticket = components["schemas"]["Ticket"];

it("types each handler's context from its own operation", () => {
  expectTypeOf<OperationContext<"getTicket">["path"]>().toEqualTypeOf<Readonly<{ id: number }>>();
  expectTypeOf<OperationContext<"listTickets">["query"]["limit"]>().toEqualTypeOf<number>();
  expectTypeOf<OperationContext<"listTickets">["query"]["cursor"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<OperationContext<"createTicket">["body"]>().toEqualTypeOf<components["schemas"]["TicketCreate"]>();
  expectTypeOf<OperationContext<"getTicket">["body"]>().toEqualTypeOf<undefined>();
  expectTypeOf(handlers).toEqualTypeOf<HandlerTable>();
});

it("refuses a handler of another operation, a wrong status and a body of the wrong shape", () => {
  // @ts-expect-error listTickets answers a list, not getTicket's ticket, and takes another query.
  const _wrongOperation: HandlerTable["getTicket"] = listTickets;
  const _right: Handler<"getTicket"> = getTicket;
  // @ts-expect-error the spec declares no 201 for getTicket.
  const _wrongStatus: Handler<"getTicket"> = () => ({ status: 201, body: {} as Ticket });
  // @ts-expect-error a tag is not a ticket.
  const _wrongBody: Handler<"getTicket"> = () => ({ status: 200, body: {} as components["schemas"]["Tag"] });
  // @ts-expect-error a 204 has no body.
  const _bodyOn204: Handler<"deleteTicket"> = () => ({ status: 204, body: {} as Ticket });
});
