/**
 * The messages and the code that shows them agree: every key the source uses exists, every
 * message is used, each call passes as many substitutions as its message takes, and the file
 * is one Chrome and Firefox accept. Keys are read from the source itself (TypeScript's parser),
 * so `t` and `tPlural` must be called with literal keys (or a choice between literals), and a key
 * shown later (a vendor's field label) is marked where it is declared with `messageKey('…')`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type MessageKey, pluralForm, t, tPlural } from '@/lib/i18n';
import { MESSAGES, substitutionCount } from '../helpers/messages';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['components', 'lib', 'entrypoints'];
/** The manifest's texts are `__MSG_key__`s in the WXT config. */
const CONFIG_FILE = 'wxt.config.ts';
/** The helper's own body passes keys through variables; everywhere else they must be literal. */
const I18N_MODULE = 'lib/i18n.ts';

interface Use {
  key: string;
  substitutions: number;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|html)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const isFunctionLike = (node: ts.Node) =>
  ts.isArrowFunction(node) ||
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isConstructorDeclaration(node);

/** The keys an argument can be: a string literal, or either branch of a conditional of them. */
function literalKeys(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [literalKeys(node.whenTrue), literalKeys(node.whenFalse)];
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

/** Every `t(…)` and `tPlural(…)` call in the source, and every problem the scan itself finds. */
function scanSource(): { uses: Use[]; problems: string[] } {
  const uses: Use[] = [];
  const problems: string[] = [];
  for (const file of [...SOURCE_DIRS.flatMap(sourceFiles), CONFIG_FILE]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/__MSG_(\w+)__/g)) uses.push({ key: m[1] as string, substitutions: 0, where: file });
    if (file.endsWith('.html')) continue;
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node: ts.Node): void => {
      // messageKey('…') marks a key shown later through tMarked: a use, and fine at module level.
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'messageKey' && file !== I18N_MODULE) {
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const keys = node.arguments[0] && literalKeys(node.arguments[0]);
        if (keys) for (const key of keys) uses.push({ key, substitutions: 0, where });
        else problems.push(`${where}: the key is not a literal`);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'tPlural'].includes(node.expression.text)) {
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const args = [...node.arguments];
        if (args.some(ts.isSpreadElement)) problems.push(`${where}: spread arguments hide the substitution count`);
        // Node scripts (bench, e2e) import lib and components where there is no i18n API; only entrypoints run in the browser alone.
        if (!file.startsWith('entrypoints/') && !ts.findAncestor(node.parent, isFunctionLike)) {
          problems.push(`${where}: called at a module's top level`);
        }
        const plural = node.expression.text === 'tPlural';
        const keyArgs = plural ? args.slice(1, 3) : args.slice(0, 1);
        for (const arg of keyArgs) {
          const keys = literalKeys(arg);
          if (keys) for (const key of keys) uses.push({ key, substitutions: plural ? 1 : args.length - 1, where });
          else if (file !== I18N_MODULE) problems.push(`${where}: the key is not a literal`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, problems };
}

const { uses, problems } = scanSource();
const usedKeys = new Set(uses.map((u) => u.key));

describe('messages.json and the source', () => {
  it('finds the calls (the scan works) and every call is one it can check', () => {
    expect(uses.length).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it('has a message for every key the source uses', () => {
    expect(uses.filter((u) => !MESSAGES[u.key]).map((u) => `${u.where}: ${u.key}`)).toEqual([]);
  });

  it('uses every message', () => {
    expect(Object.keys(MESSAGES).filter((key) => !usedKeys.has(key))).toEqual([]);
  });

  it('passes each message as many substitutions as it takes', () => {
    const wrong = uses
      .filter((u) => MESSAGES[u.key] && substitutionCount(MESSAGES[u.key]!) !== u.substitutions)
      .map((u) => `${u.where}: ${u.key} takes ${substitutionCount(MESSAGES[u.key]!)}, given ${u.substitutions}`);
    expect(wrong).toEqual([]);
  });
});

describe('messages.json as the browsers read it', () => {
  const entries = Object.entries(MESSAGES);

  it('has keys Chrome accepts: ASCII letters, digits and _, unique whatever their case', () => {
    expect(entries.map(([key]) => key).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    const lower = entries.map(([key]) => key.toLowerCase());
    expect(lower.filter((key, i) => lower.indexOf(key) !== i)).toEqual([]);
  });

  it('gives every message its text and a description of where it shows', () => {
    for (const [key, entry] of entries) {
      expect(typeof entry.message === 'string' && entry.message.length > 0, key).toBe(true);
      expect(typeof entry.description === 'string' && entry.description.length > 20, `${key} needs a description`).toBe(true);
    }
  });

  it('declares every $PLACEHOLDER$ a message names, and names every one it declares', () => {
    for (const [key, entry] of entries) {
      const named = [...entry.message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {});
      expect(
        declared.filter((name) => !/^[A-Za-z0-9_]+$/.test(name)),
        key,
      ).toEqual([]);
      expect(new Set(named), key).toEqual(new Set(declared.map((name) => name.toLowerCase())));
      for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content, key).toMatch(/\$[1-9]/);
    }
  });

  it('states its own language, which picks the plural forms', () => {
    expect(MESSAGES.messagesLocale?.message).toBe('en');
  });
});

describe('t and tPlural', () => {
  it('fill placeholders in order', () => {
    expect(t('vendorWorkedAt', '14:05')).toBe('Worked at 14:05');
    expect(t('linkHbDone', 'abc', 'jane@example.com')).toBe('Linked abc to jane@example.com: looking up HiringBranch…');
    expect(t('scoreOnScale', '77.8%', '8', '1', '10')).toBe('77.8% (8 on 1–10)');
  });

  it('show the key itself for a message the browser does not have, never an empty text', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });

  it('pick the singular or the plural by the messages’ language', () => {
    expect(tPlural(1, 'scoreboardVendorsOne', 'scoreboardVendorsOther')).toBe('1 vendor');
    expect(tPlural(0, 'scoreboardVendorsOne', 'scoreboardVendorsOther')).toBe('0 vendors');
    expect(tPlural(6, 'scoreboardVendorsOne', 'scoreboardVendorsOther')).toBe('6 vendors');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 81].map((n) => pluralForm(n, 'ordinal'))).toEqual([
      'one',
      'two',
      'few',
      'other',
      'other',
      'other',
      'other',
      'one',
      'two',
      'few',
      'one',
    ]);
  });
});
