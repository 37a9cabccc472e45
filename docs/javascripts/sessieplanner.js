/* Sessieplanner: compose one meeting or a trajectory of meetings from werkvormen and own blocks,
   with start and end times, a target duration, notes per block, the combined materials and two prints.
   Everything stays in the browser. The plan lives in the address, so a link or bookmark brings it back:
     ?naam=...&titel=...&start=13:00r&doel=180&b=check-in:10,~Pauze:10r,check-in~Voorstelronde:10&n=,-,tekst
     &titel2=...&start2=...&b2=...   (meeting 2, 3, ... of a trajectory)
   A block is [werkvorm-slug][~title]:minutes[r]; r marks minutes that are the editors' suggestion
   (from a draaiboek), as does r after the start time. Titles and notes are percent-encoded, so they
   never hold , : or &. A note is empty (the draaiboek's instruction for that block), - (no note) or text. */
(function () {
  "use strict";
  var root = document.getElementById("wt-planner");
  if (!root) return;

  var MAX_BLOKKEN = 60, MAX_BIJEENKOMSTEN = 12, MAX_MINUTEN = 480, MAX_TITEL = 100, MAX_NOTITIE = 600;
  var $ = function (id) { return document.getElementById(id); };
  var keuze = $("wt-werkvorm"), status = $("wt-status"), lijst = $("wt-bijeenkomsten");
  var naamVeld = $("wt-naam"), linkVeld = $("wt-link"), positieVeld = $("wt-positie");

  var data = JSON.parse($("wt-data").textContent);
  var werkvormen = data.werkvormen, sjablonen = data.sjablonen;
  // The instruction ("wat gebeurt er") of every draaiboek block, by werkvorm and title: the default note.
  var standaardNotities = {};
  Object.keys(sjablonen).forEach(function (naam) {
    sjablonen[naam].bijeenkomsten.forEach(function (bk) {
      bk.blokken.forEach(function (b) {
        var sleutel = (b.werkvorm || "") + "|" + b.titel;
        if (b.wat && !(sleutel in standaardNotities)) standaardNotities[sleutel] = b.wat;
      });
    });
  });

  var plan = { naam: "", bijeenkomsten: [] };
  var teller = 0;

  function schoon(tekst, max) { return String(tekst || "").replace(/\s+/g, " ").trim().slice(0, max); }
  function standaardNotitie(b) { return standaardNotities[(b.werkvorm || "") + "|" + b.titel] || ""; }
  function blok(werkvorm, titel, minuten, redactie, notitie) {
    if (werkvorm && !werkvormen[werkvorm]) werkvorm = null;
    titel = schoon(titel || (werkvorm ? werkvormen[werkvorm].titel : "Blok"), MAX_TITEL) || "Blok";
    var b = { id: ++teller, werkvorm: werkvorm, titel: titel, minuten: minuten, redactie: !!redactie };
    b.notitie = notitie === undefined || notitie === null ? standaardNotitie(b) : String(notitie).slice(0, MAX_NOTITIE);
    return b;
  }
  function bijeenkomst(titel, start, startRedactie, doel) {
    return { id: ++teller, titel: schoon(titel, MAX_TITEL), start: start || "13:00", startRedactie: !!startRedactie,
             doel: doel || null, blokken: [] };
  }

  // ---- times -------------------------------------------------------------------------------
  function twee(n) { return (n < 10 ? "0" : "") + n; }
  function klok(min) { min = ((min % 1440) + 1440) % 1440; return twee(Math.floor(min / 60)) + ":" + twee(min % 60); }
  function minutenVan(tijd) { var d = tijd.split(":"); return parseInt(d[0], 10) * 60 + parseInt(d[1], 10); }
  function geldigeTijd(t) { return /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/.test(t); }
  function normaleTijd(t) { return klok(minutenVan(t)); }
  function geldigeMinuten(waarde) {
    var n = Number(waarde);
    if (String(waarde).trim() === "" || !isFinite(n) || Math.floor(n) !== n || n < 1) return null;
    return Math.min(n, MAX_MINUTEN);
  }
  function geldigDoel(waarde) {
    var n = Number(waarde);
    if (String(waarde).trim() === "" || !isFinite(n) || Math.floor(n) !== n || n < 1) return null;
    return Math.min(n, 24 * 60);
  }
  function duur(min) {
    if (min < 60) return min + (min === 1 ? " minuut" : " minuten");
    var uren = Math.floor(min / 60), rest = min % 60;
    return min + " minuten (" + uren + " uur" + (rest ? " en " + rest + (rest === 1 ? " minuut" : " minuten") : "") + ")";
  }
  function tijden(bk) {
    var t = minutenVan(bk.start);
    return bk.blokken.map(function (b) { var r = { begin: klok(t), eind: klok(t + b.minuten) }; t += b.minuten; return r; });
  }
  function totaal(bk) { return bk.blokken.reduce(function (s, b) { return s + b.minuten; }, 0); }
  function eind(bk) { return klok(minutenVan(bk.start) + totaal(bk)); }
  function naamVan(bk, i) {
    return bk.titel || (plan.bijeenkomsten.length > 1 ? "Bijeenkomst " + (i + 1) : (plan.naam || "Je bijeenkomst"));
  }
  // The target: null without one, else how far the plan is over (> 0) or under (< 0) it.
  function doelVerschil(bk) { return bk.doel ? totaal(bk) - bk.doel : null; }
  function doelTekst(bk) {
    var v = doelVerschil(bk);
    if (v === null) return "";
    if (v === 0) return "Precies op je doel van " + duur(bk.doel) + ".";
    return "Let op: je plan duurt " + Math.abs(v) + (Math.abs(v) === 1 ? " minuut " : " minuten ") + (v > 0 ? "langer" : "korter") +
      " dan je doel van " + duur(bk.doel) + (v > 0 ? ". Kort een blok in of haal er een weg." : ". Er is ruimte voor een blok of meer tijd.");
  }

  // ---- the address -------------------------------------------------------------------------
  function ontcijfer(s) {
    try { return decodeURIComponent(String(s).replace(/\+/g, " ")); } catch (e) { return String(s); }
  }
  function codeer(b) {
    var kop = b.werkvorm || "";
    if (!b.werkvorm || b.titel !== werkvormen[b.werkvorm].titel) kop += "~" + encodeURIComponent(b.titel);
    return kop + ":" + b.minuten + (b.redactie ? "r" : "");
  }
  function codeerNotitie(b) {
    var standaard = standaardNotitie(b);
    if (b.notitie === standaard) return "";
    if (!b.notitie) return "-";
    return encodeURIComponent(b.notitie).replace(/-/g, "%2D");
  }
  function zoekdeel() {
    var delen = [];
    if (plan.naam) delen.push("naam=" + encodeURIComponent(plan.naam));
    plan.bijeenkomsten.forEach(function (bk, i) {
      var k = i ? String(i + 1) : "";
      if (bk.titel) delen.push("titel" + k + "=" + encodeURIComponent(bk.titel));
      delen.push("start" + k + "=" + bk.start + (bk.startRedactie ? "r" : ""));
      if (bk.doel) delen.push("doel" + k + "=" + bk.doel);
      if (bk.blokken.length) {
        delen.push("b" + k + "=" + bk.blokken.map(codeer).join(","));
        var notities = bk.blokken.map(codeerNotitie);
        if (notities.some(function (n) { return n !== ""; })) delen.push("n" + k + "=" + notities.join(","));
      }
    });
    return "?" + delen.join("&");
  }
  function leesAdres() {
    var p = {}, onbekend = [];
    window.location.search.replace(/^\?/, "").split("&").forEach(function (d) {
      var i = d.indexOf("=");
      if (i > 0) p[d.slice(0, i)] = d.slice(i + 1);
    });
    plan.naam = schoon(ontcijfer(p.naam || ""), MAX_TITEL);
    plan.bijeenkomsten = [];
    for (var i = 0; i < MAX_BIJEENKOMSTEN; i++) {
      var k = i ? String(i + 1) : "";
      if (i && !("b" + k in p) && !("titel" + k in p) && !("start" + k in p)) break;
      var start = ontcijfer(p["start" + k] || ""), startRedactie = /r$/.test(start);
      start = start.replace(/r$/, "");
      var bk = bijeenkomst(ontcijfer(p["titel" + k] || ""), geldigeTijd(start) ? normaleTijd(start) : "13:00",
                           startRedactie && geldigeTijd(start), geldigDoel(ontcijfer(p["doel" + k] || "")));
      var b = p["b" + k] || "";
      // A mail program may have encoded the separators once more: undo that one level.
      if (b.indexOf(":") < 0 && /%3A/i.test(b)) b = ontcijfer(b);
      var notities = (p["n" + k] || "").split(",");
      b.split(",").forEach(function (deel, j) {
        if (!deel || bk.blokken.length >= MAX_BLOKKEN) return;
        var i2 = deel.lastIndexOf(":");
        var minTekst = i2 < 0 ? "" : deel.slice(i2 + 1), redactie = /r$/.test(minTekst);
        var minuten = geldigeMinuten(minTekst.replace(/r$/, ""));
        var kop = i2 < 0 ? deel : deel.slice(0, i2);
        var t = kop.indexOf("~");
        var slug = t < 0 ? kop : kop.slice(0, t);
        var titel = t < 0 ? null : ontcijfer(kop.slice(t + 1));
        if (slug && !werkvormen[slug]) { onbekend.push(slug); titel = titel || slug; slug = null; }
        if (!slug && !titel) return;
        if (minuten === null) { minuten = slug ? werkvormen[slug].minuten : 10; redactie = false; }
        var n = notities[j] || "";
        bk.blokken.push(blok(slug, titel, minuten, redactie, n === "" ? null : n === "-" ? "" : ontcijfer(n)));
      });
      plan.bijeenkomsten.push(bk);
    }
    if (!plan.bijeenkomsten.length) plan.bijeenkomsten.push(bijeenkomst("", "13:00", false, null));
    return onbekend;
  }
  function schrijfAdres() {
    history.replaceState(null, "", window.location.pathname + zoekdeel() + window.location.hash);
    linkVeld.value = window.location.href;
  }
  // Before a change that replaces the whole plan: keep the current plan one step back in the history.
  function bewaarInGeschiedenis() { history.pushState(null, "", window.location.href); }

  // ---- drawing -----------------------------------------------------------------------------
  function maak(tag, eigenschappen, kinderen) {
    var el = document.createElement(tag);
    Object.keys(eigenschappen || {}).forEach(function (k) {
      if (k === "tekst") el.textContent = eigenschappen[k];
      else if (k === "klasse") el.className = eigenschappen[k];
      else if (k === "waarde") el.value = eigenschappen[k];
      else el.setAttribute(k, eigenschappen[k]);
    });
    (kinderen || []).forEach(function (k) { if (k) el.appendChild(typeof k === "string" ? document.createTextNode(k) : k); });
    return el;
  }
  function knop(actie, tekst, label, id, extra) {
    return maak("button", { type: "button", klasse: "wt-knop" + (extra ? " " + extra : ""),
                            "data-actie": actie, "aria-label": label, tekst: tekst, "data-id": id });
  }
  function werkvormKeuze(id, gekozen) {
    var s = maak("select", { id: id });
    s.innerHTML = keuze.innerHTML;  // the server-rendered, escaped options
    if (gekozen) s.value = gekozen;
    return s;
  }

  function tekenBlok(bk, b, i) {
    var nr = i + 1, id = "wt-blok-" + b.id, n = bk.blokken.length;
    var kop = maak("div", { klasse: "wt-blok-kop" }, [
      maak("span", { klasse: "wt-greep", draggable: "true", "data-id": b.id, title: "Sleep om te verplaatsen", "aria-hidden": "true", tekst: "⠿" }),
      maak("span", { klasse: "wt-tijd" }, [maak("span", { klasse: "wt-begin" }), "–", maak("span", { klasse: "wt-eind" })]),
      maak("span", { klasse: "wt-titelveld" }, [
        maak("label", { "for": id + "-titel", klasse: "kb-verborgen", tekst: "Titel van blok " + nr }),
        maak("input", { id: id + "-titel", type: "text", maxlength: String(MAX_TITEL), waarde: b.titel,
                        "data-actie": "titel", "data-id": b.id, autocomplete: "off" })
      ]),
      maak("span", { klasse: "wt-minuten" }, [
        maak("label", { "for": id + "-minuten", tekst: "Minuten" }),
        maak("input", { id: id + "-minuten", type: "number", min: "1", max: String(MAX_MINUTEN), step: "1",
                        inputmode: "numeric", waarde: String(b.minuten), "data-actie": "minuten", "data-id": b.id }),
        b.redactie ? maak("span", { klasse: "wt-redactie", title: "De bron noemt deze duur niet", tekst: "richtwaarde van de redactie" }) : null
      ])
    ]);
    var li = maak("li", { klasse: "wt-blok", "data-id": b.id }, [kop]);
    if (b.werkvorm) {
      li.appendChild(maak("p", { klasse: "wt-werkvormlink" }, [
        "Werkvorm: ", maak("a", { href: werkvormen[b.werkvorm].url, tekst: werkvormen[b.werkvorm].titel }),
        " (standaard " + werkvormen[b.werkvorm].minuten + " min)"
      ]));
    }
    li.appendChild(maak("p", { klasse: "wt-notitie" }, [
      maak("label", { "for": id + "-notitie", tekst: "Instructie en notities bij blok " + nr }),
      maak("textarea", { id: id + "-notitie", rows: "2", maxlength: String(MAX_NOTITIE), "data-actie": "notitie", "data-id": b.id })
    ]));
    li.querySelector("textarea").value = b.notitie;
    var knoppen = maak("div", { klasse: "wt-blok-knoppen", role: "group", "aria-label": "Blok " + nr + ": " + b.titel }, [
      knop("omhoog", "Eerder", "Eerder: blok " + nr + " een plek omhoog", b.id),
      knop("omlaag", "Later", "Later: blok " + nr + " een plek omlaag", b.id),
      knop("vervang", "Vervang door …", "Vervang blok " + nr + " door een andere werkvorm", b.id),
      knop("ervoor", "Voeg ervoor in", "Voeg een blok in vóór blok " + nr, b.id),
      knop("erna", "Voeg erna in", "Voeg een blok in na blok " + nr, b.id),
      knop("weg", "Verwijderen", "Verwijderen: blok " + nr, b.id, "wt-knop-weg")
    ]);
    if (i === 0 && plan.bijeenkomsten[0] === bk) knoppen.querySelector("[data-actie=omhoog]").setAttribute("aria-disabled", "true");
    if (i === n - 1 && plan.bijeenkomsten[plan.bijeenkomsten.length - 1] === bk) knoppen.querySelector("[data-actie=omlaag]").setAttribute("aria-disabled", "true");
    li.appendChild(knoppen);
    return li;
  }

  function tekenVervang(li, b) {
    var id = "wt-vervang-" + b.id;
    var vak = maak("div", { klasse: "wt-vervang", role: "group", "aria-label": "Vervang ‘" + b.titel + "’" }, [
      maak("p", { klasse: "wt-veld" }, [maak("label", { "for": id, tekst: "Vervang ‘" + b.titel + "’ door" }), werkvormKeuze(id, b.werkvorm)]),
      maak("p", { klasse: "wt-hint", tekst: "Het blok houdt zijn " + b.minuten + " minuten, zodat de totale duur gelijk blijft." }),
      maak("p", {}, [knop("vervang-ok", "Vervangen", "Vervangen", b.id, "wt-knop-primair"), knop("vervang-stop", "Annuleren", "Annuleren", b.id)])
    ]);
    li.appendChild(vak);
    vak.querySelector("select").focus();
  }

  function teken() {
    lijst.textContent = "";
    var meer = plan.bijeenkomsten.length > 1;
    plan.bijeenkomsten.forEach(function (bk, i) {
      var k = "wt-bk-" + bk.id;
      var sectie = maak("section", { klasse: "wt-bijeenkomst", "data-id": bk.id, "aria-labelledby": k + "-kop" }, [
        maak("h3", { id: k + "-kop", klasse: "wt-bijeenkomst-kop", tekst: meer ? "Bijeenkomst " + (i + 1) : "Programma" }),
        maak("div", { klasse: "wt-rij" }, [
          maak("p", { klasse: "wt-veld wt-breed" }, [
            maak("label", { "for": k + "-titel", tekst: meer ? "Titel van bijeenkomst " + (i + 1) : "Titel van de bijeenkomst" }),
            maak("input", { id: k + "-titel", type: "text", maxlength: String(MAX_TITEL), autocomplete: "off", waarde: bk.titel,
                            "data-actie": "bk-titel", "data-bk": bk.id })
          ]),
          maak("p", { klasse: "wt-veld wt-smal" }, [
            maak("label", { "for": k + "-start", tekst: "Begintijd" }),
            maak("input", { id: k + "-start", type: "time", step: "300", waarde: bk.start, "data-actie": "bk-start", "data-bk": bk.id,
                            "aria-describedby": k + "-start-uitleg" }),
            maak("span", { id: k + "-start-uitleg", klasse: "wt-hulp wt-start-uitleg", tekst: bk.startRedactie ? "Voorstel van de redactie" : "" })
          ]),
          maak("p", { klasse: "wt-veld wt-smal" }, [
            maak("label", { "for": k + "-doel", tekst: "Beoogde duur (min)" }),
            maak("input", { id: k + "-doel", type: "number", min: "1", max: "1440", step: "5", inputmode: "numeric",
                            waarde: bk.doel ? String(bk.doel) : "", "data-actie": "bk-doel", "data-bk": bk.id })
          ])
        ]),
        maak("p", { klasse: "wt-samenvatting", id: k + "-samenvatting" }),
        maak("p", { klasse: "wt-doelmelding", id: k + "-doelmelding" }),
        maak("ol", { klasse: "wt-blokken", "data-bk": bk.id }),
        bk.blokken.length ? null : maak("p", { klasse: "wt-hint wt-leeg-melding", tekst: "Deze bijeenkomst is nog leeg. Voeg hieronder een werkvorm of een eigen blok in, of laad een draaiboek." }),
        meer ? maak("p", {}, [knop("bk-weg", "Bijeenkomst " + (i + 1) + " verwijderen", "Bijeenkomst " + (i + 1) + " verwijderen", bk.id, "wt-knop-weg")]) : null
      ]);
      sectie.querySelector("[data-actie=bk-weg]") && sectie.querySelector("[data-actie=bk-weg]").setAttribute("data-bk", bk.id);
      var ol = sectie.querySelector("ol");
      bk.blokken.forEach(function (b, j) { ol.appendChild(tekenBlok(bk, b, j)); });
      lijst.appendChild(sectie);
    });
    tekenPosities();
    werkBij();
  }

  function tekenPosities() {
    var vorige = positieVeld.value;
    positieVeld.textContent = "";
    var meer = plan.bijeenkomsten.length > 1;
    plan.bijeenkomsten.forEach(function (bk, i) {
      var doel = meer ? maak("optgroup", { label: naamVan(bk, i) }) : positieVeld;
      bk.blokken.forEach(function (b, j) {
        doel.appendChild(maak("option", { value: bk.id + ":" + j, tekst: "Vóór blok " + (j + 1) + ": " + b.titel }));
      });
      doel.appendChild(maak("option", { value: bk.id + ":" + bk.blokken.length, tekst: meer ? "Aan het eind van " + naamVan(bk, i) : "Aan het eind" }));
      if (meer) positieVeld.appendChild(doel);
    });
    var laatste = plan.bijeenkomsten[plan.bijeenkomsten.length - 1];
    positieVeld.value = laatste.id + ":" + laatste.blokken.length;
    if (vorige && positieVeld.querySelector('option[value="' + vorige + '"]')) positieVeld.value = vorige;
  }

  function werkBij() {
    plan.bijeenkomsten.forEach(function (bk) {
      var sectie = lijst.querySelector('section[data-id="' + bk.id + '"]');
      if (!sectie) return;
      var t = tijden(bk), som = totaal(bk);
      sectie.querySelectorAll("li.wt-blok").forEach(function (li, j) {
        li.querySelector(".wt-begin").textContent = t[j].begin;
        li.querySelector(".wt-eind").textContent = t[j].eind;
      });
      sectie.querySelector(".wt-samenvatting").textContent = bk.blokken.length
        ? bk.blokken.length + (bk.blokken.length === 1 ? " blok" : " blokken") + ", van " + bk.start + " tot " + eind(bk) + ", " + duur(som) + "."
        : "Nog geen blokken.";
      var melding = sectie.querySelector(".wt-doelmelding"), v = doelVerschil(bk);
      melding.textContent = doelTekst(bk);
      melding.className = "wt-doelmelding" + (v === null ? "" : v === 0 ? " wt-op-doel" : v > 0 ? " wt-te-lang" : " wt-te-kort");
      var uitleg = sectie.querySelector(".wt-start-uitleg");
      if (uitleg) uitleg.textContent = bk.startRedactie ? "Voorstel van de redactie" : "";
    });
    if (naamVeld.value !== plan.naam && document.activeElement !== naamVeld) naamVeld.value = plan.naam;
    tekenMaterialen();
    tekenAfdruk();
    schrijfAdres();
  }

  // The materials of every werkvorm in the plan, each line once, with the werkvormen that need it.
  function materialen(bk) {
    var regels = [], per = {};
    bk.blokken.forEach(function (b) {
      if (!b.werkvorm) return;
      werkvormen[b.werkvorm].materialen.forEach(function (m) {
        if (!per[m]) { per[m] = []; regels.push(m); }
        var titel = werkvormen[b.werkvorm].titel;
        if (per[m].indexOf(titel) < 0) per[m].push(titel);
      });
    });
    return regels.map(function (m) { return { tekst: m, werkvormen: per[m] }; });
  }
  function materiaalLijst(bk) {
    var m = materialen(bk);
    if (!m.length) return maak("p", { klasse: "wt-hint", tekst: "Geen werkvormen met materialen in deze bijeenkomst." });
    return maak("ul", { klasse: "wt-materiaallijst" }, m.map(function (x) {
      return maak("li", {}, [x.tekst + " ", maak("span", { klasse: "wt-voor", tekst: "(" + x.werkvormen.join("; ") + ")" })]);
    }));
  }
  function tekenMaterialen() {
    var vak = $("wt-materialen");
    vak.textContent = "";
    var meer = plan.bijeenkomsten.length > 1;
    plan.bijeenkomsten.forEach(function (bk, i) {
      if (meer) vak.appendChild(maak("h3", { tekst: naamVan(bk, i) }));
      vak.appendChild(materiaalLijst(bk));
    });
  }

  function tekenAfdruk() {
    var vak = $("wt-print");
    vak.textContent = "";
    var meer = plan.bijeenkomsten.length > 1, richtwaarde = false;
    if (plan.naam && meer) vak.appendChild(maak("p", { klasse: "wt-print-traject", tekst: plan.naam + ": traject van " + plan.bijeenkomsten.length + " bijeenkomsten" }));
    plan.bijeenkomsten.forEach(function (bk, i) {
      var t = tijden(bk), som = totaal(bk), titel = naamVan(bk, i);
      var deel = maak("section", { klasse: "wt-print-bijeenkomst" });
      deel.appendChild(maak("h2", { tekst: meer ? titel : (bk.titel || plan.naam || "Programma") }));
      deel.appendChild(maak("p", { klasse: "wt-print-meta", tekst: bk.blokken.length
        ? "Van " + bk.start + " tot " + eind(bk) + ", " + duur(som) + (bk.startRedactie ? ". Begintijd: voorstel van de redactie." : ".")
        : "Nog geen onderdelen." }));
      var doel = doelTekst(bk);
      if (doel && doelVerschil(bk) !== 0) deel.appendChild(maak("p", { klasse: "wt-alleen-begeleider wt-print-doel", tekst: doel }));
      var tabel = maak("table", { klasse: "wt-print-tabel" }, [
        maak("caption", { tekst: "Programma" + (titel ? " van " + titel : "") + ": begin- en eindtijd per onderdeel" }),
        maak("thead", {}, [maak("tr", {}, [
          maak("th", { scope: "col", tekst: "Tijd" }), maak("th", { scope: "col", tekst: "Onderdeel" }),
          maak("th", { scope: "col", klasse: "wt-alleen-begeleider", tekst: "Min." }),
          maak("th", { scope: "col", klasse: "wt-alleen-begeleider", tekst: "Werkvorm, instructie en notities" })
        ])])
      ]);
      var body = maak("tbody");
      bk.blokken.forEach(function (b, j) {
        if (b.redactie) richtwaarde = true;
        var url = b.werkvorm ? new URL(werkvormen[b.werkvorm].url, window.location.href).href : "";
        body.appendChild(maak("tr", {}, [
          maak("td", { klasse: "wt-tijd", tekst: t[j].begin + "–" + t[j].eind }),
          maak("th", { scope: "row", tekst: b.titel }),
          maak("td", { klasse: "wt-alleen-begeleider" }, [String(b.minuten), b.redactie ? maak("span", { klasse: "wt-redactie", tekst: " richtwaarde" }) : null]),
          maak("td", { klasse: "wt-alleen-begeleider" }, [
            b.werkvorm ? maak("span", { klasse: "wt-print-werkvorm", tekst: werkvormen[b.werkvorm].titel }) : null,
            b.werkvorm ? maak("span", { klasse: "kb-url", tekst: url }) : null,
            b.notitie ? maak("span", { klasse: "wt-print-notitie", tekst: b.notitie }) : null
          ])
        ]));
      });
      tabel.appendChild(body);
      deel.appendChild(tabel);
      var m = materialen(bk);
      if (m.length) {
        deel.appendChild(maak("h3", { klasse: "wt-alleen-begeleider", tekst: "Materialen" }));
        var ml = materiaalLijst(bk);
        ml.classList.add("wt-alleen-begeleider");
        deel.appendChild(ml);
      }
      vak.appendChild(deel);
    });
    if (richtwaarde) vak.appendChild(maak("p", { klasse: "wt-alleen-begeleider wt-print-voet",
      tekst: "Richtwaarde: de bron van het draaiboek noemt deze duur niet; de minuten zijn een voorstel van de redactie." }));
  }

  function meld(tekst) {
    // Clear first so the same message is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = tekst; }, 30);
  }
  function samenvatting(bk) {
    var d = doelTekst(bk);
    return " Totaal " + duur(totaal(bk)) + ", klaar om " + eind(bk) + "." + (d && doelVerschil(bk) !== 0 ? " " + d : "");
  }
  function focus(id, actie) {
    var el = lijst.querySelector('li[data-id="' + id + '"] [data-actie="' + actie + '"]');
    if (el) el.focus();
  }
  function zoek(id) {
    for (var i = 0; i < plan.bijeenkomsten.length; i++) {
      var bk = plan.bijeenkomsten[i];
      for (var j = 0; j < bk.blokken.length; j++) if (bk.blokken[j].id === id) return { bk: bk, i: i, j: j, b: bk.blokken[j] };
    }
    return null;
  }
  function bijeenkomstVan(id) { return plan.bijeenkomsten.find(function (bk) { return bk.id === id; }); }
  function aantalBlokken() { return plan.bijeenkomsten.reduce(function (s, bk) { return s + bk.blokken.length; }, 0); }
  function plek(bk, j) {
    var i = plan.bijeenkomsten.indexOf(bk), t = tijden(bk)[j];
    return "blok " + (j + 1) + (plan.bijeenkomsten.length > 1 ? " van " + naamVan(bk, i) : "") + ", van " + t.begin + " tot " + t.eind;
  }

  // ---- actions -----------------------------------------------------------------------------
  function voegIn(b) {
    if (aantalBlokken() >= MAX_BLOKKEN) { meld("Er passen hoogstens " + MAX_BLOKKEN + " blokken in een plan."); return; }
    var d = positieVeld.value.split(":"), bk = bijeenkomstVan(Number(d[0])) || plan.bijeenkomsten[plan.bijeenkomsten.length - 1];
    var j = Math.min(Math.max(parseInt(d[1], 10) || 0, 0), bk.blokken.length);
    bk.blokken.splice(j, 0, b);
    positieVeld.value = bk.id + ":" + (j + 1);  // the next insert goes right after this one
    var volgende = bk.id + ":" + (j + 1);
    teken();
    positieVeld.value = volgende;
    meld("‘" + b.titel + "’ ingevoegd als " + plek(bk, j) + "." + samenvatting(bk));
  }

  $("wt-voeg-werkvorm").addEventListener("click", function () {
    var slug = keuze.value;
    if (!werkvormen[slug]) { meld("Kies eerst een werkvorm."); keuze.focus(); return; }
    voegIn(blok(slug, null, werkvormen[slug].minuten, false, null));
  });

  $("wt-voeg-vrij").addEventListener("click", function () {
    var titelInvoer = $("wt-vrij-titel"), minInvoer = $("wt-vrij-minuten");
    var titel = schoon(titelInvoer.value, MAX_TITEL);
    var minuten = geldigeMinuten(minInvoer.value);
    if (!titel) { meld("Geef het blok eerst een titel."); titelInvoer.focus(); return; }
    if (minuten === null) { meld("Vul bij minuten een heel getal in van 1 tot " + MAX_MINUTEN + "."); minInvoer.focus(); return; }
    voegIn(blok(null, titel, minuten, false, null));
  });

  document.querySelectorAll(".wt-laad-sjabloon").forEach(function (k) {
    k.addEventListener("click", function () {
      var s = sjablonen[k.getAttribute("data-sjabloon")];
      if (!s) return;
      bewaarInGeschiedenis();
      plan.naam = s.titel;
      plan.bijeenkomsten = s.bijeenkomsten.map(function (sb) {
        var bk = bijeenkomst(s.bijeenkomsten.length > 1 ? sb.titel : "", s.start, s.start_redactie, null);
        bk.blokken = sb.blokken.map(function (b) { return blok(b.werkvorm, b.titel, b.minuten, b.redactie, b.wat || ""); });
        bk.doel = totaal(bk);
        return bk;
      });
      teken();
      var bk = plan.bijeenkomsten[0];
      meld("Draaiboek ‘" + s.titel + "’ geladen: " + (plan.bijeenkomsten.length > 1
        ? plan.bijeenkomsten.length + " bijeenkomsten, " + aantalBlokken() + " blokken"
        : bk.blokken.length + " blokken van " + bk.start + " tot " + eind(bk) + ", " + duur(totaal(bk))) +
        ". Met de terugknop van je browser krijg je je vorige plan terug.");
    });
  });

  $("wt-leeg").addEventListener("click", function () {
    if (!aantalBlokken() && plan.bijeenkomsten.length === 1) { meld("Het plan is al leeg."); return; }
    bewaarInGeschiedenis();
    plan.bijeenkomsten = [bijeenkomst("", "13:00", false, null)];
    teken();
    meld("Het plan is leeg. Met de terugknop van je browser krijg je het terug.");
  });

  $("wt-nieuwe-bijeenkomst").addEventListener("click", function () {
    if (plan.bijeenkomsten.length >= MAX_BIJEENKOMSTEN) { meld("Een traject heeft hoogstens " + MAX_BIJEENKOMSTEN + " bijeenkomsten."); return; }
    var vorige = plan.bijeenkomsten[plan.bijeenkomsten.length - 1];
    var bk = bijeenkomst("", vorige.start, vorige.startRedactie, null);
    plan.bijeenkomsten.push(bk);
    teken();
    positieVeld.value = bk.id + ":0";
    var veld = $("wt-bk-" + bk.id + "-titel");
    if (veld) veld.focus();
    meld("Bijeenkomst " + plan.bijeenkomsten.length + " toegevoegd. Geef haar een titel en voeg blokken in; ‘Waar’ staat op deze bijeenkomst.");
  });

  // Move block b (found as w) to meeting doel before index j.
  function verplaats(w, doel, j) {
    w.bk.blokken.splice(w.j, 1);
    if (doel === w.bk && j > w.j) j--;
    doel.blokken.splice(Math.min(j, doel.blokken.length), 0, w.b);
    teken();
  }

  lijst.addEventListener("click", function (e) {
    var k = e.target.closest("button[data-actie]");
    if (!k) return;
    var actie = k.getAttribute("data-actie");
    if (actie === "bk-weg") {
      var bk = bijeenkomstVan(Number(k.getAttribute("data-bk")));
      var i = plan.bijeenkomsten.indexOf(bk);
      if (i < 0) return;
      bewaarInGeschiedenis();
      plan.bijeenkomsten.splice(i, 1);
      teken();
      meld("‘" + naamVan(bk, i) + "’ verwijderd, met " + bk.blokken.length + " blokken. Met de terugknop van je browser krijg je haar terug.");
      return;
    }
    var w = zoek(Number(k.getAttribute("data-id")));
    if (!w) return;
    var b = w.b, li = k.closest("li");
    if (actie === "weg") {
      w.bk.blokken.splice(w.j, 1);
      teken();
      var volgende = w.bk.blokken[Math.min(w.j, w.bk.blokken.length - 1)];
      if (volgende) focus(volgende.id, "weg"); else $("wt-voeg-werkvorm").focus();
      meld("‘" + b.titel + "’ verwijderd." + samenvatting(w.bk));
    } else if (actie === "ervoor" || actie === "erna") {
      positieVeld.value = w.bk.id + ":" + (w.j + (actie === "erna" ? 1 : 0));
      keuze.focus();
      meld("Kies een werkvorm of maak een eigen blok: het komt " + (actie === "erna" ? "na" : "vóór") + " ‘" + b.titel + "’.");
    } else if (actie === "vervang") {
      var open = li.querySelector(".wt-vervang");
      if (open) { open.querySelector("select").focus(); return; }
      tekenVervang(li, b);
    } else if (actie === "vervang-stop") {
      li.querySelector(".wt-vervang").remove();
      focus(b.id, "vervang");
    } else if (actie === "vervang-ok") {
      var slug = li.querySelector(".wt-vervang select").value;
      if (!werkvormen[slug]) return;
      var oud = b.titel, oudeNotitie = standaardNotitie(b);
      b.werkvorm = slug;
      b.titel = werkvormen[slug].titel;
      b.redactie = false;  // the minutes stay, but they are now the trainer's choice
      if (b.notitie === oudeNotitie) b.notitie = standaardNotitie(b);
      teken();
      focus(b.id, "vervang");
      meld("‘" + oud + "’ vervangen door ‘" + b.titel + "’. Het blok houdt " + b.minuten + " minuten, dus de totale duur blijft " +
           duur(totaal(w.bk)) + "; de werkvorm duurt standaard " + werkvormen[slug].minuten + " minuten. Pas de minuten aan als je wilt.");
    } else if (actie === "omhoog" || actie === "omlaag") {
      var bi = w.i, j = actie === "omhoog" ? w.j - 1 : w.j + 1, doel = w.bk;
      if (j < 0) {
        if (bi === 0) { meld("‘" + b.titel + "’ staat al bovenaan."); return; }
        doel = plan.bijeenkomsten[bi - 1]; j = doel.blokken.length;
      } else if (j >= w.bk.blokken.length) {
        if (bi === plan.bijeenkomsten.length - 1) { meld("‘" + b.titel + "’ staat al onderaan."); return; }
        doel = plan.bijeenkomsten[bi + 1]; j = 0;
      } else if (actie === "omlaag") {
        j++;  // before the block after the next one
      }
      verplaats(w, doel, j);
      focus(b.id, actie);
      var nu = zoek(b.id);
      meld("‘" + b.titel + "’ is nu " + plek(nu.bk, nu.j) + ".");
    }
  });

  lijst.addEventListener("input", function (e) {
    var veld = e.target, actie = veld.getAttribute("data-actie");
    if (actie && actie.indexOf("bk-") === 0) {
      var bk = bijeenkomstVan(Number(veld.getAttribute("data-bk")));
      if (!bk) return;
      if (actie === "bk-titel") { bk.titel = schoon(veld.value, MAX_TITEL); tekenPosities(); werkBij(); }
      if (actie === "bk-start" && geldigeTijd(veld.value)) { bk.start = normaleTijd(veld.value); bk.startRedactie = false; werkBij(); }
      if (actie === "bk-doel") { bk.doel = geldigDoel(veld.value); werkBij(); }
      return;
    }
    var w = zoek(Number(veld.getAttribute("data-id")));
    if (!w) return;
    if (actie === "minuten") {
      var m = geldigeMinuten(veld.value);
      if (m === null) return;  // keep the last good value while someone is typing
      w.b.minuten = m;
      w.b.redactie = false;
      werkBij();
    } else if (actie === "titel") {
      var titel = schoon(veld.value, MAX_TITEL);
      if (!titel) return;
      w.b.titel = titel;
      werkBij();
    } else if (actie === "notitie") {
      w.b.notitie = veld.value.slice(0, MAX_NOTITIE);
      werkBij();
    }
  });

  lijst.addEventListener("change", function (e) {
    var veld = e.target, actie = veld.getAttribute("data-actie");
    if (actie === "bk-start") {
      var bk = bijeenkomstVan(Number(veld.getAttribute("data-bk")));
      if (!geldigeTijd(veld.value)) { meld("Vul een begintijd in als uu:mm, bijvoorbeeld 13:00."); veld.value = bk.start; return; }
      meld("Begintijd " + bk.start + "." + samenvatting(bk));
      return;
    }
    if (actie === "bk-doel") {
      var bk2 = bijeenkomstVan(Number(veld.getAttribute("data-bk")));
      meld(bk2.doel ? doelTekst(bk2) : "Geen beoogde duur.");
      return;
    }
    var w = zoek(Number(veld.getAttribute("data-id")));
    if (!w) return;
    if (actie === "minuten") {
      var m = geldigeMinuten(veld.value);
      if (m === null) meld("Vul bij minuten een heel getal in van 1 tot " + MAX_MINUTEN + "; het blok houdt " + w.b.minuten + " minuten.");
      veld.value = String(w.b.minuten);
      var li = veld.closest("li"), badge = li.querySelector(".wt-redactie");
      if (badge && !w.b.redactie) badge.remove();
      werkBij();
      if (m !== null) meld("‘" + w.b.titel + "’ duurt nu " + duur(w.b.minuten) + "." + samenvatting(w.bk));
    } else if (actie === "titel") {
      veld.value = w.b.titel;
      tekenPosities();
    }
  });

  // Drag and drop (mouse): the grip of a block onto another block. The buttons do the same with
  // one pointer or the keyboard (WCAG 2.5.7).
  var gesleept = null;
  lijst.addEventListener("dragstart", function (e) {
    var greep = e.target.closest && e.target.closest(".wt-greep");
    if (!greep) return;
    gesleept = Number(greep.getAttribute("data-id"));
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", String(gesleept));
    greep.closest("li").classList.add("wt-sleept");
  });
  function doelVan(e) {
    var li = e.target.closest && e.target.closest("li.wt-blok");
    if (li) {
      var r = li.getBoundingClientRect();
      return { li: li, na: e.clientY > r.top + r.height / 2 };
    }
    var sectie = e.target.closest && e.target.closest("section.wt-bijeenkomst");
    return sectie ? { sectie: sectie } : null;
  }
  lijst.addEventListener("dragover", function (e) {
    if (gesleept === null || !doelVan(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
    lijst.querySelectorAll(".wt-erboven, .wt-eronder").forEach(function (x) { x.classList.remove("wt-erboven", "wt-eronder"); });
    var d = doelVan(e);
    if (d.li) d.li.classList.add(d.na ? "wt-eronder" : "wt-erboven");
  });
  lijst.addEventListener("drop", function (e) {
    if (gesleept === null) return;
    var d = doelVan(e), w = zoek(gesleept);
    e.preventDefault();
    gesleept = null;
    if (!d || !w) { teken(); return; }
    var doel, j;
    if (d.li) {
      var x = zoek(Number(d.li.getAttribute("data-id")));
      doel = x.bk; j = x.j + (d.na ? 1 : 0);
    } else {
      doel = bijeenkomstVan(Number(d.sectie.getAttribute("data-id"))); j = doel.blokken.length;
    }
    verplaats(w, doel, j);
    var nu = zoek(w.b.id);
    focus(w.b.id, "omhoog");
    meld("‘" + w.b.titel + "’ is nu " + plek(nu.bk, nu.j) + ".");
  });
  lijst.addEventListener("dragend", function () {
    gesleept = null;
    lijst.querySelectorAll(".wt-sleept, .wt-erboven, .wt-eronder").forEach(function (x) { x.classList.remove("wt-sleept", "wt-erboven", "wt-eronder"); });
  });

  naamVeld.addEventListener("input", function () {
    plan.naam = schoon(naamVeld.value, MAX_TITEL);
    werkBij();
  });

  $("wt-kopieer").addEventListener("click", function () {
    var url = window.location.href;
    linkVeld.value = url;
    function handmatig() {
      linkVeld.focus();
      linkVeld.select();
      meld("Kopiëren lukte niet automatisch. De link is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () { meld("Link gekopieerd. Plak hem in een mail of bladwijzer."); }, handmatig);
    } else {
      handmatig();
    }
  });
  // Two prints from one page: the attribute on <html> tells the print style which one.
  [$("wt-afdrukken"), $("wt-afdrukken-deelnemers")].forEach(function (k) {
    k.addEventListener("click", function () {
      document.documentElement.setAttribute("data-afdruk", k.getAttribute("data-afdruk"));
      window.print();
    });
  });
  window.addEventListener("afterprint", function () { document.documentElement.removeAttribute("data-afdruk"); });

  window.addEventListener("popstate", function () {
    leesAdres();
    teken();
    meld("Vorig plan teruggezet: " + aantalBlokken() + " blokken.");
  });

  var onbekend = leesAdres();
  teken();
  if (onbekend.length) {
    meld("Deze werkvorm bestaat niet (meer): " + onbekend.join(", ") + ". Het blok staat er als eigen blok in.");
  }
})();
