/** The real task pane, as Excel would show it, given the playground's host. */
import * as React from "react";
import { BLITAR_2021 } from "../core/decree/blitar-2021";
import type { PaneHost } from "../taskpane/host";
import { TaskPane } from "../taskpane/TaskPane";

/** Memoised: the workbook re-renders after every batch, the pane only when its host changes. */
export const Pane = React.memo(function Pane(props: { host: PaneHost }) {
  return <TaskPane host={props.host} decree={BLITAR_2021} />;
});
