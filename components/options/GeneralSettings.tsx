import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ATS_ADAPTERS } from '@/lib/ats';
import { t, tPlural } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { protocol } from '@/lib/messaging/protocol';
import { failed, type Status, StatusLine } from '@/components/options/StatusLine';
import { SubmitRow } from '@/components/options/SubmitRow';

export const GENERAL_SETTINGS_QUERY = ['generalSettings'] as const;

const useGeneralSettings = () => useQuery({ queryKey: GENERAL_SETTINGS_QUERY, queryFn: () => sendMessage('getGeneralSettings', {}) });

function CacheLifetimeForm({ minutes }: { minutes: number }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(minutes));
  // The stored value changed elsewhere (an import): show it.
  const [shown, setShown] = useState(minutes);
  if (shown !== minutes) {
    setShown(minutes);
    setValue(String(minutes));
  }
  const [status, setStatus] = useState<Status>();
  const save = useMutation({
    mutationFn: (next: number) => sendMessage('setCacheTtl', { minutes: next }),
    onSuccess: ({ cacheTtlMinutes }) => {
      setStatus({
        ok: true,
        message: cacheTtlMinutes ? tPlural(cacheTtlMinutes, 'cacheSavedOne', 'cacheSavedOther') : t('cacheSavedNone'),
      });
      void queryClient.invalidateQueries({ queryKey: GENERAL_SETTINGS_QUERY });
    },
    onError: (error) => setStatus(failed(error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = protocol.setCacheTtl.request.safeParse({ minutes: value.trim() === '' ? Number.NaN : Number(value) });
    if (!parsed.success) {
      setStatus({ ok: false, message: parsed.error.issues[0]?.message ?? t('cacheTtlInvalid') });
      return;
    }
    save.mutate(parsed.data.minutes);
  }

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={`${id}-ttl`}>{t('cacheLabel')}</label>
      <input
        id={`${id}-ttl`}
        name="cacheTtlMinutes"
        type="number"
        min={0}
        max={1440}
        step={1}
        inputMode="numeric"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <SubmitRow label={t('save')} disabled={save.isPending} />
      <StatusLine status={status} />
    </form>
  );
}

/** How long a candidate's results are kept before reopening asks the vendors again. */
export function CacheLifetimeSection() {
  const settings = useGeneralSettings();
  return (
    <section className="sl-vendor-form" aria-labelledby="sl-cache-title" data-section="cache">
      <h2 id="sl-cache-title">{t('cacheTitle')}</h2>
      <p className="sl-muted">{t('cacheIntro')}</p>
      {settings.isError && (
        <p className="sl-error" role="alert">
          {settings.error.message}
        </p>
      )}
      {settings.data && <CacheLifetimeForm minutes={settings.data.cacheTtlMinutes} />}
    </section>
  );
}

/** The built-in ATSs, each on or off: off, Scorelens shows no panel and looks nothing up there. */
export function AtsSection() {
  const queryClient = useQueryClient();
  const settings = useGeneralSettings();
  const [status, setStatus] = useState<Status>();
  const toggle = useMutation({
    mutationFn: (change: { ats: string; enabled: boolean }) => sendMessage('setAtsEnabled', change),
    onSuccess: ({ disabledAts }, { ats, enabled }) => {
      queryClient.setQueryData(GENERAL_SETTINGS_QUERY, (old: typeof settings.data) => old && { ...old, disabledAts });
      const name = ATS_ADAPTERS.find((a) => a.id === ats)?.name ?? ats;
      setStatus({ ok: true, message: enabled ? t('atsOn', name) : t('atsOff', name) });
    },
    onError: (error) => setStatus(failed(error)),
  });
  const disabled = new Set(settings.data?.disabledAts ?? []);
  return (
    <section className="sl-vendor-form" aria-labelledby="sl-ats-title" data-section="ats">
      <h2 id="sl-ats-title">{t('atsTitle')}</h2>
      <p className="sl-muted">{t('atsIntro')}</p>
      {settings.data &&
        ATS_ADAPTERS.map((ats) => (
          <label key={ats.id} className="sl-check">
            <input
              type="checkbox"
              name={`ats-${ats.id}`}
              checked={!disabled.has(ats.id)}
              disabled={toggle.isPending}
              onChange={(e) => toggle.mutate({ ats: ats.id, enabled: e.target.checked })}
            />{' '}
            {ats.name}
          </label>
        ))}
      <StatusLine status={status} />
    </section>
  );
}
