import type { LoadBalancerEdition } from './seed-types.js';

/**
 * Additional certificates per ALB instance, the default certificate excluded, per
 * https://www.alibabacloud.com/help/en/slb/application-load-balancer/user-guide/alb-quotas-2
 * (quota names alb_quota_loadbalancer_certificates_num_{basic,standard,waf}_edition).
 */
export const certificateQuotaByEdition: Readonly<Record<LoadBalancerEdition, number>> = {
  Basic: 10,
  Standard: 25,
  StandardWithWaf: 25,
};

export function certificateQuotaFor(loadBalancer: { edition: LoadBalancerEdition; certificateQuota?: number }): number {
  return loadBalancer.certificateQuota ?? certificateQuotaByEdition[loadBalancer.edition];
}
