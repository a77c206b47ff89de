/** Every test suite: unit (domain), conversation (handlers), utterance (model + bundle), adapters. */
module.exports = {
  testEnvironment: 'node',
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
