"""End to end over the fourth set of unseen reports (eval/datasets/unseen4): a Markdown report with
a pipe table, a Big5 report in traditional script, a .docx with a Word table, a BOM + CRLF
street office's page."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

UNSEEN4 = Path(__file__).resolve().parents[1] / "eval" / "datasets" / "unseen4" / "corpus"


@pytest.fixture(scope="module")
def unseen4(assistant_over):
    return assistant_over(UNSEEN4, reports=4)


def test_a_markdown_report_reads_its_headings_and_its_table(unseen4):
    doc = unseen4.index.documents["a_city_edu_2023.md"]
    assert doc.title.startswith("柳州市教育局") and doc.region == "柳州市"
    # The 2024 plan is under "## 二、2024年工作思路": a target, not a 2023 result.
    plan = unseen4.ask("2024年柳州市新增公办学位的目标是多少？")
    assert not plan.abstained and plan.facts[0].value == 2 and plan.facts[0].unit == "万个"
    cell = unseen4.ask("2023年柳州市柳北区教育项目投资是多少亿元？")
    assert not cell.abstained and cell.facts[0].value == 5.08
    assert cell.citations[0].quote.startswith("柳北区 |") and "（一）" in cell.citations[0].section


def test_a_big5_report_and_a_year_quoted_in_a_comparison(unseen4):
    growth = unseen4.ask("2022年湄潭县交通固定资产投资同比增长多少?")
    assert not growth.abstained and growth.facts[0].value == 9.7
    last_year = unseen4.ask("湄潭县21年交通固投完成了多少亿?")
    assert not last_year.abstained and last_year.facts[0].value == 13.55


def test_a_word_table_row_named_like_a_far_place_is_the_row_asked(unseen4):
    # "龙门古街" is a street of 洛龙区, not 龙门县 in another province.
    answer = unseen4.ask("2024年上半年洛龙区龙门古街接待游客多少万人次？")
    assert not answer.abstained and answer.facts[0].value == 238.5
    # A district's figure does not answer for its city.
    assert unseen4.ask("2024年上半年洛阳市全市接待游客多少万人次？").abstained


def test_a_street_offices_report_is_the_streets(unseen4):
    doc = unseen4.index.documents["d_street_2023_bom_crlf.txt"]
    assert doc.region == "坡子街街道" and doc.encoding == "utf-8-sig"
    answer = unseen4.ask("2023年坡子街街道楼宇税收占了税收总额的多少?")
    assert not answer.abstained and answer.facts[0].value == 50.6
