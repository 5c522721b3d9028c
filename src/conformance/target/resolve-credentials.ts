import { TargetConfigError } from '../config/load-target-config.js';
import type { CredentialsSource } from '../config/target-config.js';
import type { Credentials } from '../wire-contract.js';

/** The environment variables the Alibaba Cloud SDKs and CLI read. */
export const standardCredentialsSource: CredentialsSource = {
  accessKeyIdEnv: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  accessKeySecretEnv: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  securityTokenEnv: 'ALIBABA_CLOUD_SECURITY_TOKEN',
};

/** True when the standard access key id variable is set, i.e. the user gave credentials through the environment. */
export function hasStandardCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env[standardCredentialsSource.accessKeyIdEnv ?? '']);
}

/**
 * Resolves a credential source against the environment. `field` names the source in errors
 * (`config.credentials.default`).
 */
export function resolveCredentialsSource(
  source: CredentialsSource,
  env: NodeJS.ProcessEnv,
  field: string,
): Credentials {
  const accessKeyId = readValue(source.accessKeyId, source.accessKeyIdEnv, env, `${field}.accessKeyId`);
  const accessKeySecret = readValue(source.accessKeySecret, source.accessKeySecretEnv, env, `${field}.accessKeySecret`);
  if (accessKeyId === undefined || accessKeySecret === undefined) {
    throw new TargetConfigError(
      `${field} needs an access key id and secret: set ${field}.accessKeyIdEnv and ${field}.accessKeySecretEnv ` +
        'to the names of environment variables that hold them',
    );
  }

  const securityToken = readValue(source.securityToken, source.securityTokenEnv, env, `${field}.securityToken`, true);
  return securityToken === undefined ? { accessKeyId, accessKeySecret } : { accessKeyId, accessKeySecret, securityToken };
}

function readValue(
  inline: string | undefined,
  envName: string | undefined,
  env: NodeJS.ProcessEnv,
  field: string,
  optional = false,
): string | undefined {
  if (inline !== undefined) {
    return inline;
  }
  if (envName === undefined) {
    return undefined;
  }

  const value = env[envName];
  if (value === undefined || value === '') {
    if (optional) {
      return undefined;
    }
    throw new TargetConfigError(`${field}Env names the environment variable ${envName}, which is not set; export it or fix the name`);
  }
  return value;
}
