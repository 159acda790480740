/**
 * The conformance suite (`npm run test:conformance`, run by `.ci/run` after `npm test`): tests
 * that need programs npm does not bring — LibreOffice (`soffice`) recalculating written
 * workbooks, and poppler's `pdftotext`/`pdfimages` checking the PDF reader that `npm test` uses
 * (PDF.js), and the playground driven in a browser (test/conformance/e2e/browser.ts: on Linux x64
 * the Chromium the npm package @sparticuz/chromium brings; elsewhere an installed Edge/Chrome or
 * KINERJA_CHROMIUM). `.ci/run` installs what Debian must bring; `npm test` needs none of it.
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
