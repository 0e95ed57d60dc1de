/* The quiz page, improved: autosave, a visible save status, progress and a countdown.
 *
 * The page works without this file (the Save button posts the whole form). With it:
 * - every change is saved a moment later with fetch (the whole form, the CSRF token in the
 *   X-CSRFToken header) and the server's answer updates "Saved" / "Not saved — retrying",
 *   the "answered n of m" count and the messages beside unreadable answers;
 * - until the server confirms, the answers are also kept in localStorage, so a failed request,
 *   a closed tab or a crash loses nothing: the next visit puts them back and saves them;
 * - a failed save is retried with growing pauses (up to 30 s) until it goes through.
 */
(function () {
  "use strict";

  var form = document.getElementById("quiz-form");
  if (!form || !window.fetch || !window.FormData) { return; }

  var url = form.getAttribute("data-autosave-url");
  var storageKey = form.getAttribute("data-storage-key");
  var statusEl = document.getElementById("save-status");
  var answeredEl = document.getElementById("answered-count");
  var tokenInput = form.querySelector("input[name='csrf_token']");
  var token = tokenInput ? tokenInput.value : "";

  var DEBOUNCE_MS = 800;
  var MAX_RETRY_MS = 30000;
  var version = 0;        // bumped on every change
  var savedVersion = 0;   // the last version the server confirmed
  var inFlight = false;
  var timer = null;
  var retryMs = 2000;
  var stopped = false;

  function setStatus(text, kind) {
    if (!statusEl) { return; }
    statusEl.textContent = text;
    statusEl.classList.toggle("is-saved", kind === "saved");
    statusEl.classList.toggle("is-error", kind === "error");
  }

  function entries() {
    var out = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrf_token" && name !== "shown" && typeof value === "string") { out.push([name, value]); }
    });
    return out;
  }

  function store() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify({ at: Date.now(), entries: entries() }));
    } catch (e) { /* storage full or disabled: the server copy still counts */ }
  }

  function forget() {
    try { window.localStorage.removeItem(storageKey); } catch (e) { /* nothing kept */ }
  }

  function sameEntries(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function showErrors(errors) {
    var boxes = form.querySelectorAll("[data-error-for]");
    Array.prototype.forEach.call(boxes, function (box) {
      var name = box.getAttribute("data-error-for");
      var message = errors && errors[name];
      box.textContent = message || "";
      box.hidden = !message;
      var input = form.querySelector("input[type='text'][name='" + name + "']");
      if (input) {
        if (message) {
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", box.id);
        } else {
          input.removeAttribute("aria-invalid");
          input.removeAttribute("aria-describedby");
        }
      }
    });
  }

  function markAnswered() {
    var fieldsets = form.querySelectorAll("fieldset.question");
    Array.prototype.forEach.call(fieldsets, function (fs) {
      var filled = false;
      Array.prototype.forEach.call(fs.querySelectorAll("input, select"), function (el) {
        if ((el.type === "radio" || el.type === "checkbox") ? el.checked : el.value.trim() !== "") { filled = true; }
      });
      fs.classList.toggle("is-answered", filled);
    });
  }

  function schedule(delay) {
    if (stopped) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  function save() {
    if (stopped || inFlight || version === savedVersion) { return; }
    inFlight = true;
    var sending = version;
    setStatus("Saving…", "");
    var body = new FormData(form);
    window.fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data, redirected: response.redirected };
      });
    }).then(function (result) {
      inFlight = false;
      if (result.status === 200 && result.data.status === "saved") {
        savedVersion = Math.max(savedVersion, sending);
        retryMs = 2000;
        if (answeredEl && typeof result.data.answered === "number") {
          answeredEl.textContent = String(result.data.answered);
        }
        showErrors(result.data.errors || {});
        if (version === savedVersion) {
          forget();
          setStatus("Saved " + new Date().toLocaleTimeString(), "saved");
        } else {
          schedule(DEBOUNCE_MS);  // more changes came in while this save was on its way
        }
      } else if (result.status === 409) {
        // Submitted (by the deadline or in another tab): nothing more can be saved here.
        stopped = true;
        forget();
        setStatus(result.data.message || "This attempt has been submitted.", "error");
        if (result.data.redirect) { window.setTimeout(function () { window.location.assign(result.data.redirect); }, 2500); }
      } else if (result.redirected || result.status === 400 || result.status === 401 || result.status === 403) {
        // Signed out or the form expired: keep the answers here, ask for a reload (which restores them).
        setStatus("Not saved — your session has ended. Sign in again or reload the page; your answers are kept in this browser.", "error");
      } else {
        throw new Error("status " + result.status);
      }
    }).catch(function () {
      inFlight = false;
      setStatus("Not saved — retrying", "error");
      schedule(retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    });
  }

  function changed() {
    version += 1;
    store();
    markAnswered();
    schedule(DEBOUNCE_MS);
  }

  function restore() {
    var kept;
    try { kept = JSON.parse(window.localStorage.getItem(storageKey) || "null"); } catch (e) { kept = null; }
    if (!kept || !Array.isArray(kept.entries)) { return; }
    if (sameEntries(kept.entries, entries())) { forget(); return; }  // the server already has them
    var values = {};
    kept.entries.forEach(function (pair) {
      (values[pair[0]] = values[pair[0]] || []).push(pair[1]);
    });
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") { return; }
      var given = values[el.name] || [];
      if (el.type === "radio" || el.type === "checkbox") {
        el.checked = given.indexOf(el.value) !== -1;
      } else if (el.tagName === "SELECT" || el.tagName === "INPUT" || el.tagName === "TEXTAREA") {
        el.value = given.length ? given[given.length - 1] : "";
      }
    });
    setStatus("Answers kept in this browser were restored; saving…", "");
    changed();
    schedule(0);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () {
    // The plain post saves everything; keep the local copy until the next page confirms it.
    window.clearTimeout(timer);
    stopped = true;
  });
  window.addEventListener("online", function () { schedule(0); });
  window.addEventListener("beforeunload", function (event) {
    if (!stopped && version !== savedVersion) { store(); event.preventDefault(); event.returnValue = ""; }
  });

  // Answers given before this script ran (a slow connection) or put back by the browser (back and
  // forward) differ from what the page was served with: save them now, not at the next change.
  function editedBeforeScript() {
    return Array.prototype.some.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") { return false; }
      if (el.type === "radio" || el.type === "checkbox") { return el.checked !== el.defaultChecked; }
      if (el.tagName === "SELECT") {
        return Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
      }
      return el.value !== el.defaultValue;
    });
  }

  restore();
  if (version === 0 && editedBeforeScript()) { changed(); }

  // The same wording as the server's (views.duration_text).
  function duration(seconds) {
    var days = Math.floor(seconds / 86400), hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60), secs = seconds % 60;
    if (days) { return days + " d " + hours + " h"; }
    if (hours) { return hours + " h " + minutes + " min"; }
    return minutes + " min " + secs + " s";
  }

  // Countdown: the server's deadline, shown as text; this only keeps the text current.
  var timeEl = document.getElementById("time-left");
  if (timeEl) {
    var endsAt = Date.now() + 1000 * parseInt(timeEl.getAttribute("data-seconds") || "0", 10);
    var box = timeEl.parentNode;
    // Warnings at 5 minutes and 1 minute left, in a role="alert" element so screen readers say
    // them; each once, the nearest only when the page opens late.
    var warningEl = document.getElementById("time-warning");
    var warnings = [[60, "1 minute left. Your answers are saved; they are submitted when the time is up."],
                    [300, "5 minutes left. Your answers are saved as you go."]];
    var warned = 1e9;
    var warn = function (left) {
      for (var i = 0; i < warnings.length; i++) {
        if (left <= warnings[i][0] && warnings[i][0] < warned) {
          warned = warnings[i][0];
          if (warningEl) { warningEl.textContent = warnings[i][1]; }
          return;
        }
      }
    };
    var tick = function () {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      timeEl.textContent = duration(left);
      box.classList.toggle("is-low", left <= 60);
      if (left > 0) { warn(left); }
      if (left <= 0) {
        window.clearInterval(interval);
        timeEl.textContent = "time is up";
        schedule(0);
        // The server submits the attempt; reloading shows the result (after a last save).
        window.setTimeout(function () { window.location.reload(); }, 4000);
      }
    };
    var interval = window.setInterval(tick, 1000);
    tick();
  }
}());
