/**
 * Every message between the extension's contexts, declared once: its request and response
 * schemas and the senders it is accepted from. Anything else is rejected. Three parts: the
 * messages to the background (`protocol`), its streams (`streams`), and its messages to a
 * tab's content script (`tabMessages`).
 */
import { t } from '../i18n';
import { CandidateSummarySchema } from '../lookup/summary';
import { VendorCostSchema } from '../jobTable/cost';
import { AtsContextSchema, IdentifierSchema, SubjectSchema, VendorIdSchema, VendorOutcomeSchema } from '../model';
import { OutlineSchema } from '../outline/schema';
import { PanelPrefsSchema, PanelSiteSchema } from '../settings/panelPrefs';
import { UserSiteSchema } from '../settings/settings';
import { CacheTtlMinutesSchema, SettingsExportSchema } from '../settings/transfer';
import { z } from '../zod';

/**
 * Who may talk to the background. `content` = our content script in a tab of an ATS page we
 * serve; `switchedOffAts` = our content script on a built-in ATS the user switched off.
 */
export type SenderKind = 'content' | 'switchedOffAts' | 'popup' | 'options';

const VendorStatusSchema = z.object({
  id: VendorIdSchema,
  name: z.string(),
  enabled: z.boolean(),
  configured: z.boolean(),
  /** Whether the vendor's last real call worked (absent before any call). */
  lastCall: z.object({ ok: z.boolean(), at: z.number(), message: z.string().optional() }).optional(),
});

const VendorFieldSchema = z.object({
  name: z.string(),
  label: z.string(),
  hint: z.string().optional(),
  required: z.boolean().optional(),
});

/** What options may see of a vendor's setup: never the key, only its mask. */
export const VendorSetupSchema = VendorStatusSchema.extend({
  defaultBaseUrl: z.string(),
  keyHint: z.string(),
  fields: z.array(VendorFieldSchema),
  baseUrl: z.string(),
  fieldValues: z.record(z.string(), z.string()),
  maskedKey: z.string().optional(),
  /** Values set by the administrator's policy (storage.managed): shown locked in options. */
  locked: z
    .object({
      enabled: z.boolean().optional(),
      apiKey: z.boolean().optional(),
      baseUrl: z.boolean().optional(),
      fields: z.array(z.string()).optional(),
    })
    .default({}),
});
export type VendorSetup = z.infer<typeof VendorSetupSchema>;

export const SaveVendorRequestSchema = z.object({
  vendor: VendorIdSchema,
  enabled: z.boolean(),
  baseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: () => t('optionsBaseUrlInvalid') })]),
  /** Absent keeps the stored key; an empty string removes it. */
  apiKey: z.string().trim().max(500).optional(),
  fields: z.record(z.string(), z.string().trim().max(2000)).default({}),
});

const define = <Req extends z.ZodType, Res extends z.ZodType>(m: { request: Req; response: Res; senders: readonly SenderKind[] }) => m;

