import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ListEntry } from '@/lib/content/bridge';
import { sendMessage } from '@/lib/messaging/client';
import type { Subject } from '@/lib/model';
import { SummaryLine } from './SummaryLine';

function Row({ entry, onOpen }: { entry: ListEntry; onOpen: (subject: Subject) => void }) {
  const summary = useQuery({ queryKey: ['summary', entry.subject], queryFn: () => sendMessage('summary', { subject: entry.subject }) });
  return (
    <li>
      <button type="button" className="sl-row" onClick={() => onOpen(entry.subject)}>
        <span className="sl-row-name">{entry.label}</span>
        <span className="sl-muted">{summary.data ? <SummaryLine summary={summary.data.summary} /> : 'Looking up…'}</span>
      </button>
    </li>
  );
}

/** A list page's candidates; opening one shows their results in the panel. */
export function CandidateList({ rows, onOpen }: { rows: ListEntry[]; onOpen: (subject: Subject) => void }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside className={`sl-panel${collapsed ? ' sl-collapsed' : ''}`} aria-label="Scorelens assessment results">
      <header className="sl-panel-header">
        <h2 className="sl-title">Scorelens · {rows.length} candidates</h2>
        <button type="button" className="sl-button" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {!collapsed && (
        <ul className="sl-rows">
          {rows.map((entry) => (
            <Row key={entry.key} entry={entry} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </aside>
  );
}
