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
  var voorgeladen = {};

  function laad() {
    if (!pagefind) {
      pagefind = import(basis + "pagefind/pagefind.js").then(function (pf) {
        return pf.options({ baseUrl: new URL(basis).pathname, excerptLength: 24 }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  // Pagefind only returns pages that contain every word. A question typed as a sentence
  // ("hoe start ik een netwerksessie") then finds nothing, so we drop Dutch stop words and,
  // if that is still too strict, combine the results of the separate words.
  var STOPWOORDEN = ("de het een en van in op te voor met is als wat hoe ik je jij we wij zijn bij naar om aan er " +
    "dat die dit of ook kan mijn onze over per tot uit wordt worden welke waar waarom wie wil zou mag moet " +
    "hun hoe kun kunnen doe doen deze").split(" ");

  function woordenVan(vraag) {
    return vraag.toLowerCase().split(/[^0-9a-zà-ÿ@&'-]+/).filter(function (w) {
      return w && STOPWOORDEN.indexOf(w) < 0;
    });
  }

  function zoekResultaten(vraag) {
    return laad().then(function (pf) {
      // Without the stop words first: "waarom stopte de pilot amersfoort" should not be won by
      // pages that happen to contain "waarom" as well.
      var woorden = woordenVan(vraag);
      var kern = woorden.length ? woorden.join(" ") : vraag;
      return pf.search(kern).then(function (geheel) {
        if (geheel.results.length >= 3) return geheel.results;
        if (!woorden.length) return geheel.results;
        return Promise.all([pf.search(vraag)].concat(woorden.map(function (w) { return pf.search(w); })))
          .then(function (lijsten) {
            var gezien = {}, volgorde = [];
            function voeg(r, punten) {
              if (!gezien[r.id]) { gezien[r.id] = { r: r, punten: 0 }; volgorde.push(gezien[r.id]); }
              gezien[r.id].punten += punten;
            }
            geheel.results.forEach(function (r) { voeg(r, 1000 + r.score); });
            lijsten[0].results.forEach(function (r) { voeg(r, 500 + r.score); });
            lijsten.slice(1).forEach(function (l) { l.results.forEach(function (r) { voeg(r, 10 + r.score); }); });
            volgorde.sort(function (a, b) { return b.punten - a.punten; });
            return volgorde.map(function (x) { return x.r; });
          });
      });
    });
  }
  // Fetch the index pieces of the words typed in full (those followed by a space) while the
  // visitor is still typing. Preloading every prefix ("w", "we", "wer") would download pieces
  // of the index that the search never needs: at 2,000 examples that was most of the bytes.
  function voorlaad(tekst) {
    woordenVan(tekst.slice(0, tekst.lastIndexOf(" ") + 1)).forEach(function (w) {
      if (!voorgeladen[w]) voorgeladen[w] = laad().then(function (pf) { return pf.preload(w); });
    });
  }
  // for the tests, which replay typing: start afresh, and wait until the preloading is done
  voorlaad.vergeet = function () { voorgeladen = {}; };
  voorlaad.klaar = function () {
    return Promise.all(Object.keys(voorgeladen).map(function (w) { return voorgeladen[w]; }));
  };
  window.kennisbankVoorlaad = voorlaad;
  // for the tests and for anyone who wants the same ranking from the console
  window.kennisbankZoek = function (vraag) {
    return zoekResultaten(vraag).then(function (rs) {
      return Promise.all(rs.slice(0, 10).map(function (r) { return r.data(); }));
    });
  };

  function element(naam, klasse, tekst) {
    var el = document.createElement(naam);
    if (klasse) el.className = klasse;
    if (tekst) el.textContent = tekst;
    return el;
  }

  function voegToe(resultaten) {
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
  }

  function meld(aantal, vraag) {
    status.textContent = aantal
      ? aantal + (aantal === 1 ? " resultaat" : " resultaten") + " voor \u2018" + vraag + "\u2019"
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
    function gegevens(rs) { return Promise.all(rs.map(function (r) { return r.data(); })); }
    zoekResultaten(vraag).then(function (gevonden) {
      // Ten results with their excerpts, each one a fragment to download. The first three are
      // shown as soon as they are in; the other seven follow.
      return gegevens(gevonden.slice(0, 3)).then(function (eerste) {
        if (nummer !== teller) return;
        lijst.textContent = "";
        voegToe(eerste);
        return gegevens(gevonden.slice(3, 10)).then(function (rest) {
          if (nummer !== teller) return;
          voegToe(rest);
          meld(eerste.length + rest.length, vraag);
        });
      });
    }).catch(function () {
      status.textContent = "Zoeken lukt nu niet. Gebruik de lijst met praktijkvoorbeelden of de tags.";
    });
  }

  formulier.addEventListener("submit", function (e) { e.preventDefault(); zoek(veld.value); });
  veld.addEventListener("input", function () {
    clearTimeout(wachten);
    voorlaad(veld.value);
    wachten = setTimeout(function () { zoek(veld.value); }, 80);
  });
  var begin = new URL(window.location.href).searchParams.get("q");
  if (begin) { veld.value = begin; zoek(begin); }
  laad(); // warm up while the visitor types
})();
