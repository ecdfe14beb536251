/** TalentScreen's documented examples (GET /results, GET /results/{id}), through the client's schemas. */
import { describe, expect, it } from 'vitest';
import { normaliseTalentScreenResult, ResultDetailSchema, ResultListSchema } from '@/lib/vendors/talentscreen';
import { jsonAfter, vendorDocument } from '../helpers/vendorFixture';

const doc = () => vendorDocument('talentscreen-results.txt');

describe('TalentScreen Results API examples', () => {
  it('parses the list example, whose pagination says has_more without a next_cursor', () => {
    const list = ResultListSchema.parse(jsonAfter(doc(), '/results|'));
    expect(list.data).toHaveLength(1);
    expect(list.pagination).toMatchObject({ total: 89, limit: 20, has_more: true });
    expect(list.pagination?.next_cursor).toBeUndefined();
  });

  it('parses and normalises the detail example', () => {
    const text = doc();
    const detail = ResultDetailSchema.parse(jsonAfter(text, '/results/{result_id}'));
    const result = normaliseTalentScreenResult(detail, { email: 'x@example.com' }, 'Backend');
    expect(result).toMatchObject({ id: 'result_ghi789', outcome: 'pass', score: { percent: 87.5 }, percentile: 82, durationSeconds: 3480 });
    expect(result.categories).toHaveLength(2);
    expect(result.difficulties?.map((d) => d.name)).toEqual(['easy', 'medium', 'hard']);
    expect(result.weaknesses).toEqual(['System Design', 'Database Optimization']);
  });
});
