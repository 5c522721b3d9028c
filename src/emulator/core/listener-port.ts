import type { ListenerProtocol } from './seed-types.js';

/**
 * Returns the key under which a listener occupies a port of its load balancer. QUIC runs over UDP and HTTP and
 * HTTPS over TCP, so a QUIC listener may share port 443 with an HTTPS listener, the usual ALB setup for
 * QUIC upgrade.
 */
export function listenerPortKey(loadBalancerId: string, protocol: ListenerProtocol, port: number): string {
  return `${loadBalancerId}:${protocol === 'QUIC' ? 'udp' : 'tcp'}:${port}`;
}
