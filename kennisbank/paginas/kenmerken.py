"""What the search, the Verkenner and the lists show of an entry besides its title, and the
schema.org description of entry pages for search engines (JSON-LD)."""

from __future__ import annotations

from typing import Any

from kennisbank.inhoud import schemas


def kerncijfer(v: dict) -> str:
    """One key figure of a practice example: the first result with a number (as the source gives
    it), else the first result; empty when there is none."""
    resultaten = v.get("resultaten") or []
    gekozen = next((r for r in resultaten if r.get("aantal") is not None), resultaten[0] if resultaten else None)
    if not gekozen:
        return ""
    tekst = " ".join(str(gekozen["omschrijving"]).split())
    return f"{tekst} ({gekozen['periode']})" if gekozen.get("periode") else tekst


def jsonld_voorbeeld(v: dict, url: str, datums: dict) -> dict[str, Any]:
    """A practice example is a described case, not a recipe: an Article about a regional approach."""
    uit: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": v["titel"],
        "name": v["titel"],
        "description": v["samenvatting"],
        "url": url,
        "inLanguage": "nl",
        "about": v["pijlers"] + v["themas"],
        "keywords": ", ".join(v["pijlers"] + v["themas"]),
        "spatialCoverage": [{"@type": "Place", "name": f"Arbeidsmarktregio {r}"} for r in v["regios"]],
        "audience": {
            "@type": "Audience",
            "audienceType": "professionals die jongeren van 16 tot 27 jaar naar werk helpen",
        },
        "license": "https://creativecommons.org/licenses/by-sa/4.0/",
        "isBasedOn": {"@type": "CreativeWork", "name": schemas.brontitel(v["bron"]["document"])},
    }
    if datums.get("toegevoegd"):
        uit["datePublished"] = datums["toegevoegd"]
    if datums.get("gewijzigd"):
        uit["dateModified"] = datums["gewijzigd"]
    return uit


def jsonld_werkvorm(w: dict, url: str, datums: dict) -> dict[str, Any]:
    """A werkvorm is both a learning resource for a meeting and a how-to with timed steps."""
    minuten = sum(s["minuten"] for s in w["stappen"])
    uit: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": ["HowTo", "LearningResource"],
        "name": w["titel"],
        "description": w["samenvatting"],
        "url": url,
        "inLanguage": "nl",
        "learningResourceType": "werkvorm",
        "educationalUse": "bijeenkomst met regionale partners",
        "keywords": ", ".join(w["fasen"]),
        "totalTime": f"PT{minuten}M",
        "timeRequired": f"PT{minuten}M",
        "step": [
            {"@type": "HowToStep", "position": n, "name": s["titel"], "text": s.get("beschrijving", s["titel"])}
            for n, s in enumerate(w["stappen"], 1)
        ],
        "license": "https://creativecommons.org/licenses/by-sa/4.0/",
        "isBasedOn": {"@type": "CreativeWork", "name": schemas.brontitel(w["bron"]["document"])},
    }
    if w.get("materialen"):
        uit["supply"] = [{"@type": "HowToSupply", "name": m if isinstance(m, str) else str(m)} for m in w["materialen"]]
    if datums.get("toegevoegd"):
        uit["datePublished"] = datums["toegevoegd"]
    if datums.get("gewijzigd"):
        uit["dateModified"] = datums["gewijzigd"]
    return uit
