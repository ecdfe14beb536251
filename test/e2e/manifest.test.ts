import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATS_MATCHES } from '@/lib/ats';
import { PUBLIC_BOARD_EXCLUDES, RECRUITER_MATCHES } from '@/lib/ats/recruiterPages';
import { DATA_COLLECTED, MIN_CHROME, MIN_FIREFOX, MIN_FIREFOX_ANDROID, VENDOR_HOSTS } from '../../wxt.config';
import { MESSAGES_PATH } from '../helpers/messages';
import { BUILD_DIRS } from './launch';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  it('Firefox carries a gecko id, the data it sends vendors, and minimums that know data_collection_permissions', () => {
    const settings = manifest(BUILD_DIRS.firefox).browser_specific_settings;
    expect(settings?.gecko?.id).toBe('scorelens@scorelens.dev');
    // Candidates' names, emails and ATS ids, read from the page, go to the vendors: not "none".
    expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['personallyIdentifyingInfo', 'websiteContent'] });
    expect(DATA_COLLECTED).toEqual(['personallyIdentifyingInfo', 'websiteContent']);
    // data_collection_permissions exists from Firefox 140 (desktop) and 142 (Android).
    expect(settings?.gecko?.strict_min_version).toBe('140.0');
    expect(settings?.gecko_android?.strict_min_version).toBe('142.0');
    expect([MIN_FIREFOX, MIN_FIREFOX_ANDROID]).toEqual(['140.0', '142.0']);
  });

  it('Chrome carries neither, and asks for Chrome 140 (storage.local.setAccessLevel)', () => {
    const chrome = manifest(BUILD_DIRS.chromium);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(JSON.stringify(chrome)).not.toContain('data_collection_permissions');
    expect(chrome.minimum_chrome_version).toBe(MIN_CHROME);
    expect(MIN_CHROME).toBe('140');
  });

  it('both are Manifest V3 and ask up front only for the vendor APIs and the built-in ATSs', () => {
    for (const dir of Object.values(BUILD_DIRS)) {
      const m = manifest(dir);
      expect(m.manifest_version).toBe(3);
      // alarms + notifications: alerts when a pending result lands (no prompt, no host access).
      expect(m.permissions).toEqual(['storage', 'scripting', 'alarms', 'notifications']);
      expect(m.host_permissions).toEqual([...VENDOR_HOSTS, ...ATS_MATCHES]);
      // The content script: recruiter pages only, never the public boards.
      expect([...m.content_scripts[0].matches].sort()).toEqual([...RECRUITER_MATCHES].sort());
      expect([...m.content_scripts[0].exclude_matches].sort()).toEqual([...PUBLIC_BOARD_EXCLUDES].sort());
      // Icons at every size browsers ask for (toolbar, menus, the extensions page, stores).
      expect(Object.keys(m.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    }
  });

  it('both take their texts from _locales, English by default', () => {
    const english = readFileSync(MESSAGES_PATH, 'utf8');
    for (const dir of Object.values(BUILD_DIRS)) {
      const m = manifest(dir);
      expect(m.default_locale).toBe('en');
      expect(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8')).toBe(english);
      expect(m.name).toBe('__MSG_extName__');
      expect(m.description).toBe('__MSG_extDescription__');
      expect(m.commands['toggle-panel'].description).toBe('__MSG_commandTogglePanel__');
      // The toolbar button's tooltip: WXT copies it from popup.html's <title>.
      expect(m.action.default_title).toBe('__MSG_extName__');
    }
  });
});
