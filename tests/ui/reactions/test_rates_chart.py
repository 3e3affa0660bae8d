"""The chart's caption says how many ranked rows it draws."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from mesolog.domain.reaction_rates import Dimension, Lot, Rate, RateTable, ReactionChoice, ranked
from mesolog.ui.reactions._rates_chart import MAX_BARS, RatesChart


def table(ranked_lots: int, too_few_lots: int = 2) -> RateTable:
    """`ranked_lots` lots of 20 sessions each and `too_few_lots` of 3."""
    sessions = [20] * ranked_lots + [3] * too_few_lots
    groups = {index: Lot("HydraBoost", f"HA-{index}") for index in range(len(sessions))}
    rates = {index: Rate.of(index % 3, total) for index, total in enumerate(sessions)}
    overall = Rate.of(sum(r.with_reaction for r in rates.values()), sum(sessions))
    return RateTable(Dimension.LOT, ReactionChoice(), overall, ranked(groups, rates, overall))


@pytest.mark.parametrize(
    ("ranked_lots", "drawn", "said"),
    [
        (13, 13, "The 13 ranked rows."),
        (1, 1, "The one ranked row."),
        (MAX_BARS + 4, MAX_BARS, f"The first {MAX_BARS} ranked rows."),
    ],
)
def test_the_caption_says_the_number_of_rows_drawn(
    qtbot: QtBot, ranked_lots: int, drawn: int, said: str
) -> None:
    chart = RatesChart()
    qtbot.addWidget(chart)
    chart.set_table(table(ranked_lots))
    assert len(chart.bars()) == drawn
    assert chart.caption().startswith("Bars: the rate; whiskers: its 95% interval;")
    assert chart.caption().endswith(said)


def test_no_caption_without_a_ranked_row(qtbot: QtBot) -> None:
    chart = RatesChart()
    qtbot.addWidget(chart)
    chart.set_table(table(0))
    assert chart.caption() == ""
