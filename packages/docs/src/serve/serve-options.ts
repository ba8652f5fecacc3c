/** Options of `pnpm docs:serve`. */
export interface ServeOptions {
  port: number;
  host: string;
}

const USAGE = "Usage: pnpm docs:serve [--port N] [--host ADDRESS]  (or PORT=N)";

/**
 * Parses `--port N` / `--port=N` / `-p N` and `--host ADDRESS`; the `PORT` environment variable is the
 * fallback port. Throws an error naming the flag on bad input.
 */
export function parseServeOptions(argv: readonly string[], env: Record<string, string | undefined>): ServeOptions {
  let port: string | undefined = env.PORT;
  let portSource = "PORT";
  let host = "127.0.0.1";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === "--port" || flag === "-p") {
      port = value();
      portSource = flag;
    } else if (flag === "--host") host = value();
    else if (arg === "--") continue;
    else throw new Error(`Unknown argument "${arg}". ${USAGE}`);
  }
  const parsed = port === undefined ? 4173 : Number(port);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`${portSource} must be a port number from 0 to 65535, got "${port}".`);
  return { port: parsed, host };
}
