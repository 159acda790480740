/**
 * The conformance suite (`npm run test:conformance`, run by `.ci/run` after `npm test`): tests
 * that need programs npm does not bring — LibreOffice (`soffice`) recalculating written
 * workbooks, Chromium driving the built playground, poppler's `pdftotext`/`pdfimages` reading
 * the PDF back. `.ci/run` installs them from Debian's packages; `npm test` runs without them.
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
