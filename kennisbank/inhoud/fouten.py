"""One problem found in a contributed file, as the validator prints it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Fout:
    pad: str
    regel: int
    veld: str
    bericht: str

    def __str__(self) -> str:
        return f"{self.pad}:{self.regel}: {self.veld}: {self.bericht}"


class OngeldigeInhoud(Exception):
    """Raised by the build when entries do not validate; carries every problem."""

    def __init__(self, fouten: list[Fout]):
        self.fouten = sorted(fouten)
        regels = "\n".join(str(f) for f in self.fouten)
        super().__init__(f"{len(self.fouten)} fout(en) in de inhoud; de site is niet gebouwd:\n{regels}")
