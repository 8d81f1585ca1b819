"""End to end over blind sets 121–123 (eval/datasets/unseen121…123): lenses by the 片 and frames by the
副, a goods column of a production table read as its 产量, a PDF whose title is set on two lines,
spindles by the 锭, a town whose name holds 买, and goods in another form than the one sold."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen121(assistant_over):
    return assistant_over(DATASETS / "unseen121" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen123(assistant_over):
    return assistant_over(DATASETS / "unseen123" / "corpus", reports=3)


def _stated(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.reason
    for fact in answer.facts:
        assert fact.text in answer.citations[fact.citation - 1].quote
    return [(f.value, f.unit) for f in answer.facts]


def test_lenses_frames_and_the_least_of_a_goods_column(unseen121):
    assert _stated(unseen121.ask("2024年上半年霍山明眸生产树脂镜片多少片?")) == [(4680, "万片")]
    assert _stated(unseen121.ask("2024年上半年霍山明眸生產鏡架多少副?")) == [(214, "万副")]
    least = unseen121.ask("2024年1-9月金溪稻香各生產基地中鮮米粉產量最少的是哪個？")
    assert not least.abstained and least.answer.startswith("何源基地")


def test_a_two_line_title_spindles_a_town_with_买_and_another_form_of_the_goods(unseen123):
    assert _stated(unseen123.ask("沙雅天衡纺织24年6月底纺纱规模有多大?")) == [(32, "万锭")]
    assert _stated(unseen123.ask("2024年上半年沙雅天衡紡織利潤總額是多少?")) == [(5230, "万元")]
    assert _stated(unseen123.ask("2024年上半年沙雅天衡纺织在英买力镇采购了多少吨皮棉?")) == [(6200, "吨")]
    assert _stated(unseen123.ask("榆中金瓣百合24年在研发上投了多少钱？")) == [(980, "万元")]
    # The report sells 椰子水 and other goods, no 椰子粉.
    assert unseen123.ask("2024年前三季度瓊海椰源椰子粉銷售收入是多少？").abstained
