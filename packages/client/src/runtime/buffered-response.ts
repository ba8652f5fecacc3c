const decoder = new TextDecoder();

/**
 * What the raw client hands to openapi-fetch: a Response whose body the client already read (within
 * the deadline and `maxResponseBytes`). It keeps the received response's status, headers and URL and
 * serves the body from memory; `new Response(bytes)` would build a stream and copy the headers on
 * every call, which costs more than the rest of the raw client's own work.
 */
export class BufferedResponse extends Response {
  readonly #received: Response;
  readonly #bytes: Uint8Array<ArrayBuffer>;
  readonly #redirected: boolean;
  #used = false;
  /** Built only when a caller asks for the body as a stream, a Blob or form data. */
  #streamed: Response | undefined;

  constructor(received: Response, bytes: Uint8Array<ArrayBuffer>, redirected: boolean) {
    super(null, { status: received.status, statusText: received.statusText });
    this.#received = received;
    this.#bytes = bytes;
    this.#redirected = redirected;
  }

  override get headers(): Headers {
    return this.#received.headers;
  }

  override get url(): string {
    return this.#received.url;
  }

  override get redirected(): boolean {
    return this.#redirected;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#bytes.byteLength === 0 ? null : this.#stream().body;
  }

  override get bodyUsed(): boolean {
    return this.#used || (this.#streamed?.bodyUsed ?? false);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#take().slice().buffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#take().slice();
  }

  override async text(): Promise<string> {
    return decoder.decode(this.#take());
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override blob(): Promise<Blob> {
    return this.#stream().blob();
  }

  override formData(): Promise<FormData> {
    return this.#stream().formData();
  }

  override clone(): BufferedResponse {
    if (this.bodyUsed) throw new TypeError("Response.clone: the body was already read.");
    return new BufferedResponse(this.#received, this.#bytes, this.#redirected);
  }

  /** The bytes, once, as a Response body can be read once. */
  #take(): Uint8Array<ArrayBuffer> {
    if (this.bodyUsed || this.#streamed?.body?.locked) throw new TypeError("Response body is unusable: it was already read.");
    this.#used = true;
    return this.#bytes;
  }

  #stream(): Response {
    if (this.#used) throw new TypeError("Response body is unusable: it was already read.");
    this.#streamed ??= new Response(this.#bytes, { headers: this.#received.headers });
    return this.#streamed;
  }
}
