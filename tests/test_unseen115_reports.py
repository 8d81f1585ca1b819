"""End to end over blind sets 115–117 (eval/datasets/unseen115…117): items asked together that open
with the company's brand, a part asked by its own quarter after the whole, a county whose short name
opens the company's, towns starting with 高, and models counted for an amount produced."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen115(assistant_over):
    return assistant_over(DATASETS / "unseen115" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen116(assistant_over):
    return assistant_over(DATASETS / "unseen116" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen117(assistant_over):
    return assistant_over(DATASETS / "unseen117" / "corpus", reports=3)


def _stated(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.reason
    for fact in answer.facts:
        assert fact.text in answer.citations[fact.citation - 1].quote
    return [(f.value, f.unit) for f in answer.facts]


def test_items_opened_by_the_brand_and_a_town_the_report_names_elsewhere(unseen117):
    assert _stated(unseen117.ask("2024年东阿泉润阿胶块和阿胶糕的产量分别是多少？")) == [(612, "吨"), (538, "吨")]
    assert _stated(unseen117.ask("2024年上半年西吉绿垄地膜和棚膜产量各是多少?")) == [(1.02, "万吨"), (0.31, "万吨")]
    # 高集镇 gets a warehouse next year; the farms are in 刘集镇 and three other towns.
    assert unseen117.ask("2024年東阿泉潤在高集鎮帶動了多少毛驢養殖戶?").abstained


def test_a_quarter_asked_after_its_whole_and_a_county_named_short(unseen116):
    both = unseen116.ask("2024年1-9月元江金芒收購鮮芒果多少萬噸？其中三季度收購多少？")
    assert _stated(both) == [(4.42, "萬噸"), (1.18, "萬噸")]
    assert _stated(unseen116.ask("2024年三季度元江金芒單季營業收入是多少?")) == [(1.42, "億元")]
    top = unseen116.ask("2024年前三季度元江金芒哪個種植基地芒果產量最高?")
    assert not top.abstained and top.answer.startswith("江邊基地")


def test_models_launched_are_no_amount_produced_and_cans_are_counted(unseen115):
    assert _stated(unseen115.ask("古田银岚杉洋基地24年银耳羹产量是多少?")) == [(450, "万罐")]
    assert unseen115.ask("2024年1-9月武義銳鋒無刷電機產量是多少?").abstained
    assert _stated(unseen115.ask("2024年1-9月武义锐锋推出了多少款新品?")) == [(37, "款")]
