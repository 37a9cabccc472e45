/* Search with Pagefind, on every page: instant results under the header box (a WAI-ARIA
   combobox with a listbox), and on /zoeken/ all results with a type filter. Pagefind's index is
   loaded in small pieces, only when someone searches; nothing comes from another origin. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector('script[src*="zoeken.js"]');
  var basis = script.src.replace(/javascripts\/zoeken\.js.*$/, "");
  var pagefind = null;
  var voorgeladen = {};
  // The kinds of page, in the order of the type filter; "Begrip" results are glossary terms.
  var SOORTEN = ["Praktijkvoorbeeld", "Werkvorm", "Verbetertool", "Regio", "Tag", "Begrip", "Tool", "Overzicht", "Pagina"];
  var MEERVOUD = { Praktijkvoorbeeld: "Praktijkvoorbeelden", Werkvorm: "Werkvormen", Verbetertool: "Verbetertool",
    Regio: "Regio's", Tag: "Tags", Begrip: "Begrippen", Tool: "Tools", Overzicht: "Overzichten", Pagina: "Overige pagina's" };

  // A large site's index comes in parts (kennisbank/paginas/zoekindex.py): pagefind/delen.json
  // lists the extra ones, which Pagefind merges into the first.
  function laad() {
    if (!pagefind) {
      var pad = new URL(basis).pathname;
      var delen = fetch(basis + "pagefind/delen.json").then(function (r) {
        if (!r.ok) { throw new Error("pagefind/delen.json: " + r.status); }
        return r.json();
      });
      pagefind = Promise.all([import(basis + "pagefind/pagefind.js"), delen]).then(function (klaar) {
        var pf = klaar[0];
        var opties = { baseUrl: pad, excerptLength: 24 };
        return pf.options(opties).then(function () {
          return Promise.all(klaar[1].map(function (deel) { return pf.mergeIndex(basis + deel, opties); }));
        }).then(function () { return pf; });
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

  // All results for a question (Pagefind result objects, best first), optionally of one kind.
  // `samengevoegd` says whether the separate words had to be combined; `zoals` (an earlier answer
  // for all kinds) makes a search for one kind do the same, so its results are a part of that one.
  function zoekResultaten(vraag, soort, zoals) {
    var opties = soort ? { filters: { soort: soort } } : {};
    return laad().then(function (pf) {
      // Without the stop words first: "waarom stopte de pilot amersfoort" should not be won by
      // pages that happen to contain "waarom" as well.
      var woorden = woordenVan(vraag);
      var kern = woorden.length ? woorden.join(" ") : vraag;
      var begrip = soort || zoals ? null : begripZoek(pf, vraag);
      return pf.search(kern, opties).then(function (geheel) {
        var los = zoals ? !zoals.samengevoegd : geheel.results.length >= 3;
        if (los || !woorden.length) {
          var uit = { results: geheel.results, samengevoegd: false };
          return begrip ? begripEerst(begrip, uit) : uit;
        }
        return Promise.all([pf.search(vraag, opties)].concat(woorden.map(function (w) { return pf.search(w, opties); })))
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
            var uit = { results: volgorde.map(function (x) { return x.r; }), samengevoegd: true };
            return begrip ? begripEerst(begrip, uit) : uit;
          });
      });
    });
  }

  // A glossary term is the answer to its own name ("startkwalificatie", "wat betekent rmc"), but
  // the glossary is one long page that loses on word counts to the examples that use the term.
  // When the question is a term's name or abbreviation, the glossary goes first.
  function kaal(t) { return t.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^0-9a-z]+/g, " ").trim(); }
  function termVan(vraag) {
    return kaal(woordenVan(vraag).filter(function (w) { return !/^(betekent|betekenis|begrip|afkorting)$/.test(w); }).join(" "));
  }
  function passendeTerm(d, vraag) {
    var term = termVan(vraag);
    if (!term || !d.sub_results) return null;
    return d.sub_results.filter(function (s) {
      var t = kaal(s.title), afk = /\(([^)]+)\)\s*$/.exec(s.title);
      return s.url.indexOf("#") > 0 && (t === term || kaal(s.title.replace(/\s*\([^)]*\)\s*$/, "")) === term ||
        (afk && kaal(afk[1]) === term));
    })[0] || null;
  }
  // Only for a single word or abbreviation, or a question that asks for a meaning ("wat is een
  // startkwalificatie"): a topical question of several words ("warme overdracht") is answered
  // by the entries first. Searched alongside the main search, so it adds no waiting.
  function begripZoek(pf, vraag) {
    var term = termVan(vraag);
    var vraagtNaarBetekenis = /^(wat (is|zijn|betekent|betekenen)|betekenis|begrip|afkorting)\b|\bbetekent\b/.test(vraag.toLowerCase().trim());
    var n = term ? woordenVan(vraag).filter(function (w) { return !/^(betekent|betekenis|begrip|afkorting)$/.test(w); }).length : 0;
    if (!n || (n > 1 && !(vraagtNaarBetekenis && n <= 4))) return Promise.resolve(null);
    return pf.search(term, { filters: { soort: "Begrip" } }).then(function (b) {
      if (!b.results.length) return null;
      return b.results[0].data().then(function (d) { return passendeTerm(d, vraag) ? b.results[0] : null; });
    });
  }
  function begripEerst(begrip, uit) {
    return begrip.then(function (r) {
      if (r) uit.results = [r].concat(uit.results.filter(function (x) { return x.id !== r.id; }));
      return uit;
    });
  }

  // Number of results per kind for a question: every kind is searched on its own (Pagefind's own
  // filter counts did not match its result lists), so each count is what choosing it shows.
  function tellingen(vraag, alle) {
    return Promise.all(SOORTEN.map(function (s) { return zoekResultaten(vraag, s, alle); })).then(function (lijsten) {
      var uit = {};
      SOORTEN.forEach(function (s, n) { uit[s] = lijsten[n].results.length; });
      return uit;
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
      return Promise.all(rs.results.slice(0, 10).map(function (r) { return r.data(); }));
    });
  };

  // What a result shows. The glossary page gives its matching terms instead, each landing on
  // the term itself (Pagefind's sub-results are the headings with an id).
  function regels(d, vraag) {
    var soort = d.meta.soort || "Pagina";
    if (soort === "Begrip" && d.sub_results) {
      var eerst = vraag ? passendeTerm(d, vraag) : null;
      var termen = (eerst ? [eerst] : []).concat(d.sub_results.filter(function (s) {
        return s.url.indexOf("#") > 0 && s !== eerst;
      })).slice(0, 3);
      if (termen.length) {
        return termen.map(function (s) {
          return { url: s.url, titel: s.title, soort: soort, kenmerk: "Begrippenlijst", uittreksel: s.excerpt };
        });
      }
    }
    var kenmerk = d.meta.regio || (d.meta.fase ? "fase: " + d.meta.fase : "");
    return [{ url: d.url, titel: d.meta.title || d.url, soort: soort, kenmerk: kenmerk, uittreksel: d.excerpt,
      pijlers: d.meta.pijlers, kerncijfer: d.meta.kerncijfer }];
  }

  function element(naam, klasse, tekst) {
    var el = document.createElement(naam);
    if (klasse) el.className = klasse;
    if (tekst) el.textContent = tekst;
    return el;
  }

  function aantalTekst(n, een, meer) { return n + " " + (n === 1 ? een : meer); }

  /* ---------------- Instant results in the header box ---------------- */
  (function kop() {
    var veld = document.getElementById("kb-zoekveld-kop");
    if (!veld) return;
    var formulier = veld.form;
    var lijst = document.getElementById("kb-kop-lijst");
    var melding = document.getElementById("kb-kop-melding");
    var wachten = null, teller = 0, actief = -1, opties = [];
    var MAX = 6;
    veld.setAttribute("role", "combobox");
    veld.setAttribute("aria-autocomplete", "list");
    veld.setAttribute("aria-expanded", "false");
    veld.setAttribute("aria-controls", "kb-kop-lijst");

    function sluit() {
      lijst.hidden = true;
      veld.setAttribute("aria-expanded", "false");
      veld.removeAttribute("aria-activedescendant");
      actief = -1;
    }
    function kies(n) {
      opties.forEach(function (o, i) { o.setAttribute("aria-selected", i === n ? "true" : "false"); });
      actief = n;
      if (n >= 0) {
        veld.setAttribute("aria-activedescendant", opties[n].id);
        opties[n].scrollIntoView({ block: "nearest" });
      } else {
        veld.removeAttribute("aria-activedescendant");
      }
    }
    function naarZoekpagina() {
      window.location.href = formulier.action + "?q=" + encodeURIComponent(veld.value.trim());
    }
    function optie(tekst, url, n) {
      var li = element("li", "kb-kop-optie");
      li.id = "kb-kop-optie-" + n;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-url", url);
      if (tekst) li.appendChild(element("span", "kb-kop-titel", tekst));
      return li;
    }
    function toon(vraag, items, totaal) {
      lijst.textContent = "";
      opties = [];
      items.forEach(function (it, n) {
        var li = optie(it.titel, it.url, n);
        var meta = element("span", "kb-kop-meta");
        meta.appendChild(element("span", "kb-soort", it.soort));
        if (it.kenmerk) meta.appendChild(document.createTextNode(" " + it.kenmerk));
        li.appendChild(meta);
        lijst.appendChild(li);
        opties.push(li);
      });
      var alle = optie("", formulier.action + "?q=" + encodeURIComponent(vraag), items.length);
      alle.classList.add("kb-kop-alle");
      alle.appendChild(element("span", "kb-kop-titel",
        totaal ? "Alle " + aantalTekst(totaal, "resultaat", "resultaten") + " voor \u2018" + vraag + "\u2019" :
          "Niets gevonden voor \u2018" + vraag + "\u2019: zoek anders"));
      lijst.appendChild(alle);
      opties.push(alle);
      lijst.setAttribute("data-vraag", vraag);
      lijst.hidden = false;
      veld.setAttribute("aria-expanded", "true");
      actief = -1;
      var nieuw = totaal
        ? aantalTekst(totaal, "resultaat", "resultaten") + ". Kies met pijl omlaag, open met Enter."
        : "Niets gevonden.";
      if (melding.textContent !== nieuw) melding.textContent = nieuw; // announced once, not per update
    }
    function zoek() {
      var vraag = veld.value.trim();
      var nummer = ++teller;
      if (vraag.length < 2) { sluit(); lijst.removeAttribute("data-vraag"); return; }
      // The first three as soon as their excerpts are in (each is a download), then the rest,
      // unless the visitor is already moving through the list.
      function gegevens(rs, van, tot) {
        return Promise.all(rs.results.slice(van, tot).map(function (r) { return r.data(); }));
      }
      function items(data) {
        var uit = [];
        data.forEach(function (d) { uit = uit.concat(regels(d, vraag).slice(0, 1)); }); // one line per result
        return uit;
      }
      zoekResultaten(vraag).then(function (rs) {
        return gegevens(rs, 0, 3).then(function (eerste) {
          if (nummer !== teller) return;
          toon(vraag, items(eerste).slice(0, MAX), rs.results.length);
          if (rs.results.length <= 3) return;
          return gegevens(rs, 3, MAX).then(function (rest) {
            if (nummer !== teller || actief >= 0) return;
            toon(vraag, items(eerste.concat(rest)).slice(0, MAX), rs.results.length);
          });
        });
      }).catch(function () {
        if (nummer === teller) melding.textContent = "Zoeken lukt nu niet. Druk op Enter voor de zoekpagina.";
      });
    }
    veld.addEventListener("focus", function () { laad(); });
    veld.addEventListener("input", function () {
      clearTimeout(wachten);
      voorlaad(veld.value);
      wachten = setTimeout(zoek, 80);
    });
    veld.addEventListener("keydown", function (e) {
      var open = !lijst.hidden && opties.length;
      if (e.key === "ArrowDown") {
        if (!open) { if (veld.value.trim().length >= 2) zoek(); return; }
        e.preventDefault();
        kies(actief < opties.length - 1 ? actief + 1 : 0);
      } else if (e.key === "ArrowUp" && open) {
        e.preventDefault();
        kies(actief > 0 ? actief - 1 : opties.length - 1);
      } else if (e.key === "Escape") {
        if (open) { e.preventDefault(); sluit(); } else if (veld.value) { e.preventDefault(); veld.value = ""; }
      } else if (e.key === "Enter") {
        e.preventDefault();
        if (open && actief >= 0) window.location.href = opties[actief].getAttribute("data-url");
        else if (veld.value.trim()) naarZoekpagina();
      }
    });
    lijst.addEventListener("mousedown", function (e) { e.preventDefault(); }); // keep the focus in the box
    lijst.addEventListener("click", function (e) {
      var o = e.target.closest("[role=option]");
      if (o) window.location.href = o.getAttribute("data-url");
    });
    veld.addEventListener("blur", function () { setTimeout(sluit, 150); });
  })();

  /* ---------------- The search page ---------------- */
  (function zoekpagina() {
    var formulier = document.getElementById("kb-zoeken");
    if (!formulier) return;
    var veld = document.getElementById("kb-zoekveld");
    var status = document.getElementById("kb-zoekstatus");
    var lijst = document.getElementById("kb-zoekresultaten");
    var soortkeuze = document.getElementById("kb-zoeksoorten");
    var meerKnop = document.getElementById("kb-zoekmeer");
    var PER_KEER = 10;
    var teller = 0, wachten = null;
    var huidig = { vraag: "", soort: "", resultaten: [], getoond: 0 };

    // One list item per Pagefind result, so the list counts what the total says; the glossary
    // shows its best term, and the other matching terms as links below it.
    function voegToe(data) {
      data.forEach(function (d) {
        var r = regels(d, huidig.vraag), it = r[0];
        var li = element("li");
        var a = element("a", null, it.titel);
        a.href = it.url;
        li.appendChild(a);
        var meta = element("span", "kb-zoekmeta");
        meta.appendChild(element("span", "kb-soort", it.soort));
        var rest = [it.kenmerk, it.pijlers].filter(Boolean).join(" · ");
        if (rest) meta.appendChild(document.createTextNode(" " + rest));
        li.appendChild(meta);
        var uittreksel = element("p", "kb-uittreksel");
        uittreksel.innerHTML = it.uittreksel; // Pagefind escapes page text; only <mark> is markup
        li.appendChild(uittreksel);
        if (it.kerncijfer) li.appendChild(element("p", "kb-kerncijfer", "Resultaat: " + it.kerncijfer));
        if (r.length > 1) {
          var ook = element("p", "kb-kerncijfer", "Ook: ");
          r.slice(1).forEach(function (o, n) {
            if (n) ook.appendChild(document.createTextNode(", "));
            var l = element("a", null, o.titel);
            l.href = o.url;
            ook.appendChild(l);
          });
          li.appendChild(ook);
        }
        lijst.appendChild(li);
      });
    }

    function meer(nummer) {
      var van = huidig.getoond, tot = Math.min(huidig.resultaten.length, van + PER_KEER);
      // The first three show as soon as they are in; the rest of the page follows.
      var eerst = Math.min(tot, van + 3);
      function gegevens(a, b) {
        return Promise.all(huidig.resultaten.slice(a, b).map(function (r) { return r.data(); }));
      }
      return gegevens(van, eerst).then(function (d1) {
        if (nummer !== teller) return;
        if (van === 0) { lijst.textContent = ""; lijst.setAttribute("data-vraag", huidig.vraag); }
        voegToe(d1);
        return gegevens(eerst, tot).then(function (d2) {
          if (nummer !== teller) return;
          voegToe(d2);
          huidig.getoond = tot;
          var over = huidig.resultaten.length - tot;
          meerKnop.hidden = over <= 0;
          meerKnop.textContent = "Toon meer resultaten (nog " + over + ")";
        });
      });
    }

    function toonSoorten(telling, totaal) {
      soortkeuze.textContent = "";
      var legenda = element("legend", null, "Soort");
      soortkeuze.appendChild(legenda);
      [""].concat(SOORTEN).forEach(function (s) {
        var n = s ? (telling[s] || 0) : totaal;
        if (s && !n && huidig.soort !== s) return;
        var label = element("label", "kb-soortkeuze");
        var input = element("input");
        input.type = "radio"; input.name = "soort"; input.value = s;
        input.checked = huidig.soort === s;
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + (s ? MEERVOUD[s] : "Alles") + " "));
        label.appendChild(element("span", "kb-aantal", "(" + n + ")"));
        soortkeuze.appendChild(label);
      });
      soortkeuze.hidden = false;
    }

    function zoek(vraag, soort) {
      var nummer = ++teller;
      vraag = vraag.trim();
      huidig.vraag = vraag; huidig.soort = soort || "";
      var url = new URL(window.location.href);
      if (vraag) url.searchParams.set("q", vraag); else url.searchParams.delete("q");
      if (huidig.soort) url.searchParams.set("soort", huidig.soort); else url.searchParams.delete("soort");
      history.replaceState(null, "", url);
      if (!vraag) { lijst.textContent = ""; status.textContent = ""; meerKnop.hidden = true; soortkeuze.hidden = true; return; }
      status.textContent = "Zoeken\u2026";
      zoekResultaten(vraag).then(function (alle) {
        return (huidig.soort ? zoekResultaten(vraag, huidig.soort, alle) : Promise.resolve(alle))
          .then(function (gekozen) { return [alle, gekozen]; });
      }).then(function (rs) {
        if (nummer !== teller) return;
        var alle = rs[0], gekozen = rs[1];
        huidig.resultaten = gekozen.results;
        huidig.getoond = 0;
        var n = gekozen.results.length;
        function meldTotaal() {
          status.textContent = aantalTekst(n, "resultaat", "resultaten") + " voor \u2018" + vraag + "\u2019" +
            (huidig.soort ? " (" + MEERVOUD[huidig.soort].toLowerCase() + ")" : "") +
            (huidig.getoond < n ? ", de eerste " + huidig.getoond + " staan hieronder" : "");
        }
        // the results first; the counts per kind (a search per kind) follow
        var lijstKlaar;
        if (!n) {
          lijst.textContent = "";
          meerKnop.hidden = true;
          status.textContent = "Niets gevonden voor \u2018" + vraag + "\u2019. Probeer een ander woord, of kies in de Verkenner.";
          lijstKlaar = Promise.resolve();
        } else {
          lijstKlaar = meer(nummer).then(function () { if (nummer === teller) meldTotaal(); });
        }
        return lijstKlaar.then(function () {
          return tellingen(vraag, alle);
        }).then(function (telling) {
          if (nummer !== teller) return;
          toonSoorten(telling, alle.results.length);
          soortkeuze.setAttribute("data-vraag", vraag);
        });
      }).catch(function () {
        status.textContent = "Zoeken lukt nu niet. Gebruik de Verkenner, de lijst met praktijkvoorbeelden of de tags.";
      });
    }

    formulier.addEventListener("submit", function (e) { e.preventDefault(); zoek(veld.value, huidig.soort); });
    veld.addEventListener("input", function () {
      clearTimeout(wachten);
      voorlaad(veld.value);
      wachten = setTimeout(function () { zoek(veld.value, huidig.soort); }, 80);
    });
    soortkeuze.addEventListener("change", function (e) { zoek(veld.value, e.target.value); });
    meerKnop.addEventListener("click", function () {
      var eerste = lijst.children.length;
      meerKnop.disabled = true; // one page at a time
      meer(teller).then(function () {
        meerKnop.disabled = false;
        // move the focus to the first new result, so keyboard users continue where they were
        var nieuw = lijst.children[eerste] && lijst.children[eerste].querySelector("a");
        if (nieuw) nieuw.focus();
        status.textContent = huidig.getoond + " van " + huidig.resultaten.length + " resultaten getoond";
      });
    });
    var start = new URL(window.location.href).searchParams;
    if (start.get("q")) { veld.value = start.get("q"); zoek(start.get("q"), start.get("soort") || ""); }
    laad(); // warm up while the visitor types
  })();
})();
