import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import type { VendorSetup } from '@/lib/messaging/protocol';
import { ensureHostPermission } from '@/lib/settings/hostPermission';
import { LockableInput } from '@/components/options/LockableInput';
import { failed, type Status, StatusLine } from '@/components/options/StatusLine';
import { SubmitRow } from '@/components/options/SubmitRow';

/** What the form holds while the user types: the key is empty until a new one is entered. */
function useVendorDraft(setup: VendorSetup) {
  const [enabled, setEnabled] = useState(setup.enabled);
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(setup.baseUrl);
  const [fields, setFields] = useState(setup.fieldValues);
  const setField = (name: string, value: string) => setFields({ ...fields, [name]: value });
  return { enabled, setEnabled, apiKey, setApiKey, baseUrl, setBaseUrl, fields, setField };
}

/** Saving the draft (after the base URL's host permission) and testing the saved connection; both report in `status`. */
function useVendorActions(setup: VendorSetup, draft: ReturnType<typeof useVendorDraft>) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>();
  const { enabled, apiKey, baseUrl, fields } = draft;
  const save = useMutation({
    mutationFn: async (granted: Promise<boolean>) => {
      if (!(await granted)) throw new Error(t('optionsBaseUrlPermission', baseUrl.trim()));
      return sendMessage('saveVendor', { vendor: setup.id, enabled, baseUrl: baseUrl.trim(), apiKey: apiKey || undefined, fields });
    },
    onSuccess: () => {
      draft.setApiKey('');
      setStatus({ ok: true, message: t('optionsSaved') });
      void queryClient.invalidateQueries({ queryKey: ['vendorSetups'] });
    },
    onError: (error) => setStatus(failed(error)),
  });
  const test = useMutation({
    mutationFn: () => sendMessage('testConnection', { vendor: setup.id }),
    onSuccess: setStatus,
    onError: (error) => setStatus(failed(error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const url = baseUrl.trim();
    // An unparsable URL goes on to the background, whose validation says what is wrong with it.
    const granted = URL.canParse(url) ? ensureHostPermission(url).catch(() => false) : Promise.resolve(true);
    save.mutate(granted);
  }

  return { save, test, status, submit };
}

/** The vendor's own settings (a tenant, assessment slugs…), each lockable by policy like the rest. */
function VendorOwnFields({ id, setup, draft }: { id: string; setup: VendorSetup; draft: ReturnType<typeof useVendorDraft> }) {
  return setup.fields.map((field) => (
    <div key={field.name}>
      <LockableInput
        id={`${id}-${field.name}`}
        name={field.name}
        label={field.label}
        hint={field.hint}
        locked={setup.locked.fields?.includes(field.name)}
        value={draft.fields[field.name] ?? ''}
        onChange={(e) => draft.setField(field.name, e.target.value)}
      />
    </div>
  ));
}

/** One vendor in options: on or off, its key (shown only masked), base URL and own fields; save and test connection. */
export function VendorForm({ setup }: { setup: VendorSetup }) {
  const id = useId();
  const locked = setup.locked;
  const draft = useVendorDraft(setup);
  const { save, test, status, submit } = useVendorActions(setup, draft);

  return (
    <form className="sl-vendor-form" data-vendor={setup.id} onSubmit={submit} aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{setup.name}</h2>
      <LockableInput
        id={`${id}-enabled`}
        type="checkbox"
        name="enabled"
        label={t('optionsEnabled')}
        locked={locked.enabled}
        checked={draft.enabled}
        onChange={(e) => draft.setEnabled(e.target.checked)}
      />
      <LockableInput
        id={`${id}-key`}
        name="apiKey"
        type="password"
        autoComplete="off"
        label={t('optionsApiKey')}
        locked={locked.apiKey}
        value={draft.apiKey}
        onChange={(e) => draft.setApiKey(e.target.value)}
        placeholder={setup.maskedKey ?? setup.keyHint}
      >
        <p className="sl-muted" data-testid="key-state">
          {setup.maskedKey ? t('optionsSavedKey', setup.maskedKey) : t('optionsNoKey')}
        </p>
      </LockableInput>
      <LockableInput
        id={`${id}-url`}
        name="baseUrl"
        type="url"
        label={t('optionsBaseUrl')}
        locked={locked.baseUrl}
        value={draft.baseUrl}
        onChange={(e) => draft.setBaseUrl(e.target.value)}
        placeholder={setup.defaultBaseUrl}
      />
      <VendorOwnFields id={id} setup={setup} draft={draft} />
      <SubmitRow label={t('save')} disabled={save.isPending}>
        <button type="button" className="sl-button" disabled={test.isPending} onClick={() => test.mutate()}>
          {t('optionsTestConnection')}
        </button>
      </SubmitRow>
      <StatusLine status={status} />
    </form>
  );
}
