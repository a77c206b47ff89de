/** Every test suite: unit (domain), conversation (handlers), utterance (model + bundle), adapters. */
module.exports = {
  testEnvironment: 'node',
  // A guard against hangs, not a speed check: a spoken transcript resolves each turn against the whole model,
  // which on a busy 2-core machine can take longer than jest's default 5 seconds.
  testTimeout: 20_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // ask-sdk-test is written for mocha; the shim hands it jest's globals.
  moduleNameMapper: { '^mocha$': '<rootDir>/test/support/mocha-shim.js' },
  setupFiles: ['<rootDir>/test/support/env.js'],
  setupFilesAfterEnv: ['<rootDir>/test/support/response-check-hook.ts', '<rootDir>/test/support/log-scan-hook.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
};
