/**
 * Milliseconds since the epoch of an API datetime. The live API often leaves the offset out
 * (`2019-11-16T15:59:41.966927`), and the spec reads such values as UTC; `Date.parse` would read
 * them as the machine's local time, shifting filters and sort orders off a UTC machine.
 */
export function datetimeMs(text: string): number {
  return Date.parse(/T[\d:.]+$/.test(text) ? `${text}Z` : text);
}
