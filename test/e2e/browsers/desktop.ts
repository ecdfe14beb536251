/**
 * A virtual X display (Xvfb) with real keyboard input (xdotool), for what a headless browser
 * or page-level input cannot reach: the browser's own permission prompt and extension
 * keyboard shortcuts, which the browser handles before any page sees the key.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

const TOOLS = { xvfb: '/usr/bin/Xvfb', xdotool: '/usr/bin/xdotool' } as const;

/** The packages that provide the tools, when one is missing (apt-get install …). */
export function missingDesktopPackages(): string[] {
  return [...(existsSync(TOOLS.xvfb) ? [] : ['xvfb']), ...(existsSync(TOOLS.xdotool) ? [] : ['xdotool'])];
}

export interface Desktop {
  /** The X display (":7"), for the browser's DISPLAY. */
  display: string;
  /**
   * Presses keys, xdotool style ("Tab", "Return", "alt+shift+l"), in the visible window whose
   * title contains `windowTitle` (a browser window takes its active tab's title).
   */
  press(windowTitle: string, ...keys: string[]): void;
  close(): Promise<void>;
}

export async function startDesktop(): Promise<Desktop> {
  const missing = missingDesktopPackages();
  if (missing.length > 0) throw new Error(`Missing ${missing.join(', ')}: apt-get install ${missing.join(' ')}`);
  // -displayfd: Xvfb picks a free display number and prints it once it accepts connections.
  const xvfb: ChildProcess = spawn(TOOLS.xvfb, ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    createInterface({ input: xvfb.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(`:${line.trim()}`);
    });
  });
  const xdotool = (...args: string[]) =>
    execFileSync(TOOLS.xdotool, args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 10_000 });
  return {
    display,
    press(windowTitle, ...keys) {
      // Without a window manager nothing gives a window focus; xdotool does, then types into it.
      const window = xdotool('search', '--onlyvisible', '--name', windowTitle).trim().split('\n')[0];
      if (!window) throw new Error(`No visible window titled "${windowTitle}" on ${display}`);
      xdotool('windowfocus', '--sync', window);
      xdotool('key', '--clearmodifiers', ...keys);
    },
    async close() {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill();
      await exited;
    },
  };
}
