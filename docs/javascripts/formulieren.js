/* Fillable cards (Netwerkkaart, Afsprakenkaart): the fields come from data/sessiesjablonen.yaml via the
   JSON block in the page. Saved automatically in this browser (localStorage), never sent anywhere;
   print filled or blank, download as JSON or CSV, and load a JSON download again. */
(function () {
  "use strict";
  var root = document.getElementById("wt-formulier");
  if (!root) return;

  var def = JSON.parse(document.getElementById("wt-formulier-definitie").textContent);
  var velden = [];
  def.onderdelen.forEach(function (o) { o.velden.forEach(function (v) { velden.push(v); }); });
  var rijen = def.weergave === "rijen";
  var SLEUTEL = "kb-formulier-" + def.naam;
  var KAARTEN_PER_PAGINA = 3;  // printed partner cards per A4 page (kennisbank.css)
  var MAX_ITEMS = 200, MAX_TEKST = 5000, MAX_BESTAND = 2 * 1024 * 1024;
  var KAARTEN = { netwerkkaart: "Netwerkkaart", afsprakenkaart: "Afsprakenkaart" };
  var Eenheid = def.eenheid.charAt(0).toUpperCase() + def.eenheid.slice(1);

  var $ = function (id) { return document.getElementById(id); };
  var invullen = $("wt-f-invullen"), status = $("wt-f-status"), fout = $("wt-f-fout");
  var staat = { kop: {}, items: [] };
  var teller = 0;

  function leeg(v) { return v.soort === "vinkje" ? false : ""; }
  function nieuwItem(waarden) { return { id: ++teller, waarden: waarden || {} }; }
  function heeftInhoud(waarden, lijst) {
    return lijst.some(function (v) { var w = waarden[v.naam]; return v.soort === "vinkje" ? w === true : !!(w && String(w).trim()); });
  }

  // ---- building the fields -----------------------------------------------------------------
  function maak(tag, eig, kinderen) {
    var el = document.createElement(tag);
    Object.keys(eig || {}).forEach(function (k) {
      if (k === "tekst") el.textContent = eig[k];
      else if (k === "klasse") el.className = eig[k];
      else if (eig[k] !== null && eig[k] !== undefined) el.setAttribute(k, eig[k]);
    });
    (kinderen || []).forEach(function (k) { if (k) el.appendChild(typeof k === "string" ? document.createTextNode(k) : k); });
    return el;
  }

  /* One field. prefix makes ids unique (per item, and "leeg" for the blank print copy);
     in a table (compact) the label is read by screen readers only and the hint sits in the column head. */
  function veld(v, prefix, item, waarde, compact, nr) {
    var id = prefix + "-" + v.naam;
    var attrs = { "data-veld": v.naam, "data-item": item };
    var labeltekst = v.label + (compact ? " (" + def.eenheid + " " + nr + ")" : "");
    var hulp = v.hulp && !compact ? maak("p", { id: id + "-hulp", klasse: "wt-hulp", tekst: v.hulp }) : null;
    if (hulp) attrs["aria-describedby"] = id + "-hulp";
    if (v.soort === "keuze") {
      var opties = v.opties.map(function (o, i) {
        var r = maak("input", Object.assign({ type: "radio", id: id + "-" + i, name: id, value: o }, attrs));
        r.removeAttribute("aria-describedby");
        if (waarde === o) r.checked = true;
        return maak("label", { klasse: "wt-optie", "for": id + "-" + i }, [r, " " + o]);
      });
      var fs = maak("fieldset", { klasse: "wt-veld wt-keuze" }, [maak("legend", { tekst: labeltekst, klasse: compact ? "kb-verborgen" : null })]);
      if (hulp) fs.appendChild(hulp);
      opties.forEach(function (o) { fs.appendChild(o); });
      return fs;
    }
    if (v.soort === "vinkje") {
      var c = maak("input", Object.assign({ type: "checkbox", id: id }, attrs));
      c.checked = waarde === true;
      return maak("div", { klasse: "wt-veld wt-vinkje" }, [c, maak("label", { "for": id, tekst: labeltekst }), hulp]);
    }
    var invoer;
    if (v.soort === "tekstvak" || (compact && v.soort === "tekst")) {
      invoer = maak("textarea", Object.assign({ id: id, rows: String(v.regels), maxlength: String(MAX_TEKST) }, attrs));
      invoer.value = waarde || "";
    } else {
      invoer = maak("input", Object.assign({ id: id, type: v.soort === "datum" ? "date" : "text",
                                             maxlength: String(MAX_TEKST), autocomplete: "off" }, attrs));
      invoer.value = waarde || "";
      if (v.soort === "datum") invoer.classList.toggle("wt-zonder-datum", !invoer.value);
    }
    invoer.style.setProperty("--wt-regels", String(v.regels));
    return maak("div", { klasse: "wt-veld wt-" + v.soort }, [
      maak("label", { "for": id, tekst: labeltekst, klasse: compact ? "kb-verborgen" : null }), hulp, invoer
    ]);
  }

  function kopDeel(prefix, waarden) {
    if (!def.kop.length) return null;
    var deel = maak("div", { klasse: "wt-kop" }, [maak("h2", { tekst: "Over deze kaart", id: prefix + "-kop-titel" })]);
    def.kop.forEach(function (v) { deel.appendChild(veld(v, prefix + "-kop", "kop", waarden[v.naam], false)); });
    return deel;
  }

  function kaart(item, nr, prefix, metKnop) {
    var p = prefix + "-" + item.id;
    var naam = item.waarden.organisatie ? " – " + item.waarden.organisatie : "";
    var sectie = maak("section", { klasse: "wt-kaart", "data-item": item.id, "aria-labelledby": p + "-titel" }, [
      maak("h2", { id: p + "-titel", tabindex: "-1" }, [Eenheid + " " + nr, maak("span", { klasse: "wt-kaart-naam", tekst: naam })])
    ]);
    def.onderdelen.forEach(function (o) {
      var deel = maak("div", { klasse: "wt-onderdeel" }, [maak("h3", { tekst: o.titel })]);
      o.velden.forEach(function (v) { deel.appendChild(veld(v, p, item.id, item.waarden[v.naam], false, nr)); });
      sectie.appendChild(deel);
    });
    if (metKnop) {
      sectie.appendChild(maak("p", { klasse: "wt-kaartknoppen" }, [
        maak("button", { type: "button", klasse: "md-button wt-verwijder", "data-weg": item.id, tekst: Eenheid + " " + nr + " verwijderen" })
      ]));
    }
    return sectie;
  }

  function tabel(items, prefix, metKnop) {
    var kop = maak("tr", {}, [maak("th", { scope: "col", tekst: "Nr." })]);
    velden.forEach(function (v) {
      kop.appendChild(maak("th", { scope: "col" }, [v.label, v.hulp ? maak("span", { klasse: "wt-hulp", tekst: v.hulp }) : null]));
    });
    if (metKnop) kop.appendChild(maak("th", { scope: "col", klasse: "wt-weg-kolom" }, [maak("span", { klasse: "kb-verborgen", tekst: "Verwijderen" })]));
    var body = maak("tbody");
    items.forEach(function (item, i) {
      var tr = maak("tr", { "data-item": item.id }, [maak("th", { scope: "row", id: prefix + "-" + item.id + "-titel", tabindex: "-1", tekst: String(i + 1) })]);
      velden.forEach(function (v) {
        tr.appendChild(maak("td", {}, [veld(v, prefix + "-" + item.id, item.id, item.waarden[v.naam], true, i + 1)]));
      });
      if (metKnop) {
        tr.appendChild(maak("td", { klasse: "wt-weg-kolom" }, [maak("button", { type: "button", klasse: "wt-knop wt-knop-weg", "data-weg": item.id },
                                            ["Verwijderen", maak("span", { klasse: "kb-verborgen", tekst: " " + def.eenheid + " " + (i + 1) })])]));
      }
      body.appendChild(tr);
    });
    var capId = prefix + "-caption";
    var t = maak("table", { klasse: "wt-rijen" }, [
      maak("caption", { id: capId, tekst: def.titel + ": " + def.meervoud }), maak("thead", {}, [kop]), body
    ]);
    return maak("div", { klasse: "wt-tabel-scroll", role: "region", "aria-labelledby": capId, tabindex: "0" }, [t]);
  }

  function teken(focusId) {
    invullen.textContent = "";
    var kop = kopDeel("wt-f", staat.kop);
    if (kop) invullen.appendChild(kop);
    if (rijen) {
      invullen.appendChild(tabel(staat.items, "wt-f", true));
    } else {
      staat.items.forEach(function (item, i) { invullen.appendChild(kaart(item, i + 1, "wt-f", true)); });
    }
    invullen.querySelectorAll("textarea").forEach(groei);
    if (focusId) {
      var doel = $("wt-f-" + focusId + "-titel");
      if (doel) doel.focus();
    }
  }

  function groei(t) {
    t.style.height = "auto";
    if (t.scrollHeight > t.clientHeight) t.style.height = (t.scrollHeight + 2) + "px";
  }

  // ---- state, saving -----------------------------------------------------------------------
  function schoon(waarden, lijst) {
    var o = {};
    lijst.forEach(function (v) { o[v.naam] = waarden[v.naam] === undefined ? leeg(v) : waarden[v.naam]; });
    return o;
  }
  function alsObject() {
    var o = { formulier: def.naam, titel: def.titel, versie: 1, bewaard: new Date().toISOString() };
    if (def.kop.length) o.kop = schoon(staat.kop, def.kop);
    o[def.meervoud] = staat.items.filter(function (i) { return heeftInhoud(i.waarden, velden); })
                                 .map(function (i) { return schoon(i.waarden, velden); });
    return o;
  }
  function twee(n) { return (n < 10 ? "0" : "") + n; }
  function bewaar() {
    try {
      localStorage.setItem(SLEUTEL, JSON.stringify(alsObject()));
      var nu = new Date();
      $("wt-f-bewaard").textContent = "Automatisch bewaard in deze browser om " + twee(nu.getHours()) + ":" + twee(nu.getMinutes()) + ".";
    } catch (e) {
      $("wt-f-bewaard").textContent = "Bewaren in deze browser lukt niet (privévenster of geen ruimte). Download de kaart als JSON om hem te bewaren.";
    }
  }
  function meld(tekst) {
    fout.textContent = "";
    status.textContent = "";
    window.setTimeout(function () { status.textContent = tekst; }, 30);
  }
  function meldFout(tekst) {
    status.textContent = "";
    fout.textContent = "";
    window.setTimeout(function () { fout.textContent = tekst; }, 30);
  }

  /* Read a saved or downloaded card; throws an Error with a Dutch message when it is not ours. */
  function inlezen(data) {
    var overgeslagen = 0;
    if (!data || typeof data !== "object" || Array.isArray(data) || typeof data.formulier !== "string") {
      throw new Error("Dit JSON-bestand is geen " + def.titel + " van deze site. Kies een bestand dat je eerder op deze pagina met ‘Download als JSON’ hebt bewaard.");
    }
    if (data.formulier !== def.naam) {
      if (KAARTEN[data.formulier]) {
        throw new Error("Dit bestand is een " + KAARTEN[data.formulier] + ", geen " + def.titel + ". Laad het op de pagina " + KAARTEN[data.formulier] + ".");
      }
      throw new Error("Dit JSON-bestand is geen " + def.titel + " van deze site. Kies een bestand dat je eerder op deze pagina met ‘Download als JSON’ hebt bewaard.");
    }
    var lijst = data[def.meervoud];
    if (!Array.isArray(lijst)) throw new Error("In dit bestand staat geen lijst met " + def.meervoud + ", dus het is geen volledige " + def.titel + ".");
    if (lijst.length > MAX_ITEMS) throw new Error("Dit bestand heeft meer dan " + MAX_ITEMS + " " + def.meervoud + "; zo veel past niet op één kaart.");
    function waarden(bron, lijstVelden) {
      var uit = {};
      if (!bron || typeof bron !== "object" || Array.isArray(bron)) { overgeslagen++; return uit; }
      lijstVelden.forEach(function (v) {
        var w = bron[v.naam];
        if (w === undefined || w === null || w === "") return;
        if (v.soort === "vinkje") {
          if (typeof w === "boolean") uit[v.naam] = w; else overgeslagen++;
          return;
        }
        if (typeof w !== "string" && typeof w !== "number") { overgeslagen++; return; }
        w = String(w).slice(0, MAX_TEKST);
        if (v.soort === "keuze" && v.opties.indexOf(w) < 0) { overgeslagen++; return; }
        if (v.soort === "datum" && !/^\d{4}-\d{2}-\d{2}$/.test(w)) { overgeslagen++; return; }
        uit[v.naam] = w;
      });
      return uit;
    }
    return {
      kop: def.kop.length ? waarden(data.kop || {}, def.kop) : {},
      items: lijst.map(function (x) { return nieuwItem(waarden(x, velden)); }),
      overgeslagen: overgeslagen
    };
  }

  function zet(gelezen) {
    staat.kop = gelezen.kop;
    staat.items = gelezen.items.length ? gelezen.items : [nieuwItem()];
    teken();
  }

  // ---- events ------------------------------------------------------------------------------
  function waardeVan(el) {
    if (el.type === "checkbox") return el.checked;
    return el.value;
  }
  function bijInvoer(e) {
    var el = e.target, naam = el.getAttribute("data-veld");
    if (!naam) return;
    var itemId = el.getAttribute("data-item");
    var doel = itemId === "kop" ? staat.kop : (staat.items.find(function (i) { return String(i.id) === itemId; }) || {}).waarden;
    if (!doel) return;
    if (el.type === "radio" && !el.checked) return;
    doel[naam] = waardeVan(el);
    if (el.tagName === "TEXTAREA") groei(el);
    if (el.type === "date") el.classList.toggle("wt-zonder-datum", !el.value);
    if (naam === "organisatie" && !rijen && itemId !== "kop") {
      var span = invullen.querySelector('section[data-item="' + itemId + '"] .wt-kaart-naam');
      if (span) span.textContent = el.value.trim() ? " – " + el.value.trim() : "";
    }
    bewaar();
  }
  invullen.addEventListener("input", bijInvoer);
  invullen.addEventListener("change", bijInvoer);

  invullen.addEventListener("click", function (e) {
    var k = e.target.closest("button[data-weg]");
    if (!k) return;
    var id = Number(k.getAttribute("data-weg"));
    var i = staat.items.findIndex(function (x) { return x.id === id; });
    if (i < 0) return;
    var weg = staat.items[i];
    var naam = weg.waarden.organisatie || weg.waarden.wat || "";
    staat.items.splice(i, 1);
    if (!staat.items.length) staat.items.push(nieuwItem());
    var volgende = staat.items[Math.min(i, staat.items.length - 1)];
    teken(volgende.id);
    bewaar();
    meld(Eenheid + " " + (i + 1) + (naam ? " (" + String(naam).slice(0, 60) + ")" : "") + " verwijderd. Er " +
         (staat.items.length === 1 ? "is nog 1 " + def.eenheid : "zijn nog " + staat.items.length + " " + def.meervoud) + ".");
  });

  $("wt-f-nieuw").addEventListener("click", function () {
    if (staat.items.length >= MAX_ITEMS) { meld("Er passen hoogstens " + MAX_ITEMS + " " + def.meervoud + " op één kaart."); return; }
    var item = nieuwItem();
    staat.items.push(item);
    teken();
    var eerste = invullen.querySelector('[data-item="' + item.id + '"][data-veld]');
    if (eerste) eerste.focus();
    bewaar();
    meld(Eenheid + " " + staat.items.length + " toegevoegd.");
  });

  function datum() { var d = new Date(); return d.getFullYear() + "-" + twee(d.getMonth() + 1) + "-" + twee(d.getDate()); }
  function download(naam, inhoud, type) {
    var url = URL.createObjectURL(new Blob([inhoud], { type: type }));
    var a = maak("a", { href: url, download: naam });
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 2000);
  }

  $("wt-f-json").addEventListener("click", function () {
    var o = alsObject();
    download(def.naam + "-" + datum() + ".json", JSON.stringify(o, null, 2) + "\n", "application/json");
    meld("JSON-bestand gedownload met " + o[def.meervoud].length + " " + (o[def.meervoud].length === 1 ? def.eenheid : def.meervoud) + ". Met ‘JSON-bestand laden’ zet je het later terug.");
  });

  function celtekst(v, w) {
    if (v.soort === "vinkje") return w === true ? "ja" : "nee";
    return w === undefined || w === null ? "" : String(w);
  }
  function csvCel(s) {
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not run it as a formula
    return /[";\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  $("wt-f-csv").addEventListener("click", function () {
    var kolommen = def.kop.concat(velden);
    var regels = [kolommen.map(function (v) { return v.label; })];
    var items = staat.items.filter(function (i) { return heeftInhoud(i.waarden, velden); });
    items.forEach(function (i) {
      regels.push(def.kop.map(function (v) { return celtekst(v, staat.kop[v.naam]); })
                  .concat(velden.map(function (v) { return celtekst(v, i.waarden[v.naam]); })));
    });
    var tekst = "\ufeff" + regels.map(function (r) { return r.map(csvCel).join(";"); }).join("\r\n") + "\r\n";
    download(def.naam + "-" + datum() + ".csv", tekst, "text/csv;charset=utf-8");
    meld("CSV-bestand gedownload met " + items.length + " " + (items.length === 1 ? def.eenheid : def.meervoud) + " (kolommen gescheiden door puntkomma's).");
  });

  $("wt-f-laad").addEventListener("change", function () {
    var invoer = this, bestand = invoer.files && invoer.files[0];
    if (!bestand) return;
    function klaar() { invoer.value = ""; }
    if (bestand.size > MAX_BESTAND) { meldFout("Dit bestand is te groot (meer dan 2 MB) voor een " + def.titel + "."); klaar(); return; }
    var lezer = new FileReader();
    lezer.onload = function () {
      var data;
      try {
        data = JSON.parse(String(lezer.result).replace(/^\ufeff/, ""));
      } catch (e) {
        meldFout("‘" + bestand.name + "’ is geen JSON-bestand dat deze pagina kan lezen. Kies een bestand dat je hier met ‘Download als JSON’ hebt bewaard (een CSV-bestand kun je niet laden).");
        klaar();
        return;
      }
      try {
        var gelezen = inlezen(data);
        zet(gelezen);
        bewaar();
        var n = gelezen.items.length;
        meld("‘" + bestand.name + "’ geladen: " + n + " " + (n === 1 ? def.eenheid : def.meervoud) + "." +
             (gelezen.overgeslagen ? " " + gelezen.overgeslagen + " " + (gelezen.overgeslagen === 1 ? "waarde paste" : "waarden pasten") + " niet op de kaart en " + (gelezen.overgeslagen === 1 ? "is" : "zijn") + " overgeslagen." : ""));
      } catch (e) {
        meldFout(e.message);
      }
      klaar();
    };
    lezer.onerror = function () { meldFout("Het bestand kon niet gelezen worden. Probeer het opnieuw."); klaar(); };
    lezer.readAsText(bestand);
  });

  $("wt-f-wissen").addEventListener("click", function () {
    if (!window.confirm("Alles op deze " + def.titel + " wissen, ook uit deze browser? Download de kaart eerst als JSON als je hem wilt bewaren.")) {
      meld("Niets gewist.");
      return;
    }
    try { localStorage.removeItem(SLEUTEL); } catch (e) { /* nothing stored */ }
    staat = { kop: {}, items: [nieuwItem()] };
    teken();
    $("wt-f-bewaard").textContent = "";
    meld("De " + def.titel + " is leeg en uit deze browser gewist.");
  });

  // ---- printing ----------------------------------------------------------------------------
  var lege = $("wt-f-leeg");
  function tekenLeeg() {
    lege.textContent = "";
    var items = [];
    // cards: a whole A4 page of them (three fit on one), rows: as many as the card asks for
    var aantal = rijen ? def.lege_rijen : Math.ceil(Math.max(def.lege_rijen, 1) / KAARTEN_PER_PAGINA) * KAARTEN_PER_PAGINA;
    for (var i = 0; i < aantal; i++) items.push({ id: i + 1, waarden: {} });
    var kop = kopDeel("wt-leeg", {});
    if (kop) lege.appendChild(kop);
    if (rijen) lege.appendChild(tabel(items, "wt-leeg", false));
    else items.forEach(function (item, n) { lege.appendChild(kaart(item, n + 1, "wt-leeg", false)); });
    // The blank copy is for paper only: keep it out of the keyboard order and the accessibility tree.
    lege.querySelectorAll("input, textarea, [tabindex]").forEach(function (el) { el.setAttribute("tabindex", "-1"); });
  }
  $("wt-f-afdrukken").addEventListener("click", function () { window.print(); });
  $("wt-f-leeg-afdrukken").addEventListener("click", function () {
    tekenLeeg();
    document.documentElement.classList.add("wt-leeg-afdrukken");
    window.print();
  });
  window.addEventListener("afterprint", function () {
    if (!document.documentElement.classList.contains("wt-leeg-afdrukken")) return;
    document.documentElement.classList.remove("wt-leeg-afdrukken");
    lege.textContent = "";
  });

  // ---- start -------------------------------------------------------------------------------
  var bewaard;
  try { bewaard = localStorage.getItem(SLEUTEL); } catch (e) { bewaard = null; }
  if (bewaard) {
    try {
      var gelezen = inlezen(JSON.parse(bewaard));
      zet(gelezen);
      var n = gelezen.items.length;
      $("wt-f-bewaard").textContent = "Je eerder ingevulde kaart is teruggezet uit deze browser (" + n + " " + (n === 1 ? def.eenheid : def.meervoud) + ").";
    } catch (e) {
      zet({ kop: {}, items: [] });
      $("wt-f-bewaard").textContent = "De bewaarde kaart in deze browser was beschadigd; je begint met een lege kaart.";
    }
  } else {
    zet({ kop: {}, items: [] });
  }
})();
