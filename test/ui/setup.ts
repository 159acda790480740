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