export const protocol = {
  /** The content script found a candidate or a list: inject the panel into its frame (once). */
  showPanel: define({
    request: z.object({}),
    response: z.object({ injected: z.boolean() }),
    senders: ['content'],
  }),
  /** A list row's chip: the candidate's picture in a few numbers (lookups batched by the engine). */
  summary: define({
    request: z.object({ subject: SubjectSchema }),
    response: z.object({ summary: CandidateSummarySchema }),
    senders: ['content'],
  }),
  /** For a content script on a page no built-in ATS matches: the user's site it belongs to. */
  siteFor: define({
    request: z.object({ url: z.url() }),
    response: z.object({ site: UserSiteSchema.optional() }),
    senders: ['content'],
  }),
  listSites: define({
    request: z.object({}),
    response: z.object({ sites: z.array(UserSiteSchema) }),
    senders: ['options'],
  }),
  /** Options asked for the site's permission first (in the click); this registers the content script. */
  addSite: define({
    request: z.object({
      origin: z.url({ protocol: /^https?$/, error: () => t('sitesOriginInvalid') }),
      pattern: z.string().trim().max(500).optional(),
    }),
    response: z.object({ sites: z.array(UserSiteSchema) }),
    senders: ['options'],
  }),
  removeSite: define({
    request: z.object({ origin: z.string() }),
    response: z.object({ sites: z.array(UserSiteSchema) }),
    senders: ['options'],
  }),
  /** The candidate the active tab's ATS page shows, if any (asked of that tab's content script). */
  tabCandidate: define({
    request: z.object({}),
    // atsPage: Scorelens reads the tab (its content script answered), candidate or not.
    response: z.object({ subject: SubjectSchema.optional(), atsPage: z.boolean().optional() }),
    senders: ['popup'],
  }),
  /** The active tab's page outline (its structure without anyone's data), for a support request: none or the wrong candidate found. */
  pageOutline: define({
    request: z.object({ reason: z.enum(['none', 'wrong']) }),
    response: z.object({ outline: OutlineSchema }),
    senders: ['popup'],
  }),
  /** Which vendors are enabled and have a key; no settings beyond that. */
  vendorStatus: define({
    request: z.object({}),
    response: z.object({ vendors: z.array(VendorStatusSchema) }),
    senders: ['content', 'popup', 'options'],
  }),
  getVendorSetups: define({
    request: z.object({}),
    response: z.object({ vendors: z.array(VendorSetupSchema) }),
    senders: ['options'],
  }),
  saveVendor: define({
    request: SaveVendorRequestSchema,
    response: z.object({ vendor: VendorSetupSchema }),
    senders: ['options'],
  }),
  /** Forget every key and every cached candidate detail. */
  forgetEverything: define({
    request: z.object({}),
    response: z.object({ forgotten: z.literal(true) }),
    senders: ['options'],
  }),
  testConnection: define({
    request: z.object({ vendor: VendorIdSchema }),
    response: z.object({ ok: z.boolean(), message: z.string() }),
    senders: ['options'],
  }),
  /** The panel (a content script) cannot open options itself: the background does. */
  openOptions: define({
    request: z.object({}),
    response: z.object({ opened: z.literal(true) }),
    senders: ['content', 'popup'],
  }),
  /** Where the panel sits on a site (host name): dock, width, collapsed. Not secret. */
  getPanelPrefs: define({
    request: z.object({ site: PanelSiteSchema }),
    response: z.object({ prefs: PanelPrefsSchema }),
    senders: ['content'],
  }),
  setPanelPrefs: define({
    request: PanelPrefsSchema.extend({ site: PanelSiteSchema }),
    response: z.object({ prefs: PanelPrefsSchema }),
    senders: ['content'],
  }),
  /** Remembers (locally) that a HiringBranch candidate id belongs to an email; returns the email's ids. */
  linkHiringBranchId: define({
    request: z.object({
      email: z.email({ error: () => t('linkHbEmailInvalid') }).max(254),
      id: z
        .string()
        .trim()
        .regex(/^[0-9a-fA-F]{24}$/, { error: () => t('linkHbIdInvalid') }),
    }),
    response: z.object({ ids: z.array(z.string()) }),
    senders: ['content'],
  }),
  /** The settings options shows besides vendors and sites: cache lifetime and the built-in ATSs switched off. */
  getGeneralSettings: define({
    request: z.object({}),
    response: z.object({ cacheTtlMinutes: z.number(), disabledAts: z.array(z.string()) }),
    senders: ['options'],
  }),
  setCacheTtl: define({
    request: z.object({ minutes: CacheTtlMinutesSchema }),
    response: z.object({ cacheTtlMinutes: z.number() }),
    senders: ['options'],
  }),
  /** Switches a built-in ATS on or off: off, its pages get no panel and no lookups. */
  setAtsEnabled: define({
    request: z.object({ ats: z.string().max(64), enabled: z.boolean() }),
    response: z.object({ disabledAts: z.array(z.string()) }),
    senders: ['options'],
  }),
  /** Asked once by the content script on a built-in ATS (even a switched-off one) before it starts. */
  atsEnabled: define({
    request: z.object({ ats: z.string().max(64) }),
    response: z.object({ enabled: z.boolean() }),
    senders: ['content', 'switchedOffAts'],
  }),
  /** The identifiers the recruiter marked "Not this person" for an ATS candidate (`kind:value`). */
  notThisPerson: define({
    request: z.object({ ats: AtsContextSchema }),
    response: z.object({ rejected: z.array(z.string()) }),
    senders: ['content'],
  }),
  /** Marks (or unmarks) an identifier as not this ATS candidate: it is never looked up for them again. */
  setNotThisPerson: define({
    request: z.object({ ats: AtsContextSchema, identifier: IdentifierSchema, rejected: z.boolean() }),
    response: z.object({ rejected: z.array(z.string()) }),
    senders: ['content'],
  }),
  /** The settings as a JSON export; keys only when asked for (and only ever to options). */
  exportSettings: define({
    request: z.object({ includeKeys: z.boolean() }),
    response: SettingsExportSchema,
    senders: ['options'],
  }),
  /** Replaces every setting (and the keys it carries) with a validated export; all or nothing. */
  importSettings: define({
    request: SettingsExportSchema,
    response: z.object({ imported: z.literal(true), keys: z.number() }),
    senders: ['options'],
  }),
  /** A job table's row (the panel on a list page): every vendor's outcome; stops when the page goes. */
  jobTableRow: define({
    request: z.object({ subject: SubjectSchema }),
    response: z.object({ outcomes: z.array(VendorOutcomeSchema) }),
    senders: ['content'],
  }),
  /** What looking up these rows would cost per vendor, against what its rate gate has left. Asks no vendor. */
  lookupAllCost: define({
    request: z.object({ subjects: z.array(SubjectSchema).max(500) }),
    response: z.object({ vendors: z.array(VendorCostSchema) }),
    senders: ['content'],
  }),
  /** Alerts when a pending result lands (lib/alerts): on or off, and how many candidates are watched. Never to a content script. */
  getAlerts: define({
    request: z.object({}),
    response: z.object({ enabled: z.boolean(), watched: z.number().int().nonnegative() }),
    senders: ['options'],
  }),
  /** Off stops the re-checks and clears the watch list. */
  setAlertsEnabled: define({
    request: z.object({ enabled: z.boolean() }),
    response: z.object({ enabled: z.boolean(), watched: z.number().int().nonnegative() }),
    senders: ['options'],
  }),
  /** Results that landed for watched candidates, not yet opened: the popup's "New results". */
  newResults: define({
    request: z.object({}),
    response: z.object({ results: z.array(z.object({ id: z.string(), text: z.string(), at: z.number() })) }),
    senders: ['popup'],
  }),
  /** Opens a new result's ATS page in a tab and clears it. */
  openNewResult: define({
    request: z.object({ id: z.string().min(1).max(300) }),
    response: z.object({ opened: z.boolean() }),
    senders: ['popup'],
  }),
} as const;

