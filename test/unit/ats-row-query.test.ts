/** Rows found inside a shadow root through the links they hold: the same elements, in the same order, as querySelectorAll. */
import { describe, expect, it } from 'vitest';
import { queryRows } from '@/lib/ats/rowQuery';

function shadowWith(html: string): ShadowRoot {
  const host = document.createElement('spl-table');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

const ids = (rows: ArrayLike<Element>) => Array.from(rows, (r) => r.id);

describe('queryRows', () => {
  const shadow = shadowWith(`
    <table>
      <tr id="head"><th>Candidate</th></tr>
      <tr id="r1"><td><sr-link href="/app/people/applications/1">One</sr-link></td></tr>
      <tr id="r2"><td><a href="/app/people/candidates/2">Two</a></td></tr>
      <tr id="plain" class="row"><td>no link</td></tr>
      <tr id="r3"><td><a href="/elsewhere">x</a><sr-link href="/app/people/applications/3">Three</sr-link></td></tr>
      <tr id="outer"><td><table><tr id="inner"><td><a href="/app/people/candidates/4">Four</a></td></tr></table></td></tr>
    </table>`);

  it('finds each row holding a candidate link, nested rows both, in document order', () => {
    expect(ids(queryRows(shadow, 'tr:has(sr-link[href*="/app/people/"]), tr:has(a[href*="/app/people/"])'))).toEqual([
      'r1',
      'r2',
      'r3',
      'outer',
      'inner',
    ]);
  });

  it('keeps document order when rows are met through links of either kind, none nested', () => {
    const flat = shadowWith(`
      <table>
        <tr id="a1"><td><a href="/app/people/candidates/1">One</a><sr-link href="/app/people/applications/1">1</sr-link></td></tr>
        <tr id="s2"><td><sr-link href="/app/people/applications/2">Two</sr-link></td></tr>
        <tr id="x"><td><a href="/elsewhere">x</a></td></tr>
        <tr id="a3"><td><sr-link href="/elsewhere">3</sr-link><a href="/app/people/candidates/3">Three</a></td></tr>
      </table>`);
    expect(ids(queryRows(flat, 'tr:has(sr-link[href*="/app/people/"]), tr:has(a[href*="/app/people/"])'))).toEqual(['a1', 's2', 'a3']);
  });

  it('keeps plain parts beside :has() parts, each row once', () => {
    expect(ids(queryRows(shadow, 'tr.row, tr:has(sr-link[href*="/app/people/"])'))).toEqual(['r1', 'plain', 'r3']);
  });

  it('stays inside an element scope, as querySelectorAll does', () => {
    const outer = shadow.getElementById('outer')!;
    expect(ids(queryRows(outer, 'tr:has(a[href*="/app/people/"])'))).toEqual(['inner']);
  });

  it('leaves selectors it does not rewrite to querySelectorAll', () => {
    expect(ids(queryRows(shadow, 'tr#r2'))).toEqual(['r2']);
    expect(ids(queryRows(shadow, 'tr:has(> td > a[href*="/app/people/"])'))).toEqual(
      ids(shadow.querySelectorAll('tr:has(> td > a[href*="/app/people/"])')),
    );
  });
});
