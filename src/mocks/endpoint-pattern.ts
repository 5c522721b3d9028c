/**
 * The URLs the official SDK calls without an `endpoint`: `https://alb.<region>.aliyuncs.com/`, and the
 * VPC form `alb-vpc.<region>.aliyuncs.com`, per the ALB endpoint list
 * https://help.aliyun.com/document_detail/2254821.html.
 */
export const albEndpointPattern = /^https?:\/\/alb(?:-vpc)?(?:\.[a-z0-9-]+)?\.aliyuncs\.com(?::\d+)?\//;

/**
 * Builds the URL pattern of the mocked API. Without `baseUrl`, every ALB regional endpoint matches;
 * with it (`https://alb.test`, `http://127.0.0.1:8080`), only that origin does.
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL.
 */
export function endpointPattern(baseUrl: string | undefined): RegExp {
  if (baseUrl === undefined) {
    return albEndpointPattern;
  }

  let origin: string;
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError(url.protocol);
    }
    origin = url.origin;
  } catch {
    throw new TypeError(
      `Invalid baseUrl ${JSON.stringify(baseUrl)}: pass an absolute http(s) URL such as "https://alb.test" ` +
        '(the SDK endpoint "alb.test" with its default protocol HTTPS)',
    );
  }

  return new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)}/`);
}
