import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import type { VendorSetup } from '@/lib/messaging/protocol';
import { ensureHostPermission } from '@/lib/settings/hostPermission';
import { AlertsSection } from '@/components/options/AlertsSection';
import { AtsSection, CacheLifetimeSection } from '@/components/options/GeneralSettings';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { SitesSection } from '@/components/options/SitesSection';

/** Beside a value the administrator's policy sets: the input is disabled and says why. */
function AdminNote({ id }: { id: string }) {
  return (
    <p id={id} className="sl-muted" data-testid="locked-note">
      {t('optionsAdminNote')}
    </p>
  );
}

function VendorForm({ setup }: { setup: VendorSetup }) {
  const id = useId();
  const locked = setup.locked;
  const lockedField = (name: string) => Boolean(locked.fields?.includes(name));
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(setup.enabled);
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(setup.baseUrl);
  const [fields, setFields] = useState(setup.fieldValues);
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();

  const save = useMutation({
    mutationFn: async (granted: Promise<boolean>) => {
      if (!(await granted)) throw new Error(t('optionsBaseUrlPermission', baseUrl.trim()));
      return sendMessage('saveVendor', { vendor: setup.id, enabled, baseUrl: baseUrl.trim(), apiKey: apiKey || undefined, fields });
    },
    onSuccess: () => {
      setApiKey('');
      setStatus({ ok: true, message: t('optionsSaved') });
      void queryClient.invalidateQueries({ queryKey: ['vendorSetups'] });
    },
    onError: (error) => setStatus({ ok: false, message: error.message }),
  });
  const test = useMutation({
    mutationFn: () => sendMessage('testConnection', { vendor: setup.id }),
    onSuccess: setStatus,
    onError: (error) => setStatus({ ok: false, message: error.message }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const url = baseUrl.trim();
    // An unparsable URL goes on to the background, whose validation says what is wrong with it.
    const granted = URL.canParse(url) ? ensureHostPermission(url).catch(() => false) : Promise.resolve(true);
    save.mutate(granted);
  }

  return (
    <form className="sl-vendor-form" data-vendor={setup.id} onSubmit={submit} aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{setup.name}</h2>
      <label className="sl-check">
        <input
          type="checkbox"
          name="enabled"
          checked={enabled}
          disabled={locked.enabled}
          aria-describedby={locked.enabled ? `${id}-enabled-locked` : undefined}
          onChange={(e) => setEnabled(e.target.checked)}
        />{' '}
        {t('optionsEnabled')}
      </label>
      {locked.enabled && <AdminNote id={`${id}-enabled-locked`} />}
      <label htmlFor={`${id}-key`}>{t('optionsApiKey')}</label>
      <input
        id={`${id}-key`}
        name="apiKey"
        type="password"
        autoComplete="off"
        value={apiKey}
        disabled={locked.apiKey}
        aria-describedby={locked.apiKey ? `${id}-key-locked` : undefined}
        onChange={(e) => setApiKey(e.target.value)}
        placeholder={setup.maskedKey ?? setup.keyHint}
      />
      <p className="sl-muted" data-testid="key-state">
        {setup.maskedKey ? t('optionsSavedKey', setup.maskedKey) : t('optionsNoKey')}
      </p>
      {locked.apiKey && <AdminNote id={`${id}-key-locked`} />}
      <label htmlFor={`${id}-url`}>{t('optionsBaseUrl')}</label>
      <input
        id={`${id}-url`}
        name="baseUrl"
        type="url"
        value={baseUrl}
        disabled={locked.baseUrl}
        aria-describedby={locked.baseUrl ? `${id}-url-locked` : undefined}
        onChange={(e) => setBaseUrl(e.target.value)}
        placeholder={setup.defaultBaseUrl}
      />
      {locked.baseUrl && <AdminNote id={`${id}-url-locked`} />}
      {setup.fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
          <input
            id={`${id}-${field.name}`}
            name={field.name}
            value={fields[field.name] ?? ''}
            disabled={lockedField(field.name)}
            aria-describedby={
              [field.hint && `${id}-${field.name}-hint`, lockedField(field.name) && `${id}-${field.name}-locked`]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(e) => setFields({ ...fields, [field.name]: e.target.value })}
          />
          {field.hint && (
            <p id={`${id}-${field.name}-hint`} className="sl-muted sl-hint">
              {field.hint}
            </p>
          )}
          {lockedField(field.name) && <AdminNote id={`${id}-${field.name}-locked`} />}
        </div>
      ))}
      <div className="sl-actions">
        <button type="submit" className="sl-button sl-primary" disabled={save.isPending}>
          {t('save')}
        </button>
        <button type="button" className="sl-button" disabled={test.isPending} onClick={() => test.mutate()}>
          {t('optionsTestConnection')}
        </button>
      </div>
      <p role="status" className={status && !status.ok ? 'sl-error' : 'sl-muted'}>
        {status?.message}
      </p>
    </form>
  );
}

/** One action that forgets every key and every cached candidate detail. */
function ForgetEverything() {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const forget = useMutation({
    mutationFn: () => sendMessage('forgetEverything', {}),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['vendorSetups'] });
    },
  });
  return (
    <section className="sl-vendor-form" aria-labelledby="sl-forget-title">
      <h2 id="sl-forget-title">{t('forgetTitle')}</h2>
      <p className="sl-muted">{t('forgetIntro')}</p>
      {confirming ? (
        <div className="sl-actions">
          <button type="button" className="sl-button sl-danger" onClick={() => forget.mutate()} disabled={forget.isPending}>
            {t('forgetConfirm')}
          </button>
          <button type="button" className="sl-button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="sl-button" onClick={() => setConfirming(true)}>
          {t('forgetStart')}
        </button>
      )}
      <p role="status" className={forget.isError ? 'sl-error' : 'sl-muted'}>
        {forget.isSuccess ? t('forgetDone') : forget.error?.message}
      </p>
    </section>
  );
}

export function OptionsApp() {
  const queryClient = useQueryClient();
  const setups = useQuery({ queryKey: ['vendorSetups'], queryFn: () => sendMessage('getVendorSetups', {}) });
  // An import replaces every setting: vendor forms start again from what is stored.
  const [imports, setImports] = useState(0);
  const onImported = () => void queryClient.invalidateQueries().then(() => setImports((n) => n + 1));
  return (
    <main className="sl-options">
      <h1 className="sl-title">{t('optionsTitle')}</h1>
      <p className="sl-muted">{t('optionsIntro')}</p>
      {setups.isPending && <p role="status">{t('loading')}</p>}
      {setups.isError && (
        <p className="sl-error" role="alert">
          {setups.error.message}
        </p>
      )}
      {setups.data?.vendors.map((setup) => (
        <VendorForm key={`${setup.id}-${setup.maskedKey ?? ''}-${imports}`} setup={setup} />
      ))}
      <AtsSection />
      <SitesSection />
      <CacheLifetimeSection />
      <AlertsSection />
      <SettingsTransfer onImported={onImported} />
      <ForgetEverything />
    </main>
  );
}
