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
];

export interface HrFlowSettings {
  userEmail: string;
  sourceKeys: string[];
  boardKey?: string;
  algorithmKey?: string;
  jobKey?: string;
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
  };
}

/** `askw_` keys are write-only: every read would be refused, so say it without asking HrFlow. */
export function assertReadableKey(apiKey: string): void {
  if (apiKey.trim().startsWith('askw_')) {
    throw new VendorError('forbidden', t('hrflowWriteOnlyKey'));
  }
}

/**
 * A match score is always for one job. A job key set in Options wins; otherwise the ATS job the
 * candidate was opened from is the job's reference in HrFlow (how ATS connectors index jobs).
 */
export function jobFor(subject: Subject | undefined, settings: HrFlowSettings): JobRef | undefined {
  if (settings.jobKey) return { kind: 'key', value: settings.jobKey };
  const jobId = subject?.ats?.jobId?.trim();
  return jobId ? { kind: 'reference', value: jobId } : undefined;
}
