'use strict';
// ask-sdk-test calls require('mocha').it(...); under jest those functions are globals.
const g = globalThis;
module.exports = {
  get it() { return g.it; },
  get describe() { return g.describe; },
  get before() { return g.beforeAll; },
  get after() { return g.afterAll; },
  get beforeEach() { return g.beforeEach; },
  get afterEach() { return g.afterEach; },
};
