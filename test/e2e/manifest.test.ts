import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATS_MATCHES } from '@/lib/ats';
import { VENDOR_HOSTS } from '../../wxt.config';
import { BUILD_DIRS } from './launch';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  it('Firefox carries a gecko id and data_collection_permissions', () => {
    const gecko = manifest(BUILD_DIRS.firefox).browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('scorelens@scorelens.dev');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('Chrome carries neither', () => {
    const chrome = manifest(BUILD_DIRS.chromium);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(JSON.stringify(chrome)).not.toContain('data_collection_permissions');
  });

  it('both are Manifest V3 and ask up front only for the vendor APIs and the built-in ATSs', () => {
    for (const dir of Object.values(BUILD_DIRS)) {
      const m = manifest(dir);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(['storage', 'scripting']);
      expect(m.host_permissions).toEqual([...VENDOR_HOSTS, ...ATS_MATCHES]);
      expect([...m.content_scripts[0].matches].sort()).toEqual([...ATS_MATCHES].sort());
      // Icons at every size browsers ask for (toolbar, menus, the extensions page, stores).
      expect(Object.keys(m.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    }
  });
});
