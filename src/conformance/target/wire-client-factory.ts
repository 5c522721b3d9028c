import { WireClient } from '../../wire/index.js';
import type { Credentials, RpcClient } from '../wire-contract.js';
import type { ConformanceTarget } from './conformance-target.js';

/** Creates wire clients on the target's endpoint or region, one per credential pair. */
export function wireClientFactory(target: ConformanceTarget): (credentials: Credentials) => RpcClient {
  const location =
    target.endpoint === undefined ? { region: target.region } : { endpoint: target.endpoint, region: target.region };
  return (credentials) => new WireClient({ ...location, credentials });
}
