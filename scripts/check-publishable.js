'use strict';
/**
 * `npm publish` runs this first (prepublishOnly): it refuses to publish while package.json
 * still has the OWNER placeholders in `repository`, `homepage` and `bugs` (see README,
 * "Publishing"), so that the registry page never links to a repository that does not exist.
 */
const pkg = require('../package.json');

const placeholders = ['repository', 'homepage', 'bugs'].filter((key) =>
  JSON.stringify(pkg[key] ?? '').includes('/OWNER/')
);
if (placeholders.length > 0) {
  console.error(
    `package.json: ${placeholders.join(', ')} still point at github.com/OWNER/…. ` +
      'Replace OWNER with the account that hosts the repository (README, "Publishing"), then publish.'
  );
  process.exit(1);
}
