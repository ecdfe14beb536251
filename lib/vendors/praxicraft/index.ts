/**
 * Praxicraft Assess API v1 (its API reference and public docs).
 * invite token on the page → GET invites/{token}/result/;
 * email → the email → token index (./emailIndex.ts) → the same call per token.
 */
import { messageKey, t, tPlural } from '../../i18n';
import type { AssessmentResultInput, Subject } from '../../model';
import { VendorError } from '../errors';
import type { VendorHttp } from '../http';
import type { VendorClient, VendorConnection } from '../types';
import { keyMode, NAME, praxicraftHttp, slugNotFoundError } from './api';
import { configuredSlugs, entryForToken, indexSearchedBack, loadEmailIndex, refreshEmailIndex, tokensForEmail } from './emailIndex';
import { type InviteContext, normalisePraxicraftResult } from './normalise';
import { AssessmentPageSchema, InviteResultSchema, ResultPageSchema } from './schemas';

export * from './api';
export * from './emailIndex';
export * from './normalise';
export * from './schemas';

/** Invites fetched per lookup at most (one read each). */
export const MAX_INVITES_PER_LOOKUP = 20;
/** Configured slugs checked by testConnection at most. */
const MAX_SLUGS_CHECKED = 10;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function resultFor(api: VendorHttp, context: InviteContext): Promise<AssessmentResultInput> {
  const body = await api.get(`invites/${encodeURIComponent(context.token)}/result/`, InviteResultSchema);
  return normalisePraxicraftResult(body, context);
}

/** Tokens to read: the page's own first, then every invite the index holds for the emails. */
async function invitesFor(subject: Subject, connection: VendorConnection) {
  const wanted = new Map<string, InviteContext & { fromPage: boolean }>();
  const pageTokens = (subject.ids.praxicraft ?? []).filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
  // The email lookup refreshes the index; a token-only lookup just reads what is stored, for titles and names.
  const index = subject.emails.length > 0 ? (await refreshEmailIndex(connection)).index : await loadEmailIndex(connection);
  for (const token of pageTokens) {
    const entry = index && entryForToken(index, token);
    wanted.set(token, {
      token,
      slug: entry?.slug,
      title: entry && index.titles[entry.slug],
      email: entry?.email,
      name: entry?.name,
      fromPage: true,
    });
  }
  for (const email of subject.emails) {
    for (const entry of index ? tokensForEmail(index, email) : []) {
      if (wanted.has(entry.token)) continue;
      wanted.set(entry.token, {
        token: entry.token,
        slug: entry.slug,
        title: index?.titles[entry.slug],
        email,
        name: entry.name,
        fromPage: false,
      });
    }
  }
  const searchedBack = subject.emails.length > 0 && index ? indexSearchedBack(index) : undefined;
  return { invites: [...wanted.values()].slice(0, MAX_INVITES_PER_LOOKUP), found: wanted.size, searchedBack };
}

export const praxicraft: VendorClient = {
  id: 'praxicraft',
  name: NAME,
  defaultBaseUrl: 'https://assess.praxicraft.com/api/v1/public',
  keyHint: messageKey('keyHintPraxicraft'),
  fields: [{ name: 'assessmentSlugs', label: messageKey('fieldPraxicraftSlugs'), hint: messageKey('fieldPraxicraftSlugsHint') }],
  // Reads per organisation per rolling hour: Starter 500, Growth 2,000, Enterprise 10,000. Starter is
  // assumed until X-RateLimit-Limit names the plan; X-RateLimit-Remaining (colleagues count too) drives the gate.
  limits: { concurrency: 3, hourlyPlans: [500, 2_000, 10_000], hourlyReports: true },
  subjectParts: ['emails', 'ids'],
  canAnswer: (subject) => subject.emails.length > 0 || (subject.ids.praxicraft ?? []).some((id) => UUID.test(id)),
  async lookup(subject, connection) {
    const api = praxicraftHttp(connection);
    const { invites, found, searchedBack } = await invitesFor(subject, connection);
    const settled = await Promise.allSettled(invites.map((invite) => resultFor(api, invite)));
    const results: AssessmentResultInput[] = [];
    let pageNotFound: VendorError | undefined;
    for (const [i, outcome] of settled.entries()) {
      if (outcome.status === 'fulfilled') {
        results.push(outcome.value);
        continue;
      }
      const error: unknown = outcome.reason;
      // An invite deleted since it was indexed is simply gone; a page token nobody can see is worth saying
      // (a key in the wrong mode gets 404), unless other results answer the question anyway.
      if (!(error instanceof VendorError && error.code === 'not_found')) throw error;
      if (invites[i]?.fromPage) pageNotFound ??= error;
    }
    if (results.length === 0 && pageNotFound) throw pageNotFound;
    if (searchedBack) return { results, partial: { searchedBack } };
    return found > invites.length ? { results, partial: { shown: results.length, total: found } } : results;
  },
  async testConnection(connection) {
    const api = praxicraftHttp(connection);
    // One read lists up to 100 active assessments (assessments:read) ...
    const page = await api.get('assessments/', AssessmentPageSchema, { status: 'active', page_size: 100 });
    // ... and one results read per slug checks candidates:read (and that configured slugs exist).
    const slugs = configuredSlugs(connection.fields).slice(0, MAX_SLUGS_CHECKED);
    for (const slug of slugs.length > 0 ? slugs : page.results.slice(0, 1).map((a) => a.slug)) {
      await api.get(`assessments/${encodeURIComponent(slug)}/results/`, ResultPageSchema, { page_size: 1 }).catch((error: unknown) => {
        if (error instanceof VendorError && error.code === 'not_found') {
          throw slugNotFoundError(error, slug);
        }
        throw error;
      });
    }
    const first = page.results[0];
    const mode = first?.livemode === undefined ? keyMode(connection.apiKey) : first.livemode ? 'live' : 'test';
    const count = page.count ?? page.results.length;
    const more = page.count === undefined && Boolean(page.next);
    const assessments = more
      ? t('praxicraftActiveAssessmentsMore', String(count))
      : tPlural(count, 'praxicraftActiveAssessmentsOne', 'praxicraftActiveAssessmentsOther');
    if (mode === 'live') return t('praxicraftConnectedLive', assessments);
    return mode === 'test' ? t('praxicraftConnectedTest', assessments) : t('praxicraftConnected', assessments);
  },
};
