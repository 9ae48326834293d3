/** Launches the system Chromium through playwright-core (no downloaded browsers). */
export { chromiumPath, launchChromium as launchBrowser } from '../../scripts/lib/chromium';
