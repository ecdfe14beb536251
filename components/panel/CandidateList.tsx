import type { ListEntry } from '@/lib/content/bridge';
import { tPlural } from '@/lib/i18n';
import type { Subject } from '@/lib/model';
import { type PanelLayoutProps, PanelShell } from '@/components/panel/Panel';
import { JobTable } from '@/components/panel/JobTable';

/** A list page's candidates as a job table; opening one shows their results in the panel. Same layout as the candidate view. */
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
      <div className="sl-panel-body">
        <JobTable rows={rows} onOpen={onOpen} />
      </div>
    </PanelShell>
  );
}
