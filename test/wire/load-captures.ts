import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One request the official SDK sent to a capture server, as recorded in test/data/sdk-captures. */
export interface SdkCapture {
  /** `<sdk folder>/<file name>`, for test names. */
  name: string;
  method: string;
  pathname: string;
  rawQuery: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  bodyForm: Record<string, string> | null;
}

const CAPTURE_ROOT = fileURLToPath(new URL('../data/sdk-captures/', import.meta.url));

/** Loads every capture file; files starting with `_` hold run summaries and are skipped. */
export function loadSdkCaptures(): SdkCapture[] {
  const captures: SdkCapture[] = [];

  for (const folder of readdirSync(CAPTURE_ROOT).sort()) {
    for (const file of readdirSync(join(CAPTURE_ROOT, folder)).sort()) {
      if (file.startsWith('_') || !file.endsWith('.json')) continue;

      const capture = JSON.parse(readFileSync(join(CAPTURE_ROOT, folder, file), 'utf8')) as Omit<SdkCapture, 'name'>;
      captures.push({ ...capture, name: `${folder}/${file}` });
    }
  }

  return captures;
}

/** Captures signed with V3 (an Authorization header). */
export function loadAcs3Captures(): SdkCapture[] {
  return loadSdkCaptures().filter((capture) => capture.headers.authorization !== undefined);
}

/** Captures signed with V1 (a Signature query parameter). */
export function loadRpcV1Captures(): SdkCapture[] {
  return loadSdkCaptures().filter((capture) => capture.query.Signature !== undefined);
}

/** The AccessKey secret every capture was signed with. Test-only; it protects nothing. */
export const CAPTURE_SECRET = 'testsecret';
