/* Verkenner: facet filters with live counts, a text box that narrows within them, sorting, and
   the active filters as removable chips. The choice lives in the URL so it can be shared. */
(function () {
  "use strict";
  var form = document.getElementById("kb-verkenner");
  if (!form) return;
  var lijst = document.getElementById("kb-verkenner-lijst");
  var items = Array.prototype.slice.call(lijst.children);
  var status = document.getElementById("kb-verkenner-status");
  var tekstveld = document.getElementById("kb-verkenner-tekst");
  var sorteer = document.getElementById("kb-verkenner-sorteer");
  var chips = document.getElementById("kb-verkenner-chips");
  var paneel = document.getElementById("kb-filterpaneel");
  var filteraantal = document.getElementById("kb-filteraantal");
  var facetten = [];
  form.querySelectorAll("fieldset input").forEach(function (i) {
    if (facetten.indexOf(i.name) < 0) facetten.push(i.name);
  });
  var labels = {};
  form.querySelectorAll(".kb-facet").forEach(function (d) {
    var i = d.querySelector("input");
    if (i) labels[i.name] = d.querySelector("summary").textContent.trim();
  });

  function kaal(t) {
    return t.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^0-9a-z]+/g, " ");
  }
  // values per item per facet and its text (title, summary, region, key figure), read once
  var gegevens = items.map(function (li, n) {
    var w = {};
    facetten.forEach(function (f) { w[f] = (li.getAttribute("data-" + f) || "").split(" ").filter(Boolean); });
    var titel = li.querySelector("a").textContent;
    return { li: li, n: n, w: w, titel: titel, titelKaal: " " + kaal(titel) + " ", tekst: " " + kaal(li.textContent) + " ",
      regio: li.getAttribute("data-regionaam") || "", nieuw: li.getAttribute("data-nieuw") || "" };
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

  // Every word must occur (like the search); a word at the start of a word in the title counts most.
  function woorden() { return kaal(tekstveld.value).split(" ").filter(Boolean); }
  function score(g, ws) {
    var punten = 0;
    for (var i = 0; i < ws.length; i++) {
      var w = ws[i];
      if (g.tekst.indexOf(w) < 0) return -1;
      punten += g.titelKaal.indexOf(" " + w) >= 0 ? 3 : 1;
    }
    return punten;
  }

  function toonChips(k) {
    chips.textContent = "";
    var n = 0;
    facetten.forEach(function (f) {
      k[f].forEach(function (v) {
        var input = form.querySelector('input[name="' + f + '"][value="' + v + '"]');
        var tekst = labels[f] + ": " + input.getAttribute("data-label");
        var knop = document.createElement("button");
        knop.type = "button";
        knop.className = "kb-chip";
        knop.setAttribute("aria-label", "Filter " + tekst + " verwijderen");
        knop.textContent = tekst;
        knop.addEventListener("click", function () {
          input.checked = false;
          werkBij(true);
          var volgende = chips.querySelector(".kb-chip") || tekstveld;
          volgende.focus();
        });
        chips.appendChild(knop);
        n++;
      });
    });
    chips.hidden = n === 0;
    filteraantal.textContent = n ? "(" + n + " gekozen)" : "";
  }

  function werkBij(schrijfUrl) {
    var k = keuze();
    var ws = woorden();
    var zichtbaar = [];
    gegevens.forEach(function (g) {
      g.tekstOk = !ws.length || score(g, ws) >= 0;
      g.score = past(g.w, k, null) && g.tekstOk ? (ws.length ? score(g, ws) : 0) : -1;
      g.li.hidden = g.score < 0;
      if (g.score >= 0) zichtbaar.push(g);
    });
    // count per option: items matching all other facets and the text, plus this option
    form.querySelectorAll(".kb-aantal").forEach(function (s) {
      var f = s.getAttribute("data-facet"), v = s.getAttribute("data-waarde"), aantal = 0;
      gegevens.forEach(function (g) {
        if (g.tekstOk && g.w[f].indexOf(v) >= 0 && past(g.w, k, f)) aantal++;
      });
      s.textContent = "(" + aantal + ")";
      s.parentElement.classList.toggle("kb-leeg", aantal === 0);
    });
    var manier = sorteer.value;
    var volgorde = gegevens.slice().sort(function (a, b) {
      if (manier === "relevantie" && ws.length && a.score !== b.score) return b.score - a.score;
      if (manier === "regio" && a.regio !== b.regio) return a.regio.localeCompare(b.regio, "nl");
      if (manier === "nieuwste" && a.nieuw !== b.nieuw) return a.nieuw < b.nieuw ? 1 : -1;
      if (manier === "titel" || manier === "regio" || manier === "nieuwste" || manier === "relevantie") {
        var t = a.titel.localeCompare(b.titel, "nl");
        if (t) return t;
      }
      return a.n - b.n;
    });
    volgorde.forEach(function (g) { lijst.appendChild(g.li); });
    toonChips(k);
    var n = zichtbaar.length;
    status.textContent = n + (n === 1 ? " praktijkvoorbeeld" : " praktijkvoorbeelden") +
      (n === 0 ? ": haal een filter weg of typ een ander woord" : "");
    if (schrijfUrl) {
      var url = new URL(window.location.href);
      facetten.forEach(function (f) { url.searchParams.delete(f); k[f].forEach(function (v) { url.searchParams.append(f, v); }); });
      if (tekstveld.value.trim()) url.searchParams.set("q", tekstveld.value.trim()); else url.searchParams.delete("q");
      if (manier !== "relevantie") url.searchParams.set("sorteer", manier); else url.searchParams.delete("sorteer");
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
  if (start.get("q")) tekstveld.value = start.get("q");
  if (start.get("sorteer") && sorteer.querySelector('option[value="' + start.get("sorteer") + '"]')) sorteer.value = start.get("sorteer");
  // On a phone the results come first: the filter panel stays closed, with the count above it.
  // It is closed in the HTML, so nothing moves on a phone; beside the list (60em and up) opening
  // it moves nothing either.
  if (!window.matchMedia("(max-width: 59.9375em)").matches) paneel.open = true;

  var wachten = null;
  form.addEventListener("change", function () { werkBij(true); });
  tekstveld.addEventListener("input", function () {
    clearTimeout(wachten);
    wachten = setTimeout(function () { werkBij(true); }, 120);
  });
  sorteer.addEventListener("change", function () { werkBij(true); });
  document.getElementById("kb-wis-filters").addEventListener("click", function () {
    form.querySelectorAll("fieldset input:checked").forEach(function (i) { i.checked = false; });
    tekstveld.value = "";
    werkBij(true);
  });
  werkBij(false);
})();
