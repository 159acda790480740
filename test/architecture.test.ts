/**
 * The import rules of eslint.config.mjs, checked again with resolved paths so that `npm test`
 * holds them too: nothing in src/ imports test/; the core imports no adapter, UI, Node or
 * rendering module; the use-case layer (src/app) knows no host (it reaches Excel and files
 * through its port); the Excel double imports only itself and the core's A1 helpers; the
 * spreadsheet engine (src/engine) imports only itself, its parser and the core's snapshot
 * types, and only the playground imports it; no GPL engine (HyperFormula) is imported by
 * anything that ships. Static, re-exported and dynamic imports and require() calls all count.
 */
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const CORE = path.join(SRC, "core");
const DOUBLE = path.join(SRC, "excel-double");
const APP = path.join(SRC, "app");
const ENGINE = path.join(SRC, "engine");
/** What the engine may import besides itself: its parser, and the core's snapshot types. */
const ENGINE_MAY_IMPORT = [path.join(CORE, "workbook", "snapshot")];
const ENGINE_PACKAGES = new Set(["@borgar/fx"]);
/** Who may import the engine: the playground (and the tests, outside src/). */
const ENGINE_USERS = [ENGINE, path.join(SRC, "playground")];
/** What the use cases may import besides themselves: the core, and the exporters (lazily). */
const APP_MAY_IMPORT = [CORE, path.join(SRC, "export")];
const DOUBLE_MAY_IMPORT = [path.join(CORE, "workbook", "a1"), path.join(CORE, "workbook", "r1c1")];
const HOST_FOLDERS = [
  "excel",
  "xlsx",
  "cli",
  "taskpane",
  "playground",
  "export",
  "excel-double",
  "app",
  "engine",
];
const CORE_FORBIDDEN_PACKAGES = /^(react|react-dom|exceljs|jspdf[^/]*|@fluentui\/[^/]+)(\/|$)/;
const NODE_BUILTINS = new Set(builtinModules);

interface SourceFile {
  file: string;
  text: string;
}

function sourceFiles(dir: string): SourceFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")
      ? [{ file: p, text: fs.readFileSync(p, "utf8") }]
      : [];
  });
}

function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const inside = (dir: string, p: string): boolean => p === dir || p.startsWith(dir + path.sep);
const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join("/");

/** One line per forbidden import: "src/core/x.ts imports react (...)". */
function violations(files: SourceFile[]): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    if (!inside(SRC, file)) continue;
    for (const spec of specifiers(text)) {
      const relative = spec.startsWith(".");
      const target = relative ? path.resolve(path.dirname(file), spec) : undefined;
      const bad = (why: string) => found.push(`${rel(file)} imports ${spec} (${why})`);
      if (target !== undefined && inside(path.join(ROOT, "test"), target))
        bad("src/ must not import test/");
      if (inside(DOUBLE, file)) {
        const allowed =
          target !== undefined &&
          ((inside(DOUBLE, target) && path.dirname(target) === DOUBLE) ||
            DOUBLE_MAY_IMPORT.includes(target));
        if (!allowed) bad("the Excel double imports only itself, src/core/workbook/a1 and r1c1");
      }
      if (/^hyperformula(\/|$)/.test(spec)) bad("HyperFormula is GPL: tests only, never shipped");
      if (
        target !== undefined &&
        inside(ENGINE, target) &&
        !ENGINE_USERS.some((d) => inside(d, file))
      )
        bad("only the playground computes formulas with the engine");
      if (inside(ENGINE, file)) {
        const allowed =
          target === undefined
            ? ENGINE_PACKAGES.has(spec)
            : inside(ENGINE, target) || ENGINE_MAY_IMPORT.includes(target);
        if (!allowed) bad("the engine imports only itself, @borgar/fx and the core's snapshot");
      }
      if (inside(APP, file)) {
        const allowed =
          target !== undefined && [APP, ...APP_MAY_IMPORT].some((d) => inside(d, target));
        if (!allowed) bad("the use cases reach hosts only through their port");
      }
      if (inside(CORE, file)) {
        if (target !== undefined && HOST_FOLDERS.some((f) => inside(path.join(SRC, f), target)))
          bad("the core must not import an adapter, the UI or the double");
        if (!relative && (spec.startsWith("node:") || NODE_BUILTINS.has(spec)))
          bad("the core uses no Node APIs");
        if (!relative && CORE_FORBIDDEN_PACKAGES.test(spec))
          bad("the core uses no React, Fluent UI, exceljs or jsPDF");
      }
    }
  }
  return found;
}

