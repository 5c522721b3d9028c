import { WireConfigurationError } from './errors.js';
import type { Credentials } from './types.js';

export interface ResolveCredentialsOptions {
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  /** The environment to read. @defaultValue process.env */
  env?: Record<string, string | undefined>;
}

export const ACCESS_KEY_ID_VARIABLE = 'ALIBABA_CLOUD_ACCESS_KEY_ID';
export const ACCESS_KEY_SECRET_VARIABLE = 'ALIBABA_CLOUD_ACCESS_KEY_SECRET';
export const SECURITY_TOKEN_VARIABLE = 'ALIBABA_CLOUD_SECURITY_TOKEN';

/**
 * Resolves the AccessKey to sign with: an explicit `accessKeyId` and `accessKeySecret` first, then
 * the ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN
 * environment variables, the names the official SDKs read.
 *
 * @throws WireConfigurationError naming the missing option or variable.
 */
export function resolveCredentials(options: ResolveCredentialsOptions = {}): Credentials {
  if (options.accessKeyId !== undefined || options.accessKeySecret !== undefined) {
    return resolveExplicitCredentials(options);
  }

  const env = options.env ?? process.env;
  const accessKeyId = env[ACCESS_KEY_ID_VARIABLE];
  const accessKeySecret = env[ACCESS_KEY_SECRET_VARIABLE];
  const missing = [
    ...(accessKeyId ? [] : [ACCESS_KEY_ID_VARIABLE]),
    ...(accessKeySecret ? [] : [ACCESS_KEY_SECRET_VARIABLE]),
  ];
  if (!accessKeyId || !accessKeySecret) {
    throw new WireConfigurationError(
      `No AccessKey configured: ${missing.length === 1 ? 'the environment variable' : 'the environment variables'} ` +
        `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
        'Set both variables, or pass accessKeyId and accessKeySecret explicitly.',
    );
  }

  const securityToken = options.securityToken ?? env[SECURITY_TOKEN_VARIABLE];
  return { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) };
}

function resolveExplicitCredentials(options: ResolveCredentialsOptions): Credentials {
  const { accessKeyId, accessKeySecret, securityToken } = options;

  if (!accessKeyId) {
    throw new WireConfigurationError('accessKeySecret is set but accessKeyId is missing or empty. Pass both.');
  }
  if (!accessKeySecret) {
    throw new WireConfigurationError(`accessKeyId ${accessKeyId} is set but accessKeySecret is missing or empty. Pass both.`);
  }

  return { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) };
}
