"""End to end over blind sets 106 and 107 (eval/datasets/unseen106, unseen107): company reports
whose goods are counted in bags, whose shares are stated by their base (占营业收入的…), whose
quarter is a part of a 1-9月 whole, and whose name says what a table's columns are of."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen106(assistant_over):
    return assistant_over(DATASETS / "unseen106" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen107(assistant_over):
    return assistant_over(DATASETS / "unseen107" / "corpus", reports=3)


def _stated(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.reason
    for fact in answer.facts:
        assert fact.text in answer.citations[fact.citation - 1].quote
    return [(f.value, f.unit) for f in answer.facts]


def test_bags_a_yearly_capacity_and_exports_sold_in_a_big5_report(unseen106):
    assert _stated(unseen106.ask("宽甸黑金24年菌包厂一年能生产多少菌包？")) == [(3000, "萬袋")]
    assert _stated(unseen106.ask("2024年宽甸黑金生产黑木耳菌包多少万袋，其中自营基地摆放多少万袋?")) == [(2460, "萬袋"), (1380, "萬袋")]
    assert _stated(unseen106.ask("宽甸黑金24年出口卖了多少钱?")) == [(2630, "萬元")]


def test_a_share_stated_by_its_base_and_each_items_output_cited_in_prose(unseen106):
    assert _stated(unseen106.ask("克山北纺24年上半年出口占比提高了几个百分点?")) == [(2.4, "个百分点")]
    both = unseen106.ask("农安金垄24年食用酒精和饲料产品各产了多少?")
    assert _stated(both) == [(12.8, "万吨"), (23.6, "万吨")]
    assert both.citations[0].quote.startswith("生产食用酒精12.8万吨")  # the sentence, not the table's cells


def test_a_quarter_inside_a_1_to_9_months_report_and_a_grade_of_goods(unseen107):
    assert _stated(unseen107.ask("2024年三季度鸡泽固锐营业收入同比增长多少？")) == [(12.9, "%")]
    assert _stated(unseen107.ask("2024年前三季度雞澤固銳高強度緊固件產量是多少?")) == [(3.92, "万吨")]
    assert _stated(unseen107.ask("鸡泽固锐24年1-9月出口赚了多少钱？")) == [(2.36, "亿元")]


def test_a_superlative_over_a_table_of_the_companys_own_goods(unseen107):
    most = unseen107.ask("2024年左权岭珍哪个基地的核桃收购量最多？")
    assert not most.abstained and most.answer.startswith("寒王基地：") and most.facts[0].value == 4460
