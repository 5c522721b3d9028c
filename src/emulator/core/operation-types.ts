// Request and response bodies of the eight operations, with wire field names, from the types generated
// out of the OpenAPI spec (generated/types.ts).
import type { components } from '../../../generated/types.js';

type Schemas = components['schemas'];

/** A response body as an operation handler returns it: the core adds RequestId. */
export type ResponseFields<Body> = Omit<Body, 'RequestId'>;

export type AssociateAdditionalCertificatesWithListenerRequest = Schemas['AssociateAdditionalCertificatesWithListenerRequest'];
export type AssociateAdditionalCertificatesWithListenerResponseBody =
  Schemas['AssociateAdditionalCertificatesWithListenerResponseBody'];
export type DissociateAdditionalCertificatesFromListenerRequest = Schemas['DissociateAdditionalCertificatesFromListenerRequest'];
export type DissociateAdditionalCertificatesFromListenerResponseBody =
  Schemas['DissociateAdditionalCertificatesFromListenerResponseBody'];
export type ListListenerCertificatesRequest = Schemas['ListListenerCertificatesRequest'];
export type ListListenerCertificatesResponseBody = Schemas['ListListenerCertificatesResponseBody'];
export type ListenerCertificate = Schemas['ListenerCertificate'];
export type GetListenerAttributeRequest = Schemas['GetListenerAttributeRequest'];
export type GetListenerAttributeResponseBody = Schemas['GetListenerAttributeResponseBody'];
export type ListAsynJobsRequest = Schemas['ListAsynJobsRequest'];
export type ListAsynJobsResponseBody = Schemas['ListAsynJobsResponseBody'];
export type AsyncJob = Schemas['AsyncJob'];
export type CreateListenerRequest = Schemas['CreateListenerRequest'];
export type CreateListenerResponseBody = Schemas['CreateListenerResponseBody'];
export type UpdateListenerAttributeRequest = Schemas['UpdateListenerAttributeRequest'];
export type UpdateListenerAttributeResponseBody = Schemas['UpdateListenerAttributeResponseBody'];
export type DeleteListenerRequest = Schemas['DeleteListenerRequest'];
export type DeleteListenerResponseBody = Schemas['DeleteListenerResponseBody'];
