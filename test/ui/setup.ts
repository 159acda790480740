/**
 * jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar observes its size to
 * decide whether to wrap. An observer that never fires is what a layout-less page would see.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", {
    value: NoLayoutResizeObserver,
    writable: true,
  });
}

// jsdom lacks TextEncoder, which every browser the pane runs in has.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
if (!("TextEncoder" in globalThis)) {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}

// findBy…/waitFor wait up to 15 s instead of 1 s: on a busy shared machine (CI runs two test
// workers beside other jobs) the pane can take longer than a second to render a result; a
// result that never comes still fails. Set on the DOM library: importing @testing-library/react
// here, before jest installs afterEach, would switch off its cleanup between tests.
import { configure } from "@testing-library/dom";
configure({ asyncUtilTimeout: 15_000 });
