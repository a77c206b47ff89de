'use strict';
// The utterance tests run the built Lambda bundle. Bundle it once before any test; the interaction model
// is not rebuilt here, so the committed model is what the tests check (and a stale one fails them).
const { execSync } = require('node:child_process');
module.exports = async () => {
  execSync('npx tsx scripts/bundle.ts', { stdio: 'inherit' });
};
