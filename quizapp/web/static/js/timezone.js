// Sign-in and sign-up send the browser's time zone, so dates are shown in it from the start.
"use strict";
(function () {
  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  document.querySelectorAll("input[name='time_zone']").forEach(function (input) {
    if (!input.value) { input.value = zone; }
  });
}());
