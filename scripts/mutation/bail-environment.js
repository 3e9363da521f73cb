// The Jest environment of mutation runs (jest.mutation.config.js): once a test of a file has
// failed, the file's remaining tests are skipped. StrykerJS needs one failing test to call a
// mutant killed, and Jest's own `bail` stops only between files. The parser's tests are one file
// (parsing/__tests__/all.mutation.ts) in which nearly every test covers nearly every mutant, so
// without this a killed mutant cost a run of all of them. `npm test` does not use it.
const { TestEnvironment } = require('jest-environment-node');

class BailOnFirstFailureEnvironment extends TestEnvironment {
  failed = false;

  async handleTestEvent(event, state) {
    if (super.handleTestEvent) await super.handleTestEvent(event, state);
    if (event.name === 'test_done' && event.test.errors.length > 0) this.failed = true;
    if (event.name === 'hook_failure') this.failed = true;
    if (event.name === 'test_start' && this.failed) event.test.mode = 'skip';
  }
}

module.exports = BailOnFirstFailureEnvironment;
