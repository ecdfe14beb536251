/** Placeholder until this vendor's sandbox is written: every call answers 501. */
import { json, type VendorSite } from './http';

export const novaSite: VendorSite = {
  hosts: ['embed.nova.dweet.com'],
  basePath: '/v1',
  handler: () => json(501, { message: 'not implemented in the sandbox yet' }),
  errorBody: (_status, message) => ({ message }),
};
