import { type Ref, useRef, useState } from 'react';

/** Tries the async clipboard, then the old select-and-copy on a textarea. */
export async function copyText(text: string, fallback: () => HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = fallback();
    if (!area) return false;
    area.focus();
    area.select();
    try {
      // Deprecated, but still the one way to copy where the async clipboard is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** A text a copy button copied: being copied, copied, refused by the browser, or copied a while ago (`done`). */
export type Copied = { text: string; state: 'copying' | 'copied' | 'refused' | 'done' };

/**
 * A copy button's text and its box: `copy` shows the text first (the clipboard fallback selects it
 * in the box), then copies it; refused, it stays selected for Ctrl+C.
 */
export function useCopiedText() {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<Copied>();
  async function copy(text: string): Promise<boolean> {
    setCopied({ text, state: 'copying' });
    await new Promise((r) => setTimeout(r, 0));
    const ok = await copyText(text, () => area.current);
    setCopied({ text, state: ok ? 'copied' : 'refused' });
    if (!ok) area.current?.select();
    return ok;
  }
  return { area, copied, setCopied, copy };
}

/**
 * What a copy button copied, folded under its label; open (and its text selected by the caller)
 * when the browser refused the clipboard, so Ctrl+C still works.
 */
export function CopiedText({
  label,
  copied,
  rows,
  testId,
  ref,
}: {
  label: string;
  copied: Copied;
  rows: number;
  testId: string;
  ref: Ref<HTMLTextAreaElement>;
}) {
  return (
    <details className="sl-copied" open={copied.state === 'refused'}>
      <summary>{label}</summary>
      <textarea ref={ref} className="sl-copy-text" data-testid={testId} aria-label={label} readOnly rows={rows} value={copied.text} />
    </details>
  );
}
