/** JSON Schema (draft 2020-12 subset understood by ajv) of the seed file; see fixtures/README.md. */
export const seedSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['region', 'accounts', 'loadBalancers', 'certificates', 'listeners'],
  properties: {
    region: { type: 'string', pattern: '^[a-z]+(-[a-z0-9]+)+$' },
    accounts: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['accountId', 'accessKeys'],
        properties: {
          accountId: { type: 'string', pattern: '^[0-9]{1,32}$' },
          accessKeys: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['accessKeyId', 'accessKeySecret'],
              properties: {
                accessKeyId: { type: 'string', minLength: 1, maxLength: 128 },
                accessKeySecret: { type: 'string', minLength: 1, maxLength: 256 },
                securityToken: { type: 'string', minLength: 1 },
                deniedLoadBalancerIds: { type: 'array', items: { type: 'string', minLength: 1 } },
              },
            },
          },
        },
      },
    },
    loadBalancers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['loadBalancerId', 'accountId', 'edition'],
        properties: {
          loadBalancerId: { type: 'string', minLength: 1 },
          accountId: { type: 'string', minLength: 1 },
          edition: { enum: ['Basic', 'Standard', 'StandardWithWaf'] },
          certificateQuota: { type: 'integer', minimum: 0 },
        },
      },
    },
    certificates: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['certificateId', 'type', 'accountId'],
        properties: {
          certificateId: { type: 'string', minLength: 1 },
          type: { enum: ['Server', 'Ca'] },
          accountId: { type: 'string', minLength: 1 },
        },
      },
    },
    listeners: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['listenerId', 'loadBalancerId', 'protocol', 'port', 'status'],
        properties: {
          listenerId: { type: 'string', minLength: 1 },
          loadBalancerId: { type: 'string', minLength: 1 },
          protocol: { enum: ['HTTP', 'HTTPS', 'QUIC'] },
          port: { type: 'integer', minimum: 1, maximum: 65535 },
          status: { enum: ['Provisioning', 'Running', 'Configuring', 'Stopped'] },
          description: { type: 'string', minLength: 2, maxLength: 256 },
          defaultCertificateId: { type: 'string', minLength: 1 },
          additionalCertificateIds: { type: 'array', items: { type: 'string', minLength: 1 } },
          caCertificateIds: { type: 'array', maxItems: 1, items: { type: 'string', minLength: 1 } },
          serverGroupId: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;
