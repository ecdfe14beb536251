/**
 * How the background words a refused or failed request, the same for messages (./server.ts)
 * and streams (./stream-server.ts): the requester shows this text.
 */
import { t } from '../i18n';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

const issuesOf = (error: unknown): Issue[] | undefined =>
  error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues) ? (error.issues as Issue[]) : undefined;

/** A failure as the requester reads it: a zod error field by field (`subject.emails.0: …`), else the error's own message. */
export function errorText(error: unknown): string {
  const issues = issuesOf(error);
  if (issues) {
    return issues.map((i) => t('messageFieldProblem', i.path.map(String).join('.') || t('messageWholeRequest'), i.message)).join('; ');
  }
  return error instanceof Error ? error.message : t('messageUnexpectedError');
}

/** A request that failed its schema, every field that is wrong named. */
export const invalidRequestText = (type: string, error: unknown) => t('messageInvalidRequest', type, errorText(error));

/** A request from a sender the protocol does not accept it from. */
export const notAcceptedText = (type: string) => t('messageNotAccepted', type);
