import { buildPlayground } from './playground';

/**
 * Builds the plugin and the playground once for the whole e2e run, so that each test file
 * (each starts its own playground process on its own database) reuses the same build.
 */
export default function globalSetup(): void {
  buildPlayground();
}
