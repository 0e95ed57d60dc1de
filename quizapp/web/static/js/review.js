// Generator review: Accept and Reject on a candidate's line change it in place (the server
// answers 204 to a fetch); without JavaScript the same forms post and the page reloads.
"use strict";
(function () {
  var labels = {accepted: ["badge-ok", "accepted"], rejected: ["badge-bad", "rejected"], pending: ["badge-warn", "to review"]};
  var counts = document.getElementById("review-counts");

  function setDecision(item, decision) {
    var before = item.getAttribute("data-decision");
    item.setAttribute("data-decision", decision);
    item.className = item.className.replace(/candidate-(accepted|rejected|pending)/, "candidate-" + decision);
    var badge = document.createElement("span");
    badge.className = "badge " + labels[decision][0];
    badge.textContent = labels[decision][1];
    var state = item.querySelector("[data-state]");
    state.textContent = "";
    state.appendChild(badge);
    [[before, -1], [decision, 1]].forEach(function (change) {
      var el = counts && counts.querySelector("[data-count='" + change[0] + "']");
      if (el) { el.textContent = String(parseInt(el.textContent, 10) + change[1]); }
    });
  }

  document.querySelectorAll("form.candidate-decide").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || !window.fetch) { return; }
      event.preventDefault();
      var body = new FormData(form);
      body.append(button.name, button.value);
      fetch(form.action, {method: "POST", body: body, credentials: "same-origin",
                          headers: {"X-Requested-With": "fetch"}})
        .then(function (response) {
          if (response.status !== 204) { throw new Error("HTTP " + response.status); }
          setDecision(form.closest("li"), /reject$/.test(button.name) ? "rejected" : "accepted");
        })
        .catch(function () { form.submit(); });  // whatever went wrong, the plain post still works
    });
  });
}());
