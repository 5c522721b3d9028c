// Imported first by tests that point the official SDK at real ALB host names: if msw ever failed to
// intercept a request, the SDK would resolve and connect to the real service. This guard rejects
// every DNS lookup and TCP connection that is not loopback, so such a failure ends the test instead.
import dns from 'node:dns';
import net from 'node:net';

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

function assertLoopback(host: unknown, operation: string): void {
  if (typeof host === 'string' && !loopbackHosts.has(host)) {
    throw new Error(`Network guard: blocked ${operation} of ${host}; tests may only reach 127.0.0.1 (did msw miss a request?)`);
  }
}

const originalLookup = dns.lookup;
const guardedLookup = (hostname: string, ...rest: unknown[]): unknown => {
  assertLoopback(hostname, 'DNS lookup');
  return (originalLookup as (...args: unknown[]) => unknown)(hostname, ...rest);
};
(dns as { lookup: unknown }).lookup = guardedLookup;

/** Returns the host of `socket.connect(options)` or `socket.connect(port, host)`, or undefined for a local socket path. */
function hostOfConnect(args: readonly unknown[]): unknown {
  const [first, second] = args;
  if (typeof first !== 'object' || first === null) {
    return typeof first === 'number' ? (second ?? 'localhost') : undefined;
  }

  const options = first as { host?: unknown; path?: unknown };
  return options.path === undefined ? (options.host ?? 'localhost') : undefined;
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  assertLoopback(hostOfConnect(args), 'connection');
  return (originalConnect as (...connectArgs: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
