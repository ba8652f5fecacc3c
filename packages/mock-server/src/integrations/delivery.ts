import type { MockClock } from "../engine/clock.js";
import type { IntegrationHttpRecord } from "../store/records.js";
import { receiverRefusal, systemLookup, type HostLookup } from "./receiver-host.js";
import { renderString, renderValue } from "./template.js";

/** One attempt to send an HTTP integration's own request for a trigger, as `deliveries` and `GET /__admin/deliveries` show it. */
export interface DeliveryAttempt {
  /** Groups the attempts of one delivery (the first try and its retries). */
  deliveryId: number;
  attempt: number;
  integrationId: number;
  /** The trigger that fired (`IntegrationTrigger`), e.g. `ticket-created`. */
  trigger: string;
  /** The ticket the trigger is about. */
  ticketId: number;
  /** Mock-clock time the attempt started. */
  at: string;
  request: {
    method: string;
    url: string;
    /** Header values that look like credentials are shown as `[redacted]`. */
    headers: Record<string, string>;
    body: string | null;
  };
  /** The receiver's answer; null when the request failed before one arrived. */
  response: { status: number; body: string } | null;
  error: string | null;
  ok: boolean;
  /** True when the mock refused to send the request (its receiver is not on loopback); nothing was sent. */
  refused: boolean;
  /** Whether another attempt follows this failed one. */
  willRetry: boolean;
}

/** How deliveries are retried. */
export interface DeliveryOptions {
  /** Attempts per delivery, the first included. @default 5 */
  maxAttempts?: number;
  /** Delay before the first retry; each later retry waits twice as long. @default 500 */
  backoffMs?: number;
  /** Time allowed for the receiver to answer one attempt. @default 5000 */
  timeoutMs?: number;
  /**
   * Resolves a receiver's host name before each attempt, to check that it is on loopback.
   * @default the system resolver (`dns.promises.lookup` with `all: true`)
   */
  lookup?: HostLookup;
}

const SECRET_HEADER = /authorization|api[-_]?key|token|secret|signature|cookie|password/i;

function redact(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = SECRET_HEADER.test(name) ? "[redacted]" : value;
  return out;
}

interface PreparedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/** Renders an integration's URL, headers and form template against one trigger's context. */
export function prepareRequest(http: IntegrationHttpRecord, context: Record<string, unknown>): PreparedRequest {
  const url = new URL(renderString(http.url, context, encodeURIComponent));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(http.headers)) headers[name.toLowerCase()] = renderString(value, context);
  const form = http.form === null ? null : renderValue(http.form, context);
  const method = http.method.toUpperCase();
  let body: string | null = null;
  if (method === "GET" || method === "HEAD") {
    if (form && typeof form === "object") {
      for (const [k, v] of Object.entries(form)) url.searchParams.append(k, typeof v === "object" ? JSON.stringify(v) : String(v ?? ""));
    }
  } else if (http.request_content_type === "application/x-www-form-urlencoded") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    if (form && typeof form === "object") {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(form)) params.append(k, typeof v === "object" ? JSON.stringify(v) : String(v ?? ""));
      body = params.toString();
    } else if (form !== null) body = String(form);
  } else {
    headers["content-type"] = "application/json";
    body = form === null ? null : JSON.stringify(form);
  }
  // Gorgias documents no signature (spec: IntegrationHttp.hmac_secret), so none is added; a
  // receiver checks a shared secret the integration's own headers carry.
  return { method, url: url.toString(), headers, body };
}

/** Settles with `work`, or rejects when `signal` aborts first (a host lookup counts against the attempt's timeout). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Sends HTTP integrations' own requests in the background, retrying failures with exponential
 * backoff, and records every attempt.
 */
export class DeliveryLog {
  private readonly log: DeliveryAttempt[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<AbortController>();
  private pending = 0;
  private waiters: (() => void)[] = [];
  private nextDeliveryId = 1;
  /** Bumped by cancelAll(): attempts of an older generation stop where they are. */
  private cancelGeneration = 0;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;
  private readonly lookup: HostLookup;

  constructor(
    options: DeliveryOptions,
    private readonly clock: MockClock,
    /** Whether receivers off loopback are allowed (`--deliver-to-any-host`). */
    private readonly anyHost = false,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 500;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.lookup = options.lookup ?? systemLookup;
  }

  /** Every attempt so far, oldest first. */
  get attempts(): readonly DeliveryAttempt[] {
    return this.log;
  }

  /** Number of deliveries still being tried (including waits between retries). */
  get inProgress(): number {
    return this.pending;
  }

  /** Resolves when no delivery is in progress (all succeeded or ran out of attempts). */
  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Forgets the recorded attempts (deliveries in progress keep going). */
  clear(): void {
    this.log.length = 0;
  }

  /** Stops every delivery in progress and pending retry. */
  cancelAll(): void {
    this.cancelGeneration++;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
    this.pending = 0;
    this.wake();
  }

  deliver(integrationId: number, http: IntegrationHttpRecord, fired: { trigger: string; ticketId: number }, context: Record<string, unknown>): void {
    let request: PreparedRequest;
    const deliveryId = this.nextDeliveryId++;
    try {
      request = prepareRequest(http, context);
    } catch (error) {
      this.record({ deliveryId, attempt: 1, integrationId, trigger: fired.trigger, ticketId: fired.ticketId, at: this.clock.isoNow(), request: { method: http.method, url: http.url, headers: {}, body: null }, response: null, error: `Cannot build the request: ${(error as Error).message}`, ok: false, refused: false, willRetry: false });
      return;
    }
    this.pending++;
    const generation = this.cancelGeneration;
    setImmediate(() => void this.attempt(deliveryId, 1, integrationId, fired, request, generation));
  }

  private async attempt(deliveryId: number, attempt: number, integrationId: number, fired: { trigger: string; ticketId: number }, request: PreparedRequest, generation: number): Promise<void> {
    if (generation !== this.cancelGeneration) return;
    const at = this.clock.isoNow();
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    timeout.unref?.();
    let response: DeliveryAttempt["response"] = null;
    let error: string | null = null;
    let refused = false;
    try {
      const refusal = this.anyHost ? null : await receiverRefusal(request.url, (host) => abortable(this.lookup(host), controller.signal));
      if (refusal !== null) {
        refused = true;
        error = refusal;
      } else {
        const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: controller.signal, redirect: "manual" });
        response = { status: res.status, body: (await res.text()).slice(0, 10_000) };
        if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
      }
    } catch (e) {
      const cause = (e as Error & { cause?: Error }).cause;
      error = controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason.message : (cause?.message ?? (e as Error).message);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    if (generation !== this.cancelGeneration) return;
    const ok = error === null;
    // A refused receiver stays refused: retrying would only repeat the refusal.
    const willRetry = !ok && !refused && attempt < this.maxAttempts;
    this.record({ deliveryId, attempt, integrationId, trigger: fired.trigger, ticketId: fired.ticketId, at, request: { ...request, headers: redact(request.headers) }, response, error, ok, refused, willRetry });
    if (willRetry) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.attempt(deliveryId, attempt + 1, integrationId, fired, request, generation);
      }, this.backoffMs * 2 ** (attempt - 1));
      timer.unref?.();
      this.timers.add(timer);
      return;
    }
    this.pending--;
    this.wake();
  }

  private record(attempt: DeliveryAttempt): void {
    this.log.push(attempt);
  }

  private wake(): void {
    if (this.pending > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
