import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientIp, normalizeAddress, resolveClientAddress, socketAddressHeader, unknownAddress } from "./client-ip";

const none = parseEnv({}).TRUSTED_PROXIES;
const nginxOnLoopback = parseEnv({ TRUSTED_PROXIES: "loopback" }).TRUSTED_PROXIES;
const twoProxies = parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::1" }).TRUSTED_PROXIES;

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.5", "1.2.3.4", none)).toBe("203.0.113.5");
    expect(resolveClientAddress("::ffff:203.0.113.5", undefined, none)).toBe("203.0.113.5");
    // Even from loopback: a proxy is believed only when TRUSTED_PROXIES names it.
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
  });

  it("takes the rightmost untrusted X-Forwarded-For entry behind a trusted proxy", () => {
    // nginx appends the address it saw ($proxy_add_x_forwarded_for); what the client wrote stays left of it.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.5", nginxOnLoopback)).toBe("203.0.113.5");
    expect(resolveClientAddress("::1", "203.0.113.5", nginxOnLoopback)).toBe("203.0.113.5");
    // Two trusted hops (a load balancer in front of the proxy) are skipped.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 2001:db8::1, 10.0.0.9", twoProxies)).toBe("198.51.100.7");
    // Garbage written by the client stops the walk at the last address a trusted proxy vouched for.
    expect(resolveClientAddress("127.0.0.1", "<script>, 203.0.113.5", nginxOnLoopback)).toBe("203.0.113.5");
    expect(resolveClientAddress("127.0.0.1", "nonsense", nginxOnLoopback)).toBe("127.0.0.1");
    // A trusted proxy that forwards nothing: the proxy itself.
    expect(resolveClientAddress("127.0.0.1", undefined, nginxOnLoopback)).toBe("127.0.0.1");
    // Only trusted hops: the leftmost of them.
    expect(resolveClientAddress("10.0.0.2", "10.0.0.3", twoProxies)).toBe("10.0.0.3");
  });

  it("is a named bucket, never nothing, when the socket is unknown", () => {
    expect(resolveClientAddress(undefined, "1.2.3.4", nginxOnLoopback)).toBe(unknownAddress);
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "1.2.3.4" }))).toBe(unknownAddress);
    expect(clientIp(undefined)).toBe(unknownAddress);
    expect(clientIp(new Headers({ [socketAddressHeader]: "198.51.100.1", "x-forwarded-for": "1.2.3.4" }))).toBe("198.51.100.1");
    expect(clientIp({ [socketAddressHeader]: "198.51.100.2" })).toBe("198.51.100.2");
  });

  it("accepts only IP addresses", () => {
    expect(normalizeAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normalizeAddress("[::1]")).toBe("::1");
    expect(normalizeAddress("1.2.3.4:80")).toBeUndefined();
    expect(normalizeAddress("unknown")).toBeUndefined();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("takes addresses, CIDR ranges and loopback, and refuses anything else by name", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1" }).TRUSTED_PROXIES).toEqual([{ address: "127.0.0.1", prefix: 32, family: "ipv4" }]);
    expect(none).toEqual([]);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33" is not an IP address/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "proxy.local" })).toThrow(/TRUSTED_PROXIES/);
  });
});
