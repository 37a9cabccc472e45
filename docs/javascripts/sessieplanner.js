/* Sessieplanner: compose a session from werkvormen and own blocks, with start and end times.
   Everything stays in the browser. The plan lives in the address, so a link or bookmark brings it back:
     ?start=13:00&titel=...&b=check-in:10,~Pauze:10,check-in~Voorstelronde:10
   A block is [werkvorm-slug][~title]:minutes; the title is percent-encoded (so it never holds , : or &). */
(function () {
  "use strict";
  var root = document.getElementById("wt-planner");
  if (!root) return;

  var MAX_BLOKKEN = 60, MAX_MINUTEN = 480, MAX_TITEL = 100;
  var $ = function (id) { return document.getElementById(id); };
  var keuze = $("wt-werkvorm"), tbody = $("wt-plan-rijen"), status = $("wt-status");
  var startVeld = $("wt-start"), titelVeld = $("wt-titel"), linkVeld = $("wt-link");

  // Werkvormen (rendered by the server into the picker) and the draaiboeken (tables below the planner).
  var werkvormen = {};
  Array.prototype.forEach.call(keuze.options, function (o) {
    werkvormen[o.value] = { titel: o.getAttribute("data-titel"), minuten: parseInt(o.getAttribute("data-minuten"), 10) || 10,
                            url: o.getAttribute("data-url") };
  });
  var sjablonen = {};
  document.querySelectorAll("table[data-sjabloon]").forEach(function (t) {
    sjablonen[t.getAttribute("data-sjabloon")] = {
      titel: t.getAttribute("data-titel"), start: t.getAttribute("data-start") || "13:00",
      blokken: Array.prototype.map.call(t.querySelectorAll("tbody tr[data-minuten]"), function (tr) {
        return { werkvorm: tr.getAttribute("data-werkvorm") || null, titel: tr.getAttribute("data-titel"),
                 minuten: parseInt(tr.getAttribute("data-minuten"), 10) };
      })
    };
  });

  var plan = { start: "13:00", titel: "", blokken: [] };
  var teller = 0;

  function blok(werkvorm, titel, minuten) {
    if (werkvorm && !werkvormen[werkvorm]) werkvorm = null;
    titel = String(titel || (werkvorm ? werkvormen[werkvorm].titel : "Blok")).replace(/\s+/g, " ").trim().slice(0, MAX_TITEL) || "Blok";
    return { id: ++teller, werkvorm: werkvorm, titel: titel, minuten: minuten };
  }

  // ---- times -------------------------------------------------------------------------------
  function twee(n) { return (n < 10 ? "0" : "") + n; }
  function klok(min) { min = ((min % 1440) + 1440) % 1440; return twee(Math.floor(min / 60)) + ":" + twee(min % 60); }
  function minutenVan(tijd) { var d = tijd.split(":"); return parseInt(d[0], 10) * 60 + parseInt(d[1], 10); }
  function geldigeTijd(t) { return /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/.test(t); }
  function normaleTijd(t) { return klok(minutenVan(t)); }
  function geldigeMinuten(waarde) {
    var n = Number(waarde);
    if (!isFinite(n) || Math.floor(n) !== n || n < 1) return null;
    return Math.min(n, MAX_MINUTEN);
  }
  function duur(min) {
    if (min < 60) return min + (min === 1 ? " minuut" : " minuten");
    var uren = Math.floor(min / 60), rest = min % 60;
    return min + " minuten (" + uren + " uur" + (rest ? " en " + rest + (rest === 1 ? " minuut" : " minuten") : "") + ")";
  }
  function tijden() {
    var t = minutenVan(plan.start);
    return plan.blokken.map(function (b) { var r = { begin: klok(t), eind: klok(t + b.minuten) }; t += b.minuten; return r; });
  }
  function totaal() { return plan.blokken.reduce(function (s, b) { return s + b.minuten; }, 0); }

  // ---- the address -------------------------------------------------------------------------
  function ontcijfer(s) {
    try { return decodeURIComponent(String(s).replace(/\+/g, " ")); } catch (e) { return String(s); }
  }
  function codeer(b) {
    var kop = b.werkvorm || "";
    if (!b.werkvorm || b.titel !== werkvormen[b.werkvorm].titel) kop += "~" + encodeURIComponent(b.titel);
    return kop + ":" + b.minuten;
  }
  function zoekdeel() {
    var delen = ["start=" + plan.start];
    if (plan.titel) delen.push("titel=" + encodeURIComponent(plan.titel));
    if (plan.blokken.length) delen.push("b=" + plan.blokken.map(codeer).join(","));
    return "?" + delen.join("&");
  }
  function leesAdres() {
    var p = {}, onbekend = [];
    window.location.search.replace(/^\?/, "").split("&").forEach(function (d) {
      var i = d.indexOf("=");
      if (i > 0) p[d.slice(0, i)] = d.slice(i + 1);
    });
    var start = ontcijfer(p.start || "");
    plan.start = geldigeTijd(start) ? normaleTijd(start) : (startVeld.defaultValue || "13:00");
    plan.titel = ontcijfer(p.titel || "").replace(/\s+/g, " ").trim().slice(0, MAX_TITEL);
    plan.blokken = [];
    var b = p.b || "";
    // A mail program may have encoded the separators once more: undo that one level.
    if (b.indexOf(":") < 0 && /%3A/i.test(b)) b = ontcijfer(b);
    b.split(",").forEach(function (deel) {
      if (!deel || plan.blokken.length >= MAX_BLOKKEN) return;
      var i = deel.lastIndexOf(":");
      var minuten = geldigeMinuten(i < 0 ? "" : deel.slice(i + 1));
      var kop = i < 0 ? deel : deel.slice(0, i);
      var t = kop.indexOf("~");
      var slug = t < 0 ? kop : kop.slice(0, t);
      var titel = t < 0 ? null : ontcijfer(kop.slice(t + 1));
      if (slug && !werkvormen[slug]) { onbekend.push(slug); titel = titel || slug; slug = null; }
      if (!slug && !titel) return;
      if (minuten === null) minuten = slug ? werkvormen[slug].minuten : 10;
      plan.blokken.push(blok(slug, titel, minuten));
    });
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
      else el.setAttribute(k, eigenschappen[k]);
    });
    (kinderen || []).forEach(function (k) { if (k) el.appendChild(k); });
    return el;
  }
  function knop(actie, tekst, label, b) {
    return maak("button", { type: "button", klasse: "wt-knop" + (actie === "weg" ? " wt-knop-weg" : ""),
                            "data-actie": actie, "aria-label": label, tekst: tekst, "data-id": b.id });
  }

  function tekenRijen() {
    tbody.textContent = "";
    var n = plan.blokken.length;
    plan.blokken.forEach(function (b, i) {
      var nr = i + 1, id = "wt-blok-" + b.id;
      var titelCel = maak("td", { klasse: "wt-onderdeel" }, [
        maak("label", { "for": id + "-titel", klasse: "kb-verborgen", tekst: "Titel van blok " + nr }),
        maak("input", { id: id + "-titel", type: "text", maxlength: String(MAX_TITEL), value: b.titel,
                        "data-actie": "titel", "data-id": b.id, autocomplete: "off" })
      ]);
      if (b.werkvorm) {
        titelCel.appendChild(maak("span", { klasse: "wt-werkvormlink" }, [
          document.createTextNode("Werkvorm: "),
          maak("a", { href: werkvormen[b.werkvorm].url, tekst: werkvormen[b.werkvorm].titel })
        ]));
      }
      var tr = maak("tr", { "data-id": b.id }, [
        maak("th", { scope: "row", klasse: "wt-tijd" }, [
          maak("span", { klasse: "wt-begin" }), document.createTextNode("–"), maak("span", { klasse: "wt-eind" })
        ]),
        titelCel,
        maak("td", { klasse: "wt-minuten" }, [
          maak("label", { "for": id + "-minuten", klasse: "kb-verborgen", tekst: "Minuten van blok " + nr }),
          maak("input", { id: id + "-minuten", type: "number", min: "1", max: String(MAX_MINUTEN), step: "1",
                          inputmode: "numeric", value: String(b.minuten), "data-actie": "minuten", "data-id": b.id })
        ]),
        maak("td", { klasse: "wt-volgorde" }, [
          knop("omhoog", "Omhoog", "Omhoog: blok " + nr + " eerder", b),
          knop("omlaag", "Omlaag", "Omlaag: blok " + nr + " later", b),
          knop("weg", "Verwijderen", "Verwijderen: blok " + nr, b)
        ])
      ]);
      if (i === 0) tr.querySelector("[data-actie=omhoog]").setAttribute("aria-disabled", "true");
      if (i === n - 1) tr.querySelector("[data-actie=omlaag]").setAttribute("aria-disabled", "true");
      tbody.appendChild(tr);
    });
    werkBij();
  }

  function werkBij() {
    var t = tijden(), som = totaal();
    tbody.querySelectorAll("tr").forEach(function (tr, i) {
      tr.querySelector(".wt-begin").textContent = t[i].begin;
      tr.querySelector(".wt-eind").textContent = t[i].eind;
    });
    var eind = klok(minutenVan(plan.start) + som);
    $("wt-totaal").textContent = som;
    $("wt-totaal-tijden").textContent = plan.blokken.length ? plan.start + "–" + eind : "";
    $("wt-plan-samenvatting").textContent = plan.blokken.length
      ? "(" + plan.blokken.length + (plan.blokken.length === 1 ? " blok, " : " blokken, ") + "van " + plan.start + " tot " + eind + ", " + duur(som) + ")"
      : "(nog leeg)";
    $("wt-plan-leeg").hidden = plan.blokken.length > 0;
    if (startVeld.value !== plan.start) startVeld.value = plan.start;
    if (titelVeld.value !== plan.titel && document.activeElement !== titelVeld) titelVeld.value = plan.titel;
    tekenAfdruk(t, som, eind);
    schrijfAdres();
  }

  function tekenAfdruk(t, som, eind) {
    var rijen = $("wt-print-rijen");
    rijen.textContent = "";
    plan.blokken.forEach(function (b, i) {
      var url = b.werkvorm ? new URL(werkvormen[b.werkvorm].url, window.location.href).href : "";
      rijen.appendChild(maak("tr", {}, [
        maak("td", { klasse: "wt-tijd", tekst: t[i].begin + "–" + t[i].eind }),
        maak("th", { scope: "row", tekst: b.titel }),
        maak("td", { tekst: String(b.minuten) }),
        maak("td", {}, b.werkvorm ? [
          maak("span", { klasse: "wt-print-werkvorm", tekst: werkvormen[b.werkvorm].titel }),
          maak("span", { klasse: "kb-url", tekst: url })
        ] : [])
      ]));
    });
    $("wt-print-totaal").textContent = som;
    $("wt-print-kop").textContent = plan.titel || "Programma";
    $("wt-print-caption").textContent = "Programma" + (plan.titel ? " van " + plan.titel : "") + ": begin- en eindtijd per onderdeel";
    $("wt-print-meta").textContent = plan.blokken.length
      ? "Van " + plan.start + " tot " + eind + ", " + duur(som) + ", " + plan.blokken.length + (plan.blokken.length === 1 ? " onderdeel." : " onderdelen.")
      : "Nog geen onderdelen.";
  }

  function meld(tekst) {
    // Clear first so the same message is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = tekst; }, 30);
  }
  function samenvatting() {
    return " Totaal " + duur(totaal()) + ", klaar om " + klok(minutenVan(plan.start) + totaal()) + ".";
  }
  function focus(id, actie) {
    var el = tbody.querySelector('tr[data-id="' + id + '"] [data-actie="' + actie + '"]');
    if (el) el.focus();
  }

  // ---- actions -----------------------------------------------------------------------------
  function voegToe(b) {
    if (plan.blokken.length >= MAX_BLOKKEN) { meld("Er passen hoogstens " + MAX_BLOKKEN + " blokken in een plan."); return; }
    plan.blokken.push(b);
    tekenRijen();
    var t = tijden()[plan.blokken.length - 1];
    meld("‘" + b.titel + "’ toegevoegd als blok " + plan.blokken.length + ", van " + t.begin + " tot " + t.eind + "." + samenvatting());
  }

  $("wt-voeg-werkvorm").addEventListener("click", function () {
    var slug = keuze.value;
    if (!werkvormen[slug]) { meld("Kies eerst een werkvorm."); keuze.focus(); return; }
    voegToe(blok(slug, null, werkvormen[slug].minuten));
  });

  $("wt-voeg-vrij").addEventListener("click", function () {
    var titelInvoer = $("wt-vrij-titel"), minInvoer = $("wt-vrij-minuten");
    var titel = titelInvoer.value.replace(/\s+/g, " ").trim();
    var minuten = geldigeMinuten(minInvoer.value);
    if (!titel) { meld("Geef het blok eerst een titel."); titelInvoer.focus(); return; }
    if (minuten === null) { meld("Vul bij minuten een heel getal in van 1 tot " + MAX_MINUTEN + "."); minInvoer.focus(); return; }
    voegToe(blok(null, titel, minuten));
  });

  document.querySelectorAll(".wt-laad-sjabloon").forEach(function (k) {
    k.addEventListener("click", function () {
      var s = sjablonen[k.getAttribute("data-sjabloon")];
      if (!s) return;
      bewaarInGeschiedenis();
      plan.start = geldigeTijd(s.start) ? normaleTijd(s.start) : plan.start;
      if (!plan.titel) plan.titel = s.titel;
      plan.blokken = s.blokken.map(function (b) { return blok(b.werkvorm, b.titel, b.minuten); });
      tekenRijen();
      meld("Draaiboek ‘" + s.titel + "’ geladen: " + plan.blokken.length + " blokken van " + plan.start + " tot " +
           klok(minutenVan(plan.start) + totaal()) + ", " + duur(totaal()) + ". Met de terugknop van je browser krijg je je vorige plan terug.");
    });
  });

  $("wt-leeg").addEventListener("click", function () {
    if (!plan.blokken.length) { meld("Het plan is al leeg."); return; }
    bewaarInGeschiedenis();
    plan.blokken = [];
    tekenRijen();
    meld("Het plan is leeg. Met de terugknop van je browser krijg je het terug.");
  });

  tbody.addEventListener("click", function (e) {
    var k = e.target.closest("button[data-actie]");
    if (!k) return;
    var id = Number(k.getAttribute("data-id")), actie = k.getAttribute("data-actie");
    var i = plan.blokken.findIndex(function (b) { return b.id === id; });
    if (i < 0) return;
    var b = plan.blokken[i];
    if (actie === "weg") {
      plan.blokken.splice(i, 1);
      tekenRijen();
      var volgende = plan.blokken[Math.min(i, plan.blokken.length - 1)];
      if (volgende) focus(volgende.id, "weg"); else $("wt-voeg-werkvorm").focus();
      meld("‘" + b.titel + "’ verwijderd." + samenvatting());
      return;
    }
    var j = actie === "omhoog" ? i - 1 : i + 1;
    if (j < 0 || j >= plan.blokken.length) {
      meld("‘" + b.titel + "’ staat al " + (j < 0 ? "bovenaan." : "onderaan."));
      return;
    }
    plan.blokken.splice(i, 1);
    plan.blokken.splice(j, 0, b);
    tekenRijen();
    focus(id, actie);
    var t = tijden()[j];
    meld("‘" + b.titel + "’ is nu blok " + (j + 1) + " van " + plan.blokken.length + ", van " + t.begin + " tot " + t.eind + ".");
  });

  tbody.addEventListener("input", function (e) {
    var veld = e.target, id = Number(veld.getAttribute("data-id"));
    var b = plan.blokken.find(function (x) { return x.id === id; });
    if (!b) return;
    if (veld.getAttribute("data-actie") === "minuten") {
      var m = geldigeMinuten(veld.value);
      if (m === null) return;  // keep the last good value while someone is typing
      b.minuten = m;
      werkBij();
    } else if (veld.getAttribute("data-actie") === "titel") {
      var titel = veld.value.replace(/\s+/g, " ").trim();
      if (!titel) return;
      b.titel = titel.slice(0, MAX_TITEL);
      werkBij();
    }
  });

  tbody.addEventListener("change", function (e) {
    var veld = e.target, id = Number(veld.getAttribute("data-id"));
    var b = plan.blokken.find(function (x) { return x.id === id; });
    if (!b) return;
    if (veld.getAttribute("data-actie") === "minuten") {
      var m = geldigeMinuten(veld.value);
      if (m === null) meld("Vul bij minuten een heel getal in van 1 tot " + MAX_MINUTEN + "; het blok houdt " + b.minuten + " minuten.");
      veld.value = String(b.minuten);
      werkBij();
      if (m !== null) meld("‘" + b.titel + "’ duurt nu " + duur(b.minuten) + "." + samenvatting());
    } else if (veld.getAttribute("data-actie") === "titel") {
      veld.value = b.titel;
    }
  });

  startVeld.addEventListener("change", function () {
    if (!geldigeTijd(startVeld.value)) { meld("Vul een begintijd in als uu:mm, bijvoorbeeld 13:00."); startVeld.value = plan.start; return; }
    plan.start = normaleTijd(startVeld.value);
    werkBij();
    meld("Begintijd " + plan.start + "." + samenvatting());
  });
  startVeld.addEventListener("input", function () {
    if (geldigeTijd(startVeld.value)) { plan.start = normaleTijd(startVeld.value); werkBij(); }
  });
  titelVeld.addEventListener("input", function () {
    plan.titel = titelVeld.value.replace(/\s+/g, " ").trim().slice(0, MAX_TITEL);
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
  $("wt-afdrukken").addEventListener("click", function () { window.print(); });

  window.addEventListener("popstate", function () {
    leesAdres();
    tekenRijen();
    meld("Vorig plan teruggezet: " + plan.blokken.length + " blokken." + samenvatting());
  });

  var onbekend = leesAdres();
  tekenRijen();
  if (onbekend.length) {
    meld("Deze werkvorm bestaat niet (meer): " + onbekend.join(", ") + ". Het blok staat er als eigen blok in.");
  }
})();
