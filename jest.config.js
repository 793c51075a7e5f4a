// One ESM jest config for the whole repo. ts-jest compiles TypeScript as ESM; `.js` specifiers in
// sources (NodeNext style) are mapped back to their `.ts` files, and `@gatehouse/core/<x>` resolves
// to the source of packages/core without a build step.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/packages', '<rootDir>/actions', '<rootDir>/test-support'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: {
    '^@gatehouse/core/(.*)$': '<rootDir>/packages/core/src/$1.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  reporters: ['default', '<rootDir>/test-support/summary-reporter.js'],
  testTimeout: 60000,
  maxWorkers: 2,
};
