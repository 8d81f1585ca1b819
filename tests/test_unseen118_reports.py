"""End to end over blind sets 118–120 (eval/datasets/unseen118…120): a growth asked of the amount
made beside the revenue's, made against sold, goods made of the goods in a company's name, a share
of an item before it, 卖出去 and 把…提高到, and a quarter asked beside the 1-9月."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen118(assistant_over):
    return assistant_over(DATASETS / "unseen118" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen119(assistant_over):
    return assistant_over(DATASETS / "unseen119" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen120(assistant_over):
    return assistant_over(DATASETS / "unseen120" / "corpus", reports=3)


def _stated(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.reason
    for fact in answer.facts:
        assert fact.text in answer.citations[fact.citation - 1].quote
    return [(f.value, f.unit) for f in answer.facts]


def test_made_is_not_sold_nor_the_revenue_and_goods_of_the_company_goods(unseen118):
    assert _stated(unseen118.ask("2024年前三季度岫巖鎂晟耐火材料產量同比增長多少？")) == [(7.4, "%")]
    assert _stated(unseen118.ask("岫岩镁晟24年三季度生产了多少耐火材料?")) == [(8.7, "万吨")]
    assert _stated(unseen118.ask("2024年上半年准格尔金棘沙棘原浆产量是多少？")) == [(3120, "噸")]
    assert _stated(unseen118.ask("准格尔金棘24年上半年沙棘汁饮品收入占营收的几成?")) == [(59.1, "%")]


def test_a_quarter_asked_beside_the_months_gets_its_own_figure(unseen119):
    both = unseen119.ask("2024年1-9月和三季度三原豆源分别收购黄豆多少万吨？")
    assert _stated(both) == [(2.38, "萬噸"), (0.81, "萬噸")]


def test_spoken_sales_a_planned_level_and_a_share_whose_base_is_asked(unseen120):
    assert _stated(unseen120.ask("沛县骏驰24年前三季度卖出去多少辆整车?")) == [(67.1, "万辆")]
    assert _stated(unseen120.ask("沛县骏驰24年前三季度锂电车型收入占营收的几成？")) == [(56.1, "%")]
    assert _stated(unseen120.ask("蔡甸清荷藕業25年打算把鮮藕產量提高到多少?")) == [(4.8, "万吨")]
