/* Werkvormen overview: filter by phase, available time, group size and online, without a query.
   The choice is kept in the URL so a trainer can share a filtered list. */
(function () {
  "use strict";
  var form = document.getElementById("kb-werkvormfilter");
  if (!form) return;
  var status = document.getElementById("kb-werkvormstatus");
  var secties = Array.prototype.slice.call(document.querySelectorAll("section.kb-fase"));
  var tijd = form.querySelector("[name=tijd]");
  var groep = form.querySelector("[name=groep]");
  var online = form.querySelector("[name=online]");

  function getal(veld) { var n = parseInt(veld.value, 10); return isNaN(n) ? null : n; }

  function werkBij(schrijfUrl) {
    var fasen = Array.prototype.map.call(form.querySelectorAll("[name=fase]:checked"), function (i) { return i.value; });
    var t = getal(tijd), g = getal(groep), alleenOnline = online.checked;
    var gezien = {};
    secties.forEach(function (sectie) {
      var faseOk = !fasen.length || fasen.indexOf(sectie.getAttribute("data-fase")) >= 0;
      var zichtbaar = 0;
      sectie.querySelectorAll("tbody tr").forEach(function (tr) {
        var d = function (k) { return parseInt(tr.getAttribute("data-" + k), 10); };
        var ok = faseOk && (t === null || d("duur-min") <= t) &&
          (g === null || (d("groep-min") <= g && g <= d("groep-max"))) &&
          (!alleenOnline || tr.getAttribute("data-online") === "1");
        tr.hidden = !ok;
        if (ok) { zichtbaar++; gezien[tr.getAttribute("data-slug")] = true; }
      });
      sectie.hidden = zichtbaar === 0;
    });
    var n = Object.keys(gezien).length;
    status.textContent = n + (n === 1 ? " werkvorm past" : " werkvormen passen") + " bij je keuze";
    if (schrijfUrl) {
      var url = new URL(window.location.href);
      ["fase", "tijd", "groep", "online"].forEach(function (k) { url.searchParams.delete(k); });
      fasen.forEach(function (f) { url.searchParams.append("fase", f); });
      if (t !== null) url.searchParams.set("tijd", t);
      if (g !== null) url.searchParams.set("groep", g);
      if (alleenOnline) url.searchParams.set("online", "1");
      history.replaceState(null, "", url);
    }
  }

  var start = new URL(window.location.href).searchParams;
  form.querySelectorAll("[name=fase]").forEach(function (i) { i.checked = start.getAll("fase").indexOf(i.value) >= 0; });
  if (start.get("tijd")) tijd.value = start.get("tijd");
  if (start.get("groep")) groep.value = start.get("groep");
  online.checked = start.get("online") === "1";
  form.addEventListener("input", function () { werkBij(true); });
  form.addEventListener("change", function () { werkBij(true); });
  document.getElementById("kb-wis-werkvormfilter").addEventListener("click", function () {
    form.reset();
    werkBij(true);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  werkBij(false);
})();
