// LTI login initiation, shown first: if this browser keeps a cookie in this (possibly framed)
// page, go on with the launch here; if not (third-party cookies blocked in the LMS iframe),
// offer the launch in a new window, where quizapp's cookies are first-party.
(function () {
  "use strict";
  var box = document.getElementById("lti-cookie-check");
  if (!box) { return; }
  var url = box.getAttribute("data-url");
  var params = JSON.parse(box.getAttribute("data-params"));
  var secure = window.location.protocol === "https:";
  var test = "lti1p3_test_cookie=1; path=/" + (secure ? "; SameSite=None; Secure; Partitioned" : "");
  document.cookie = test;
  var kept = document.cookie.indexOf("lti1p3_test_cookie") !== -1;
  var query = Object.keys(params).map(function (key) {
    return encodeURIComponent(key) + "=" + encodeURIComponent(params[key]);
  }).join("&");
  if (kept) {
    document.cookie = "lti1p3_test_cookie=; path=/; expires=Thu, 01 Jan 1970 00:00:01 GMT" + (secure ? "; SameSite=None; Secure; Partitioned" : "");
    window.location.href = url + "?" + query;
  } else {
    document.getElementById("lti-loading").hidden = true;
    document.getElementById("lti-blocked").hidden = false;
  }
}());
