"""The session editor's words that hold a count, with a plural form for each language.

PySide6 translates a plural (`self.tr(text, "", n)`) only in the class whose method says it,
never in a subclass, and lupdate marks a message plural only in that form
(docs/translation-plan.md §0.2): the editor's counted words are said here, in a class no other
inherits from. English reads as the sources say ("1 value(s)") until mesolog_en.qm gives
its plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class SessionCounts(QObject):
    """Counted words of the session editor, its chart and its fields' changes in words."""

    def sign_with_warnings(self, n: int) -> str:
        """The button signing after the question, for two warnings or more."""
        return self.tr("&Sign with %n warnings", "", n)

    def values_to_correct(self, n: int) -> str:
        return self.tr("Not saved: %n value(s) to correct, marked in red.", "", n)

    def points_held(self, zone: str, n: int) -> str:
        """A zone clicked to unmark it that holds points."""
        return self.tr(
            "%1 keeps its mark: it holds %n injection points; delete them first.", "", n
        ).replace("%1", zone)

    def points_summed(self, n: int) -> str:
        """The tip of a volume the chart's points add up to."""
        return self.tr(
            "The sum of this product's %n injection points on the chart; "
            "delete them there to type the volume.",
            "",
            n,
        )

    def days(self, n: int) -> str:
        return self.tr("%n days", "how long before a session the last aspirin/NSAID was", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n days ago", "when the last aspirin/NSAID was taken", n)

    def needles(self, n: int) -> str:
        return self.tr("%n needles", "of a micro-needling pen", n)

    def passes(self, n: int) -> str:
        return self.tr("%n passes", "of a micro-needling pen over the area", n)
