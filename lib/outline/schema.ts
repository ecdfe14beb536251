/**
 * A page outline as it travels (content script → background → popup → clipboard → `npm run
 * fixture`): checked at each end with this schema, bounded in every dimension so a pasted
 * outline can never be unbounded work.
 */
import { z } from '../zod';

/** A text node: its shape (see shapes.ts). */
export type OutlineText = string;

export interface OutlineElement {
  tag: string;
  /** Name and shaped value; null when only the attribute's presence is kept. */
  attrs?: [string, string | null][];
  children?: OutlineNode[];
  /** Element children left out past the limit, each like the last one kept (a long list's rows). */
  more?: number;
  /** The children of an open shadow root. */
  shadow?: OutlineNode[];
  /** A frame: its body's children when its document was readable (same origin). */
  frame?: { readable: boolean; children?: OutlineNode[]; more?: number };
}

export type OutlineNode = OutlineText | OutlineElement;

const TextSchema = z.string().max(600);
const count = z.number().int().min(1).max(10_000_000);

const NodeSchema: z.ZodType<OutlineNode> = z.lazy(() => z.union([TextSchema, ElementSchema]));
const ChildrenSchema = z.array(NodeSchema).max(1_000);

export const ElementSchema: z.ZodType<OutlineElement> = z.lazy(() =>
  z.strictObject({
    tag: z.string().regex(/^[a-z][a-z0-9._-]{0,63}$/i),
    attrs: z
      .array(z.tuple([z.string().regex(/^[^\s"'<>/=]{1,64}$/), z.string().max(600).nullable()]))
      .max(60)
      .optional(),
    children: ChildrenSchema.optional(),
    more: count.optional(),
    shadow: ChildrenSchema.optional(),
    frame: z.strictObject({ readable: z.boolean(), children: ChildrenSchema.optional(), more: count.optional() }).optional(),
  }),
);

export const OutlineFoundSchema = z.strictObject({
  /** What the panel showed: nothing, a candidate, a list. */
  view: z.enum(['none', 'candidate', 'list']),
  name: z.boolean().optional(),
  emails: z.number().int().min(0).max(1_000).optional(),
  ids: z.record(z.string().max(40), z.number().int().min(0).max(1_000)).optional(),
  /** The ids the URL gave, shaped like the outline's. */
  context: z
    .strictObject({
      candidateId: z.string().max(200).optional(),
      applicationId: z.string().max(200).optional(),
      jobId: z.string().max(200).optional(),
    })
    .optional(),
  rows: z.number().int().min(0).max(10_000_000).optional(),
});
export type OutlineFound = z.infer<typeof OutlineFoundSchema>;

export const OutlineSchema = z.strictObject({
  format: z.literal('scorelens-page-outline'),
  version: z.literal(1),
  url: z.string().max(2_000),
  title: TextSchema,
  /** The adapter that read the page. */
  ats: z.string().max(300).optional(),
  /** Why the recruiter sent it: no candidate found, or the wrong one. */
  reason: z.enum(['none', 'wrong']).optional(),
  found: OutlineFoundSchema.optional(),
  /** Whether a limit cut the page short. */
  truncated: z.boolean(),
  nodes: z.number().int().min(0).max(1_000_000),
  body: ElementSchema,
});
export type Outline = z.infer<typeof OutlineSchema>;
