import { datetimeMs } from "../src/engine/api-datetime.js";
import { describe, expect, it } from "vitest";
import { formatDatetime, MockClock } from "../src/engine/clock.js";
import { parseQuery } from "../src/engine/query-string.js";
import { renderString, renderValue } from "../src/integrations/template.js";
import { evaluateFilter, FilterSyntaxError, parseFilter } from "../src/resources/view-filter.js";
import { SortedIndex } from "../src/store/sorted-index.js";
import { parseOrder } from "../src/store/sort-order.js";

describe("MockClock", () => {
  it("advances, jumps, freezes and resumes", () => {
    const clock = new MockClock();
    // Frozen first, so no millisecond passes between the jump and the reading.
    clock.freeze();
    clock.set(Date.UTC(2030, 0, 1));
    expect(clock.isoNow()).toBe("2030-01-01T00:00:00.000000+00:00");
    clock.advance(1500);
    expect(clock.now()).toBe(Date.UTC(2030, 0, 1) + 1500);
    clock.unfreeze();
    expect(clock.now()).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1) + 1500);
    expect(() => clock.advance(Number.NaN)).toThrow(/finite/);
  });

  it("stays within years 1970 to 9999, and a refused move changes nothing", () => {
    const clock = new MockClock();
    clock.freeze();
    clock.set(Date.UTC(2030, 0, 1));
    expect(() => clock.advance(-1e23)).toThrow(/outside 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z/);
    expect(() => clock.advance(1e23)).toThrow(RangeError);
    expect(() => clock.set(Date.UTC(10_000, 0, 1))).toThrow(RangeError);
    expect(() => clock.set(-1)).toThrow(RangeError);
    expect(clock.isoNow()).toBe("2030-01-01T00:00:00.000000+00:00");
  });

  it("never answers a stale datetime for a time it could not format", () => {
    expect(formatDatetime(Date.UTC(2031, 0, 1))).toBe("2031-01-01T00:00:00.000000+00:00");
    expect(() => formatDatetime(-1e23)).toThrow(RangeError);
    expect(() => formatDatetime(-1e23)).toThrow(RangeError);
  });
});

describe("SortedIndex", () => {
  const rows = [
    { id: 1, name: "b", created_datetime: "2024-01-02T00:00:00+00:00" },
    { id: 2, name: "a", created_datetime: "2024-01-01T00:00:00+00:00" },
    { id: 3, name: "a", created_datetime: "2024-01-03T00:00:00+00:00" },
  ];
  it.each([
    ["name:asc", [2, 3, 1]],
    ["name:desc", [1, 3, 2]],
    ["created_datetime:desc", [3, 1, 2]],
    ["created_datetime:asc,name:asc", [2, 1, 3]],
  ])("orders by %s and keeps the order through writes", (order, expected) => {
    const index = new SortedIndex(parseOrder(order), rows);
    expect(Array.from({ length: index.size }, (_, i) => index.at(i)!.id)).toEqual(expected);
    const added = { id: 4, name: "c", created_datetime: "2024-01-04T00:00:00+00:00" };
    index.insert(added);
    index.remove(expected[0]!);
    const now = Array.from({ length: index.size }, (_, i) => index.at(i)!.id);
    expect(now).toHaveLength(3);
    expect(now).not.toContain(expected[0]);
    const sorted = [...now].sort((a, b) => {
      const all = [...rows, added];
      const ra = all.find((r) => r.id === a)!;
      const rb = all.find((r) => r.id === b)!;
      const fresh = new SortedIndex(parseOrder(order), [ra, rb]);
      return fresh.at(0)!.id === a ? -1 : 1;
    });
    expect(now).toEqual(sorted);
  });
});

describe("view filters", () => {
  const ticket = { status: "open", tags: [{ name: "urgent" }, { name: "vip" }], assignee: 5, subject: "Where is my order?" };
  const read = (path: readonly string[]) => {
    const [, field, sub] = path;
    if (field === "tags") return ticket.tags.map((t) => (t as Record<string, string>)[sub!]);
    return (ticket as Record<string, unknown>)[field!];
  };
  it.each([
    ["eq(ticket.status, 'open')", true],
    ["eq(ticket.status, 'closed') || contains(ticket.tags.name, 'vip')", true],
    ["eq(ticket.status, 'open') && (neq(ticket.assignee, '{{current_user.id}}'))", false],
    ["containsAll(ticket.tags.name, ['urgent', 'vip'])", true],
    ["containsAny(ticket.tags.name, ['refund'])", false],
    ["startsWith(ticket.subject, 'where')", true],
    ["gt(ticket.assignee, 3) && lte(ticket.assignee, 5)", true],
    ["isEmpty(ticket.missing)", true],
  ])("%s → %s", (source, expected) => {
    expect(evaluateFilter(parseFilter(source)!, read, { "current_user.id": "5" })).toBe(expected);
  });
  it.each(["eq(ticket.status, 'open'", "frobnicate(ticket.status)", "eq(ticket.status, 'open') &&", "eq(ticket.status, 'open)"])("rejects %s", (source) => {
    expect(() => parseFilter(source)).toThrow(FilterSyntaxError);
  });
});

describe("integration templates", () => {
  const context = { ticket: { id: 7, subject: "Hello", customer: { email: "a@b.c" } } };
  it("renders values, keeps whole-value types, and applies filters", () => {
    expect(renderString("/t/{{ticket.id}}?e={{ticket.customer.email}}", context, encodeURIComponent)).toBe("/t/7?e=a%40b.c");
    expect(renderValue("{{ticket}}", context)).toEqual(context.ticket);
    expect(renderValue({ s: "{{ ticket.subject | upper }}", d: "{{ticket.nothing | default('none')}}", n: ["{{ticket.id}}"] }, context)).toEqual({ s: "HELLO", d: "none", n: [7] });
    expect(renderString("{{ticket | tojson}}", context)).toBe(JSON.stringify(context.ticket));
  });
});

describe("query strings", () => {
  it("reads repeated keys, bracketed arrays and deepObject parameters", () => {
    expect(parseQuery("types=a&types=b&ids[]=1&created_datetime[gte]=x&limit=5", ["created_datetime"])).toEqual({
      values: {
        types: ["a", "b"],
        ids: ["1"],
        created_datetime: { gte: "x" },
        limit: "5",
      },
      refused: null,
    });
  });

  it("leaves out and reports names that would reach a prototype", () => {
    const parsed = parseQuery("__proto__=1&__proto__=2&created_datetime[constructor]=x&limit=5", ["created_datetime"]);
    expect(parsed.values).toEqual({ limit: "5" });
    expect(Object.getPrototypeOf(parsed.values)).toBe(Object.prototype);
    expect(Object.keys(parsed.refused ?? {})).toEqual(["__proto__", "created_datetime[constructor]"]);
  });
});

describe("datetimeMs", () => {
  it("reads a datetime without an offset as UTC, whatever the machine's time zone", () => {
    const saved = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(datetimeMs("2019-11-16T15:59:41.966927")).toBe(Date.UTC(2019, 10, 16, 15, 59, 41, 966));
      expect(datetimeMs("2019-11-16T15:59:41")).toBe(Date.UTC(2019, 10, 16, 15, 59, 41));
      expect(datetimeMs("2019-11-16T15:59:41.966927+02:00")).toBe(Date.UTC(2019, 10, 16, 13, 59, 41, 966));
      expect(datetimeMs("2019-11-16T15:59:41Z")).toBe(Date.UTC(2019, 10, 16, 15, 59, 41));
      expect(datetimeMs("2019-11-16")).toBe(Date.UTC(2019, 10, 16));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
