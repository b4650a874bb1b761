import { chromium, type Browser } from 'playwright-core';

/** Debian's headless Chromium, as the PDF tests print with it: no sandbox, GPU or network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}
