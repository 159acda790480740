/**
 * Two projects: `node` for the pure core, the Excel adapter against the strict double, the
 * command line, the manifest check, the PDF read back (PDF.js), the playground's models and its
 * recalculation; `jsdom` for React components. The browser tests live in the conformance suite.
 * ts-jest reads tsconfig.json (isolatedModules there keeps the run fast).
 */
const tsTransform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
};

/** @type {import('jest').Config} */
module.exports = {
  // Generous: a test may fail on what it checks, never because a shared machine was busy.
  testTimeout: 60_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      // test/conformance needs programs npm does not bring (jest.conformance.config.js).
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/ui/", "<rootDir>/test/conformance/"],
      transform: tsTransform,
      testTimeout: 60_000,
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/ui/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/ui/setup.ts"],
      transform: tsTransform,
      testTimeout: 60_000,
    },
  ],
};
