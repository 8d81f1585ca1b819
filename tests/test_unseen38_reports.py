"""End to end over blind sets 36 and 38 (eval/datasets/unseen36, unseen38): a 司法局 report saved
as a web page whose table is HTML cells, and a county hospital whose name the questions use as
their subject ("柘荣县医院急诊人次")."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen36(assistant_over):
    return assistant_over(DATASETS / "unseen36" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen38(assistant_over):
    return assistant_over(DATASETS / "unseen38" / "corpus", reports=3)


def test_a_web_pages_html_table_is_read_cell_by_cell(unseen38):
    best = unseen38.ask("2024年崇义县哪个镇的调解成功率最高？")
    assert not best.abstained and best.answer.startswith("铅厂镇：") and best.facts[0].value == 99.4
    assert "</td>" in best.citations[0].quote  # cited on the page as saved, markup and all
    cell = unseen38.ask("2024年崇义县扬眉镇办理法律援助案件多少件?")
    assert not cell.abstained and cell.facts[0].value == 58


def test_who_reports_is_no_part_of_what_is_asked(unseen36):
    er = unseen36.ask("2024年上半年柘荣县医院急诊人次是多少？")
    assert not er.abstained and er.facts[0].value == 2.13 and er.facts[0].unit == "万人次"
    stay = unseen36.ask("柘荣县医院24年上半年病人平均住几天院？")
    assert not stay.abstained and stay.facts[0].value == 7.2
