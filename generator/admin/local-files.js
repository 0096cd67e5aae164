// Sveltia CMS fetches its translations (and a "new version" check) from unpkg.com. This page
// serves the Vietnamese strings itself, from the same pinned version, and asks no CDN anything:
// the site's Content-Security-Policy would block those requests anyway.
window.CMS_MANUAL_INIT = true; // ocop-format.js registers the record formats, then starts the editor
(function () {
  "use strict";
  var original = window.fetch.bind(window);
  var locales = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/(vi)\.json$/;
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : (input && input.url) || String(input);
    var locale = locales.exec(url);
    if (locale) {
      return original(new URL("locales/" + locale[1] + ".json", document.baseURI).href, init);
    }
    if (/^https:\/\/(unpkg\.com|cdn\.jsdelivr\.net)\//.test(url)) {
      return Promise.resolve(new Response("", { status: 404, statusText: "Not served: no CDN" }));
    }
    return original(input, init);
  };
})();
