/** A request as the engine sees it, whichever transport (node:http or MSW) carried it. */
export interface MockRequest {
  method: string;
  /** Path and query string, such as `/api/tickets?limit=5`. */
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The raw body; null when there is none. The transport stops reading past the size limit. */
  body: Uint8Array | null;
  /** True when the transport stopped reading because the body is over the size limit. */
  bodyTruncated?: boolean;
  /** The scheme and host the request was sent to (`https://acme.gorgias.com`), when the transport knows them; else the Host header says. */
  origin?: string;
}

/** A response from the engine, ready to write. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialized body (JSON unless a header says otherwise); null for no body (or when `bytes` or `stream` holds it). */
  body: string | null;
  /** A binary body (a downloaded file), written as is. */
  bytes?: Uint8Array;
  /** A body written chunk by chunk as it is produced (a CSV export), never held whole. */
  stream?: AsyncIterable<string>;
}
