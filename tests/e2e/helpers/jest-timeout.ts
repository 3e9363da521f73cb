// Browser steps against a real Strapi process: generous per-test timeout (projects ignore testTimeout).
jest.setTimeout(300_000);
