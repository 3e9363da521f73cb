/** Types of scripts/chromium.js (used by tests/e2e from TypeScript). */
export interface FoundChromium {
  executablePath: string;
  args: string[];
  /** `CHROMIUM_PATH`, `/usr/bin/chromium` or `@sparticuz/chromium`. */
  source: string;
}

export function findChromium(env?: NodeJS.ProcessEnv): Promise<FoundChromium>;
