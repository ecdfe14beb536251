import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t, tPlural } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';

const ALERTS_QUERY = ['alerts'] as const;

/** "Alert me when pending results arrive": off stops the re-checks and clears the watch list. */
export function AlertsSection() {
  const queryClient = useQueryClient();
  const alerts = useQuery({ queryKey: ALERTS_QUERY, queryFn: () => sendMessage('getAlerts', {}) });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => sendMessage('setAlertsEnabled', { enabled }),
    onSuccess: (data) => queryClient.setQueryData(ALERTS_QUERY, data),
  });
  return (
    <section className="sl-vendor-form" aria-labelledby="sl-alerts-title" data-section="alerts">
      <h2 id="sl-alerts-title">{t('alertsTitle')}</h2>
      <p className="sl-muted" id="sl-alerts-intro">
        {t('alertsIntro')}
      </p>
      {alerts.data && (
        <>
          <label className="sl-check">
            <input
              type="checkbox"
              name="alertsEnabled"
              checked={alerts.data.enabled}
              disabled={toggle.isPending}
              aria-describedby="sl-alerts-intro"
              onChange={(e) => toggle.mutate(e.target.checked)}
            />{' '}
            {t('alertsSwitch')}
          </label>
          <p className="sl-muted" data-testid="alerts-watched">
            {tPlural(alerts.data.watched, 'alertsWatchedOne', 'alertsWatchedOther')}
          </p>
        </>
      )}
      <p role="status" className="sl-error">
        {alerts.error?.message ?? toggle.error?.message}
      </p>
    </section>
  );
}
