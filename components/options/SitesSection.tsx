import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { defaultPattern, sitePatternProblem } from '@/lib/settings/sitePattern';
import { failed, type Status, StatusLine } from '@/components/options/StatusLine';
import { SubmitRow } from '@/components/options/SubmitRow';

type Site = { origin: string; pattern: string };

/** The sites added so far, each with its pattern and a Remove button. */
function SiteList({ sites, onRemove }: { sites: readonly Site[] | undefined; onRemove: (origin: string) => void }) {
  return (
    <ul className="sl-sites">
      {sites?.map((site) => (
        <li key={site.origin}>
          <span>
            {site.origin} <span className="sl-muted">({site.pattern})</span>
          </span>
          <button type="button" className="sl-button" onClick={() => onRemove(site.origin)} aria-label={t('sitesRemoveLabel', site.origin)}>
            {t('sitesRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Adds a site: its pattern checked first, then the browser's permission asked inside the click. */
function AddSiteForm({ setStatus, onAdded }: { setStatus: (status: Status | undefined) => void; onAdded: () => void }) {
  const id = useId();
  const [origin, setOrigin] = useState('');
  const [pattern, setPattern] = useState('');

  const add = useMutation({
    mutationFn: async (granted: Promise<boolean>) => {
      if (!(await granted)) throw new Error(t('sitesPermissionRefused', origin.trim()));
      return sendMessage('addSite', { origin: origin.trim(), pattern: pattern.trim() || undefined });
    },
    onSuccess: () => {
      setStatus({ ok: true, message: t('sitesAdded', origin.trim()) });
      setOrigin('');
      setPattern('');
      onAdded();
    },
    onError: (error) => setStatus(failed(error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    // A pattern beyond the typed origin is refused before any permission is asked for.
    const problem = URL.canParse(origin.trim()) ? sitePatternProblem(origin.trim(), pattern.trim() || undefined) : undefined;
    if (problem) {
      setStatus({ ok: false, message: problem });
      return;
    }
    const wanted = pattern.trim() || (URL.canParse(origin.trim()) ? defaultPattern(origin.trim()) : '');
    // Asked before anything is awaited: browsers grant permissions only inside the click.
    const granted = wanted ? browser.permissions.request({ origins: [wanted] }).catch(() => false) : Promise.resolve(true);
    add.mutate(granted);
  }

  return (
    <form onSubmit={submit}>
      <label htmlFor={`${id}-origin`}>{t('sitesSite')}</label>
      <input
        id={`${id}-origin`}
        name="siteOrigin"
        type="url"
        required
        placeholder={t('sitesSitePlaceholder')}
        value={origin}
        onChange={(e) => setOrigin(e.target.value)}
      />
      <label htmlFor={`${id}-pattern`}>{t('sitesPattern')}</label>
      <input
        id={`${id}-pattern`}
        name="sitePattern"
        placeholder={t('sitesPatternPlaceholder')}
        value={pattern}
        onChange={(e) => setPattern(e.target.value)}
      />
      <SubmitRow label={t('sitesAdd')} disabled={add.isPending} />
    </form>
  );
}

/** Your own ATS sites: Scorelens asks for the site's permission when you add it, and gives it back when you remove it. */
export function SitesSection() {
  const id = useId();
  const queryClient = useQueryClient();
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => sendMessage('listSites', {}) });
  const [status, setStatus] = useState<Status>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['sites'] });

  const remove = useMutation({
    mutationFn: (siteOrigin: string) => sendMessage('removeSite', { origin: siteOrigin }),
    onSuccess: (_data, siteOrigin) => {
      setStatus({ ok: true, message: t('sitesRemoved', siteOrigin) });
      refresh();
    },
    onError: (error) => setStatus(failed(error)),
  });

  return (
    <section className="sl-vendor-form" aria-labelledby={`${id}-title`} data-section="sites">
      <h2 id={`${id}-title`}>{t('sitesTitle')}</h2>
      <p className="sl-muted">{t('sitesIntro')}</p>
      <SiteList sites={sites.data?.sites} onRemove={(origin) => remove.mutate(origin)} />
      <AddSiteForm setStatus={setStatus} onAdded={refresh} />
      <StatusLine status={status} />
    </section>
  );
}
