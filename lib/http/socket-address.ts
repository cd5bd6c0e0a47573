// Stamps each incoming request with the address of its TCP peer, before Next.js reads it, so
// lib/http/client-ip.ts can tell the socket's address from what a client writes in its headers.
// Route handlers, server actions and next-auth's authorize() see headers only, never the socket.
// Node publishes "http.server.request.start" on its diagnostics channel synchronously for every
// request, before the server's "request" listeners (Next.js) run.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { socketAddressHeader } from "./client-ip";

let installed = false;

export function stampSocketAddress(request: IncomingMessage): void {
  // Always overwritten (or removed): a value sent by the client is never kept.
  const address = request.socket?.remoteAddress;
  if (address) request.headers[socketAddressHeader] = address;
  else delete request.headers[socketAddressHeader];
}

/** Once per process, in the server (instrumentation.ts). */
export function installSocketAddressStamp(): void {
  if (installed) return;
  installed = true;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const request = (message as { request?: IncomingMessage }).request;
    if (request) stampSocketAddress(request);
  });
}
