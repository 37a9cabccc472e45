/* Search page: Pagefind's index is loaded in small pieces, only when someone searches. */
(function () {
  "use strict";
  var formulier = document.getElementById("kb-zoeken");
  if (!formulier) return;
  var veld = document.getElementById("kb-zoekveld");
  var status = document.getElementById("kb-zoekstatus");
  var lijst = document.getElementById("kb-zoekresultaten");
  var script = document.currentScript || document.querySelector('script[src*="zoeken.js"]');
  var basis = script.src.replace(/javascripts\/zoeken\.js.*$/, "");
  var pagefind = null;
  var teller = 0;
  var wachten = null;

  function laad() {
    if (!pagefind) {
      pagefind = import(basis + "pagefind/pagefind.js").then(function (pf) {
        return pf.options({ baseUrl: new URL(basis).pathname, excerptLength: 24 }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  function element(naam, klasse, tekst) {
    var el = document.createElement(naam);
    if (klasse) el.className = klasse;
    if (tekst) el.textContent = tekst;
    return el;
  }

  function toon(resultaten, vraag) {
    lijst.textContent = "";
    resultaten.forEach(function (r) {
      var li = element("li");
      var a = element("a", null, r.meta.title || r.url);
      a.href = r.url;
      li.appendChild(a);
      var kenmerken = [r.meta.soort, r.meta.regio, r.meta.pijlers, r.meta.fase].filter(Boolean).join(" · ");
      if (kenmerken) li.appendChild(element("span", "kb-zoekmeta", kenmerken));
      var uittreksel = element("p", "kb-uittreksel");
      uittreksel.innerHTML = r.excerpt; // Pagefind escapes page text; only <mark> is markup
      li.appendChild(uittreksel);
      lijst.appendChild(li);
    });
    status.textContent = resultaten.length
      ? resultaten.length + (resultaten.length === 1 ? " resultaat" : " resultaten") + " voor \u2018" + vraag + "\u2019"
      : "Niets gevonden voor \u2018" + vraag + "\u2019. Probeer een ander woord, of kijk bij de tags.";
  }

  function zoek(vraag) {
    var nummer = ++teller;
    vraag = vraag.trim();
    var url = new URL(window.location.href);
    if (vraag) url.searchParams.set("q", vraag); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!vraag) { lijst.textContent = ""; status.textContent = ""; return; }
    status.textContent = "Zoeken\u2026";
    laad().then(function (pf) { return pf.search(vraag); }).then(function (zoekopdracht) {
      return Promise.all(zoekopdracht.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (resultaten) {
      if (nummer === teller) toon(resultaten, vraag);
    }).catch(function () {
      status.textContent = "Zoeken lukt nu niet. Gebruik de lijst met praktijkvoorbeelden of de tags.";
    });
  }

  formulier.addEventListener("submit", function (e) { e.preventDefault(); zoek(veld.value); });
  veld.addEventListener("input", function () {
    clearTimeout(wachten);
    wachten = setTimeout(function () { zoek(veld.value); }, 120);
  });
  var begin = new URL(window.location.href).searchParams.get("q");
  if (begin) { veld.value = begin; zoek(begin); }
  laad(); // warm up while the visitor types
})();
