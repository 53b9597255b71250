"""A quote variant's word diff is reconciliation's own (the pane and the discrepancy's summary agree)."""

from __future__ import annotations

from textual.content import Content

from factsheet.reconcile.quotes import compare, describe
from factsheet.tui.app import FactsheetApp
from factsheet.tui.widgets.variant_card import VariantCard
from tests.tui.fixtures import run_async
from tests.tui.test_workflows import go_to_discrepancy

SIZE = (120, 40)


def styled_words(card: VariantCard, change: str) -> list[str]:
    """Words of the card drawn in the ``added`` or ``dropped`` style."""
    content = card.content
    assert isinstance(content, Content)
    style = card._style(change)
    return [content.plain[s.start : s.end] for s in content.spans if s.style == style]


@run_async
async def test_quote_diff_is_the_reconcile_diff(make_app) -> None:
    app: FactsheetApp = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await go_to_discrepancy(app, pilot, "x-okafor-quote")
        await pilot.pause()
        cards = list(app.query(VariantCard))
        assert [c.number for c in cards] == [0, 1]
        a, b = (c.variant.value for c in cards)
        comparison = compare(a, b)
        # "won't" / "will not" is one wording to reconciliation; only "any" was added
        assert describe(comparison.diff) == "+ 'any'"
        assert styled_words(cards[1], "added") == ["any"]
        assert styled_words(cards[1], "dropped") == []
        assert f"vs A ({comparison.wording}): " in cards[1].content.plain
        assert "vs A" not in cards[0].content.plain
