/** Tests run offline: the sandbox Twilio and the contract server (Prism on Twilio's official specs) start once per run. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          ignoreDeprecations: "6.0",
          esModuleInterop: true,
          resolveJsonModule: true,
          types: ["node", "jest"],
          target: "ES2022",
          strict: true,
          skipLibCheck: true,
        },
      },
    ],
  },
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
  testTimeout: 30000,
};
