"""End to end over blind sets 31 and 33 (eval/datasets/unseen31, unseen33): a court's report saved
as a web page's source (markup, navigation and footer around the article), and a gas company's
report whose districts are compared in one sentence, not in a table."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen31(assistant_over):
    return assistant_over(DATASETS / "unseen31" / "corpus", reports=3)


@pytest.fixture(scope="module")
def unseen33(assistant_over):
    return assistant_over(DATASETS / "unseen33" / "corpus", reports=3)


def test_a_saved_web_page_answers_from_its_article_and_cites_the_page_source(unseen31):
    cases = unseen31.ask("2023年鹤壁全市两级法院共受理各类案件多少件？")
    assert not cases.abstained and cases.facts[0].value == 68425
    cite = cases.citations[0]
    assert "68425件" in cite.quote and "<" not in cite.quote
    page = (DATASETS / "unseen31" / "corpus" / cite.doc).read_text(encoding="utf-8")
    assert page[cite.start : cite.end] == cite.quote  # offsets into the page as saved, markup and all
    assert unseen31.index.documents[cite.doc].title == "鹤壁市中级人民法院工作报告"


def test_the_places_of_a_parallel_list_are_compared_without_a_table(unseen33):
    most = unseen33.ask("2024年铜川市哪个区新增燃气用户最多？")
    assert not most.abstained and most.answer.startswith("耀州区") and most.facts[0].value == 4218
    assert "耀州区新增用户4218户" in most.citations[0].quote
    fewest = unseen33.ask("2024年铜川市哪个区新增燃气用户最少？")
    assert fewest.answer.startswith("印台区") and fewest.facts[0].value == 2486
    # Growth rates stated after each district's level ("…2.71万箱,同比增长4.6%").
    fastest = unseen33.ask("2022年内江东兴区、隆昌市、威远县三个营销部中，哪个卷烟销量增速最快?")
    assert fastest.answer.startswith("隆昌市") and fastest.facts[0].value == 4.6


def test_boxes_sold_answer_for_a_sales_volume(unseen33):
    district = unseen33.ask("2022年隆昌市营销部卖了多少万箱烟？")
    assert not district.abstained and district.facts[0].value == 2.71 and district.facts[0].unit == "万箱"
