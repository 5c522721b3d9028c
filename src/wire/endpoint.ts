import { WireConfigurationError } from './errors.js';

export interface ResolveEndpointOptions {
  /** A base URL with its scheme, such as `http://127.0.0.1:8080`. Takes precedence over `region`. */
  endpoint?: string;
  /** An Alibaba Cloud region id, such as `cn-hangzhou`, for the public ALB endpoint. */
  region?: string;
}

const REGION_ID = /^[a-z]+(-[a-z0-9]+)+$/;

/**
 * Resolves the base URL requests go to, without a trailing slash: the `endpoint` URL, or
 * `https://alb.<region>.aliyuncs.com` (the public ALB endpoint pattern per the Alibaba Cloud endpoint
 * documentation) when only a region is given.
 *
 * @throws WireConfigurationError when neither is set, the endpoint has no http or https scheme, or it
 *   carries a path, query, fragment or user name.
 */
export function resolveEndpoint(options: ResolveEndpointOptions): string {
  if (options.endpoint !== undefined) return parseEndpointUrl(options.endpoint);

  if (options.region !== undefined) {
    if (!REGION_ID.test(options.region)) {
      throw new WireConfigurationError(
        `Region "${options.region}" is not a valid region id. Use one such as cn-hangzhou or ap-southeast-1.`,
      );
    }
    return `https://alb.${options.region}.aliyuncs.com`;
  }

  throw new WireConfigurationError(
    'No endpoint configured: set endpoint (such as http://127.0.0.1:8080) or region (such as cn-hangzhou).',
  );
}

function parseEndpointUrl(endpoint: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint)) {
    throw new WireConfigurationError(
      `Endpoint "${endpoint}" has no scheme. Write it as a URL such as http://${endpoint || '127.0.0.1:8080'}.`,
    );
  }

  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new WireConfigurationError(`Endpoint "${endpoint}" is not a valid URL. Use one such as http://127.0.0.1:8080.`);
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WireConfigurationError(`Endpoint "${endpoint}" uses the scheme ${url.protocol}. Use http: or https:.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new WireConfigurationError(`Endpoint "${url.host}" must not carry a user name or password in the URL.`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new WireConfigurationError(
      `Endpoint "${endpoint}" has a path, query or fragment. RPC calls always go to "/", so give only ${url.origin}.`,
    );
  }

  return url.origin;
}
