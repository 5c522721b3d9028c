import type { JobRecord } from '../jobs.js';
import type { OperationContext } from '../operation-context.js';
import type { AsyncJob, ListAsynJobsResponseBody, ResponseFields } from '../operation-types.js';
import { paginate } from '../page-token.js';
import { optionalInteger, optionalString, optionalStringArray } from '../request-fields.js';

export const listAsynJobsAction = 'ListAsynJobs';

/**
 * ListAsynJobs: the caller account's jobs in creation order, filtered by JobIds, ResourceIds, ResourceType,
 * ApiName and the CreateTime range BeginTime..EndTime (epoch milliseconds, both inclusive).
 * ErrorCode and ErrorMessage appear only on Failed jobs.
 */
export function listAsynJobs(context: OperationContext, request: Record<string, unknown>): ResponseFields<ListAsynJobsResponseBody> {
  const jobIds = optionalStringArray(request, 'JobIds');
  const resourceIds = optionalStringArray(request, 'ResourceIds');
  const resourceType = optionalString(request, 'ResourceType');
  const apiName = optionalString(request, 'ApiName');
  const beginTime = optionalInteger(request, 'BeginTime', 0, Number.MAX_SAFE_INTEGER);
  const endTime = optionalInteger(request, 'EndTime', 0, Number.MAX_SAFE_INTEGER);
  const maxResults = optionalInteger(request, 'MaxResults', 1, 100) ?? 20;
  const nextToken = optionalString(request, 'NextToken');

  const wantedJobIds = jobIds === undefined ? undefined : new Set(jobIds);
  const wantedResourceIds = resourceIds === undefined ? undefined : new Set(resourceIds);
  const matches = (job: JobRecord) =>
    job.accountId === context.caller.accountId &&
    (wantedJobIds === undefined || wantedJobIds.has(job.id)) &&
    (wantedResourceIds === undefined || wantedResourceIds.has(job.resourceId)) &&
    (resourceType === undefined || job.resourceType === resourceType) &&
    (apiName === undefined || job.apiName === apiName) &&
    (beginTime === undefined || job.createTime >= beginTime) &&
    (endTime === undefined || job.createTime <= endTime);

  const jobs = wantedJobIds === undefined ? [...context.jobs.all()].filter(matches) : jobsById(context, wantedJobIds, matches);
  const scope = JSON.stringify([listAsynJobsAction, context.caller.accountId, jobIds, resourceIds, resourceType, apiName, beginTime, endTime]);
  const { page, nextToken: followingToken } = paginate(jobs, { codec: context.pageTokens, scope, maxResults, nextToken });

  return {
    Jobs: page.map(renderJob),
    MaxResults: maxResults,
    ...(followingToken === undefined ? {} : { NextToken: followingToken }),
    TotalCount: jobs.length,
  };
}

/** Looks the requested ids up directly instead of scanning the whole history, keeping creation order. */
function jobsById(context: OperationContext, jobIds: Set<string>, matches: (job: JobRecord) => boolean): JobRecord[] {
  const jobs: JobRecord[] = [];
  for (const jobId of jobIds) {
    const job = context.jobs.get(jobId);
    if (job !== undefined && matches(job)) {
      jobs.push(job);
    }
  }
  return jobs.sort((a, b) => a.createTime - b.createTime);
}

function renderJob(job: JobRecord): AsyncJob {
  return {
    ApiName: job.apiName,
    CreateTime: job.createTime,
    ...(job.status === 'Failed' ? { ErrorCode: job.errorCode, ErrorMessage: job.errorMessage } : {}),
    Id: job.id,
    ModifyTime: job.modifyTime,
    OperateType: job.operateType,
    ResourceId: job.resourceId,
    ResourceType: job.resourceType,
    Status: job.status,
  };
}
