/** The reply a content script gives the background's "who is on this page" (see CURRENT_SUBJECT). */
import { SubjectSchema } from '../model';
import { z } from '../zod';

export { CURRENT_SUBJECT } from './bridge';
export const CurrentSubjectReplySchema = z.object({ subject: SubjectSchema });
