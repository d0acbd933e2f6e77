/*
 * Loads office.js, and says so when it does not come. office.js must be loaded by a parser-blocking
 * script in <head>, before the page's own code (Office's rule), so it is written here in its place;
 * on an intranet that silently drops Microsoft's CDN that load can hang for half a minute with the
 * page blank. After a few seconds this script puts a notice on screen with a way out: 改用浏览器模式
 * remembers the choice for this tab (sessionStorage) and reloads without office.js. The page's own
 * code (index.tsx) takes the notice away when it starts. Plain ES5 with its words inline: it runs
 * before the bundle and its locale are there (the same words as ui.boot.* in src/core/locale).
 */
(function () {
  var SECONDS = 8;
  var script = document.currentScript;
  var url = script && script.getAttribute("data-office-js");
  var browserOnly = false;
  try {
    browserOnly = window.sessionStorage.getItem("huibao.mode") === "browser";
  } catch (e) {
    // Storage refused: office.js is tried as usual.
  }
  if (!url || browserOnly) return;

  window.setTimeout(function () {
    if (window.Office || document.getElementById("office-slow") || document.documentElement.hasAttribute("data-started")) return;
    var box = document.createElement("div");
    box.id = "office-slow";
    box.setAttribute("role", "alert");
    box.style.cssText = "padding:16px;font-family:'Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif;font-size:14px;line-height:1.6;color:#242424;background:#fff4ce;border-bottom:1px solid #f4bf4f";
    var text = document.createElement("p");
    text.style.margin = "0 0 8px";
    text.textContent =
      "已等待 " + SECONDS + " 秒，仍未连上 Excel（office.js 未加载完成）。若本机在内网、访问不了微软的服务器，可以改用浏览器模式：新建或打开 .xlsx 文件，填好后下载。";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "改用浏览器模式";
    button.style.cssText = "font:inherit;padding:4px 12px;cursor:pointer";
    button.onclick = function () {
      try {
        window.sessionStorage.setItem("huibao.mode", "browser");
      } catch (e) {
        // Without storage the reload tries office.js again; nothing else to do.
      }
      window.location.reload();
    };
    box.appendChild(text);
    box.appendChild(button);
    (document.body || document.documentElement).appendChild(box);
    button.focus();
  }, SECONDS * 1000);

  document.write('<script src="' + url + '"><\/script>');
})();
