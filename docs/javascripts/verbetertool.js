/* Verbetertool: the check (/verbetertool/check/) and Samen vergelijken (/verbetertool/team/).
 *
 * The form and the tables are in the HTML (rendered from the YAML); this script adds:
 * - the check: answers and plans kept in localStorage, averages per theme, the lowest
 *   factors with their tips (fetched from verbetertips.html next to the page), download/open
 *   of an answer file (JSON, versie 1), print (a one-page summary, or everything that was
 *   answered), clear; the results are live: they follow every score at once;
 * - the team page: open several answer files and compare per factor, with a column per
 *   person or role and the averages per theme.
 * Nothing is ever sent anywhere: files are read with the File API in this browser.
 *
 * Answer file: {"versie": 1, "naam": "...", "datum": "2025-01-31",
 *               "scores": {"1.1": 7, "1.2": "nvt"}, "plannen": {"1": "..."}}
 */
(function () {
  "use strict";

  var VERSIE = 1;
  var NVT = "nvt";
  var OPSLAG = "kb-verbetertool";
  var OPSLAG_WEERGAVE = "kb-verbetertool-weergave";
  var MAX_BESTAND = 1024 * 1024;

  /* ---------- shared helpers ---------- */

  function alle(selector, binnen) {
    return Array.prototype.slice.call((binnen || document).querySelectorAll(selector));
  }

  /* Number with d decimals and a decimal comma, rounded half up. */
  function getal(x, d) {
    var f = Math.pow(10, d);
    return (Math.round(x * f) / f).toFixed(d).replace(".", ",");
  }

  /* Average of integers, rounded half up to one decimal without float surprises. */
  function gemiddelde(som, n) {
    return (Math.round(som * 10 / n) / 10).toFixed(1).replace(".", ",");
  }

  function meervoud(n, een, meer) {
    return n + " " + (n === 1 ? een : meer);
  }

  function vandaag() {
    var d = new Date();
    function twee(x) { return (x < 10 ? "0" : "") + x; }
    return d.getFullYear() + "-" + twee(d.getMonth() + 1) + "-" + twee(d.getDate());
  }

  function datumTekst(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    if (!m) return iso || "";
    var maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
      "september", "oktober", "november", "december"];
    return parseInt(m[3], 10) + " " + maanden[parseInt(m[2], 10) - 1] + " " + m[1];
  }

  function slugVan(tekst) {
    return String(tekst || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  }

  function volgorde(nummer) {
    var delen = String(nummer).split(".");
    return parseInt(delen[0], 10) * 1000 + parseInt(delen[1], 10);
  }

  function isScore(w) {
    return typeof w === "number" && w % 1 === 0 && w >= 1 && w <= 10;
  }

  function leesBestand(bestand) {
    if (bestand.text) return bestand.text();
    return new Promise(function (klaar, mis) {
      var lezer = new FileReader();
      lezer.onload = function () { klaar(lezer.result); };
      lezer.onerror = function () { mis(lezer.error); };
      lezer.readAsText(bestand);
    });
  }

  /* Check an answer file. Returns {data} or {fout: "Dutch message"}. */
  function controleer(tekst, bekend, themas) {
    var geen = "Dit is geen antwoordbestand van de verbetertool";
    var d;
    if (tekst.length > MAX_BESTAND) return { fout: geen + ": het bestand is te groot." };
    try {
      d = JSON.parse(tekst);
    } catch (e) {
      return { fout: geen + ": de inhoud is geen JSON. Kies het .json-bestand dat je bij de check hebt gedownload." };
    }
    if (!d || typeof d !== "object" || Array.isArray(d) || !("versie" in d) || !("scores" in d)) {
      return { fout: geen + ": de onderdelen ‘versie’ en ‘scores’ ontbreken." };
    }
    if (d.versie !== VERSIE) {
      return { fout: "Dit antwoordbestand heeft versie " + JSON.stringify(d.versie) +
        ", maar deze pagina kan alleen versie " + VERSIE + " lezen." };
    }
    if (!d.scores || typeof d.scores !== "object" || Array.isArray(d.scores)) {
      return { fout: "Dit antwoordbestand is beschadigd: ‘scores’ is geen lijst van factoren met een score." };
    }
    var scores = {};
    var onbekend = [];
    var ongeldig = [];
    Object.keys(d.scores).forEach(function (k) {
      var w = d.scores[k];
      if (bekend.indexOf(k) < 0) onbekend.push(k);
      else if (w === NVT || isScore(w)) scores[k] = w;
      else ongeldig.push(k);
    });
    if (onbekend.length) {
      return { fout: "Dit antwoordbestand noemt factoren die de verbetertool niet kent: " +
        onbekend.slice(0, 5).join(", ") + (onbekend.length > 5 ? " en meer" : "") + "." };
    }
    if (ongeldig.length) {
      return { fout: "Dit antwoordbestand heeft een ongeldige score bij factor " + ongeldig.slice(0, 5).join(", ") +
        ". Een score is een heel getal van 1 tot en met 10, of \"nvt\"." };
    }
    var plannen = {};
    if (d.plannen !== undefined && d.plannen !== null) {
      if (typeof d.plannen !== "object" || Array.isArray(d.plannen)) {
        return { fout: "Dit antwoordbestand is beschadigd: ‘plannen’ hoort per thema een tekst te hebben." };
      }
      var fout = null;
      Object.keys(d.plannen).forEach(function (k) {
        if (themas.indexOf(k) < 0 || typeof d.plannen[k] !== "string") fout = k;
        else if (d.plannen[k].trim()) plannen[k] = d.plannen[k];
      });
      if (fout !== null) {
        return { fout: "Dit antwoordbestand is beschadigd: het verbeterplan bij ‘" + fout + "’ hoort bij geen thema of is geen tekst." };
      }
    }
    if (d.naam !== undefined && d.naam !== null && typeof d.naam !== "string") {
      return { fout: "Dit antwoordbestand is beschadigd: ‘naam’ is geen tekst." };
    }
    return {
      data: {
        versie: VERSIE,
        naam: (d.naam || "").slice(0, 80),
        datum: typeof d.datum === "string" ? d.datum.slice(0, 30) : "",
        scores: scores,
        plannen: plannen
      }
    };
  }

  /* The tips for the lowest scores are in a file next to the check (verbetertips.html, our own
   * HTML from the same templates): the check's page stays small, and DOMParser runs no script. */
  function laadTips(lijst, klaar) {
    var fout = document.getElementById("vt-tips-fout");
    if (!window.fetch || !window.DOMParser) { fout.hidden = false; return; }
    fetch(lijst.getAttribute("data-tips")).then(function (antwoord) {
      if (!antwoord.ok) throw new Error(String(antwoord.status));
      return antwoord.text();
    }).then(function (tekst) {
      var bron = new DOMParser().parseFromString(tekst, "text/html");
      alle("#vt-alle-tips > li", bron).forEach(function (li) {
        li.hidden = true;
        lijst.appendChild(document.adoptNode(li));
      });
      lijst.setAttribute("data-geladen", "ja");
      klaar();
    }).catch(function () { fout.hidden = false; });
  }

  /* ---------- the check ---------- */

  function check() {
    var wortel = document.getElementById("vt-check");
    if (!wortel) return;

    var velden = alle("fieldset.vt-factor");
    var factoren = velden.map(function (veld, i) {
      return { nummer: veld.getAttribute("data-factor"), thema: veld.getAttribute("data-thema"), veld: veld, index: i };
    });
    var bekend = factoren.map(function (f) { return f.nummer; });
    var themaNummers = [];
    factoren.forEach(function (f) { if (themaNummers.indexOf(f.thema) < 0) themaNummers.push(f.thema); });
    var perFactor = {};
    factoren.forEach(function (f) { perFactor[f.nummer] = f; });

    var naamVeld = document.getElementById("vt-naam");
    var toon = document.getElementById("vt-toon");
    var status = document.getElementById("vt-status");
    var opslagWerkt = true;

    function leeg() { return { versie: VERSIE, naam: "", scores: {}, plannen: {} }; }

    function laad() {
      try {
        var tekst = window.localStorage.getItem(OPSLAG);
        if (!tekst) return leeg();
        var r = controleer(tekst, bekend, themaNummers);
        return r.data || leeg();
      } catch (e) {
        opslagWerkt = false;
        return leeg();
      }
    }

    var staat = laad();

    function bewaar() {
      try {
        staat.datum = vandaag();
        window.localStorage.setItem(OPSLAG, JSON.stringify(staat));
      } catch (e) {
        if (opslagWerkt) meld("Je browser staat niet toe dat deze pagina je antwoorden bewaart. Download ze als bestand voordat je de pagina sluit.");
        opslagWerkt = false;
      }
    }

    function meld(tekst, fout) {
      status.textContent = tekst;
      status.classList.toggle("vt-fout", !!fout);
    }

    /* Put the state in the form. */
    function zetInFormulier() {
      factoren.forEach(function (f) {
        var w = staat.scores[f.nummer];
        alle("input[type=radio]", f.veld).forEach(function (r) {
          // only write what differs: 341 needless writes made the first load noticeably slower
          var aan = w !== undefined && r.value === String(w);
          if (r.checked !== aan) r.checked = aan;
        });
      });
      alle("textarea.vt-plantekst").forEach(function (t) {
        t.value = staat.plannen[t.getAttribute("data-thema")] || "";
        planAfdruk(t);
      });
      naamVeld.value = staat.naam || "";
    }

    function planAfdruk(t) {
      var doel = document.querySelector(".vt-plan-afdruk[data-thema=\"" + t.getAttribute("data-thema") + "\"]");
      if (doel) doel.textContent = t.value.trim() ? t.value : "(nog niets ingevuld)";
    }

    function telling() {
      var per = {};
      themaNummers.forEach(function (t) { per[t] = { som: 0, n: 0, nvt: 0, totaal: 0 }; });
      factoren.forEach(function (f) {
        var p = per[f.thema];
        var w = staat.scores[f.nummer];
        p.totaal++;
        if (w === NVT) p.nvt++;
        else if (isScore(w)) { p.som += w; p.n++; }
      });
      return per;
    }

    function toonResultaten() {
      var per = telling();
      var gescoord = 0, nvt = 0;
      themaNummers.forEach(function (t) {
        var p = per[t];
        gescoord += p.n;
        nvt += p.nvt;
        var rij = document.querySelector("#vt-thematabel tr[data-thema=\"" + t + "\"]");
        if (rij) {
          var tekst = p.n ? gemiddelde(p.som, p.n) : (p.nvt ? "geen gemiddelde (alleen n.v.t.)" : "nog geen scores");
          rij.querySelector(".vt-getal").textContent = tekst;
          rij.querySelector(".vt-balk-vulling").style.width = p.n ? (p.som / p.n * 10) + "%" : "0";
          rij.querySelector(".vt-aantal").textContent = p.n + " van " + p.totaal;
          rij.querySelector(".vt-aantal-nvt").textContent = String(p.nvt);
          rij.classList.toggle("vt-leeg", !p.n);
        }
        var teller = document.querySelector(".vt-teller[data-thema=\"" + t + "\"]");
        if (teller) teller.textContent = "(" + (p.n + p.nvt) + " van " + p.totaal + " ingevuld)";
      });
      var ingevuld = gescoord + nvt;
      document.getElementById("vt-voortgang").textContent = ingevuld
        ? "Je hebt " + ingevuld + " van de " + factoren.length + " factoren ingevuld: " +
          meervoud(gescoord, "met een cijfer", "met een cijfer") + " en " + nvt + " met n.v.t."
        : "Je hebt nog geen factoren gescoord.";

      // the lowest scored factors: lowest score first, ties by factor number
      var laag = factoren.filter(function (f) { return isScore(staat.scores[f.nummer]); })
        .sort(function (a, b) {
          return staat.scores[a.nummer] - staat.scores[b.nummer] || volgorde(a.nummer) - volgorde(b.nummer);
        }).slice(0, 5);
      var lijst = document.getElementById("vt-laagste");
      alle("#vt-laagste > li").forEach(function (li) { li.hidden = true; });
      laag.forEach(function (f) {
        var li = lijst.querySelector("li[data-factor=\"" + f.nummer + "\"]");
        if (!li) return;
        li.querySelector(".vt-laag-getal").textContent = String(staat.scores[f.nummer]);
        li.hidden = false;
        lijst.appendChild(li);
      });
      document.getElementById("vt-laagste-uitleg").textContent = laag.length
        ? (laag.length === 1 ? "De factor met de laagste score" : "De " + laag.length + " factoren met de laagste score") +
          " (n.v.t. telt niet mee; bij een gelijke score gaat het laagste factornummer voor), met de verbetertips en waar je meer vindt."
        : "Nog geen factoren met een cijfer. Zodra je cijfers geeft, zie je hier de vijf laagste met hun verbetertips.";
      markeerLeeg();
      return { per: per, gescoord: gescoord, nvt: nvt };
    }

    /* What the full print leaves out unless asked: factors without an answer, themes without any
       answer and empty plans (kennisbank.css, html.vt-print-alles prints them too). */
    function markeerLeeg() {
      factoren.forEach(function (f) { f.veld.classList.toggle("vt-onbeantwoord", staat.scores[f.nummer] === undefined); });
      alle("section.vt-thema").forEach(function (sec) {
        sec.classList.toggle("vt-thema-leeg", !sec.querySelector("fieldset.vt-factor:not(.vt-onbeantwoord)"));
      });
      alle(".vt-plan").forEach(function (p) {
        p.classList.toggle("vt-plan-leeg", !staat.plannen[p.getAttribute("data-thema")]);
      });
    }

    // the last change, visible next to the results (which are always up to date)
    function toonLaatste(f, r) {
      var w = staat.scores[f.nummer], p = r.per[f.thema];
      document.getElementById("vt-laatste").textContent = "Bijgewerkt met factor " + f.nummer + " (" +
        (w === NVT ? "n.v.t." : "score " + w) + "): thema " + f.thema + " heeft nu " +
        (p.n ? "gemiddeld " + gemiddelde(p.som, p.n) : "nog geen gemiddelde") + ".";
    }

    /* ----- showing one theme or all ----- */

    function weergave(keuze, focus) {
      toon.value = keuze;
      alle("section.vt-thema").forEach(function (s) {
        var verbergen = keuze !== "alle" && s.getAttribute("data-thema") !== keuze;
        if (s.hidden !== verbergen) s.hidden = verbergen;
      });
      alle("button.vt-volgende").forEach(function (b) { if (b.hidden !== (keuze === "alle")) b.hidden = keuze === "alle"; });
      try { window.localStorage.setItem(OPSLAG_WEERGAVE, keuze); } catch (e) { /* not essential */ }
      if (focus && keuze !== "alle") {
        var kop = document.getElementById("thema-" + keuze);
        if (kop) {
          kop.setAttribute("tabindex", "-1");
          kop.focus();
        }
      }
    }

    function naarHash() {
      var m = /^#thema-(\d+)$/.exec(window.location.hash);
      if (m && toon.value !== "alle" && toon.value !== m[1]) weergave(m[1], false);
    }

    /* ----- events ----- */

    document.addEventListener("change", function (e) {
      var r = e.target;
      if (r.type !== "radio" || !r.closest("fieldset.vt-factor")) return;
      var nummer = r.closest("fieldset.vt-factor").getAttribute("data-factor");
      staat.scores[nummer] = r.value === NVT ? NVT : parseInt(r.value, 10);
      bewaar();
      toonLaatste(perFactor[nummer], toonResultaten());
    });

    alle("textarea.vt-plantekst").forEach(function (t) {
      t.addEventListener("input", function () {
        var nr = t.getAttribute("data-thema");
        if (t.value.trim()) staat.plannen[nr] = t.value;
        else delete staat.plannen[nr];
        planAfdruk(t);
        markeerLeeg();
        bewaar();
      });
    });

    naamVeld.addEventListener("input", function () {
      staat.naam = naamVeld.value;
      bewaar();
    });

    toon.addEventListener("change", function () { weergave(toon.value, false); });
    alle("button.vt-volgende").forEach(function (b) {
      b.addEventListener("click", function () {
        weergave(b.getAttribute("data-naar"), true);
        var kop = document.getElementById("thema-" + b.getAttribute("data-naar"));
        if (kop) kop.scrollIntoView();
      });
    });
    window.addEventListener("hashchange", naarHash);
    alle(".vt-themanav a[data-thema], #vt-thematabel a").forEach(function (a) {
      a.addEventListener("click", function () {
        var nr = (a.getAttribute("href") || "").replace("#thema-", "");
        if (toon.value !== "alle" && toon.value !== nr && /^\d+$/.test(nr)) weergave(nr, false);
      });
    });


    document.getElementById("vt-download").addEventListener("click", function () {
      var scores = {};
      factoren.forEach(function (f) {
        if (staat.scores[f.nummer] !== undefined) scores[f.nummer] = staat.scores[f.nummer];
      });
      var plannen = {};
      themaNummers.forEach(function (t) { if (staat.plannen[t]) plannen[t] = staat.plannen[t]; });
      var bestand = { versie: VERSIE, naam: staat.naam || "", datum: vandaag(), scores: scores, plannen: plannen };
      var naam = "verbetertool-" + (slugVan(staat.naam) || "antwoorden") + "-" + bestand.datum + ".json";
      var blob = new Blob([JSON.stringify(bestand, null, 2) + "\n"], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var a = document.createElement("a");
      a.href = url;
      a.download = naam;
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      meld("Je antwoorden zijn gedownload als " + naam + " (" + meervoud(Object.keys(scores).length, "factor", "factoren") +
        ", " + meervoud(Object.keys(plannen).length, "verbeterplan", "verbeterplannen") + ").");
    });

    function afdrukken(soort) {
      toonResultaten();
      document.documentElement.classList.add(soort);
      window.print();
    }
    document.getElementById("vt-afdrukken").addEventListener("click", function () {
      afdrukken(document.getElementById("vt-afdrukken-leeg").checked ? "vt-print-alles" : "vt-print-ingevuld");
    });
    document.getElementById("vt-afdrukken-kort").addEventListener("click", function () { afdrukken("vt-print-kort"); });
    window.addEventListener("afterprint", function () {
      document.documentElement.classList.remove("vt-print-alles", "vt-print-ingevuld", "vt-print-kort");
    });

    var invoer = document.getElementById("vt-laad");
    invoer.addEventListener("change", function () {
      var bestand = invoer.files && invoer.files[0];
      if (!bestand) return;
      leesBestand(bestand).then(function (tekst) {
        var r = controleer(tekst, bekend, themaNummers);
        if (r.fout) {
          meld("Het bestand ‘" + bestand.name + "’ is niet geladen. " + r.fout + " Je antwoorden op deze pagina zijn niet veranderd.", true);
          return;
        }
        staat = r.data;
        bewaar();
        zetInFormulier();
        toonResultaten();
        var aantalNvt = Object.keys(staat.scores).filter(function (k) { return staat.scores[k] === NVT; }).length;
        meld("Antwoorden geladen uit ‘" + bestand.name + "’" +
          (staat.naam ? " van " + staat.naam : "") + (r.data.datum ? " (" + datumTekst(r.data.datum) + ")" : "") + ": " +
          meervoud(Object.keys(staat.scores).length - aantalNvt, "cijfer", "cijfers") + ", " + aantalNvt + " keer n.v.t. en " +
          meervoud(Object.keys(staat.plannen).length, "verbeterplan", "verbeterplannen") + ".");
      }, function () {
        meld("Het bestand ‘" + bestand.name + "’ kon niet worden gelezen. Probeer het opnieuw.", true);
      }).then(function () { invoer.value = ""; });
    });

    document.getElementById("vt-wis").addEventListener("click", function () {
      if (!window.confirm("Weet je zeker dat je alle antwoorden, je naam of rol en je verbeterplannen wilt wissen? Dit kun je niet ongedaan maken.")) {
        meld("Er is niets gewist.");
        return;
      }
      staat = leeg();
      try { window.localStorage.removeItem(OPSLAG); } catch (e) { /* nothing stored */ }
      zetInFormulier();
      toonResultaten();
      meld("Alle antwoorden en verbeterplannen zijn gewist.");
    });

    window.addEventListener("beforeprint", toonResultaten);

    zetInFormulier();
    toonResultaten();
    laadTips(document.getElementById("vt-laagste"), toonResultaten);
    var bewaard = null;
    try { bewaard = window.localStorage.getItem(OPSLAG_WEERGAVE); } catch (e) { /* ignore */ }
    weergave(bewaard && (bewaard === "alle" || themaNummers.indexOf(bewaard) >= 0) ? bewaard : "alle", false);
    naarHash();
    if (!opslagWerkt) meld("Je browser staat niet toe dat deze pagina je antwoorden bewaart. Download ze als bestand voordat je de pagina sluit.");
  }

  /* ---------- Samen vergelijken ---------- */

  function team() {
    var wortel = document.getElementById("vt-team");
    if (!wortel) return;

    var tbody = document.querySelector("#vt-teamtabel tbody");
    var rijen = alle("tr", tbody);
    var bekend = rijen.map(function (r) { return r.getAttribute("data-factor"); });
    var themaNummers = [];
    rijen.forEach(function (r) {
      var t = r.getAttribute("data-thema");
      if (themaNummers.indexOf(t) < 0) themaNummers.push(t);
    });
    var invoer = document.getElementById("vt-team-bestanden");
    var status = document.getElementById("vt-team-status");
    var deelnemers = [];
    var statistiek = {};

    function meld(tekst, fout) {
      status.textContent = tekst;
      status.classList.toggle("vt-fout", !!fout);
    }

    function naamVan(d, i) {
      return d.naam ? d.naam : "Deelnemer " + (i + 1);
    }

    function bereken() {
      statistiek = {};
      bekend.forEach(function (nr) {
        var n = 0, som = 0, kwadraten = 0, nvt = 0, min = null, max = null;
        deelnemers.forEach(function (d) {
          var w = d.scores[nr];
          if (w === NVT) { nvt++; return; }
          if (!isScore(w)) return;
          n++; som += w; kwadraten += w * w;
          min = min === null ? w : Math.min(min, w);
          max = max === null ? w : Math.max(max, w);
        });
        // population variance from integers: exact rational, so equal spreads compare equal
        var variantie = n ? (n * kwadraten - som * som) / (n * n) : null;
        statistiek[nr] = { n: n, som: som, nvt: nvt, min: min, max: max, variantie: variantie,
          sd: variantie === null ? null : Math.sqrt(variantie), groot: false };
      });
      // the (up to) five factors with the largest spread; ties at the edge count too
      var kandidaten = bekend.filter(function (nr) { return statistiek[nr].n >= 2 && statistiek[nr].variantie > 0; })
        .sort(function (a, b) { return statistiek[b].variantie - statistiek[a].variantie; });
      if (kandidaten.length) {
        var grens = statistiek[kandidaten[Math.min(4, kandidaten.length - 1)]].variantie;
        kandidaten.forEach(function (nr) { if (statistiek[nr].variantie >= grens) statistiek[nr].groot = true; });
      }
    }

    function sorteer() {
      var op = (document.querySelector("input[name=vt-volgorde]:checked") || {}).value || "nummer";
      var volgordeRijen = rijen.slice();
      if (op === "spreiding") {
        volgordeRijen.sort(function (a, b) {
          var sa = statistiek[a.getAttribute("data-factor")] || {}, sb = statistiek[b.getAttribute("data-factor")] || {};
          var va = sa.variantie === null || sa.variantie === undefined ? -1 : sa.variantie;
          var vb = sb.variantie === null || sb.variantie === undefined ? -1 : sb.variantie;
          return vb - va || ((sb.max - sb.min) || 0) - ((sa.max - sa.min) || 0) ||
            volgorde(a.getAttribute("data-factor")) - volgorde(b.getAttribute("data-factor"));
        });
      }
      volgordeRijen.forEach(function (r) { tbody.appendChild(r); });
      var kolomFactor = document.getElementById("vt-kolom-factor");
      var kolomSd = document.getElementById("vt-kolom-sd");
      if (op === "spreiding") {
        kolomFactor.removeAttribute("aria-sort");
        kolomSd.setAttribute("aria-sort", "descending");
      } else {
        kolomSd.removeAttribute("aria-sort");
        kolomFactor.setAttribute("aria-sort", "ascending");
      }
      document.getElementById("vt-team-bijschrift").textContent = "Scores per factor, gesorteerd op " +
        (op === "spreiding" ? "spreiding (grootste standaardafwijking eerst)" : "factornummer") +
        ". n.v.t. telt niet mee in het gemiddelde en de spreiding.";
    }

    function toonDeelnemers() {
      var lijst = document.getElementById("vt-team-lijst");
      lijst.textContent = "";
      deelnemers.forEach(function (d, i) {
        var li = document.createElement("li");
        var cijfers = Object.keys(d.scores).filter(function (k) { return d.scores[k] !== NVT; }).length;
        var tekst = document.createElement("span");
        tekst.textContent = naamVan(d, i) + (d.datum ? " (" + datumTekst(d.datum) + ")" : "") + ": " +
          meervoud(cijfers, "cijfer", "cijfers") + ", " + (Object.keys(d.scores).length - cijfers) + " keer n.v.t. – bestand " + d.bestand;
        var knop = document.createElement("button");
        knop.type = "button";
        knop.className = "vt-klein";
        knop.textContent = "Weghalen";
        knop.setAttribute("aria-label", "Antwoorden van " + naamVan(d, i) + " weghalen");
        knop.addEventListener("click", function () {
          deelnemers.splice(deelnemers.indexOf(d), 1);
          toonAlles();
          meld("De antwoorden uit " + d.bestand + " zijn weggehaald. Nog " + meervoud(deelnemers.length, "antwoordbestand", "antwoordbestanden") + " geladen.");
          invoer.focus();
        });
        li.appendChild(tekst);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(knop);
        lijst.appendChild(li);
      });
      document.getElementById("vt-team-geladen").hidden = !deelnemers.length;
    }

    function toonPlannen() {
      var iets = false;
      themaNummers.forEach(function (t) {
        var blok = document.querySelector(".vt-team-plan[data-thema=\"" + t + "\"]");
        if (!blok) return;
        var ul = blok.querySelector("ul");
        ul.textContent = "";
        deelnemers.forEach(function (d, i) {
          if (!d.plannen[t]) return;
          var li = document.createElement("li");
          var wie = document.createElement("strong");
          wie.textContent = naamVan(d, i) + ": ";
          var wat = document.createElement("span");
          wat.className = "vt-plantekst-team";
          wat.textContent = d.plannen[t];
          li.appendChild(wie);
          li.appendChild(wat);
          ul.appendChild(li);
        });
        blok.hidden = !ul.children.length;
        if (ul.children.length) iets = true;
      });
      document.getElementById("vt-team-geen-plannen").textContent = iets ? "" : "Nog geen verbeterplannen geladen.";
      document.getElementById("vt-team-geen-plannen").hidden = iets;
    }

    // a column per person or role: their score on each factor and their average per theme
    function cel(tag, tekst, klasse) {
      var c = document.createElement(tag);
      c.textContent = tekst;
      if (klasse) c.className = klasse;
      return c;
    }
    function scoreTekst(w) { return w === NVT ? "n.v.t." : (isScore(w) ? String(w) : "–"); }
    function toonPersonen() {
      alle(".vt-persoon").forEach(function (c) { c.remove(); });
      var kop = document.getElementById("vt-team-kopregel");
      var themaKop = document.getElementById("vt-team-thema-kopregel");
      deelnemers.forEach(function (d, i) {
        var th = cel("th", naamVan(d, i), "vt-persoon");
        th.scope = "col";
        kop.appendChild(th);
        th = cel("th", naamVan(d, i), "vt-persoon");
        th.scope = "col";
        themaKop.appendChild(th);
      });
      rijen.forEach(function (r) {
        var nr = r.getAttribute("data-factor");
        deelnemers.forEach(function (d) { r.appendChild(cel("td", scoreTekst(d.scores[nr]), "vt-persoon")); });
      });
      alle("#vt-team-thematabel tbody tr").forEach(function (r) {
        var t = r.getAttribute("data-thema");
        var inThema = rijen.filter(function (x) { return x.getAttribute("data-thema") === t; })
          .map(function (x) { return x.getAttribute("data-factor"); });
        var somAllen = 0, nAllen = 0;
        deelnemers.forEach(function (d) {
          var som = 0, n = 0;
          inThema.forEach(function (nr) { if (isScore(d.scores[nr])) { som += d.scores[nr]; n++; } });
          somAllen += som; nAllen += n;
          r.appendChild(cel("td", n ? gemiddelde(som, n) : "–", "vt-persoon"));
        });
        r.querySelector("td.vt-gem").textContent = nAllen ? gemiddelde(somAllen, nAllen) : "–";
      });
    }

    function toonAlles() {
      bereken();
      toonPersonen();
      rijen.forEach(function (r) {
        var s = statistiek[r.getAttribute("data-factor")];
        r.querySelector(".vt-n").textContent = String(s.n);
        r.querySelector(".vt-n-nvt").textContent = String(s.nvt);
        r.querySelector(".vt-gem").textContent = s.n ? gemiddelde(s.som, s.n) : "–";
        r.querySelector(".vt-bereik").textContent = s.n ? (s.min === s.max ? String(s.min) : s.min + " tot " + s.max) : "–";
        r.querySelector(".vt-sd").textContent = s.n ? getal(s.sd, 1) : "–";
        r.querySelector(".vt-verschil").textContent = s.groot ? "ja" : "";
        r.classList.toggle("vt-groot-verschil", s.groot);
      });
      sorteer();
      toonDeelnemers();
      toonPlannen();
      var groot = bekend.filter(function (nr) { return statistiek[nr].groot; });
      var samenvatting = document.getElementById("vt-team-samenvatting");
      if (!deelnemers.length) {
        samenvatting.textContent = "Nog geen antwoorden geladen. Kies hierboven een of meer antwoordbestanden.";
      } else {
        samenvatting.textContent = meervoud(deelnemers.length, "antwoordbestand", "antwoordbestanden") + " geladen. " +
          (groot.length
            ? "De grootste verschillen zitten bij " + (groot.length === 1 ? "factor " : "de factoren ") +
              groot.join(", ").replace(/, ([^,]*)$/, " en $1") + " (gemarkeerd in de tabel)."
            : "Er zijn nog geen factoren waarop de cijfers uiteenlopen.");
      }
    }

    function sleutel(d) {
      return JSON.stringify([d.naam, d.datum, bekend.map(function (k) { return d.scores[k]; }), d.plannen]);
    }

    invoer.addEventListener("change", function () {
      var bestanden = Array.prototype.slice.call(invoer.files || []);
      if (!bestanden.length) return;
      Promise.all(bestanden.map(function (b) {
        return leesBestand(b).then(function (tekst) { return { bestand: b, tekst: tekst }; },
          function () { return { bestand: b, tekst: null }; });
      })).then(function (gelezen) {
        var goed = 0;
        var fouten = [];
        var dubbel = [];
        gelezen.forEach(function (g) {
          if (g.tekst === null) {
            fouten.push("‘" + g.bestand.name + "’ kon niet worden gelezen.");
            return;
          }
          var r = controleer(g.tekst, bekend, themaNummers);
          if (r.fout) {
            fouten.push("‘" + g.bestand.name + "’: " + r.fout);
            return;
          }
          r.data.bestand = g.bestand.name;
          var s = sleutel(r.data);
          if (deelnemers.some(function (d) { return sleutel(d) === s; })) {
            dubbel.push(g.bestand.name);
            return;
          }
          deelnemers.push(r.data);
          goed++;
        });
        toonAlles();
        var tekst = meervoud(goed, "antwoordbestand", "antwoordbestanden") + " toegevoegd; samen " +
          meervoud(deelnemers.length, "antwoordbestand", "antwoordbestanden") + " geladen.";
        if (dubbel.length) tekst += " Al geladen en daarom overgeslagen: " + dubbel.join(", ") + ".";
        if (fouten.length) tekst += " Niet geladen: " + fouten.join(" ");
        meld(tekst, fouten.length > 0);
        invoer.value = "";
      });
    });

    document.getElementById("vt-team-leeg").addEventListener("click", function () {
      deelnemers = [];
      toonAlles();
      meld("Alle antwoordbestanden zijn weggehaald.");
      invoer.focus();
    });

    alle("input[name=vt-volgorde]").forEach(function (r) {
      r.addEventListener("change", function () {
        sorteer();
        meld("De tabel is nu gesorteerd op " + (r.value === "spreiding" ? "grootste verschillen eerst." : "factornummer."));
      });
    });

    toonAlles();
  }

  check();
  team();
})();
