/**
 * The normalised model every vendor maps into, and every context exchanges.
 * Schemas (not just types) because these objects cross context boundaries.
 */
import { z } from './zod';

export const VENDOR_IDS = ['hiringbranch', 'talentscreen', 'praxicraft', 'hrflow', 'nova'] as const;
export const VendorIdSchema = z.enum(VENDOR_IDS);
export type VendorId = z.infer<typeof VendorIdSchema>;

export const AtsContextSchema = z.object({
  ats: z.string().min(1).max(40),
  candidateId: z.string().max(200).optional(),
  applicationId: z.string().max(200).optional(),
  jobId: z.string().max(200).optional(),
});
export type AtsContext = z.infer<typeof AtsContextSchema>;

const idList = z.array(z.string().min(1).max(200)).max(50);

/**
 * Where the page showed an identifier. Only the URL, the profile header or a labelled contact
 * field, a vendor's report link and a labelled field or note are looked up without asking;
 * `typed` is the popup's input, `list` a list row's own line.
 */
export const IDENTIFIER_SOURCES = ['url', 'profile', 'contact', 'vendor_link', 'field', 'note', 'free_text', 'list', 'typed'] as const;
export const IdentifierSourceSchema = z.enum(IDENTIFIER_SOURCES);
export type IdentifierSource = z.infer<typeof IdentifierSourceSchema>;

/** What an identifier is: an email, a vendor's own id, or the ATS's ids from the URL (for vendors keyed by them). */
export const IdentifierKindSchema = z.enum(['email', 'hiringbranch', 'talentscreen', 'praxicraft', 'ats']);
export type IdentifierKind = z.infer<typeof IdentifierKindSchema>;

/** One email or id, with where it was found. */
export const IdentifierSchema = z.object({
  kind: IdentifierKindSchema,
  value: z.string().min(1).max(254),
  source: IdentifierSourceSchema,
});
export type Identifier = z.infer<typeof IdentifierSchema>;

/** Why an identifier on the page was not looked up without the recruiter's click. */
export const HeldReasonSchema = z.enum(['colleague', 'role_address', 'relay_address', 'candidate_text', 'free_text', 'limit']);
export type HeldReason = z.infer<typeof HeldReasonSchema>;

/** An identifier offered in the panel ("Also on this page"): looked up only on click. */
export const OfferSchema = IdentifierSchema.extend({ reason: HeldReasonSchema });
export type Offer = z.infer<typeof OfferSchema>;

/** Who the page (or the popup's input) says the candidate is. */
export const SubjectSchema = z.object({
  name: z.string().max(200).optional(),
  emails: z.array(z.email().max(254)).max(20),
  ids: z.object({ hiringbranch: idList, talentscreen: idList, praxicraft: idList }).partial().default({}),
  ats: AtsContextSchema.optional(),
  /** Where each of `emails` and `ids` was found (absent: typed or unknown). */
  sources: z.array(IdentifierSchema).max(80).optional(),
  /** Identifiers seen on the page but not sent without asking (colleagues, candidate-written text, …). */
  offers: z.array(OfferSchema).max(80).optional(),
});
export type Subject = z.infer<typeof SubjectSchema>;

/** A score as a percentage, with the vendor's raw value and the scale it came on. */
export const ScoreSchema = z.object({
  percent: z.number().min(0).max(100),
  raw: z.number(),
  min: z.number().default(0),
  max: z.number(),
});
export type Score = z.infer<typeof ScoreSchema>;

export const BreakdownItemSchema = z.object({
  name: z.string(),
  percent: z.number().nullable(),
  correct: z.number().optional(),
  total: z.number().optional(),
});
export type BreakdownItem = z.infer<typeof BreakdownItemSchema>;

export const CaseSchema = z.object({
  order: z.number(),
  title: z.string(),
  score: z.number().nullable(),
  max: z.number().nullable(),
  status: z.string(),
  timeSeconds: z.number().nullable(),
});

export const AiVerdictSchema = z.object({
  summary: z.string(),
  strengths: z.array(z.string()),
  concerns: z.array(z.string()),
  interviewFocus: z.array(z.string()),
});

