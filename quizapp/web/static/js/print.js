// "Print" buttons: hidden without JavaScript (the browser's own Print command still works).
"use strict";
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