describe("architecture", () => {
  test("src/ keeps its import rules", () => {
    const files = sourceFiles(SRC);
    expect(files.filter((f) => inside(CORE, f.file)).length).toBeGreaterThan(10);
    expect(files.filter((f) => inside(DOUBLE, f.file)).length).toBeGreaterThan(5);
    expect(files.filter((f) => inside(APP, f.file)).length).toBeGreaterThan(5);
    expect(files.filter((f) => inside(ENGINE, f.file)).length).toBeGreaterThan(5);
    expect(violations(files)).toEqual([]);
  });

  test("the check catches each kind of forbidden import", () => {
    const at = (p: string, text: string): SourceFile => ({ file: path.join(ROOT, p), text });
    const found = violations([
      at("src/playground/a.ts", 'import { createExcelHost } from "../../test/host";'),
      at("src/core/workbook/b.ts", 'import type { Plan } from "../../excel/apply";'),
      at("src/core/c.ts", 'export { x } from "../excel-double";'),
      at("src/core/rules/d.ts", 'import * as fs from "fs";\nconst p = require("node:path");'),
      at("src/core/e.ts", 'import React from "react";\nconst j = import("jspdf-autotable");'),
      at(
        "src/core/f.ts",
        'import { Button } from "@fluentui/react-components";\nimport ExcelJS from "exceljs";'
      ),
      at(
        "src/excel-double/g.ts",
        'import { a } from "./state";\nimport { b } from "../core/workbook/a1";'
      ),
      at(
        "src/excel-double/h.ts",
        'import { c } from "../core/workbook/plan";\nimport * as React from "react";'
      ),
      at(
        "src/app/j.ts",
        'import { x } from "../core/workbook/plan";\nimport { officePort } from "../excel/port";\nimport ExcelJS from "exceljs";'
      ),
      at(
        "src/excel/i.ts",
        'import { parseRange } from "../core/workbook/a1";\nimport { d } from "../excel-double";'
      ),
      at("src/taskpane/k.ts", 'import { calculate } from "../engine";'),
      at(
        "src/engine/l.ts",
        'import { parse } from "@borgar/fx";\nimport React from "react";\nimport { a } from "../core/workbook/plan";'
      ),
      at(
        "src/playground/m.ts",
        'const e = import("../engine");\nimport { HyperFormula } from "hyperformula";'
      ),
    ]);
    expect(found).toEqual([
      "src/playground/a.ts imports ../../test/host (src/ must not import test/)",
      "src/core/workbook/b.ts imports ../../excel/apply (the core must not import an adapter, the UI or the double)",
      "src/core/c.ts imports ../excel-double (the core must not import an adapter, the UI or the double)",
      "src/core/rules/d.ts imports fs (the core uses no Node APIs)",
      "src/core/rules/d.ts imports node:path (the core uses no Node APIs)",
      "src/core/e.ts imports react (the core uses no React, Fluent UI, exceljs or jsPDF)",
      "src/core/e.ts imports jspdf-autotable (the core uses no React, Fluent UI, exceljs or jsPDF)",
      "src/core/f.ts imports @fluentui/react-components (the core uses no React, Fluent UI, exceljs or jsPDF)",
      "src/core/f.ts imports exceljs (the core uses no React, Fluent UI, exceljs or jsPDF)",
      "src/excel-double/h.ts imports ../core/workbook/plan (the Excel double imports only itself, src/core/workbook/a1 and r1c1)",
      "src/excel-double/h.ts imports react (the Excel double imports only itself, src/core/workbook/a1 and r1c1)",
      "src/app/j.ts imports ../excel/port (the use cases reach hosts only through their port)",
      "src/app/j.ts imports exceljs (the use cases reach hosts only through their port)",
      "src/taskpane/k.ts imports ../engine (only the playground computes formulas with the engine)",
      "src/engine/l.ts imports react (the engine imports only itself, @borgar/fx and the core's snapshot)",
      "src/engine/l.ts imports ../core/workbook/plan (the engine imports only itself, @borgar/fx and the core's snapshot)",
      "src/playground/m.ts imports hyperformula (HyperFormula is GPL: tests only, never shipped)",
    ]);
  });
});
