import fc from 'fast-check';

import { AssociateCommand } from './commands/associate-command.js';
import { DissociateCommand } from './commands/dissociate-command.js';
import { GetListenerCommand } from './commands/get-listener-command.js';
import { ListCertificatesCommand } from './commands/list-certificates-command.js';
import { ListJobCommand } from './commands/list-job-command.js';
import { ReplayClientTokenCommand } from './commands/replay-client-token-command.js';
import { WaitForJobCommand } from './commands/wait-for-job-command.js';
import type { ModelTarget } from './model-target.js';
import type { TargetModel } from './model-types.js';

/** The ids model commands draw from. */
export interface ModelCommandPools {
  readonly listenerIds: readonly string[];
  /** Server certificates no model listener starts with. */
  readonly freeCertificateIds: readonly string[];
  /** The default, CA and missing certificates, each of which makes an Associate fail. */
  readonly troubleCertificateIds: readonly string[];
}

/** Constraints of {@link modelCommandsArbitrary}. */
export interface ModelCommandsConstraints {
  /** The replay path of a printed counterexample. @defaultValue none */
  readonly replayPath?: string;
  /** @defaultValue 10 */
  readonly maxCommands?: number;
}

/** Associate and Dissociate accept at most 15 certificates per request, per the ALB API metadata. */
const certificatesPerRequest = 15;

export type ModelCommand = fc.AsyncCommand<TargetModel, ModelTarget>;

/**
 * Builds sequences of model commands: Associate and Dissociate (some as dry runs, some with a
 * ClientToken), ListListenerCertificates, GetListenerAttribute, ListAsynJobs, waiting for a job,
 * and repeating an accepted change with its ClientToken. Changes come up more often than reads.
 *
 * @throws Error when a pool is empty, naming it.
 */
export function modelCommandsArbitrary(pools: ModelCommandPools, constraints: ModelCommandsConstraints = {}): fc.Arbitrary<Iterable<ModelCommand>> {
  const listener = nonEmptyConstantFrom(pools.listenerIds, 'listener');
  const free = pools.freeCertificateIds;
  const fallbackCertificateId = nonEmptyFirst(free, 'free certificate');
  const dryRun = fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 });
  const pick = fc.nat({ max: 1000 });

  const associate = fc
    .record({ listenerId: listener, certificateIds: associateCertificates(pools), dryRun, withClientToken: fc.boolean() })
    .map((value) => new AssociateCommand(value.listenerId, value.certificateIds, value.dryRun, value.withClientToken));
  const dissociate = fc
    .record({
      listenerId: listener,
      picks: fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 4 }),
      extra: rarely(fc.constantFrom(...free, ...pools.troubleCertificateIds)),
      dryRun,
      withClientToken: fc.boolean(),
    })
    .map((value) => new DissociateCommand(value.listenerId, value.picks, value.extra, fallbackCertificateId, value.dryRun, value.withClientToken));

  const commands: Array<fc.Arbitrary<ModelCommand>> = [
    associate,
    associate,
    associate,
    dissociate,
    dissociate,
    listener.map((listenerId) => new ListCertificatesCommand(listenerId)),
    listener.map((listenerId) => new GetListenerCommand(listenerId)),
    pick.map((value) => new ListJobCommand(value)),
    listener.map((listenerId) => new WaitForJobCommand(listenerId)),
    listener.map((listenerId) => new WaitForJobCommand(listenerId)),
    pick.map((value) => new ReplayClientTokenCommand(value)),
  ];

  return fc.commands(commands, {
    maxCommands: constraints.maxCommands ?? 10,
    ...(constraints.replayPath === undefined ? {} : { replayPath: constraints.replayPath }),
  });
}

/** 1 to 15 distinct free certificates in any order, now and then with one trouble certificate among them. */
function associateCertificates(pools: ModelCommandPools): fc.Arbitrary<string[]> {
  const maxLength = Math.min(certificatesPerRequest, pools.freeCertificateIds.length);
  const free = fc.shuffledSubarray([...pools.freeCertificateIds], { minLength: 1, maxLength });
  const trouble = pools.troubleCertificateIds.length === 0 ? fc.constant(undefined) : rarely(fc.constantFrom(...pools.troubleCertificateIds));

  return fc.tuple(free, trouble, fc.nat()).map(([certificateIds, troubleId, position]) => {
    if (troubleId === undefined) {
      return certificateIds;
    }
    const withTrouble = certificateIds.length >= certificatesPerRequest ? certificateIds.slice(1) : [...certificateIds];
    withTrouble.splice(position % (withTrouble.length + 1), 0, troubleId);
    return withTrouble;
  });
}

/** Generates a value one time in five, and undefined otherwise. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary, weight: 1 });
}

function nonEmptyConstantFrom(values: readonly string[], what: string): fc.Arbitrary<string> {
  nonEmptyFirst(values, what);
  return fc.constantFrom(...values);
}

function nonEmptyFirst(values: readonly string[], what: string): string {
  const first = values[0];
  if (first === undefined) {
    throw new Error(`The model commands need at least one ${what}; add one to the target configuration's resources`);
  }
  return first;
}
