/** Jest runs the e2e suites through SWC; NestJS 12 ships ESM, so @nestjs and a few deps are transformed too. */
const esmPackages = [
  '@nestjs',
  'content-disposition',
  'file-type',
  'load-esm',
  'uid',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Built workspace packages (packages/*/dist) run as compiled; transforming them again would turn
  // their dynamic import() of ESM-only modules into require().
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`, '/packages/[^/]+/dist/'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60000,
};
