"""End to end over blind sets 112–114 (eval/datasets/unseen112…114): a quarter's table column inside
a 1-9月 report, a place named X家子, a count of the names just listed, the price paid per kilogram,
a breakdown of what was produced, boxed goods, and a town the report names for something else."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen112(assistant_over):
    return assistant_over(DATASETS / "unseen112" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen113(assistant_over):
    return assistant_over(DATASETS / "unseen113" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen114(assistant_over):
    return assistant_over(DATASETS / "unseen114" / "corpus", reports=3)


def _stated(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.reason
    for fact in answer.facts:
        assert fact.text in answer.citations[fact.citation - 1].quote
    return [(f.value, f.unit) for f in answer.facts]


def test_stations_counted_priced_and_a_town_named_for_something_else(unseen112):
    # "公司现有收购站6个", not "十二吐、统部两个收购站" nor the station 五十家子 read as 五十家.
    assert _stated(unseen112.ask("截至2024年9月底，林西粟源杂粮公司有几个收购站？")) == [(6, "個")]
    assert _stated(unseen112.ask("林西粟源24年前三季度收谷子平均一公斤给多少钱？")) == [(4.35, "元/公斤")]
    # 新林镇 holds the company's warehouse, not any of its contract fields.
    assert unseen112.ask("林西粟源24年在新林镇有多少亩订单种植谷子?").abstained
    # The 出口额 a sentence states, not the 销售收入 of the same goods.
    assert _stated(unseen112.ask("2024年双阳茸泰鹿业鹿茸及制品出口额是多少?")) == [(1860, "万元")]


def test_a_quarters_column_and_the_growth_of_its_own_period(unseen113):
    assert _stated(unseen113.ask("2024年三季度临西恒轮轴承套圈销售收入是多少？")) == [(1850, "万元")]
    assert _stated(unseen113.ask("2024年1-9月临西恒轮轴承套圈销售收入是多少？")) == [(5200, "万元")]
    fastest = unseen113.ask("2024年1-9月临西恒轮哪类产品销售收入同比增长最快?")
    assert not fastest.abstained and fastest.answer.startswith("调心滚子轴承") and fastest.facts[0].value == 18.5


def test_items_asked_together_cite_the_sentence_that_states_both(unseen113):
    # "…生产线18条,全年生产各类山楂制品3.46万吨,…其中山楂片1.38万吨、山楂糕0.92万吨、果丹皮0.71万吨".
    assert _stated(unseen113.ask("2024年绛县楂乡山楂片和果丹皮产量分别是多少？")) == [(1.38, "万吨"), (0.71, "万吨")]


def test_output_broken_down_boxed_goods_and_the_years_target(unseen114):
    assert _stated(unseen114.ask("2024年上半年潮安鑫銳不鏽鋼公司炊具和餐具產量分別是多少?")) == [(318, "万件"), (412, "万件")]
    assert _stated(unseen114.ask("潮安鑫锐2024年全年营业收入力争达到多少？")) == [(9.6, "亿元")]
    assert _stated(unseen114.ask("高淳蟹韵24年一共产了多少成蟹？")) == [(1300, "噸")]
    assert _stated(unseen114.ask("2024年高淳蟹韵全年卖了多少盒大闸蟹礼盒?")) == [(28.6, "萬盒")]
    assert _stated(unseen114.ask("2025年高淳蟹韻成蟹產量力爭達到多少?")) == [(1450, "噸")]
