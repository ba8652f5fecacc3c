import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}

/** Resolves a host name to every address it has, as `dns.promises.lookup(host, { all: true })` does. */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system resolver (`/etc/hosts`, then DNS). */
export const systemLookup: HostLookup = (hostname) => lookup(hostname, { all: true, verbatim: true });

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

function isLoopback(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Why the mock must not send a delivery to this URL's host, or null when it may: by default only
 * loopback receivers (127.0.0.0/8, ::1, `localhost`) are allowed, so a test that replays real
 * integrations never reaches an outside host. The host is resolved, and every address it has
 * must be loopback. A name that does not resolve throws (the attempt fails and is retried).
 */
export async function receiverRefusal(url: string, resolve: HostLookup): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, "$1");
  if (host === "localhost") return null;
  const addresses = isIP(host) !== 0 ? [host] : (await resolve(host)).map((a) => a.address);
  const outside = addresses.filter((address) => !isLoopback(address));
  if (addresses.length > 0 && outside.length === 0) return null;
  const where = isIP(host) !== 0 ? host : `${host} (${addresses.join(", ") || "no address"})`;
  return `Refused: ${where} is not a loopback address. The mock delivers only to 127.0.0.0/8, ::1 and localhost unless started with --deliver-to-any-host (option deliverToAnyHost: true); nothing was sent.`;
}
