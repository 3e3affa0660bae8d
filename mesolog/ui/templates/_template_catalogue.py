"""What a template's product rows ask of the catalogue: the products a name typed fits (its
completion) and the product a name names (whether it is counted in units)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mesolog.domain.errors import KnownError
from mesolog.domain.products import Product
from mesolog.services.clinic import Clinic


@dataclass(frozen=True, slots=True)
class TemplateCatalogue:
    matching: Callable[[str], list[Product]]
    named: Callable[[str], Product | None]

    @classmethod
    def of(cls, clinic: Clinic) -> TemplateCatalogue:
        return cls(clinic.products.matching, clinic.products.named)

    def product_named(self, name: str) -> Product | None:
        """The catalogue's product of that name (compared folded); None for an empty name,
        a name it does not have, or a catalogue that cannot be read now (the row then keeps
        what is typed, as a name not in the catalogue)."""
        if not name.strip():
            return None
        try:
            return self.named(name)
        except KnownError:
            return None
