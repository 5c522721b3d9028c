import { operations } from '../../../generated/catalogue.js';
import type { ActionName } from '../../../generated/catalogue.js';
import type { FlatParameters } from '../../wire/index.js';

import { gatewayError } from './gateway-error.js';
import type { RpcHttpRequest } from './types.js';

/** The only API version the emulator serves. */
export const apiVersion = '2020-06-16';

/**
 * Rejects anything but `POST /` and `GET /`: every ALB operation is RPC style on the root path
 * (the ALB API metadata allows both methods).
 *
 * @throws GatewayError InvalidApi.NotFound
 */
export function assertRpcRoute(request: RpcHttpRequest): void {
  const method = request.method.toUpperCase();

  if ((method !== 'POST' && method !== 'GET') || request.path !== '/') {
    throw gatewayError('InvalidApi.NotFound');
  }
}

/**
 * Reads the action and checks the version. Signature V3 carries them in the `x-acs-action` and
 * `x-acs-version` headers, V1 in the `Action` and `Version` parameters; the signed place wins.
 *
 * @throws GatewayError InvalidVersion or InvalidApi.NotFound
 */
export function resolveAction(request: RpcHttpRequest, parameters: FlatParameters): ActionName {
  const signedInHeaders = (request.headers['authorization'] ?? '').startsWith('ACS3-');
  const action = pickValue(signedInHeaders, request.headers['x-acs-action'], parameters['Action']);
  const version = pickValue(signedInHeaders, request.headers['x-acs-version'], parameters['Version']);

  if (version !== apiVersion) {
    throw gatewayError('InvalidVersion');
  }

  if (action === undefined || !isKnownAction(action)) {
    throw gatewayError('InvalidApi.NotFound');
  }

  return action;
}

function pickValue(headerFirst: boolean, header: string | undefined, parameter: string | undefined): string | undefined {
  return headerFirst ? (header ?? parameter) : (parameter ?? header);
}

function isKnownAction(action: string): action is ActionName {
  return Object.hasOwn(operations, action);
}
