import type { Logger } from 'pino';

import { createSignatureNonce, encodeWireQuery, formatAcsTimestamp, signAcs3 } from '../../../src/wire/index.js';
import type { Credentials, FlatParameters } from '../../../src/wire/index.js';
import { createEmulatorCore, defaultSeedPath, loadSeedFile, ManualClock } from '../../../src/emulator/core/index.js';
import type { EmulatorCore } from '../../../src/emulator/core/index.js';
import { createEmulatorLogger, createRpcPipeline } from '../../../src/emulator/index.js';
import type { HttpFaultOptions, RpcHttpRequest, RpcPipeline } from '../../../src/emulator/index.js';

import { apiVersion, testCredentials } from './emulator-harness.js';

/** The Host header of pipeline requests: the pipeline has no socket, so any host works. */
export const pipelineHost = '127.0.0.1:8080';

/** A pipeline over a real core with the default seed, whose log lines are kept in `logLines`. */
export interface PipelineUnderTest {
  pipeline: RpcPipeline;
  core: EmulatorCore;
  clock: ManualClock;
  logLines: string[];
}

export function createPipelineUnderTest(options: { faults?: HttpFaultOptions; core?: (core: EmulatorCore) => EmulatorCore } = {}): PipelineUnderTest {
  const clock = new ManualClock(Date.now());
  const seededCore = createEmulatorCore({ seed: loadSeedFile(defaultSeedPath), clock, jobDurationMs: 5000 });
  const core = options.core?.(seededCore) ?? seededCore;
  const logLines: string[] = [];
  const logger: Logger = createEmulatorLogger({ level: 'debug', destination: { write: (line: string) => logLines.push(line) } });

  const pipeline = createRpcPipeline({ core, clock, logger, faults: options.faults });

  return { pipeline, core, clock, logLines };
}

/** Builds a V3-signed request for the pipeline, with every parameter in the query. */
export function signedRpcRequest(
  clock: ManualClock,
  action: string,
  parameters: FlatParameters,
  credentials: Credentials = testCredentials,
): RpcHttpRequest {
  const signed = signAcs3({
    method: 'POST',
    host: pipelineHost,
    path: '/',
    query: parameters,
    headers: { 'x-acs-action': action, 'x-acs-version': apiVersion },
    body: '',
    credentials,
    date: formatAcsTimestamp(new Date(clock.now())),
    nonce: createSignatureNonce(),
  });

  return { method: 'POST', path: '/', rawQuery: encodeWireQuery(parameters), headers: signed.headers, body: '' };
}

/** Parses the JSON log lines. */
export function parseLogLines(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}
