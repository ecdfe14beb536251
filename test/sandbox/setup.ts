/**
 * How to set each vendor up against the sandbox: its key and its own fields, as a person
 * would type them into the options page. The demo and the end-to-end tests use this.
 */
import type { VendorId } from '@/lib/model';
import { HIRINGBRANCH_SANDBOX_INSTANCE, hiringbranchSandboxKeys } from './hiringbranch';
import { hrflowSandboxKeys, hrflowSandboxSettings } from './hrflow';
import { novaSandboxKeys, novaSandboxTenant } from './nova';
import { praxicraftSandboxKeys } from './praxicraft';
import { talentscreenSandboxKeys } from './talentscreen';

export interface SandboxVendorSetup {
  apiKey: string;
  fields: Record<string, string>;
}

export const SANDBOX_SETUP: Record<VendorId, SandboxVendorSetup> = {
  hiringbranch: { apiKey: hiringbranchSandboxKeys.valid, fields: { instance: HIRINGBRANCH_SANDBOX_INSTANCE } },
  talentscreen: { apiKey: talentscreenSandboxKeys.valid, fields: {} },
  praxicraft: { apiKey: praxicraftSandboxKeys.valid, fields: {} },
  hrflow: {
    apiKey: hrflowSandboxKeys.valid,
    fields: {
      userEmail: hrflowSandboxSettings.userEmail,
      sourceKeys: hrflowSandboxSettings.sourceKey,
      boardKey: hrflowSandboxSettings.boardKey,
      algorithmKey: hrflowSandboxSettings.algorithmKey,
    },
  },
  nova: { apiKey: novaSandboxKeys.valid, fields: { tenantId: novaSandboxTenant } },
};
