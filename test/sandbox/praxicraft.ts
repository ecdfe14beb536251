/** Placeholder until this vendor's sandbox is written: every call answers 501. */
import { json, type VendorSite } from './http';

export const praxicraftSite: VendorSite = {
  hosts: ['assess.praxicraft.com', 'praxicraft.com'],
  basePath: '/api/v1/public',
  handler: () => json(501, { message: 'not implemented in the sandbox yet' }),
  errorBody: (_status, message) => ({ message }),
};
