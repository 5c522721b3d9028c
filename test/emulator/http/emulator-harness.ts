import { createSignatureNonce, encodeWireQuery, formatAcsTimestamp, signAcs3 } from '../../../src/wire/index.js';
import type { Credentials, FlatParameters } from '../../../src/wire/index.js';
import { ManualClock, startEmulator } from '../../../src/emulator/index.js';
import type { RunningEmulator, StartEmulatorOptions } from '../../../src/emulator/index.js';

/** The default seed's access key pair (fixtures/emulator-seed.yaml). */
export const testCredentials: Credentials = {
  accessKeyId: 'local-access-key-id',
  accessKeySecret: 'local-access-key-secret',
};

/** The default seed's STS access key. */
export const stsCredentials: Credentials = {
  accessKeyId: 'local-sts-access-key-id',
  accessKeySecret: 'local-sts-access-key-secret',
  securityToken: 'local-security-token',
};

export const apiVersion = '2020-06-16';

/** Default seed ids used across the HTTP tests. */
export const seedIds = {
  httpsListener: 'lsn-https-standard-01',
  quicListener: 'lsn-quic-standard-01',
  httpListener: 'lsn-http-standard-01',
  defaultCertificate: '20000000-cn-hangzhou',
  associatedCertificate: '20000030-cn-hangzhou',
  freeCertificate: '20000001-cn-hangzhou',
  secondFreeCertificate: '20000002-cn-hangzhou',
};

export interface TestEmulator {
  emulator: RunningEmulator;
  clock: ManualClock;
}

/** Starts the emulator on 127.0.0.1:0 with the default seed, no logs and a ManualClock set to now. */
export async function startTestEmulator(options: StartEmulatorOptions = {}): Promise<TestEmulator> {
  const clock = new ManualClock(Date.now());
  const emulator = await startEmulator({ logger: false, clock, jobDurationMs: 5000, ...options });

  return { emulator, clock };
}

/** A response of the emulator with its JSON body parsed. */
export interface ParsedResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export interface SignedRequestInput {
  action: string;
  parameters?: FlatParameters;
  version?: string;
  credentials?: Credentials;
  /** Signing time; defaults to the clock's time. */
  date?: Date;
  nonce?: string;
  /** Changes the request after signing, to break it on purpose. */
  tamper?: (request: { query: string; headers: Record<string, string> }) => void;
}

/** Sends a V3-signed request (ACS3-HMAC-SHA256) with every parameter in the query, as the official SDK does. */
export async function sendSigned(emulator: RunningEmulator, clock: ManualClock, input: SignedRequestInput): Promise<ParsedResponse> {
  const url = new URL(emulator.url);
  const parameters = input.parameters ?? {};
  const signed = signAcs3({
    method: 'POST',
    host: url.host,
    path: '/',
    query: parameters,
    headers: { 'x-acs-action': input.action, 'x-acs-version': input.version ?? apiVersion },
    body: '',
    credentials: input.credentials ?? testCredentials,
    date: formatAcsTimestamp(input.date ?? new Date(clock.now())),
    nonce: input.nonce ?? createSignatureNonce(),
  });

  const request = { query: encodeWireQuery(parameters), headers: { ...signed.headers } };
  input.tamper?.(request);

  // fetch sets the host header from the URL, which is the host that was signed.
  delete request.headers['host'];

  return sendRaw(`${emulator.url}/?${request.query}`, { method: 'POST', headers: request.headers });
}

/** Sends a request as given and parses the JSON response body. */
export async function sendRaw(url: string, init: RequestInit): Promise<ParsedResponse> {
  const response = await fetch(url, init);
  const text = await response.text();

  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, unknown> };
}
