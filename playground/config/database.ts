import path from 'node:path';

type Env = {
  (key: string, fallback?: string): string;
  int: (key: string, fallback?: number) => number;
  bool: (key: string, fallback?: boolean) => boolean;
};

// Compiled, config runs from dist/config; the app root is where package.json is.
const appRoot = () => {
  const parent = path.resolve(__dirname, '..');
  return path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
};

export default ({ env }: { env: Env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  const connections: Record<string, object> = {
    sqlite: {
      connection: {
        // Relative names are relative to the playground; absolute names are used as they are.
        filename: path.resolve(appRoot(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool,
    },
    mysql: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'root'),
        password: env('DATABASE_PASSWORD', ''),
      },
      pool,
    },
  };

  if (!(client in connections)) {
    throw new Error(`DATABASE_CLIENT must be one of sqlite, postgres, mysql (got "${client}").`);
  }

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
