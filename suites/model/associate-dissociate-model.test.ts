import fc from 'fast-check';
import { expect } from 'vitest';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';

/** The model: the additional certificates the listener should have once every job has finished. */
interface CertificateModel {
  additional: Set<string>;
}

/** The real system: the target, through the clause context. */
interface ListenerUnderTest {
  readonly context: ClauseContext;
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
    real.context.expectOk(await real.context.client.call('AssociateAdditionalCertificatesWithListener', request));

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
    real.context.expectOk(await real.context.client.call('DissociateAdditionalCertificatesFromListener', request));

    model.additional.delete(this.certificateId);
    await expectListenerMatchesModel(model, real);
  }

  toString(): string {
    return `DissociateAdditionalCertificatesFromListener(${this.certificateId})`;
  }
}

clause('ACWL-MODEL-001', async (context) => {
  const real: ListenerUnderTest = { context, listenerId: context.listener('https') };
  const certificateIds = context.freeCertificates(3);
  await context.restoreListenerCertificates(real.listenerId);

  const certificateId = fc.constantFrom(...certificateIds);
  const commands = fc.commands(
    [certificateId.map((id) => new AssociateCommand(id)), certificateId.map((id) => new DissociateCommand(id))],
    { maxCommands: 6 },
  );

  await context.assertProperty(
    fc.asyncProperty(commands, async (sequence) => {
      // Each run starts from what the listener has now, because the previous run's changes stay.
      const setup = async () => ({ model: { additional: await additionalCertificateIds(real) }, real });
      await fc.asyncModelRun(setup, sequence);
    }),
    { numRuns: 3 },
  );
});
