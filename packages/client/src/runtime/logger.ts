/**
 * Where the client reports what it does on its own: retries, rate-limit waits, token refreshes,
 * followed redirects. Lines never contain credentials.
 */
export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

/** Wraps a logger so that every line goes through `clean` first. */
export function cleanLogger(logger: Logger | undefined, clean: (text: string) => string): Logger {
  if (!logger) return {};
  return {
    debug: logger.debug ? (message) => logger.debug!(clean(message)) : undefined,
    warn: logger.warn ? (message) => logger.warn!(clean(message)) : undefined,
  };
}
