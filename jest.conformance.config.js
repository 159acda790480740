/**
 * The conformance suite (`npm run test:conformance`, run by `.ci/run` after `npm test`): tests
 * that need programs npm does not bring — LibreOffice (`soffice`) recalculating written
 * workbooks, and poppler's `pdftotext`/`pdfimages` checking the PDF reader that `npm test` uses
 * (PDF.js). `.ci/run` installs them from Debian's packages; `npm test` runs without them (its
 * browser tests use the Chromium an npm package brings: test/e2e/browser.ts).
 */
const tsTransform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
};

/** @type {import('jest').Config} */
module.exports = {
  displayName: "conformance",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/conformance/**/*.test.ts"],
  transform: tsTransform,
};
