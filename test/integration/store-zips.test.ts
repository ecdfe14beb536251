/**
 * Store-ready: `npm run zip` makes the Chrome Web Store zip, the AMO zip and the AMO source zip;
 * the source zip, unpacked elsewhere, rebuilds the AMO zip byte for byte (what an AMO reviewer
 * does); and `web-ext lint` finds no error in the Firefox build, each warning explained in the
 * README. Works on a copy of the working tree in a temporary folder (the repository's own
 * .output, which the end-to-end tests load, is left alone); dependencies are the installed ones.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const ZIPS = {
  chrome: `scorelens-${version}-chrome.zip`,
  firefox: `scorelens-${version}-firefox.zip`,
  sources: `scorelens-${version}-sources.zip`,
};

let work: string;
/** The environment a person's shell has: none of vitest's (its NODE_ENV=test would make a development build). */
const SHELL_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(name)));
const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: SHELL_ENV });

/** A folder with these files of the repository, and the installed dependencies linked in. */
function project(dir: string, files: string[], from: string): string {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(from, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

let repo: string;
let fromSources: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'scorelens-zips-'));
  // The working tree as git sees it: tracked and new files, nothing ignored (no build output).
  const files = run(ROOT, 'git', ['ls-files', '--cached', '--others', '--exclude-standard'])
    .split('\n')
    .filter((f) => f && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());
  repo = project(join(work, 'repo'), files, ROOT);
  run(repo, 'npm', ['run', 'zip']);

  // What an AMO reviewer gets: the source zip, unpacked into an empty folder, then the same command.
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  run(unpacked, 'unzip', ['-q', join(repo, '.output', ZIPS.sources)]);
  const sourceFiles = run(unpacked, 'find', ['.', '-type', 'f'])
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^\.\//, ''));
  fromSources = project(join(work, 'from-sources'), sourceFiles, unpacked);
  run(fromSources, join(ROOT, 'node_modules/.bin/wxt'), ['zip', '-b', 'firefox', '--mv3']);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('store zips', () => {
  it('npm run zip makes the Chrome Web Store zip, the AMO zip and the AMO source zip', () => {
    const sizes = Object.fromEntries(Object.entries(ZIPS).map(([store, name]) => [store, statSync(join(repo, '.output', name)).size]));
    console.log(`zip sizes (bytes): ${JSON.stringify(sizes)}`);
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThan(10_000);
    // The source zip carries what a rebuild needs, and no build output or dependencies.
    const listing = run(repo, 'unzip', ['-Z1', join(repo, '.output', ZIPS.sources)]).split('\n');
    expect(listing).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'public/PRIVACY.md']),
    );
    expect(listing.some((f) => f.startsWith('node_modules/') || f.startsWith('.output/'))).toBe(false);
  });

  it('the AMO source zip rebuilds the AMO zip byte for byte', () => {
    const original = readFileSync(join(repo, '.output', ZIPS.firefox));
    const rebuilt = readFileSync(join(fromSources, '.output', ZIPS.firefox));
    expect(rebuilt.length).toBe(original.length);
    expect(rebuilt.equals(original)).toBe(true);
  });

  it('web-ext lint finds no error, and the README explains each warning', () => {
    const out = run(repo, join(ROOT, 'node_modules/.bin/web-ext'), [
      'lint',
      '--source-dir',
      join(repo, '.output/firefox-mv3'),
      '--output',
      'json',
      '--no-config-discovery',
    ]);
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
      warnings: { code: string; file?: string }[];
    };
    console.log(`web-ext lint: ${JSON.stringify(report.summary)}`);
    expect(report.summary.errors).toBe(0);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const warning of report.warnings) expect(readme, `README explains ${warning.code}`).toContain(`\`${warning.code}\``);
  }, 180_000);
});
