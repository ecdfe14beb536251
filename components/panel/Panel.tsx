import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { Subject } from '@/lib/model';
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, type PanelPrefs } from '@/lib/settings/panelPrefs';
import { LookupView } from '@/components/results/LookupView';

const WIDTH_STEP = 40;

export interface PanelLayoutProps {
  prefs: PanelPrefs;
  update(patch: Partial<PanelPrefs>): void;
}

/** One of the panel's layout buttons: a symbol, named for screen readers and on hover by `label`. */
function IconButton({
  action,
  label,
  symbol,
  disabled,
  onClick,
}: {
  action: string;
  label: string;
  symbol: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="sl-button sl-icon-button"
      data-action={action}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {symbol}
    </button>
  );
}

/** One step narrower (a negative step) or wider; off at the limit. */
function WidthButton({ step, layout }: { step: number; layout: PanelLayoutProps }) {
  const { width } = layout.prefs;
  const wider = step > 0;
  return (
    <IconButton
      action={wider ? 'wider' : 'narrower'}
      label={wider ? t('panelWider') : t('panelNarrower')}
      symbol={wider ? '+' : '−'}
      disabled={wider ? width >= PANEL_MAX_WIDTH : width <= PANEL_MIN_WIDTH}
      onClick={() => layout.update({ width: width + step })}
    />
  );
}

/**
 * The panel's frame, shared by the candidate and list views so both keep one layout per site.
 * Collapsed, it is one small "Scorelens" button, so it never hides the ATS's own controls
 * beyond recovery; docked left or right, its width per site.
 */
export function PanelShell({
  title,
  layout,
  onBack,
  children,
}: {
  title: string;
  layout: PanelLayoutProps;
  onBack?: () => void;
  children: ReactNode;
}) {
  const { prefs, update } = layout;
  const { collapsed, dock, width } = prefs;
  const other = dock === 'right' ? 'left' : 'right';
  const dockLabel = other === 'left' ? t('panelDockLeft') : t('panelDockRight');
  return (
    <aside className={`sl-panel${collapsed ? ' sl-collapsed' : ''}`} aria-label={t('panelLabel')} data-dock={dock} data-width={width}>
      <header className="sl-panel-header">
        {collapsed ? (
          <button
            type="button"
            className="sl-button sl-reopen"
            aria-expanded={false}
            title={t('panelShowTitle')}
            onClick={() => update({ collapsed: false })}
          >
            {t('extName')}
          </button>
        ) : (
          <>
            {onBack && (
              <button type="button" className="sl-button" onClick={onBack}>
                {t('panelBack')}
              </button>
            )}
            <h2 className="sl-title">{title}</h2>
            <div className="sl-panel-controls">
              <IconButton action="dock" label={dockLabel} symbol={dock === 'right' ? '⇤' : '⇥'} onClick={() => update({ dock: other })} />
              <WidthButton step={-WIDTH_STEP} layout={layout} />
              <WidthButton step={WIDTH_STEP} layout={layout} />
              <button
                type="button"
                className="sl-button"
                data-action="collapse"
                aria-expanded={true}
                title={t('panelHideTitle')}
                onClick={() => update({ collapsed: true })}
              >
                {t('panelHide')}
              </button>
            </div>
          </>
        )}
      </header>
      {!collapsed && children}
    </aside>
  );
}

/** The side panel for one candidate. */
export function Panel({ subject, layout, onBack }: { subject: Subject; layout: PanelLayoutProps; onBack?: () => void }) {
  return (
    <PanelShell title={t('extName')} layout={layout} onBack={onBack}>
      <div className="sl-panel-body">
        <LookupView subject={subject} inPanel />
      </div>
    </PanelShell>
  );
}
