import { useQuery } from '@tanstack/react-query';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';

/** Which vendors are set up, and whether each one's last call worked. */
export function VendorStatusList() {
  const status = useQuery({ queryKey: ['vendorStatus'], queryFn: () => sendMessage('vendorStatus', {}) });
  if (!status.data) return null;
  return (
    <ul className="sl-status-list" aria-label={t('vendorsHeading')}>
      {status.data.vendors.map((vendor) => {
        const call = vendor.lastCall;
        const state = !vendor.enabled
          ? t('vendorOff')
          : !vendor.configured
            ? t('vendorNoKey')
            : !call
              ? t('vendorReady')
              : call.ok
                ? t('vendorWorkedAt', new Date(call.at).toLocaleTimeString())
                : t('vendorFailedAt', new Date(call.at).toLocaleTimeString());
        return (
          <li key={vendor.id} data-vendor-status={vendor.id} title={call?.ok === false ? call.message : undefined}>
            <span>{vendor.name}</span>
            <span className={call?.ok === false ? 'sl-error' : 'sl-muted'}>{state}</span>
          </li>
        );
      })}
    </ul>
  );
}
