import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { AlertsSection } from '@/components/options/AlertsSection';
import { AtsSection, CacheLifetimeSection } from '@/components/options/GeneralSettings';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { SitesSection } from '@/components/options/SitesSection';
import { VendorForm } from '@/components/options/VendorForm';

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
