import fc from 'fast-check';

import type { CertificateAction } from '../certificate-actions.js';
import { isMutating, operationOf, parametersOf } from '../certificate-actions.js';
import type { RequestCase } from '../request-case.js';
import type { RequestDomain } from '../request-domain.js';
import { schemaAt } from './_internals/schema-at.js';
import { schemaValueArbitrary } from './schema-value.js';

/** Constraints of {@link validRequestArbitrary}. */
export interface ValidRequestConstraints {
  /**
   * Send DryRun=true on the operations that change state, so that a request the target accepts
   * changes nothing.
   * @defaultValue true
   */
  readonly dryRunOnly?: boolean;
}

/** Parameters that name a listener, and parameters that name a certificate, by catalogue wire name. */
const listenerIdParameters = ['ListenerId', 'ResourceIds.N'];
const certificateIdParameters = ['Certificates.N.CertificateId', 'CertificateIds.N'];

/** Parameters whose values only the target issues: a made-up NextToken gets InvalidParameter. */
const serverIssuedParameters = ['NextToken'];

/**
 * The spec's rule that one request lists a certificate once (the gateway returns InvalidParameter
 * naming Certificates otherwise, per the x-acs-emulator decision `duplicate-certificate-ids`).
 */
const uniqueItemsBy = { Certificates: 'CertificateId' };

/** How often a generated id is one of the target's ids rather than any string the schema allows. */
const domainWeight = 4;

/**
 * Builds requests of `action` that satisfy its request schema. Ids come mostly from the target's
 * domain and otherwise from the schema, so that the target responds with successes and with the
 * operation's documented business errors (ResourceNotFound.Listener for an unknown listener).
 *
 * @remarks NextToken is left out: it must be a token the target issued.
 */
export function validRequestArbitrary(
  action: CertificateAction,
  domain: RequestDomain,
  constraints: ValidRequestConstraints = {},
): fc.Arbitrary<RequestCase> {
  const requestSchema = operationOf(action).requestSchema;
  const names = new Set(parametersOf(action).map((parameter) => parameter.name));
  const overrides: Record<string, fc.Arbitrary<unknown> | null> = {};

  for (const name of listenerIdParameters.filter((candidate) => names.has(candidate))) {
    overrides[name] = idArbitrary(domain.listenerIds, schemaIdArbitrary(action, name));
  }
  for (const name of certificateIdParameters.filter((candidate) => names.has(candidate))) {
    overrides[name] = idArbitrary(domain.certificateIds, schemaIdArbitrary(action, name));
  }
  for (const name of serverIssuedParameters.filter((candidate) => names.has(candidate))) {
    overrides[name] = null;
  }

  const dryRunOnly = (constraints.dryRunOnly ?? true) && isMutating(action);
  if (dryRunOnly) {
    overrides['DryRun'] = fc.constant(true);
  }

  const request = schemaValueArbitrary(requestSchema, {
    overrides,
    uniqueItemsBy,
    ...(dryRunOnly ? { alwaysPresent: ['DryRun'] } : {}),
  });

  return request.map((value) => ({ action, request: value as Record<string, unknown> }));
}

function schemaIdArbitrary(action: CertificateAction, name: string): fc.Arbitrary<unknown> {
  const schema = schemaAt(operationOf(action).requestSchema, name);
  const required = parametersOf(action).some((parameter) => parameter.name === name && parameter.required);

  return schemaValueArbitrary(schema, { required }, name);
}

function idArbitrary(domainIds: readonly string[], schemaIds: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (domainIds.length === 0) {
    return schemaIds;
  }

  return fc.oneof({ arbitrary: fc.constantFrom(...domainIds), weight: domainWeight }, { arbitrary: schemaIds, weight: 1 });
}
