import { useQuery } from '@tanstack/react-query';
import type { ListEntry } from '@/lib/content/bridge';
import { t, tPlural } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import type { Subject } from '@/lib/model';
import { type PanelLayoutProps, PanelShell } from '@/components/panel/Panel';
import { SummaryLine } from '@/components/results/SummaryLine';
import { useSeen } from '@/components/panel/useSeen';

function Row({ entry, onOpen }: { entry: ListEntry; onOpen: (subject: Subject) => void }) {
  // Looked up once scrolled into view, like the page's chips; the background stops it when the page goes.
  const [ref, seen] = useSeen<HTMLLIElement>();
  const summary = useQuery({
    queryKey: ['summary', entry.subject],
    queryFn: () => sendMessage('summary', { subject: entry.subject }),
    enabled: seen,
  });
  return (
    <li ref={ref}>
      <button type="button" className="sl-row" onClick={() => onOpen(entry.subject)}>
        <span className="sl-row-name">{entry.label}</span>
        <span className="sl-muted">{summary.data ? <SummaryLine summary={summary.data.summary} /> : t('listRowLookingUp')}</span>
      </button>
    </li>
  );
}

/** A list page's candidates; opening one shows their results in the panel. Same layout as the candidate view. */
export function CandidateList({
  rows,
  layout,
  onOpen,
}: {
  rows: ListEntry[];
  layout: PanelLayoutProps;
  onOpen: (subject: Subject) => void;
}) {
  return (
    <PanelShell title={tPlural(rows.length, 'listTitleOne', 'listTitleOther')} layout={layout}>
      <ul className="sl-rows">
        {rows.map((entry) => (
          <Row key={entry.key} entry={entry} onOpen={onOpen} />
        ))}
      </ul>
    </PanelShell>
  );
}
