"""End to end over blind sets 109–111 (eval/datasets/unseen109…111): energy in GWh and a quarter
inside a 1-9月 report, towns listed by their bare names, goods named after a place (哈密瓜), an
item asked alone beside a joint whole, and superlatives over lists a sentence gives."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen109(assistant_over):
    return assistant_over(DATASETS / "unseen109" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen110(assistant_over):
    return assistant_over(DATASETS / "unseen110" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen111(assistant_over):
    return assistant_over(DATASETS / "unseen111" / "corpus", reports=3)


def _stated(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.reason
    for fact in answer.facts:
        assert fact.text in answer.citations[fact.citation - 1].quote
    return [(f.value, f.unit) for f in answer.facts]


def test_energy_in_gwh_items_of_a_1_to_9_months_report_and_its_quarter(unseen109):
    assert _stated(unseen109.ask("2024年1-9月郎溪储源电芯出货量是多少?")) == [(6.84, "GWh")]
    assert _stated(unseen109.ask("2024年1-9月郎溪储源储能电芯和动力电池出货量分别是多少？")) == [(4.12, "GWh"), (2.72, "GWh")]
    assert _stated(unseen109.ask("2024年三季度郎溪儲源電芯出貨多少?")) == [(2.57, "GWh")]
    assert _stated(unseen109.ask("郎溪储源商用车动力电芯24年1-9月出货了多少MWh?")) == [(1510, "MWh")]


def test_goods_a_brand_sells_and_money_paid_to_growers(unseen109):
    assert _stated(unseen109.ask("2024年上半年吉水甜泉蜜柚銷量同比增長多少?")) == [(10.6, "%")]
    assert _stated(unseen109.ask("顺昌翠篁24年收鲜笋付给笋农多少钱?")) == [(1.46, "亿元")]


def test_towns_a_list_names_bare_and_its_superlative(unseen110):
    both = unseen110.ask("2024年射洪醇田太乙镇和青岗镇的油菜订单基地面积分别是多少？")
    assert _stated(both) == [(2.6, "萬畝"), (3.1, "萬畝")]
    largest = unseen110.ask("射洪醇田24年哪個鎮的油菜訂單基地面積最大？")
    assert not largest.abstained and largest.answer.startswith("青岗：") and largest.facts[0].value == 3.1
    most = unseen110.ask("24年安龙岚芋给哪个镇供的种芋最多?")
    assert not most.abstained and most.answer.startswith("木咱镇：") and most.facts[0].value == 1350
    assert _stated(unseen110.ask("2024年安龙岚芋向洒雨镇和木咱镇分别供应种芋多少吨？")) == [(1120, "吨"), (1350, "吨")]


def test_a_melon_named_after_a_place_and_an_item_asked_alone(unseen111):
    assert _stated(unseen111.ask("2024年乐东甜岛哈密瓜和其他甜瓜分别销售了多少？")) == [(4.9, "萬噸"), (1.5, "萬噸")]
    assert _stated(unseen111.ask("乐东甜岛24年从合作种植户那里收购了多少哈密瓜?")) == [(2.1, "萬噸")]
    assert _stated(unseen111.ask("2024年上半年德令哈金藜藜麦原粮加工量同比增长多少?")) == [(9.1, "%")]
    most = unseen111.ask("2024年海阳蓝湾在哪个镇供应的海参苗种最多？")
    assert not most.abstained and most.answer.startswith("辛安镇：") and most.facts[0].value == 2.8
