/**
 * Two projects, both run by `npm test`:
 * - unit: the component in this process, against the sandbox Twilio (started once per run) and the
 *   tests' own sandboxes and loopback servers; the few tests about the contract itself use the
 *   contract server (Prism on Twilio's official specs), started on their first request to it.
 *   `npm run test:unit` runs it alone.
 * - process: the built bundle, the manifest and the scripts, each in processes of their own. When
 *   dist/ is stale it is built once, while the unit tests run; these files wait for it first.
 * Tests run with a quiet console (test/support/quietConsoleEnvironment.ts): what a test logs is
 * printed only when it fails.
 */
const PROCESS_TESTS = [
  "<rootDir>/test/scripts/",
  "<rootDir>/test/bundle.test.ts",
  "<rootDir>/test/bundleDefinition.test.ts",
  "<rootDir>/test/manifest.test.ts",
];

const shared = {
  testEnvironment: "<rootDir>/test/support/quietConsoleEnvironment.ts",
  setupFiles: ["<rootDir>/test/support/freshConnections.ts", "<rootDir>/test/support/shortSettle.ts"],
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        // Transpile only: `npm run typecheck` checks the tests' types, and checking them again per file costs seconds each.
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          ignoreDeprecations: "6.0",
          esModuleInterop: true,
          resolveJsonModule: true,
          types: ["node", "jest"],
          target: "ES2022",
          strict: true,
          isolatedModules: true,
          skipLibCheck: true,
        },
      },
    ],
  },
};

module.exports = {
  // Much of a test's time is spent waiting on another process (Prism, a script, the build, a loopback
  // answer), so three workers keep both cores busy where jest's default (cores - 1) leaves one idle.
  maxWorkers: 3,
  // A CPU-bound test (hundreds of requests through the harness) can take 20 s on a machine shared by several runs.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      // Modules resolve as in the bundle (webpack.config.js): what it empties is empty here, and date-fns
      // holds only what spectral calls. Loading all of zod, yaml and date-fns cost each test file about 0.1 s.
      moduleNameMapper: {
        "^(zod|yaml|jsonwebtoken)$": "<rootDir>/test/support/aliases/empty.js",
        "^date-fns$": "<rootDir>/test/support/aliases/dateFns.js",
      },
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", ...PROCESS_TESTS],
      globalSetup: "<rootDir>/test/support/globalSetup.ts",
      globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
    },
    {
      ...shared,
      displayName: "process",
      testMatch: PROCESS_TESTS.map((path) => (path.endsWith("/") ? `${path}**/*.test.ts` : path)),
      globalSetup: "<rootDir>/test/support/bundleSetup.ts",
      globalTeardown: "<rootDir>/test/support/bundleTeardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/support/awaitBundle.ts"],
    },
  ],
};
