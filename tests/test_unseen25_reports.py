"""End to end over the twenty-fifth set of unseen reports (eval/datasets/unseen25): a 住房公积金
.docx with a Word table, a 城管 report in GBK with CRLF line ends, a 邮政管理 page scraped from a
website with its navigation and footer."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

UNSEEN25 = Path(__file__).resolve().parents[1] / "eval" / "datasets" / "unseen25" / "corpus"


@pytest.fixture(scope="module")
def unseen25(assistant_over):
    return assistant_over(UNSEEN25, reports=3)


def test_a_figure_stated_only_in_the_reports_crowded_opening_paragraph_is_found(unseen25):
    # "其中,快递业务量完成1.26亿件,同比增长18.4%" stands in the overview paragraph, among a dozen
    # figures; the passages that rank first talk of 日均 and 同城/异地 volumes.
    growth = unseen25.ask("通辽23年快递量涨了多少?")
    assert not growth.abstained and growth.facts[0].value == 18.4
    assert "快递业务量完成1.26亿件" in growth.citations[0].quote


def test_a_daily_average_answers_only_a_daily_question(unseen25):
    daily = unseen25.ask("2024年上半年梅河口市日均清運處理生活垃圾多少噸?")
    assert not daily.abstained and daily.facts[0].value == 322


def test_a_bare_measure_is_of_its_clauses_subject_and_主城区_is_no_district(unseen25):
    whole = unseen25.ask("2023年七台河市住房公积金缴存额是多少？")
    assert not whole.abstained and whole.facts[0].value == 21.45  # not 灵活就业人员's 0.27亿元
    downtown = unseen25.ask("梅河口24年上半年主城区垃圾清运了多少?")
    assert not downtown.abstained and downtown.facts[0].value == 4.26
