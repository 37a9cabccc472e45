"""The build's structure, checked (issue 17): three layers with data flowing one way, no private
MkDocs API, no state in the modules MkDocs reloads, and macros that Zensical can run too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import mkdocs

from .conftest import PROJECT

KENNISBANK = PROJECT / "kennisbank"
ENGINES = ("mkdocs", "material", "properdocs", "zensical")


def _bron(pad: Path) -> ast.Module:
    return ast.parse(pad.read_text(encoding="utf-8"), str(pad))


def _imports(pad: Path) -> set[str]:
    uit = set()
    for knoop in ast.walk(_bron(pad)):
        if isinstance(knoop, ast.Import):
            uit |= {a.name for a in knoop.names}
        elif isinstance(knoop, ast.ImportFrom) and knoop.module:
            uit.add(knoop.module)
            uit |= {f"{knoop.module}.{a.name}" for a in knoop.names}
    return uit


def _python(*mappen: Path) -> list[Path]:
    return sorted(p for m in mappen for p in m.rglob("*.py"))


def test_lagen_hangen_maar_een_kant_op_af():
    """inhoud (load, validate) knows nothing of pages or engines; paginas (prepare, render)
    nothing of engines; neither imports a site generator."""
    fout = []
    for laag, verboden in (
        ("inhoud", ("kennisbank.paginas", "kennisbank.motoren")),
        ("paginas", ("kennisbank.motoren",)),
    ):
        for pad in _python(KENNISBANK / laag):
            for naam in _imports(pad):
                if naam.startswith(verboden) or naam.split(".")[0] in ENGINES:
                    fout.append(f"{pad.relative_to(PROJECT)} importeert {naam}")
    assert fout == []


def _prive_namen_van_mkdocs() -> set[str]:
    namen = set()
    for pad in Path(mkdocs.__file__).parent.rglob("*.py"):
        namen |= set(re.findall(r"\b(_[a-z]\w*)", pad.read_text(encoding="utf-8")))
    return namen


def test_geen_prive_api_van_mkdocs():
    """No underscore name of MkDocs (such as mkdocs.commands.build._build_page or
    config.plugins._current_plugin) in the code or the tests: those change without notice."""
    eigen: set[str] = set()
    bestanden = _python(KENNISBANK, PROJECT / "scripts", PROJECT / "tests")
    for pad in bestanden:
        for knoop in ast.walk(_bron(pad)):
            if isinstance(knoop, ast.FunctionDef | ast.ClassDef):
                eigen.add(knoop.name)
            elif isinstance(knoop, ast.Name) and isinstance(knoop.ctx, ast.Store):
                eigen.add(knoop.id)
            elif isinstance(knoop, ast.Attribute) and isinstance(knoop.ctx, ast.Store):
                if isinstance(knoop.value, ast.Name) and knoop.value.id == "self":  # our own attributes
                    eigen.add(knoop.attr)
            elif isinstance(knoop, ast.arg):
                eigen.add(knoop.arg)
    verdacht = _prive_namen_van_mkdocs() - eigen
    fout = []
    for pad in bestanden:
        for knoop in ast.walk(_bron(pad)):
            if isinstance(knoop, ast.Attribute) and knoop.attr in verdacht:
                fout.append(f"{pad.relative_to(PROJECT)}:{knoop.lineno}: .{knoop.attr}")
            elif isinstance(knoop, ast.ImportFrom) and (knoop.module or "").split(".")[0] in ENGINES:
                fout += [
                    f"{pad.relative_to(PROJECT)}:{knoop.lineno}: {a.name}" for a in knoop.names if a.name[0] == "_"
                ]
    assert fout == []


def test_geen_logtekst_van_mkdocs_gefilterd():
    """Nothing depends on the wording of MkDocs' log messages."""
    for pad in _python(KENNISBANK):
        tekst = pad.read_text(encoding="utf-8")
        assert "addFilter" not in tekst and "logging.Filter" not in tekst, pad


def test_herladen_modules_houden_geen_toestand():
    """MkDocs loads the hooks module (and macros its module) afresh on every rebuild of `mkdocs
    serve`: module-level state there would be lost or stale. Only constants, functions and
    imports live there; the build's state is on toestand.TOESTAND."""
    for naam in ("mkdocs_adapter.py", "macros.py"):
        for knoop in _bron(KENNISBANK / "motoren" / naam).body:
            if isinstance(knoop, ast.Assign | ast.AnnAssign):
                doelen = knoop.targets if isinstance(knoop, ast.Assign) else [knoop.target]
                assert all(isinstance(d, ast.Name) and d.id.isupper() for d in doelen), (
                    f"{naam}:{knoop.lineno}: toestand op moduleniveau; zet die op toestand.TOESTAND"
                )


def test_macros_gebruiken_alleen_wat_zensical_kent():
    """Zensical runs mkdocs-macros modules through `define_env` only (macros, filters,
    variables): no on_pre_page_macros/on_post_build hooks, no declare_variables."""
    module = _bron(KENNISBANK / "motoren" / "macros.py")
    functies = {k.name for k in module.body if isinstance(k, ast.FunctionDef)}
    assert functies == {"define_env"}
    gebruikt = {
        f"{k.value.id}.{k.attr}"
        for k in ast.walk(module)
        if isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name) and k.value.id == "env"
    }
    assert gebruikt <= {"env.macro", "env.filter", "env.variables", "env.conf", "env.page", "env.project_dir"}, gebruikt
