"""End to end over reports in formats and scripts the seed corpus lacks (eval/datasets/unseen):
a .docx with indicator tables, a GB18030 .txt, a traditional-script .txt, by-district tables."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

UNSEEN = Path(__file__).resolve().parents[1] / "eval" / "datasets" / "unseen" / "corpus"


@pytest.fixture(scope="module")
def unseen(assistant_over):
    return assistant_over(UNSEEN, reports=4)


def _answer(assistant, question):
    answer = assistant.ask(question)
    for c in answer.citations:
        assert c.quote == assistant.index.documents[c.doc].text[c.start : c.end]
    for f in answer.facts:
        assert f.text in next(c.quote for c in answer.citations if c.id == f.citation)
    return answer


@pytest.mark.parametrize(
    "question, value, doc",
    [
        # A target table "指标名称 | 2019年完成 | 2020年目标": the column decides.
        ("长兴县2020年研发经费占GDP比重的目标是多少?", 2.85, "a_county_2019.txt"),
        ("2019年长兴县技术交易额是多少亿元?", 6.85, "a_county_2019.txt"),
        # A town's row of the by-town table.
        ("长兴县煤山镇2019年新认定了几家高新技术企业?", 7, "a_county_2019.txt"),
        # GB18030 file; a district's row of the city's table, its growth column.
        ("2021年上半年芜湖市弋江区规上工业企业研发费用同比增长多少?", 41.7, "b_city_2021_gbk.txt"),
        # The city's own figure, not a district's row.
        ("芜湖今年上半年（2021年）规上工业研发费用涨了多少?", 31.5, "b_city_2021_gbk.txt"),
        # .docx: running text and a 2019 target table whose units are in its headers.
        ("2018年吳江區新認定高新技術企業多少家?", 143, "c_district_2018.docx"),
        ("吴江区2019年计划新认定高企多少家?", 150, "c_district_2018.docx"),
        # Traditional script, asked in traditional and in simplified.
        ("2020年泉州市南安市新認定高新技術企業幾家?", 58, "d_city_2020_hant.txt"),
    ],
)
def test_unseen_reports_are_answered_with_exact_citations(unseen, question, value, doc):
    answer = _answer(unseen, question)
    assert not answer.abstained, answer.reason
    assert answer.facts[0].value == value
    assert answer.citations[0].doc == doc


def test_which_district_is_largest_is_read_from_the_table(unseen):
    answer = _answer(unseen, "2021年上半年芜湖哪个县市区的规上工业企业研发费用增速最低?")
    assert not answer.abstained
    assert answer.answer.startswith("南陵县") and answer.facts[0].value == 17.3
    answer = _answer(unseen, "2019年长兴县除开发区外，哪个乡镇（街道）的规上工业企业研发费用最高？")
    assert answer.answer.startswith("画溪街道") and answer.facts[0].value == 2.15


@pytest.mark.parametrize(
    "question",
    [
        "2021年全年芜湖市实际实现技术合同成交额多少亿元?",  # a half-year report holds no whole-year result
        "2018年泉州市新认定高新技术企业多少家?",  # no report of that year for 泉州
    ],
)
def test_unseen_reports_abstain_on_what_they_do_not_hold(unseen, question):
    answer = unseen.ask(question)
    assert answer.abstained and answer.facts == []
