"""Facts read at ingest: spans, sentences, metric context, and units from table headers."""
from __future__ import annotations

from index.build import ingest_report
from index.gazetteer import main_region
from index.loaders import LoadedText

REPORT = (
    "余姚市科技局2021年上半年工作总结\n"
    "一、主要指标\n"
    "上半年,全市新增省级研发中心8家,专利授权量3256件,同比下降4.2%。\n"
    "指标 | 数值\n"
    "高新技术产业增加值(亿元) | 98.4\n"
    "新增区级以上众创空间(家)及孵化器\n"
    "\n"
    "5\n"
)


def facts_of(text: str):
    return ingest_report("r.txt", LoadedText(text, "utf-8"), "sha").facts


def test_fact_spans_sentences_and_context():
    facts = {f.text: f for f in facts_of(REPORT)}
    f = facts["3256件"]
    assert REPORT[f.start : f.end] == "3256件"
    assert REPORT[f.sentence_start : f.sentence_end].startswith("上半年,全市新增")
    assert f.context.endswith("专利授权量") and f.kind == "count" and f.unit == "件"
    assert f.section == "一、主要指标"
    assert facts["4.2%"].kind == "percent"


def test_units_from_table_headers():
    facts = {f.text: f for f in facts_of(REPORT)}
    cell = facts["98.4"]
    assert (cell.unit, cell.kind) == ("亿元", "money")
    assert cell.context == "高新技术产业增加值(亿元)"
    assert REPORT[cell.sentence_start : cell.sentence_end] == "高新技术产业增加值(亿元) | 98.4"
    flattened = facts["5"]  # a flattened table: label line, blank line, value line
    assert (flattened.unit, flattened.kind) == ("家", "count")
    assert "众创空间" in flattened.context


def test_traditional_report_keeps_original_units_and_quotes():
    text = "二、工作成效\n全區新增高新技術企業45家,研發投入2.5億元。\n"
    facts = {f.text: f for f in facts_of(text)}
    assert facts["2.5億元"].unit == "億元" and facts["2.5億元"].kind == "money"
    assert "高新技术企业" in facts["45家"].context  # matched on the simplified view


def test_region_from_a_title_naming_a_district():
    text = "宁波市鄞州区科技局2019年工作总结\n全市排名第二,全区新增企业。"
    assert main_region("宁波市鄞州区科技局2019年工作总结", text) == "宁波市鄞州区"


TABLES = (
    "长兴县科技局2019年工作总结和2020年工作思路\n"
    "序号 | 指标名称 | 2019年完成 | 2020年目标\n"
    "1 | 新认定国家高新技术企业(家) | 68 | 80\n"
    "2 | 技术交易额(亿元) | 6.85 | 8\n"
    "\n"
    "县市区 | 研发费用(亿元) | 同比增长(%)\n"
    "弋江区 | 9.8 | 41.7\n"
)


def test_table_cells_read_row_label_and_column_header():
    facts = {f.text: f for f in facts_of(TABLES)}
    target = facts["80"]
    assert (target.header, target.unit, target.kind) == ("2020年目标", "家", "count")
    assert target.context == "新认定国家高新技术企业(家)"  # the row label, not the serial number
    assert TABLES[target.sentence_start : target.sentence_end] == "新认定国家高新技术企业(家) | 68 | 80"
    assert facts["6.85"].header == "2019年完成" and facts["6.85"].kind == "money"
    growth = facts["41.7"]
    # A growth column measures the column before it.
    assert (growth.header, growth.unit, growth.kind, growth.context) == ("研发费用 同比增长(%)", "%", "percent", "弋江区")
    assert "1" not in facts  # the 序号 column numbers rows; it measures nothing



def test_a_change_column_named_by_the_last_word_of_the_column_before():
    text = "汝阳县交警大队2024年工作总结\n中队 | 接报道路交通事故(起) | 事故同比增长(%)\n内埠中队 | 341 | 3.6\n"
    facts = {f.text: f for f in facts_of(text)}
    assert facts["3.6"].header == "接报道路交通事故 事故同比增长(%)"
    assert facts["341"].header == "接报道路交通事故(起)"


def test_slash_separated_cells_pair_with_their_labels():
    text = "2017年工作思路\n专利申请量(件)/专利授权量(件)\n\n8500/4800\n"
    facts = {f.text: f for f in facts_of(text)}
    assert (facts["8500"].unit, facts["8500"].kind, facts["8500"].context) == ("件", "count", "专利申请量(件)")
    assert facts["4800"].context == facts["4800"].header == "专利授权量(件)"
    assert text[facts["4800"].sentence_start : facts["4800"].sentence_end] == "专利授权量(件)\n\n8500/4800"


def test_markdown_table_cells_read_their_header_across_the_rule_line():
    text = (
        "# 某高新区2023年工作总结\n\n## 一、主要指标\n\n"
        "| 指标 | 2023年完成 | 同比增长(%) | 2024年目标 |\n|---|---|---|---|\n"
        "| 营业收入(亿元) | 1286.4 | 9.7 | 1400 |\n"
    )
    facts = {f.text: f for f in facts_of(text)}
    assert (facts["1286.4"].header, facts["1286.4"].unit, facts["1286.4"].context) == ("2023年完成", "亿元", "营业收入(亿元)")
    assert (facts["9.7"].unit, facts["9.7"].kind) == ("%", "percent")
    assert (facts["1400"].header, facts["1400"].unit) == ("2024年目标", "亿元")


def test_a_cell_under_a_ranking_header_is_a_rank():
    text = (
        "# 某市2023年商务工作汇报\n\n"
        "| 指标 | 2023年完成 | 总量居全省县级市位次 |\n|---|---|---|\n"
        "| 外贸进出口总额(亿元) | 763.8 | 3 |\n"
    )
    facts = {f.text: f for f in facts_of(text)}
    assert facts["3"].kind == "rank" and facts["763.8"].kind == "money"


def test_a_header_unit_of_a_named_substance_is_its_measure():
    text = "表1 重点用能单位能耗\n单位 | 建筑面积(万平方米) | 综合能耗(吨标准煤)\n市中心医院 | 18.2 | 5920\n"
    facts = {f.text: f for f in facts_of(text)}
    assert (facts["5920"].unit, facts["5920"].kind) == ("吨标准煤", "measure")
    assert (facts["18.2"].unit, facts["18.2"].kind) == ("万平方米", "measure")


def test_a_count_cell_that_looks_like_a_year_is_read_by_its_column():
    text = (
        "琼山区妇幼保健院2024年上半年工作总结\n主要临床科室业务量见下表:\n"
        "科室 | 住院人次(人次) | 开诊年份\n产科 | 1968 | 1998\n妇科 | 1214 | 2003\n"
    )
    cells = {(f.context.strip(), f.text): f for f in facts_of(text) if f.header}
    assert cells[("产科", "1968")].kind == "count" and cells[("产科", "1968")].unit == "人次"
    # Under a header of years the cell stays a year.
    assert not any(f.text == "1998" and f.kind != "date" for f in facts_of(text))
