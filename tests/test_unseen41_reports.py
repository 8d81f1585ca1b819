"""End to end over blind set 41 (eval/datasets/unseen41): a 大数据局 report saved as a web page
whose table is HTML cells with the rows' heading in its header row ("部门")."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATASETS = Path(__file__).resolve().parents[1] / "eval" / "datasets"


@pytest.fixture(scope="module")
def unseen41(assistant_over):
    return assistant_over(DATASETS / "unseen41" / "corpus", reports=3)


def test_a_pages_table_names_its_rows_in_its_header_row(unseen41):
    fastest = unseen41.ask("2024年上半年梧州重点部门中，被调用次数同比增长最快的是哪个部门?")
    assert not fastest.abstained and fastest.answer.startswith("市市场监督管理局：")
    assert fastest.facts[0].value == 61.3 and fastest.facts[0].text in fastest.citations[0].quote
    fewest = unseen41.ask("梧州24年上半年那几个重点部门里，累计挂接目录最少的是哪个?")
    assert not fewest.abstained and fewest.answer.startswith("市医疗保障局：") and fewest.facts[0].value == 163

