/* global window, document -- a browser script, run as is in the task pane page. */
/*
 * Runs before the task pane's bundle, written in ES5 on purpose: Office 2016/2019 on some
 * Windows builds hosts add-ins in Internet Explorer 11 ("Trident") or Edge Legacy ("EdgeHTML"),
 * where React 18 and Fluent UI v9 cannot run. There the pane says so, in Indonesian and English,
 * instead of staying blank (Microsoft's advice for these webviews).
 */
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf("Trident") === -1 && ua.indexOf("Edge/") === -1) return;
  window.kinerjaLegacyWebview = true;
  var root = document.getElementById("root");
  if (!root) return;
  root.innerHTML = "";
  var box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "font-family: 'Segoe UI', sans-serif; padding: 16px; line-height: 1.4";
  var lines = [
    ["h1", "Kinerja"],
    [
      "p",
      "Excel ini menjalankan add-in dengan mesin peramban lama (Internet Explorer / Edge lama), " +
        "yang tidak didukung Kinerja. Pakai Excel di web (office.com), Microsoft 365, atau Office 2021 " +
        "ke atas. Berkas kerja Anda tidak diubah.",
    ],
    [
      "p",
      "This Excel runs add-ins in an old browser engine (Internet Explorer / Edge Legacy), which " +
        "Kinerja does not support. Use Excel on the web (office.com), Microsoft 365, or Office 2021 " +
        "or newer. Your workbook was not changed.",
    ],
  ];
  for (var i = 0; i < lines.length; i++) {
    var el = document.createElement(lines[i][0]);
    el.appendChild(document.createTextNode(lines[i][1]));
    box.appendChild(el);
  }
  root.appendChild(box);
})();
