/**
 * A response body that is not JSON (a statistic's CSV export), produced chunk by chunk: the
 * transports write each chunk as it comes, so a long export is never held whole.
 */
export class TextStream {
  constructor(
    /** The body's media type, such as `text/csv; charset=utf-8`. */
    readonly contentType: string,
    readonly chunks: AsyncIterable<string>,
  ) {}
}
