import type { OperationHandler } from './operation-context.js';
import { associateAction, associateAdditionalCertificates } from './operations/associate-additional-certificates.js';
import { createListener, createListenerAction } from './operations/create-listener.js';
import { deleteListener, deleteListenerAction } from './operations/delete-listener.js';
import { dissociateAction, dissociateAdditionalCertificates } from './operations/dissociate-additional-certificates.js';
import { getListenerAttribute, getListenerAttributeAction } from './operations/get-listener-attribute.js';
import { listAsynJobs, listAsynJobsAction } from './operations/list-asyn-jobs.js';
import { listListenerCertificates, listListenerCertificatesAction } from './operations/list-listener-certificates.js';
import { updateListenerAttribute, updateListenerAttributeAction } from './operations/update-listener-attribute.js';

export interface OperationEntry {
  handle: OperationHandler;
  /** Mutating operations start a job and take ClientToken and DryRun. */
  mutating: boolean;
}

/** The eight operations of the emulator, keyed by the wire action name. */
export const operationRegistry: ReadonlyMap<string, OperationEntry> = new Map([
  [associateAction, { handle: associateAdditionalCertificates, mutating: true }],
  [dissociateAction, { handle: dissociateAdditionalCertificates, mutating: true }],
  [listListenerCertificatesAction, { handle: listListenerCertificates, mutating: false }],
  [getListenerAttributeAction, { handle: getListenerAttribute, mutating: false }],
  [listAsynJobsAction, { handle: listAsynJobs, mutating: false }],
  [createListenerAction, { handle: createListener, mutating: true }],
  [updateListenerAttributeAction, { handle: updateListenerAttribute, mutating: true }],
  [deleteListenerAction, { handle: deleteListener, mutating: true }],
]);

export const supportedActions: readonly string[] = [...operationRegistry.keys()];
