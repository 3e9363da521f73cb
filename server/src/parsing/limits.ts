/** The parser's limits live with the contracts (the admin and the content model share them). */
export * from '../../../shared/contracts/limits';
