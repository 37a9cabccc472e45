/* Kennisbank: small progressive enhancements. The site reads fine without them. */
(function () {
  "use strict";

  function meld(knop, tekst) {
    var status = knop.parentElement && knop.parentElement.querySelector(".kb-status");
    if (status) status.textContent = tekst;
  }

  function kopieer(knop) {
    var url = knop.getAttribute("data-url");
    var klaar = function () { meld(knop, "Link gekopieerd: " + url); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(klaar, function () { handmatig(url, klaar); });
    } else {
      handmatig(url, klaar);
    }
  }

  function handmatig(url, klaar) {
    var veld = document.createElement("textarea");
    veld.value = url;
    veld.setAttribute("readonly", "");
    veld.style.position = "absolute";
    veld.style.left = "-9999px";
    document.body.appendChild(veld);
    veld.select();
    try { document.execCommand("copy"); klaar(); } finally { veld.remove(); }
  }

  /* Material's menu names a section's sub-menu by its toggle, which (with navigation.indexes) holds
     only an icon: on a phone every sub-menu was an unnamed, identical landmark and the toggle had
     no name. Name both after the section. */
  Array.prototype.forEach.call(document.querySelectorAll(".md-nav__container > label.md-nav__link[id]"), function (knop) {
    var link = knop.parentElement.querySelector("a");
    if (knop.textContent.trim() || !link) return;
    // hidden text, not aria-label: aria-label is not allowed on a <label> (aria-prohibited-attr)
    var naam = document.createElement("span");
    naam.className = "kb-verborgen";
    naam.textContent = link.textContent.trim() + ": onderdelen";
    knop.appendChild(naam);
  });

  /* A table wider than the screen scrolls inside Material's box (.md-typeset__scrollwrap); such a box
     must be reachable and named for keyboard users (WCAG 2.1.1). Checked again when its size changes. */
  function scrollvak(vak) {
    var tabel = vak.querySelector("table");
    var past = vak.scrollWidth <= vak.clientWidth + 1;
    if (past) {
      vak.removeAttribute("tabindex"); vak.removeAttribute("role"); vak.removeAttribute("aria-label");
      return;
    }
    var bijschrift = tabel && tabel.querySelector("caption");
    vak.setAttribute("tabindex", "0");
    vak.setAttribute("role", "region");
    vak.setAttribute("aria-label", "Tabel" + (bijschrift ? ": " + bijschrift.textContent.trim() : "") + " (schuift opzij)");
  }
  window.addEventListener("load", function () {
    var vakken = document.querySelectorAll(".md-typeset__scrollwrap");
    if (!vakken.length) return;
    var kijker = window.ResizeObserver ? new ResizeObserver(function (items) {
      items.forEach(function (i) { scrollvak(i.target.closest(".md-typeset__scrollwrap")); });
    }) : null;
    Array.prototype.forEach.call(vakken, function (vak) {
      scrollvak(vak);
      if (kijker) { kijker.observe(vak); var t = vak.querySelector("table"); if (t) kijker.observe(t); }
    });
  });

  document.addEventListener("click", function (e) {
    var knop = e.target.closest ? e.target.closest("button") : null;
    if (!knop) return;
    if (knop.classList.contains("kb-kopieer")) kopieer(knop);
    if (knop.classList.contains("kb-print")) window.print();
  });
})();
