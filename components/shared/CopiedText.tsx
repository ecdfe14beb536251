import type { Ref } from 'react';

/**
 * What a copy button copied, folded under its label; open (and its text selected by the caller)
 * when the browser refused the clipboard, so Ctrl+C still works.
 */
export function CopiedText({
  label,
  text,
  refused,
  rows,
  testId,
  ref,
}: {
  label: string;
  text: string;
  refused: boolean;
  rows: number;
  testId: string;
  ref: Ref<HTMLTextAreaElement>;
}) {
  return (
    <details className="sl-copied" open={refused}>
      <summary>{label}</summary>
      <textarea ref={ref} className="sl-copy-text" data-testid={testId} aria-label={label} readOnly rows={rows} value={text} />
    </details>
  );
}
