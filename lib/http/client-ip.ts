// The client's address as the app sees it, for the rate limits and the audit log.
// It is the address of the TCP peer (the socket), which the server stamps on each request in
// socketAddressHeader (lib/http/socket-address.ts). X-Forwarded-For is read only when that peer is
// a proxy named in TRUSTED_PROXIES, and then from the right: the first entry that is not itself a
// trusted proxy is the client, so whatever a client writes into the header before the proxy
// appends to it is never believed. Next.js keeps a client's own X-Forwarded-For unchanged (it
// only fills the header in when it is missing), so the header alone proves nothing.
import net from "node:net";
import { env, type TrustedProxyRange } from "@/lib/env";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/** Set by the server from the socket on every request; a client's own value is overwritten. */
export const socketAddressHeader = "x-temu-socket-address";

/**
 * The address of a request whose peer is unknown (no socket stamp: a request from outside the
 * HTTP server). It is a bucket like any other address, so the per-address limits still apply.
 */
export const unknownAddress = "unknown";

function read(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** A bare IP address ("::ffff:10.0.0.1" as IPv4), or undefined for anything else. */
export function normalizeAddress(value: string | undefined): string | undefined {
  const trimmed = value?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!trimmed) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1];
  const address = mapped ?? trimmed.toLowerCase();
  return net.isIP(address) ? address : undefined;
}

const blockLists = new WeakMap<TrustedProxyRange[], net.BlockList>();

function trustedList(ranges: TrustedProxyRange[]): net.BlockList {
  let list = blockLists.get(ranges);
  if (!list) {
    list = new net.BlockList();
    for (const range of ranges) list.addSubnet(range.address, range.prefix, range.family);
    blockLists.set(ranges, list);
  }
  return list;
}

function isTrusted(address: string, ranges: TrustedProxyRange[]): boolean {
  return ranges.length > 0 && trustedList(ranges).check(address, net.isIPv4(address) ? "ipv4" : "ipv6");
}

/** Pure: the client address from the socket's peer and X-Forwarded-For, given the trusted proxies. */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxyRange[]): string {
  const peer = normalizeAddress(socketAddress);
  if (!peer) return unknownAddress;
  if (!isTrusted(peer, trusted)) return peer;
  let client = peer;
  const hops = (forwardedFor ?? "").split(",").reverse();
  for (const hop of hops) {
    const address = normalizeAddress(hop);
    // Not an address: written by someone left of the last trusted proxy, so not believed.
    if (!address) break;
    client = address;
    if (!isTrusted(address, trusted)) break;
  }
  return client;
}

export function clientIp(headers: HeaderSource | undefined): string {
  if (!headers) return unknownAddress;
  return resolveClientAddress(read(headers, socketAddressHeader), read(headers, "x-forwarded-for"), env().TRUSTED_PROXIES);
}
