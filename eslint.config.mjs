// Lint configuration for `npm run lint` (office-addin-lint picks up this file).
// Microsoft's office-addins rules (load before read, sync after load, isNullObject ...) and
// React's, for TypeScript and TSX alike; Office and Excel are globals that Office.js defines.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import { builtinModules } from "node:module";

// Architecture (test/architecture.test.ts checks the same with resolved paths): src/ never imports
// test/; the core imports no adapter, UI, Node or rendering module; the Excel double imports only
// itself and the core's A1 helpers; the use cases (src/app) import no host; the spreadsheet
// engine imports only itself, its parser and the core's snapshot types, and only the playground
// imports it. Relative paths are matched at any depth ("../../excel").
const NO_TEST = {
  regex: "^(\\.\\./)+test(/|$)",
  message: "src/ must not import from test/: move what the app needs into src/.",
};
const HOST_FOLDERS = ["excel", "xlsx", "cli", "taskpane", "playground", "export", "excel-double", "app", "engine"];
const NO_ENGINE = {
  regex: "^(\\.\\./)+engine(/|$)",
  message: "Only the playground computes formulas with the engine (src/engine).",
};
const NO_GPL = { regex: "^hyperformula(/|$)", message: "HyperFormula is GPL: tests only, never shipped." };
const coreImports = {
  paths: builtinModules.map((name) => ({
    name,
    message: "The core is pure TypeScript: no Node APIs (the adapters read and write files).",
  })),
  patterns: [
    NO_TEST,
    {
      regex: `^(\\.\\./)+(${HOST_FOLDERS.join("|")})(/|$)`,
      message: "The core must not import an adapter, the UI or the double: they import the core.",
    },
    {
      regex: "^(react|react-dom|exceljs|jspdf[^/]*|@fluentui/[^/]+)(/|$)",
      message: "The core is pure TypeScript: no React, Fluent UI, exceljs or jsPDF.",
    },
    { group: ["node:*"], message: "The core is pure TypeScript: no Node APIs." },
  ],
};
// The use cases reach Excel and files only through their port: no adapter, UI or package.
const appImports = {
  patterns: [
    NO_TEST,
    NO_ENGINE,
    {
      regex: `^(\\.\\./)+(excel|xlsx|cli|taskpane|playground|excel-double)(/|$)`,
      message: "The use cases reach hosts only through their port (src/app/port.ts).",
    },
    {
      regex: "^[^.]",
      message: "The use cases import only the core, the exporters and themselves.",
    },
  ],
};
const engineImports = {
  patterns: [
    {
      regex: "^(?!\\./[^/]+$|\\.\\./core/workbook/snapshot$|@borgar/fx$)",
      message: "The engine imports only its own files, @borgar/fx and ../core/workbook/snapshot.",
    },
  ],
};
const doubleImports = {
  patterns: [
    {
      regex: "^(?!\\./[^/]+$|\\.\\./core/workbook/(a1|r1c1)$)",
      message:
        "The Excel double imports only its own files and ../core/workbook/a1 and r1c1 (no React, no Node, no test code).",
    },
  ],
};

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript checks names; the JS rule does not know type-only globals such as JSX or DOM types.
      "no-undef": "off",
      // The recommended set turns these on for .ts only; .tsx gets the same.
      "no-unused-vars": "off",
      // A leading underscore marks a parameter kept for the API's shape (e.g. the double's).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // The new JSX transform (react-jsx) needs no React in scope.
      "react/react-in-jsx-scope": "off",
      // Types, not prop-types, describe component props.
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_TEST, NO_ENGINE, NO_GPL] }] },
  },
  {
    files: ["src/playground/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_TEST, NO_GPL] }] },
  },
  {
    files: ["src/engine/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", engineImports] },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", coreImports] },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", appImports] },
  },
  {
    files: ["src/excel-double/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", doubleImports] },
  },
  {
    // Build and tool scripts run in Node as CommonJS.
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
  },
  {
    // The office-addins rules follow Office.js proxies by name and misread other code: exceljs
    // cells (src/xlsx, src/cli), and the Excel double and its tests, which implement the API and
    // read before sync on purpose to prove that it throws.
    files: ["src/xlsx/**", "src/cli/**", "src/excel-double/**", "test/excel-double/**", "test/xlsx/**", "bench/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
];
