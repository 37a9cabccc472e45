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

  document.addEventListener("click", function (e) {
    var knop = e.target.closest ? e.target.closest("button") : null;
    if (!knop) return;
    if (knop.classList.contains("kb-kopieer")) kopieer(knop);
    if (knop.classList.contains("kb-print")) window.print();
  });
})();
