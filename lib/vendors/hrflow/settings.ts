/** HrFlow.ai's own settings and the checks made before any request is sent. */
import { messageKey, t } from '../../i18n';
import type { Subject } from '../../model';
import { VendorError } from '../errors';
import type { VendorConnection, VendorField } from '../types';

export const HRFLOW_FIELDS: VendorField[] = [
  { name: 'userEmail', label: messageKey('fieldHrflowUserEmail'), required: true },
  { name: 'sourceKeys', label: messageKey('fieldHrflowSourceKeys'), hint: messageKey('fieldCommaSeparatedHint') },
  { name: 'boardKey', label: messageKey('fieldHrflowBoardKey') },
  { name: 'algorithmKey', label: messageKey('fieldHrflowAlgorithmKey'), hint: messageKey('fieldHrflowAlgorithmKeyHint') },
  { name: 'jobKey', label: messageKey('fieldHrflowJobKey'), hint: messageKey('fieldHrflowJobKeyHint') },
  { name: 'jobMap', label: messageKey('fieldHrflowJobMap'), hint: messageKey('fieldHrflowJobMapHint') },
];

export interface HrFlowSettings {
  userEmail: string;
  sourceKeys: string[];
  boardKey?: string;
  algorithmKey?: string;
  jobKey?: string;
  /** ATS job id → HrFlow job key, from Options. */
  jobMap: Record<string, string>;
}

/** Which job the match scores are for: HrFlow's own key, or our ATS job id as its reference. */
export type JobRef = { kind: 'key' | 'reference'; value: string };

const optional = (value: string | undefined) => value?.trim() || undefined;

/** Accepts `a, b`, one per line, or a pasted JSON array `["a","b"]`. */
export function parseSourceKeys(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((k) => k.replace(/^[["']+|["'\]]+$/g, '').trim())
    .filter(Boolean);
}

/** `ATS job id = HrFlow job key`, one per line (`:` or `=`; blank and malformed lines skipped). */
export function parseJobMap(value: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const line of (value ?? '').split(/[\n;]+/)) {
    const m = /^\s*([^=:\s]+)\s*[=:]\s*([^=:\s]+)\s*$/.exec(line);
    if (m?.[1] && m[2]) map[m[1]] = m[2];
  }
  return map;
}

export function readSettings(connection: VendorConnection): HrFlowSettings {
  const fields = connection.fields;
  const userEmail = optional(fields.userEmail);
  if (!userEmail) {
    throw new VendorError('bad_request', t('hrflowNeedsUserEmail'));
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(userEmail)) {
    throw new VendorError('bad_request', t('hrflowUserEmailInvalid'));
  }
  const sourceKeys = parseSourceKeys(fields.sourceKeys);
  if (sourceKeys.length === 0) {
    throw new VendorError('bad_request', t('hrflowNeedsSourceKeys'));
  }
  return {
    userEmail,
    sourceKeys,
    boardKey: optional(fields.boardKey),
    algorithmKey: optional(fields.algorithmKey),
    jobKey: optional(fields.jobKey),
    jobMap: parseJobMap(fields.jobMap),
  };
}

/** `askw_` keys are write-only: every read would be refused, so say it without asking HrFlow. */
export function assertReadableKey(apiKey: string): void {
  if (apiKey.trim().startsWith('askw_')) {
    throw new VendorError('forbidden', t('hrflowWriteOnlyKey'));
  }
}

/**
 * A match score is always for one job, linked explicitly: the ATS job's HrFlow key from the
 * Options mapping; else the one job key set in Options; else the rule that HrFlow's ATS
 * connectors index a job under the ATS job id as its reference (a 404 then says to map it).
 */
export function jobFor(subject: Subject | undefined, settings: HrFlowSettings): JobRef | undefined {
  const jobId = subject?.ats?.jobId?.trim();
  const mapped = jobId ? settings.jobMap[jobId] : undefined;
  if (mapped) return { kind: 'key', value: mapped };
  if (settings.jobKey) return { kind: 'key', value: settings.jobKey };
  return jobId ? { kind: 'reference', value: jobId } : undefined;
}
