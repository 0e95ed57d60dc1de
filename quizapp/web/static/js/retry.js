/* The "not saved yet" page (503) of a form that could not be saved: send the same form again by
 * itself after the pause the server asked for. Each try that fails again comes back to this page,
 * so the form keeps being sent until the database takes it; nothing typed is lost on the way. */
(function () {
  "use strict";

  var form = document.getElementById("resend-form");
  if (!form) { return; }
  var status = document.getElementById("resend-status");
  var left = parseInt(form.getAttribute("data-retry-after") || "5", 10);

  var tick = function () {
    if (left <= 0) {
      window.clearInterval(timer);
      if (status) { status.textContent = "Sending again…"; }
      // Through the prototype: a resent field named "submit" (a submit button's) hides form.submit.
      HTMLFormElement.prototype.submit.call(form);
      return;
    }
    if (status) { status.textContent = "It will be sent again in " + left + " second" + (left === 1 ? "" : "s") + "."; }
    left -= 1;
  };
  var timer = window.setInterval(tick, 1000);
  tick();
}());
