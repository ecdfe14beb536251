/** Saved ATS pages, parsed as a browser would. Read from disk: happy-dom's URL is not the file's. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures/ats');

export const fixtureHtml = (ats: string, file: string) => readFileSync(join(FIXTURES, ats, file), 'utf8');

/** Attaches the declarative shadow roots (`<template shadowrootmode>`) a browser would; happy-dom's parser does not. */
function attachShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const shadow = template.parentElement!.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachShadowRoots(shadow);
  }
}

/** A page as a browser parses it, shadow roots included. */
export function parsePage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  return doc;
}

export const fixturePage = (ats: string, file: string) => parsePage(fixtureHtml(ats, file));

export const fixtureFiles = (ats: string) => (existsSync(join(FIXTURES, ats)) ? readdirSync(join(FIXTURES, ats)) : []);

/** What a subject looks up, without where each was found or what is only offered (identity-report.test.ts checks those). */
export function lookedUp<T extends { sources?: unknown; offers?: unknown }>(
  subject: T | undefined,
): Omit<T, 'sources' | 'offers'> | undefined {
  if (!subject) return undefined;
  const copy = { ...subject };
  delete copy.sources;
  delete copy.offers;
  return copy;
}
