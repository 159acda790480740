/**
 * The ribbon's function file. The Kinerja button opens the task pane (ShowTaskpane in
 * manifest.xml), so no function is registered yet; Office still loads this page and waits
 * for Office.onReady.
 */
if (typeof Office !== "undefined") {
  void Office.onReady();
}