export const ResultStatusSchema = z.enum(['invited', 'in_progress', 'completed', 'expired', 'failed']);
/** The vendor's verdict on a completed assessment (a result's `outcome`); `pending` while it is being scored or reviewed. */
export const VerdictSchema = z.enum(['pass', 'low_pass', 'fail', 'pending']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** One assessment a candidate took (or was invited to) at one vendor. */
export const AssessmentResultSchema = z.object({
  vendor: VendorIdSchema,
  id: z.string(),
  assessment: z.string(),
  candidateName: z.string().optional(),
  candidateEmail: z.string().optional(),
  status: ResultStatusSchema,
  outcome: VerdictSchema.optional(),
  score: ScoreSchema.optional(),
  percentile: z.number().optional(),
  completionPercent: z.number().optional(),
  durationSeconds: z.number().optional(),
  categories: z.array(BreakdownItemSchema).default([]),
  difficulties: z.array(BreakdownItemSchema).default([]),
  strengths: z.array(z.string()).default([]),
  weaknesses: z.array(z.string()).default([]),
  cases: z.array(CaseSchema).default([]),
  integrity: z
    .object({
      redFlag: z.boolean().optional(),
      copyPasteViolations: z.number().optional(),
      fullscreenViolations: z.number().optional(),
    })
    .default({}),
  aiVerdict: AiVerdictSchema.optional(),
  /** Other measures a vendor reports, e.g. HiringBranch's typing speed. */
  metrics: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().optional() })).default([]),
  /** Why the vendor has no result, e.g. a failed AI scoring job's error. Text, not a verdict. */
  note: z.string().max(500).optional(),
  startedAt: z.string().optional(),
  completedAt: z.string().optional(),
  /** Links a person can open; only https links are ever kept. */
  links: z.array(z.object({ label: z.string(), url: z.url({ protocol: /^https$/ }) })).default([]),
  /** The identifier that found this result, set by the lookup engine (the panel says "by email … · profile"). */
  matchedBy: IdentifierSchema.optional(),
});
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
export type AssessmentResultInput = z.input<typeof AssessmentResultSchema>;

export const VENDOR_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'unavailable',
  'bad_response',
  'bad_request',
] as const;
export const VendorErrorCodeSchema = z.enum(VENDOR_ERROR_CODES);
export type VendorErrorCode = z.infer<typeof VendorErrorCodeSchema>;

export const VendorErrorInfoSchema = z.object({
  code: VendorErrorCodeSchema,
  message: z.string(),
  status: z.number().optional(),
  /** For `rate_limited`: epoch ms after which a retry may succeed. */
  retryAt: z.number().optional(),
  /** For `bad_response`: the technical detail the message carries, shown on its own. */
  detail: z.string().optional(),
});
export type VendorErrorInfo = z.infer<typeof VendorErrorInfoSchema>;

/** The vendor has more than was read: the card says what it shows, never a silent cut. */
export const PartialAnswerSchema = z.object({
  /** Results shown, when the vendor listed more than were read. */
  shown: z.number().int().nonnegative().optional(),
  /** How many the vendor says there are, when it says. */
  total: z.number().int().nonnegative().optional(),
  /** How far back a search went before it stopped (ISO date), e.g. Praxicraft's email index. */
  searchedBack: z.string().max(40).optional(),
});
export type PartialAnswer = z.infer<typeof PartialAnswerSchema>;

/** What one vendor answered for one subject. One vendor failing never hides another. */
export const VendorOutcomeSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('results'),
    vendor: VendorIdSchema,
    results: z.array(AssessmentResultSchema),
    fetchedAt: z.number(),
    partial: PartialAnswerSchema.optional(),
    /** Another identifier's lookup at this vendor failed: these results may not be all there is. */
    alsoFailed: VendorErrorInfoSchema.optional(),
  }),
  z.object({
    state: z.literal('no_match'),
    vendor: VendorIdSchema,
    fetchedAt: z.number(),
    partial: PartialAnswerSchema.optional(),
    /**
     * The vendor was never asked: it finds candidates only by its own id (HiringBranch), and none
     * was on the page or linked to an email. Shown as "not asked", never as "no match".
     */
    unsearched: z.literal(true).optional(),
  }),
  z.object({ state: z.literal('not_configured'), vendor: VendorIdSchema }),
  z.object({ state: z.literal('error'), vendor: VendorIdSchema, error: VendorErrorInfoSchema }),
]);
export type VendorOutcome = z.infer<typeof VendorOutcomeSchema>;

/** Display names, here so UI code can show them without importing the vendor clients. */
export const VENDOR_NAMES: Record<VendorId, string> = {
  hiringbranch: 'HiringBranch',
  talentscreen: 'TalentScreen',
  praxicraft: 'Praxicraft',
  hrflow: 'HrFlow.ai',
  nova: 'Dweet Nova',
};