/**
 * Streams: a request answered by many events over a port (`runtime.connect`), so each
 * vendor's outcome reaches the panel the moment it arrives.
 */
export const streams = {
  /** Results of every enabled vendor for one candidate, each vendor's outcome as it arrives. */
  lookup: {
    request: z.object({ subject: SubjectSchema, refresh: z.boolean().default(false) }),
    event: z.discriminatedUnion('type', [
      z.object({ type: z.literal('outcome'), outcome: VendorOutcomeSchema }),
      z.object({ type: z.literal('done') }),
      z.object({ type: z.literal('error'), error: z.string() }),
    ]),
    senders: ['content', 'popup'] as readonly SenderKind[],
  },
} as const;

export type Streams = typeof streams;
export type StreamType = keyof Streams;
export type StreamRequestOf<T extends StreamType> = z.input<Streams[T]['request']>;
export type StreamEventOf<T extends StreamType> = z.output<Streams[T]['event']>;
export const STREAM_PORT_PREFIX = 'stream:';

/** Who may message a tab's content script: our background only (`tabs.sendMessage`). */
export type TabSenderKind = 'background';

/**
 * The background's messages to a tab, by their type on the wire, each with the reply the
 * background reads (a reply that does not fit counts as none). The content script answers
 * without zod, to stay small: `isTabMessage` (lib/content/bridge.ts) takes these types.
 */
export const tabMessages = {
  /** Who is on the page, for the popup; no answer means a page Scorelens does not read. */
  'scorelens:currentSubject': {
    request: z.object({}),
    reply: z.object({ subject: SubjectSchema }),
    senders: ['background'] as readonly TabSenderKind[],
  },
  /** The keyboard shortcut was pressed: the panel shows or hides itself. No reply. */
  'scorelens:togglePanel': {
    request: z.object({}),
    reply: z.undefined(),
    senders: ['background'] as readonly TabSenderKind[],
  },
  /** The page's outline (for the popup's "Copy page outline"); `reason` says why it was asked for. */
  'scorelens:pageOutline': {
    request: z.object({ reason: z.enum(['none', 'wrong']) }),
    reply: z.object({ outline: OutlineSchema }),
    senders: ['background'] as readonly TabSenderKind[],
  },
} as const;

export type TabMessages = typeof tabMessages;
export type TabMessageType = keyof TabMessages;
export type TabRequestOf<T extends TabMessageType> = z.input<TabMessages[T]['request']>;
export type TabReplyOf<T extends TabMessageType> = z.output<TabMessages[T]['reply']>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

/** The envelope on the wire, both ways. */
export const EnvelopeSchema = z.object({ type: z.string().max(64), data: z.unknown() });
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
