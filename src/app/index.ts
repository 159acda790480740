/**
 * The use-case layer: every action as the pane, the playground and the command line run it.
 * Hosts give a `WorkbookPort` and an `ActionInput`; see docs/architecture.md.
 */
export { KinerjaError } from "./errors";
export type { ActionInput, Resolved } from "./context";
export type {
  ApplyOptions,
  ApplyReport,
  LeftOutOp,
  ReadNeeds,
  TableSet,
  WorkbookPort,
} from "./port";
export { inTableSet } from "./port";
export {
  runAction,
  leftOutLines,
  type Outcome,
  type Prepared,
  type RunOptions,
  type UseCase,
} from "./run";
export { TEMPLATE } from "./actions/template";
export { VALIDATE, type ValidateParams } from "./actions/validate";
export { CAPAIAN } from "./actions/capaian";
export { CHARTS } from "./actions/charts";
export { CONVERT, ConvertRefused, type ConvertParams } from "./actions/convert";
export { EXPORT, exportFile, type ExportParams, type ExportedFile } from "./actions/export";
export { TIDY } from "./actions/tidy";
export { GABUNG, type GabungParams, type GabungResult } from "./actions/gabung";
export { READ_SETTINGS, READ_STATUS, WRITE_SETTING, type SettingChange } from "./actions/settings";
