import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";
import { componentSchema } from "../src/model/json-schema.js";

const spec = await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml"));
const schemas = spec.document.components?.schemas ?? {};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const datetime = ajv.compile(schemas.Datetime ?? {});
const nullableDatetime = ajv.compile(schemas.NullableDatetime ?? {});

/** Every `format` keyword and every `*_datetime` property of the bundle, with where it is. */
function walk(node: unknown, at: string, visit: (key: string, value: unknown, at: string) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}.${i}`, visit));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value, at);
      walk(value, `${at}.${key}`, visit);
    }
  }
}

describe("datetimes accept the live API's values, with or without an offset", () => {
  it.each([
    ["no offset, microseconds (The Event object)", "2019-11-16T15:59:41.966927"],
    ["+00:00 offset (pagination changelog)", "2021-11-02T21:58:43.171610+00:00"],
    ["-05:00 offset (Tag docs)", "2019-07-05T14:42:00.384938-05:00"],
    ["Z, no fraction", "2024-01-15T09:30:00Z"],
    ["no offset, no fraction", "2024-01-15T09:30:00"],
    ["milliseconds", "2024-01-15T09:30:00.123"],
  ])("Datetime accepts %s", (_label, value) => {
    expect(datetime(value), JSON.stringify(datetime.errors)).toBe(true);
    expect(nullableDatetime(value)).toBe(true);
  });

  it.each([
    ["an empty string", ""],
    ["a word", "yesterday"],
    ["a date alone", "2019-11-16"],
    ["a space for T", "2019-11-16 15:59:41"],
    ["month 13", "2019-13-01T00:00:00"],
    ["hour 24", "2019-11-16T24:00:00"],
    ["an offset without a colon", "2019-11-16T15:59:41+0000"],
    ["7 fraction digits", "2019-11-16T15:59:41.1234567"],
    ["trailing text", "2019-11-16T15:59:41Z and more"],
  ])("Datetime refuses %s", (_label, value) => {
    expect(datetime(value)).toBe(false);
    expect(nullableDatetime(value)).toBe(false);
  });

  it("NullableDatetime is Datetime or null, with the same pattern", () => {
    expect(nullableDatetime(null)).toBe(true);
    expect(datetime(null)).toBe(false);
    expect(componentSchema(spec.document, "NullableDatetime")?.pattern).toBe(componentSchema(spec.document, "Datetime")?.pattern);
  });

  it("no schema uses format date-time, which refuses values without an offset", () => {
    const formats: string[] = [];
    walk(spec.document, "#", (key, value, at) => {
      if (key === "format" && value === "date-time") formats.push(at);
    });
    expect(formats).toEqual([]);
  });

  it("every *_datetime property refers to Datetime or NullableDatetime", () => {
    const others: string[] = [];
    let count = 0;
    walk(spec.document, "#", (key, value, at) => {
      if (!at.endsWith(".properties") || !key.endsWith("_datetime")) return;
      count++;
      const ref = (value as { $ref?: string }).$ref;
      if (ref !== "#/components/schemas/Datetime" && ref !== "#/components/schemas/NullableDatetime") others.push(`${at}.${key}`);
    });
    expect(others).toEqual([]);
    // Includes the 8 of TicketHttpIntegrationContext, the template context of HTTP-integration deliveries.
    expect(count).toBe(121);
  });
});
