/**
 * The HiringBranch API reference has no whole example response: its OpenAPI block gives an
 * `example:` per field. We assemble the example row from those values, read from the file as
 * it is, and parse it with the client's schemas.
 */
import { describe, expect, it } from 'vitest';
import { isHiringBranchId, normaliseHiringBranchScore, ScoreListSchema, ScoreResponseSchema } from '@/lib/vendors/hiringbranch';
import { vendorDocument } from '../helpers/vendorFixture';

/** The lines of one `components.schemas` entry (4-space indent) of the API reference's YAML. */
function schemaBlock(yaml: string, name: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`    ${name}:`);
  if (start < 0) throw new Error(`${name} not in the API reference`);
  const end = lines.findIndex((line, i) => i > start && /^ {4}\S/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** `- item` lines right after `key:` at the given indent. */
function listAfter(block: string[], key: string, indent: number): string[] {
  const at = block.indexOf(`${' '.repeat(indent)}${key}:`);
  const items: string[] = [];
  for (let i = at + 1; at >= 0 && i < block.length; i++) {
    const m = new RegExp(`^ {${indent + 2}}- (.+)$`).exec(block[i] ?? '');
    if (!m?.[1]) break;
    items.push(m[1]);
  }
  return items;
}

interface Property {
  example?: string;
  type?: string;
  ref?: string;
}

/** Each property (8-space indent) with its `example`, `type` and `$ref` (10-space indent). */
function properties(block: string[]): Record<string, Property> {
  const out: Record<string, Property> = {};
  let current: Property | undefined;
  for (const line of block) {
    const name = /^ {8}(\w+):$/.exec(line);
    if (name?.[1]) out[name[1]] = current = {};
    const field = /^ {10}(example|type|\$ref): (.+)$/.exec(line);
    if (field && current) {
      const value = field[2]?.replace(/^'(.*)'$/, '$1');
      if (field[1] === 'example') current.example = value;
      if (field[1] === 'type') current.type = value;
      if (field[1] === '$ref') current.ref = value?.split('/').pop();
    }
  }
  return out;
}

function exampleOf(yaml: string, name: string, enumValue: (schema: string) => string): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(properties(schemaBlock(yaml, name)))) {
    if (p.ref) row[key] = enumValue(p.ref);
    else if (p.type === 'array') row[key] = [exampleOf(yaml, 'CategoryScoreDto', enumValue)];
    else if (p.type === 'boolean') row[key] = p.example === 'true';
    else row[key] = p.example;
  }
  return row;
}

describe('HiringBranch API reference', () => {
  const text = vendorDocument('hiringbranch-get-score.txt');
  const yaml = /````yaml[^\n]*\n([\s\S]*?)````/.exec(text)?.[1] ?? '';
  const enums = (schema: string) => listAfter(schemaBlock(yaml, schema), 'enum', 6);
  const example = (status = enums('AssessmentStatus')[0], score = enums('ScoreStatus')[0]) =>
    exampleOf(yaml, 'ScoreResponseDto', (ref) => (ref === 'AssessmentStatus' ? status : score) ?? '');

  it("parses the API reference's example row and normalises its strings, percentages and 7-digit dates", () => {
    const row = example('COMPLETED', 'PASS');
    // Exactly the API reference's values: numbers as strings, the .NET date.
    expect(row).toMatchObject({ totalScore: '35', completion: '1', typingSpeed: '85', started: '2025-01-17T20:39:25.5810000+00:00' });
    const [dto] = ScoreListSchema.parse([row]);
    if (!dto) throw new Error('no row');
    expect(normaliseHiringBranchScore(dto)).toMatchObject({
      vendor: 'hiringbranch',
      id: '59bc377497c7ac0cbc1b69c7:59bc377497c7ac0cbc1b69c7',
      assessment: 'Assessment Name',
      status: 'completed',
      outcome: 'pass',
      score: { percent: 35, raw: 35, min: 0, max: 100 },
      completionPercent: 1,
      categories: [{ name: 'Speaking', percent: 25 }],
      integrity: { redFlag: true },
      startedAt: '2025-01-17T20:39:25.581Z',
      completedAt: '2025-01-17T20:39:25.581Z',
      durationSeconds: 0,
    });
  });

  it('knows every status the API reference lists', () => {
    const expected: Record<string, string> = { INVITED: 'invited', IN_PROGRESS: 'in_progress', COMPLETED: 'completed' };
    expect(enums('AssessmentStatus')).toEqual(Object.keys(expected));
    for (const status of enums('AssessmentStatus')) {
      expect(normaliseHiringBranchScore(ScoreResponseSchema.parse(example(status))).status).toBe(expected[status]);
    }
    const outcomes: Record<string, string> = { PENDING: 'pending', LOW_PASS: 'low_pass', PASS: 'pass', FAIL: 'fail' };
    expect(enums('ScoreStatus')).toEqual(Object.keys(outcomes));
    for (const score of enums('ScoreStatus')) {
      expect(normaliseHiringBranchScore(ScoreResponseSchema.parse(example('COMPLETED', score))).outcome).toBe(outcomes[score]);
    }
  });

  it('requires no field the API reference leaves optional, and passes fields it does not know', () => {
    const seedRequired = listAfter(schemaBlock(yaml, 'ScoreResponseDto'), 'required', 6);
    expect(seedRequired).toHaveLength(12);
    const ours = Object.keys(example()).filter((key) => {
      const row = example();
      delete row[key];
      return !ScoreResponseSchema.safeParse(row).success;
    });
    expect(ours).toEqual(['candidateId', 'assessmentId', 'assessmentName', 'assessmentStatus']);
    expect(ours.every((key) => seedRequired.includes(key))).toBe(true);
    // The API reference says additionalProperties: false; we stay tolerant.
    expect(ScoreResponseSchema.safeParse({ ...example(), newField: 1 }).success).toBe(true);
  });

  it("takes the API reference's example candidate ids as HiringBranch ids", () => {
    const ids = /name: candidateIds[\s\S]*?example: >-\n\s+(\S+)/.exec(yaml)?.[1]?.split(',') ?? [];
    expect(ids).toHaveLength(3);
    expect(ids.every(isHiringBranchId)).toBe(true);
  });
});
