// Jest's 5 s default fails the jsdom component tests on a busy CI machine (they take well under
// a second alone); no test asserts timing. Projects ignore the top-level testTimeout.
jest.setTimeout(30_000);
