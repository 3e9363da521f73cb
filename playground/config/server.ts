import { secretList } from '../src/secrets';

export default ({ env }: { env: EnvFn }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: secretList('APP_KEYS', 4),
  },
});

type EnvFn = {
  (key: string, fallback?: string): string;
  int: (key: string, fallback?: number) => number;
  bool: (key: string, fallback?: boolean) => boolean;
};
