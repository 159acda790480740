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
