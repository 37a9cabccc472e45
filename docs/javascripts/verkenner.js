/* Verkenner: facet filters with live counts; the choice lives in the URL so it can be shared. */
(function () {
  "use strict";
  var form = document.getElementById("kb-verkenner");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll("#kb-verkenner-lijst > li"));
  var status = document.getElementById("kb-verkenner-status");
  var facetten = [];
  form.querySelectorAll("fieldset input").forEach(function (i) {
    if (facetten.indexOf(i.name) < 0) facetten.push(i.name);
  });
  // values per item per facet, read once
  var waarden = items.map(function (li) {
    var w = {};
    facetten.forEach(function (f) { w[f] = (li.getAttribute("data-" + f) || "").split(" ").filter(Boolean); });
    return w;
  });

  function keuze() {
    var k = {};
    facetten.forEach(function (f) { k[f] = []; });
    form.querySelectorAll("fieldset input:checked").forEach(function (i) { k[i.name].push(i.value); });
    return k;
  }

  function past(w, k, behalve) {
    return facetten.every(function (f) {
      if (f === behalve || !k[f].length) return true;
      return k[f].some(function (v) { return w[f].indexOf(v) >= 0; });
    });
  }

  function werkBij(schrijfUrl) {
    var k = keuze();
    var zichtbaar = 0;
    items.forEach(function (li, n) {
      var ok = past(waarden[n], k, null);
      li.hidden = !ok;
      if (ok) zichtbaar++;
    });
    // count per option: items matching all other facets plus this option
    form.querySelectorAll(".kb-aantal").forEach(function (s) {
      var f = s.getAttribute("data-facet"), v = s.getAttribute("data-waarde"), aantal = 0;
      waarden.forEach(function (w) { if (w[f].indexOf(v) >= 0 && past(w, k, f)) aantal++; });
      s.textContent = "(" + aantal + ")";
      s.parentElement.classList.toggle("kb-leeg", aantal === 0);
    });
    status.textContent = zichtbaar + (zichtbaar === 1 ? " praktijkvoorbeeld" : " praktijkvoorbeelden");
    if (schrijfUrl) {
      var url = new URL(window.location.href);
      facetten.forEach(function (f) { url.searchParams.delete(f); k[f].forEach(function (v) { url.searchParams.append(f, v); }); });
      history.replaceState(null, "", url);
    }
  }

  var start = new URL(window.location.href).searchParams;
  form.querySelectorAll("fieldset input").forEach(function (i) {
    if (start.getAll(i.name).indexOf(i.value) >= 0) {
      i.checked = true;
      var d = i.closest("details"); if (d) d.open = true;
    }
  });
  form.addEventListener("change", function () { werkBij(true); });
  document.getElementById("kb-wis-filters").addEventListener("click", function () {
    form.querySelectorAll("fieldset input:checked").forEach(function (i) { i.checked = false; });
    werkBij(true);
  });
  werkBij(false);
})();
