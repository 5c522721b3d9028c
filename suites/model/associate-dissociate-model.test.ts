import fc from 'fast-check';
import { expect } from 'vitest';
import { EvidenceRecorder } from '../../src/conformance/clause/evidence-recorder.js';
import { captureListenerCertificates } from '../../src/conformance/clause/restore-listener-certificates.js';
import { systemPollingClock } from '../../src/conformance/clause/wait-for.js';
import { checkClauseProperty, currentPropertySettings } from '../../src/properties/index.js';
import type { ClauseContext, ConformanceClient } from '../support/index.js';
import { clause } from '../support/index.js';

/** The model: the additional certificates the listener should have once every job has finished. */
interface CertificateModel {
  additional: Set<string>;
}

/** The real system: the target, through the clause context and the client of the property case. */
interface ListenerUnderTest {
  readonly context: ClauseContext;
  readonly client: ConformanceClient;
  readonly listenerId: string;
}

async function additionalCertificateIds(real: ListenerUnderTest): Promise<Set<string>> {
  const certificates = await real.context.waitFor(() => real.context.listListenerCertificates(real.listenerId), {
    describe: `every certificate of listener ${real.listenerId} to be Associated or gone`,
    until: (items) => items.every((item) => item.Status === 'Associated'),
  });
  return new Set(certificates.filter((item) => !item.IsDefault).map((item) => item.CertificateId));
}

async function expectListenerMatchesModel(model: CertificateModel, real: ListenerUnderTest): Promise<void> {
  const actual = [...(await additionalCertificateIds(real))].sort();
  expect(actual).toEqual([...model.additional].sort());
}

class AssociateCommand implements fc.AsyncCommand<CertificateModel, ListenerUnderTest> {
  constructor(readonly certificateId: string) {}

  check(model: Readonly<CertificateModel>): boolean {
    return !model.additional.has(this.certificateId);
  }

  async run(model: CertificateModel, real: ListenerUnderTest): Promise<void> {
    const request = { ListenerId: real.listenerId, Certificates: [{ CertificateId: this.certificateId }] };
    real.context.expectOk(await real.client.call('AssociateAdditionalCertificatesWithListener', request));

    model.additional.add(this.certificateId);
    await expectListenerMatchesModel(model, real);
  }

  toString(): string {
    return `AssociateAdditionalCertificatesWithListener(${this.certificateId})`;
  }
}

class DissociateCommand implements fc.AsyncCommand<CertificateModel, ListenerUnderTest> {
  constructor(readonly certificateId: string) {}

  check(model: Readonly<CertificateModel>): boolean {
    return model.additional.has(this.certificateId);
  }

  async run(model: CertificateModel, real: ListenerUnderTest): Promise<void> {
    const request = { ListenerId: real.listenerId, Certificates: [{ CertificateId: this.certificateId }] };
    real.context.expectOk(await real.client.call('DissociateAdditionalCertificatesFromListener', request));

    model.additional.delete(this.certificateId);
    await expectListenerMatchesModel(model, real);
  }

  toString(): string {
    return `DissociateAdditionalCertificatesFromListener(${this.certificateId})`;
  }
}

clause('ACWL-MODEL-001', async (context) => {
  const listenerId = context.listener('https');
  const certificateIds = context.freeCertificates(3);
  await context.restoreListenerCertificates(listenerId);
  const tools = { client: context.client, polling: context.polling, recorder: new EvidenceRecorder(context.clause.id), clock: systemPollingClock };
  const restore = await captureListenerCertificates(listenerId, tools);

  const certificateId = fc.constantFrom(...certificateIds);
  const commands = (replayPath: string | undefined) =>
    fc.commands([certificateId.map((id) => new AssociateCommand(id)), certificateId.map((id) => new DissociateCommand(id))], {
      maxCommands: 6,
      ...(replayPath === undefined ? {} : { replayPath }),
    });

  await checkClauseProperty(
    context,
    {
      arbitrary: ({ commandsReplayPath }) => commands(commandsReplayPath),
      predicate: async (sequence, { client }) => {
        // Every run starts from the listener's certificates at the start of the clause, so a printed path replays exactly.
        const real: ListenerUnderTest = { context, client, listenerId };
        const setup = async () => {
          await restore();
          return { model: { additional: await additionalCertificateIds(real) }, real };
        };
        await fc.asyncModelRun(setup, sequence);
      },
      numRuns: 3,
      numRunsOnRegion: 3,
    },
    currentPropertySettings(),
  );
});
