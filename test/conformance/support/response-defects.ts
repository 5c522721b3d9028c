import { randomUUID } from 'node:crypto';

/** One response as the defect proxy passes it on: the request's action and parameters, and the JSON body. */
export interface ProxiedExchange {
  readonly action: string;
  /** The request's query and form-body parameters, merged. */
  readonly parameters: URLSearchParams;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** A planted defect: rewrites the JSON body of some responses, and leaves every request untouched. */
export interface ResponseDefect {
  readonly name: string;
  rewrite(exchange: ProxiedExchange): Record<string, unknown>;
}

/** Reports every certificate that is Associating as Associated, as if the target had no Associating phase. */
export const dropAssociatingPhase: ResponseDefect = {
  name: 'drops the Associating phase',
  rewrite(exchange) {
    const certificates = exchange.body['Certificates'];
    if (exchange.action !== 'ListListenerCertificates' || !Array.isArray(certificates)) {
      return exchange.body;
    }

    return {
      ...exchange.body,
      Certificates: certificates.map((certificate: Record<string, unknown>) =>
        certificate['Status'] === 'Associating' ? { ...certificate, Status: 'Associated' } : certificate,
      ),
    };
  },
};

/**
 * Creates the defect of a target that ignores ClientToken: the second and later successes for the same
 * action and token get a fresh JobId in place of the replayed one. Tokens compare case-sensitively.
 */
export function ignoreClientToken(): ResponseDefect {
  const respondedTokens = new Set<string>();

  return {
    name: 'ignores ClientToken',
    rewrite(exchange) {
      const clientToken = exchange.parameters.get('ClientToken');
      if (exchange.status !== 200 || clientToken === null || typeof exchange.body['JobId'] !== 'string') {
        return exchange.body;
      }

      const key = `${exchange.action}\n${clientToken}`;
      if (!respondedTokens.has(key)) {
        respondedTokens.add(key);
        return exchange.body;
      }
      return { ...exchange.body, JobId: randomUUID() };
    },
  };
}

/** Reports ResourceAlreadyAssociated.Certificate as InvalidParameter, keeping the status and the message. */
export const wrongErrorCode: ResponseDefect = {
  name: 'returns InvalidParameter for ResourceAlreadyAssociated.Certificate',
  rewrite(exchange) {
    return exchange.body['Code'] === 'ResourceAlreadyAssociated.Certificate' ? { ...exchange.body, Code: 'InvalidParameter' } : exchange.body;
  },
};
