/*
 * The ribbon's function file. The only button (打开汇报通) is a ShowTaskpane action, which Office
 * handles itself; a function command (ExecuteFunction) added later registers here with
 * `Office.actions.associate("name", handler)` and must call `event.completed()` when done.
 */

Office.onReady(() => {
  // Office.js is ready; no function commands are registered yet.
});
