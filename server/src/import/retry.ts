import { isTransient } from './errors';

const ATTEMPTS = 6;

/** Runs `work` again (with backoff) while it fails with a transient database error. */
export const withRetry = async <T>(work: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      const delay = 50 * 2 ** attempt + Math.floor(Math.random() * 50);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
};
