import { useState } from 'react';
import type { Subject } from '@/lib/model';
import { LookupView } from './LookupView';

export function Panel({ subject, onBack }: { subject: Subject; onBack?: () => void }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside className={`sl-panel${collapsed ? ' sl-collapsed' : ''}`} aria-label="Scorelens assessment results">
      <header className="sl-panel-header">
        {onBack && (
          <button type="button" className="sl-button" onClick={onBack}>
            ← List
          </button>
        )}
        <h2 className="sl-title">Scorelens</h2>
        <button type="button" className="sl-button" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {!collapsed && (
        <div className="sl-panel-body">
          <p className="sl-candidate">
            {subject.name && <strong>{subject.name}</strong>}
            {subject.emails.map((e) => (
              <span key={e} className="sl-muted">
                {' '}
                {e}
              </span>
            ))}
          </p>
          <LookupView subject={subject} />
        </div>
      )}
    </aside>
  );
}
