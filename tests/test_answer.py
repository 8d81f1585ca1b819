"""Fact selection on hand-made facts: coverage, enumeration alignment, unit, period, place, target."""
from __future__ import annotations
from dataclasses import replace

import re

import pytest

from index.schema import Chunk, Document, Fact
from rag.answer import (
    _wants_largest,
    choose_stated,
    extreme_words,
    select_extreme,
    select_facts,
    shown_text,
    table_head,
)
from rag.checks import (
    contrast_factor,
    facts_of_chunk,
    named_otherwise,
    parent_trade,
    ranks_another_group,
    starting_value,
    without_subject,
)
from rag.reading import (
    about_another_place,
    adjacency,
    align_enumeration,
    bigrams,
    canonical,
    clause_after,
    enumeration_run,
    fact_years,
    header_words,
    is_place_row,
    is_target,
    lead,
    longest_common_run,
    metric_coverage,
    month_factor,
    names_after,
    period_ok,
    reading,
    region_ok,
    report_subject,
    sentence_coverage,
    states_change,
    unit_score,
)
from rag.assistant import label_clause
from rag.question import analyze_question

SENTENCE = "全区高新产业实现销售产值129.63亿元,占规上工业比重61.4%,新增国家重点扶持高新技术企业92家,累计总数达256家"


def make_fact(fid: int, text: str, value: float, unit: str, kind: str, sentence: str = SENTENCE,
              section: str | None = "一、主要成效", chunk_id: int = 0) -> Fact:
    at = sentence.index(text)
    return Fact(fact_id=fid, doc_id="r.txt", chunk_id=chunk_id, value=value, unit=unit, start=at, end=at + len(text),
                sentence_start=0, sentence_end=len(sentence), text=text, kind=kind, section=section,
                sentence=sentence, number_at=at, context=sentence[:at])


FACTS = [
    make_fact(0, "129.63亿元", 129.63, "亿元", "money"),
    make_fact(1, "61.4%", 61.4, "%", "percent"),
    make_fact(2, "92家", 92, "家", "count"),
    make_fact(3, "256家", 256, "家", "count"),
]
DOC = Document(doc_id="r.txt", sha256="x", text=SENTENCE, encoding="utf-8", title="某区2016年工作总结",
               region="杭州市西湖区", period="2016年", year=2016)
CHUNK = Chunk(0, "r.txt", 0, len(SENTENCE), SENTENCE, "一、主要成效")


def pick(question: str, facts=FACTS, doc=DOC):
    q = analyze_question(question)
    def select(part):
        return select_facts(part, [0], [CHUNK], {"r.txt": doc}, {0: facts})

    return [c.fact.value for c in choose_stated(q, select(q), select)]


def test_canonical_expands_abbreviations_then_synonyms():
    assert canonical("高企") == "高新技术企业"
    assert canonical("R&D投入") == "研发经费"
    assert canonical("规上工业") == "规模以上工业"
    assert canonical("同比增长") == "同比增长"


def test_particles_join_phrases_and_do_not_make_bigrams():
    # "发放了贷款" asks what "发放贷款646家" states: the aspect particle 了 is not part of a word.
    assert {"发放", "贷款"} <= bigrams("发放了贷款")
    assert not {"放了", "了贷"} & bigrams("发放了贷款")
    assert "术交" not in bigrams("技术的交易额")


def test_coverage_prefers_the_clause_next_to_the_number():
    near = metric_coverage("新增国家重点扶持高新技术企业", SENTENCE, SENTENCE.index("92家"))
    far = metric_coverage("新增国家重点扶持高新技术企业", SENTENCE, SENTENCE.index("256家"))
    assert near == pytest.approx(1.0)
    assert 0 < far < near


@pytest.mark.parametrize(
    "question, expected",
    [
        ("2016年西湖区新增国家重点扶持高新技术企业多少家?", [92]),
        ("2016年西湖区高新产业销售产值多少亿元", [129.63]),
        ("2016年西湖区高新产业占规上工业比重是多少", [61.4]),
    ],
)
def test_selection_by_metric_and_unit(question, expected):
    assert pick(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "2015年西湖区新增国家重点扶持高新技术企业多少家?",  # wrong year
        "2016年宁波新增国家重点扶持高新技术企业多少家?",  # wrong place
        "2016年杭州市新增国家重点扶持高新技术企业多少家?",  # the city, but this is a district's report
        "2016年西湖区计划新增国家重点扶持高新技术企业多少家?",  # asks the plan; these are results
        "2016年西湖区新增众创空间多少家?",  # a metric the sentence does not name
    ],
)
def test_abstains(question):
    assert pick(question) == []


def test_unit_score():
    q = analyze_question("新增企业多少家")
    assert unit_score(q, FACTS[2]) == 1.0 and unit_score(q, FACTS[0]) == 0.0
    rank = make_fact(9, "第四", 4, "", "rank", sentence="经济竞争力排名第四")
    assert unit_score(analyze_question("排名第几"), rank) == 1.0
    assert unit_score(q, rank) == 0.0
    capacity = make_fact(9, "28.6万吨/年", 28.6, "万吨/年", "measure", sentence="处置能力达到28.6万吨/年")
    assert unit_score(analyze_question("处置能力多少吨"), capacity) == 0.9
    freight = make_fact(9, "487.6亿吨公里", 487.6, "亿吨公里", "measure", sentence="货物周转量487.6亿吨公里")
    assert unit_score(analyze_question("货物周转量多少吨"), freight) == 0.0


def test_enumeration_alignment():
    s = "高新技术产业投资、技术交易总额和科技型中小微企业数,增幅高达25.7%、42.7%和86.0%"
    spans = [(s.index(t), s.index(t) + len(t)) for t in ("25.7%", "42.7%", "86.0%")]
    run, at = enumeration_run(s, spans, 1)
    assert run == spans and at == 1
    assert align_enumeration(s, run, at) == "技术交易总额"
    facts = [make_fact(i, t, v, "%", "percent", sentence=s) for i, (t, v) in enumerate([("25.7%", 25.7), ("42.7%", 42.7), ("86.0%", 86.0)])]
    assert pick("2016年西湖区技术交易总额的增幅是多少", facts) == [42.7]
    assert pick("2016年西湖区高新技术产业投资、技术交易总额和科技型中小微企业数的增幅分别是多少", facts) == [25.7, 42.7, 86.0]


def test_targets_and_periods():
    plan = make_fact(5, "50家", 50, "家", "count", sentence="新增国家重点扶持高新技术企业50家", section="2017年工作思路 > 一、主要目标")
    assert is_target(plan) and not is_target(FACTS[2])
    assert period_ok(analyze_question("2017年新增多少家"), plan, DOC)
    assert not period_ok(analyze_question("2016年新增多少家"), plan, DOC)
    assert pick("西湖区2017年计划新增国家重点扶持高新技术企业多少家?", FACTS + [plan]) == [50]
    assert pick("2017年西湖区实际新增国家重点扶持高新技术企业多少家?", FACTS + [plan]) == []


def test_争取_among_results_is_money_obtained_not_a_plan():
    s = "争取市级以上科技扶持经费超5000万元,兑现资助经费6800万元"
    assert not is_target(make_fact(0, "超5000万元", 5000, "万元", "money", sentence=s, section="一、主要成效及特点"))
    assert is_target(make_fact(0, "超5000万元", 5000, "万元", "money", sentence=s, section=None))
    assert is_target(make_fact(0, "50家", 50, "家", "count", sentence="力争新增50家", section="一、主要成效"))
    # A share of a plan handed down, its amount named, is progress: a result.
    handed = make_fact(0, "115.1%", 115.1, "%", "percent", sentence="全年完成造林7480亩,为县下达任务6500亩的115.1%")
    assert not is_target(handed)
    # A plan reported done is a result: "(二)招生计划超额完成".
    done = make_fact(0, "1926人", 1926, "人", "count", sentence="2024年秋季共招收新生1926人", section="一、2024年工作 > (二)招生计划超额完成")
    assert not is_target(done)
    planned = make_fact(0, "1926人", 1926, "人", "count", sentence="秋季招收新生1926人", section="二、2025年招生计划")
    assert is_target(planned)
    # An earlier year's figure in a plan section is where the plan starts from.
    assert not is_target(replace(done, section="二、2025年招生计划"))
    # 争取到 is what was obtained, a result; 争取 funds may be either, so the period decides.
    assert not analyze_question("2016年西湖区争取到的市级以上科技扶持经费有多少?").wants_target
    assert not analyze_question("西湖区2017年争取科技扶持经费多少?").wants_target
    assert analyze_question("西湖区2017年力争争取科技扶持经费多少?").wants_target


def test_the_metric_named_in_one_run_before_the_number_wins_over_scattered_words():
    s = "全年新增高企培育库入库企业215家,2018年新认定高新技术企业143家"
    scattered = make_fact(0, "215家", 215, "家", "count", sentence=s)
    named = make_fact(1, "143家", 143, "家", "count", sentence=s)
    assert adjacency("新认定高新技术企业", named) == 1.0
    assert adjacency("新认定高新技术企业", scattered) < 0.6
    assert pick("2018年新认定高新技术企业多少家", [scattered, named]) == [143]
    assert longest_common_run("发明专利授权量", "其中发明专利授权") == 6
    assert longest_common_run("高新技术企业", "新增高新技术企业培育库入库企业", max_gap=4) == 2


def test_a_district_row_of_a_city_table_does_not_answer_for_the_city():
    def row(label, text="36.2"):
        sentence = f"{label} | 14.3 | {text}"
        fact = make_fact(0, text, float(text), "%", "percent", sentence=sentence)
        fact.context = label
        return fact

    city = analyze_question("2021年上半年芜湖规上工业研发费用同比增长多少")
    assert about_another_place(city, row("鸠江区")) and about_another_place(city, row("芜湖经济技术开发区"))
    assert not about_another_place(city, row("全市"))
    district = analyze_question("2021年上半年芜湖市弋江区研发费用同比增长多少")
    assert not about_another_place(district, row("弋江区(含高新区)"))
    zone = analyze_question("21年上半年芜湖经开区研发费用同比增长多少")
    assert not about_another_place(zone, row("芜湖经济技术开发区"))
    # In running text, a clause led by one of the city's districts is that district's.
    s = "全市新增高企120家,鄞州区新增高企50家"
    ningbo = analyze_question("宁波市新增高企多少家")
    assert about_another_place(ningbo, make_fact(1, "50家", 50, "家", "count", sentence=s))
    assert not about_another_place(ningbo, make_fact(2, "120家", 120, "家", "count", sentence=s))


def test_a_contrasting_word_at_the_number_sets_it_apart():
    # SENTENCE: "…新增国家重点扶持高新技术企业92家,累计总数达256家"
    assert pick("截至2016年西湖区国家高企累计有多少家?") == [256]
    assert pick("2016年西湖区新增国家高企多少家?") == [92]
    assert contrast_factor("累计国家高新技术企业", FACTS[2], None) < 1.0
    assert contrast_factor("国家高新技术企业", FACTS[2], None) == 1.0  # nothing asked to contrast


def test_a_number_that_leads_its_clause_is_named_by_what_follows():
    s = "2项成果被评为国家技术发明二等奖,2项专利获省级专利优秀奖"
    award = make_fact(0, "2项", 2, "项", "count", sentence=s)
    patent = make_fact(1, "2项", 2, "项", "count", sentence=s)
    patent.number_at = s.index("2项专利")
    assert names_after(patent) and clause_after(patent) == "专利获省级专利优秀奖"
    assert pick("获省级专利优秀奖的专利有几项?", [award, patent]) == [2]
    year = make_fact(2, "2017年", 2017, "年", "date", sentence="1年(2017年)建成国家高新区,2年(2018年)建成创新型城市")
    assert names_after(year)
    helped = make_fact(4, "37家", 37, "家", "count", sentence="全年累计帮助37家中小微企业获得贷款9935万元")
    assert names_after(helped)  # a measure word and then its noun: what is counted follows
    raised = make_fact(5, "3700万元", 3700, "万元", "money", sentence="公司与两家创投签订投资协议,获得3700万元A轮融资")
    assert names_after(raised)  # money and then what it is
    assert pick("西湖区2016年该公司A轮融了多少钱?", [raised]) == [3700]
    listed = make_fact(3, "42.7%", 42.7, "%", "percent", sentence="增幅高达25.7%、42.7%和86.0%")
    assert not names_after(listed)  # a list item is named before the list
    assert pick("2016年计划哪一年建成国家高新区?", [year]) == [2017]  # the report's year, not the date's


def test_an_ordinal_of_batches_is_not_a_place_in_a_ranking():
    s = "科技进步指标列全市第一名,被确认为第二批创新型试点城区"
    first = make_fact(0, "第一名", 1, "名", "rank", sentence=s)
    assert unit_score(analyze_question("该区被确认为第几批创新型试点城区?"), first) == 0.0
    assert unit_score(analyze_question("科技进步指标列全市第几名?"), first) == 1.0
    batch = make_fact(1, "第二批", 2, "批", "ordinal", sentence=s)
    assert pick("2016年西湖区被确认为第几批创新型试点城区?", [first, batch]) == [2]
    assert pick("2016年西湖区科技进步指标列全市第几名?", [first, batch]) == [1]
    assert pick("2016年西湖区有几批创新型试点城区?", [first, batch]) == []  # a count is not an ordinal


def test_a_reports_lead_holds_its_title_and_subtitle():
    from index.schema import Section

    text = "晒一晒上半年成绩单\n\n十一市科技部门负责人发言摘登\n\n宁波 打造知识产权支点\n宁波市科技局局长 励永惠\n" + "宁波新增专利。" * 20
    sub_at, part_at = text.index("十一市"), text.index("宁波 打造")
    doc = Document("d.txt", "x", text, "utf-8", sections=[
        Section(("十一市科技部门负责人发言摘登",), sub_at, part_at), Section(("宁波 打造知识产权支点",), part_at, len(text))])
    assert "十一市科技部门负责人发言摘登" in lead(doc) and "宁波 打造" not in lead(doc)


def test_a_whole_year_question_is_not_answered_by_a_half_year_figure():
    half_year = Document("h.txt", "sha", "", "utf-8", title="2021年上半年工作总结", period="2021年上半年", year=2021)
    result = make_fact(0, "68.4亿元", 68.4, "亿元", "money", sentence="上半年技术合同成交额68.4亿元", section="一、上半年工作成效")
    plan = make_fact(1, "150亿元", 150, "亿元", "money", sentence="全年力争实现技术合同成交额突破150亿元", section="三、下半年工作安排")
    q = analyze_question("2021年全年芜湖市实际实现技术合同成交额多少亿元?")
    assert q.half == "全年"
    assert not period_ok(q, result, half_year) and period_ok(q, plan, half_year)
    assert "全年" not in q.metric
    # An annual report's figures are whole-year figures.
    assert period_ok(analyze_question("2016年全年西湖区高新产业销售产值多少亿元"), FACTS[0], DOC)


def test_month_and_region_checks():
    s = "高产增加值增速从2月的-7.7%提升至5月的7.5%"
    feb, may = make_fact(0, "-7.7%", -7.7, "%", "percent", sentence=s), make_fact(1, "7.5%", 7.5, "%", "percent", sentence=s)
    q = analyze_question("瓯海区5月高产增加值增速是多少")
    assert month_factor(q, may) == 1.0 and month_factor(q, feb) < 0.5
    assert region_ok(analyze_question("西湖区新增多少家"), FACTS[2], DOC, CHUNK)
    assert not region_ok(analyze_question("杭州市新增多少家"), FACTS[2], DOC, CHUNK)


def test_enumeration_names_end_where_numbers_begin():
    s = "全市专利申请量与授权量超7.2万件和2.7万件,居全省第二和第四"
    spans = [(s.index(t), s.index(t) + 2) for t in ("第二", "第四")]
    run, at = enumeration_run(s, spans, 1)
    # The second item shares what the first has before its head (申请量): 全市专利.
    assert align_enumeration(s, run, at) == "全市专利授权量超"


@pytest.mark.parametrize(
    "context, label",
    [
        ("入选2022年度国家引才计划", "入选2022年度国家引才计划"),  # a year is not a number to skip
        ("入选2022年度国家引才计划1人、省级引才计划", "省级引才计划"),  # the item after the last number
        ("技术交易总额和科技型中小微企业数,增幅高达25.7%、42.7%和", "增幅"),  # a list of numbers: the name before it
        ("全区共有科技企业孵化器16家,其中国家级", "国家级"),
        ("(二)机械化清扫率力争达到", "机械化清扫率"),  # a list marker and a target verb name nothing
        ("3.全县新增就业", "全县新增就业"),
        ("** 新增高新技术企业", "新增高新技术企业"),  # a Markdown report's bold marks
        ("完成年度目标任务4000套(间)的", "完成年度目标任务"),  # a unit's aside names nothing
    ],
)
def test_label_clause_names_the_number_that_follows(context, label):
    assert label_clause(context) == label


def test_which_row_of_a_table_is_largest_or_smallest():
    text = (
        "单位 | 新认定高新技术企业(家) | 研发费用(亿元)\n长兴经济技术开发区 | 29 | 7.86\n"
        "画溪街道 | 8 | 2.15\n煤山镇 | 7 | 1.87\n其他乡镇 | 24 | 6.04\n全县合计 | 68 | 17.92\n"
    )
    from index.build import ingest_report
    from index.loaders import LoadedText

    report = ingest_report("t.txt", LoadedText("长兴县2019年科技工作总结\n" + text, "utf-8"), "sha")
    chunks, facts = report.chunks, {}
    for f in report.facts:
        facts.setdefault(f.chunk_id, []).append(f)
    docs = {"t.txt": report.document}

    def extreme(question):
        q = analyze_question(question)
        sel = select_extreme(q, [c.chunk_id for c in chunks], chunks, docs, facts)
        return [(c.fact.context, c.fact.value) for c in sel.facts]

    assert extreme("2019年长兴县哪个单位的研发费用最高?") == [("长兴经济技术开发区", 7.86)]  # not the total
    assert extreme("2019年长兴县除开发区外哪个乡镇的研发费用最高?") == [("画溪街道", 2.15)]
    assert extreme("2019年长兴县哪个乡镇新认定高新技术企业最少?") == [("煤山镇", 7)]
    # "其他乡镇" is the remainder, not a town.
    assert extreme("2019年长兴县除开发区外哪个乡镇新认定高新技术企业最多?") == [("画溪街道", 8)]
    assert extreme("2019年长兴县哪个乡镇的专利授权最多?") == []  # no such column
    # The n-th of the order, not the first: the second largest, the second smallest.
    assert extreme("2019年长兴县研发费用排第二的单位是哪个?") == [("画溪街道", 2.15)]
    assert extreme("2019年长兴县新认定高新技术企业第二少的是哪个乡镇?") == [("画溪街道", 8)]
    assert extreme("2019年长兴县研发费用排第五的单位是哪个?") == []  # four rows compared, no fifth


def test_an_nth_extreme_tied_with_its_neighbour_is_no_answer():
    text = ("表1 2023年各县(区)生产安全事故情况\n县(区) | 死亡人数(人)\n平山区 | 6\n溪湖区 | 7\n明山区 | 6\n")
    doc = replace(DOC, text=text, region="本溪市", title="本溪市应急管理局2023年工作总结", period="2023年", year=2023)
    facts = _table_facts(text, ["死亡人数(人)"], "一、主要工作成效")
    chunk = Chunk(0, "r.txt", 0, len(text), text, "一、主要工作成效")
    q = analyze_question("本溪市2023年生产安全事故死亡人数排第二的县（区）是哪个?")
    assert q.nth == 2 and q.extreme == "最多"
    assert not select_extreme(q, [0], [chunk], {"r.txt": doc}, {0: facts}).facts  # 平山区 or 明山区
    q = analyze_question("本溪市2023年生产安全事故死亡人数最多的县（区）是哪个?")
    assert select_extreme(q, [0], [chunk], {"r.txt": doc}, {0: facts}).facts[0].fact.context == "溪湖区"


def test_a_part_named_by_the_question_wins_over_its_whole():
    s = "全年推荐申报省级人才计划30人,其中包括领军人才计划8人、青年英才计划12人"
    whole = make_fact(0, "30人", 30, "人", "people", sentence=s)
    part = make_fact(1, "8人", 8, "人", "people", sentence=s)
    young = make_fact(2, "12人", 12, "人", "people", sentence=s)
    facts = [whole, part, young]
    assert pick("2016年西湖区推荐申报省级人才计划中领军人才计划有几人?", facts) == [8]
    assert pick("2016年西湖区推荐申报省级人才计划多少人?", facts) == [30]
    # A breakdown that only repeats words of its whole ("其中申报…成果") does not answer for it.
    s = "累计征集高校院所科技成果210项,其中征集路演成果18项"
    facts = [make_fact(0, "210项", 210, "项", "count", sentence=s), make_fact(1, "18项", 18, "项", "count", sentence=s)]
    assert pick("2016年西湖区累计征集科技成果多少项?", facts) == [210]


def test_a_list_lead_in_applies_to_every_item_and_digit_codes_are_words():
    s = "二是引进人才,依托创新平台,成功入选“鲲鹏计划”2人、“钱江计划”4人、市“5151计划”团队3个及个人7人"
    facts = [make_fact(i, t, v, u, "people" if u == "人" else "count", sentence=s)
             for i, (t, v, u) in enumerate([("2人", 2, "人"), ("4人", 4, "人"), ("3个", 3, "个"), ("7人", 7, "人")])]
    facts[3].number_at = s.index("7人")
    assert pick("2016年西湖区依托创新平台成功入选市“5151计划”个人多少人?", facts) == [7]
    assert pick("2016年西湖区依托创新平台成功入选“钱江计划”多少人?", facts) == [4]


def test_names_listed_before_one_number_are_one_phrase():
    s = "组织技术对接会、专家咨询会、成果推介会、融资路演会等40余场,300余家次企业参加"
    events = make_fact(0, "40余场", 40, "场", "count", sentence=s)
    assert metric_coverage("技术对接会 专家咨询会", s, s.index("40余场")) == pytest.approx(1.0)
    assert pick("2016年西湖区办了多少场技术对接会、专家咨询会这类活动?", [events]) == [40]
    # With a number between, the list names that number: "…等5项指标位居全市前3" ranks the five.
    s = "研发强度、技术交易额、新增孵化面积、新增在孵企业数等5项指标位居全市前3"
    at = s.index("前3")
    assert metric_coverage("研发强度", s, at) < 0.6


def test_the_sentence_before_names_the_subject_but_not_what_is_counted():
    from rag.checks import previous_sentence

    text = "一是引进北航创新园、浙大研究院等平台。创新园入驻企业23家,注册资金达2.4亿元。"
    s = "创新园入驻企业23家,注册资金达2.4亿元"
    chunk = Chunk(0, "r.txt", 0, len(text), text, "一、主要成效")
    firms = make_fact(0, "23家", 23, "家", "count", sentence=s)
    assert previous_sentence(firms, chunk) == "一是引进北航创新园、浙大研究院等平台"
    with_subject = metric_coverage("北航创新园入驻 企业", s, s.index("23家"), previous=previous_sentence(firms, chunk))
    assert with_subject > metric_coverage("北航创新园入驻 企业", s, s.index("23家"))
    # The head word (what is counted) must be in the fact's own sentence.
    text = "银行可申请风险池资金。上半年发放科技贷款4400万元。"
    s = "上半年发放科技贷款4400万元"
    chunk = Chunk(0, "r.txt", 0, len(text), text, "一、主要成效")
    loans = make_fact(0, "4400万元", 4400, "万元", "money", sentence=s)
    from rag.reading import MIN_COVERAGE

    assert metric_coverage("风险池资金", s, s.index("4400"), previous=previous_sentence(loans, chunk)) < MIN_COVERAGE / 3


def test_a_completion_rate_of_the_plan_is_a_result_and_answers_only_progress_questions():
    s = "技术合同成交额52.1亿元,同比增长31.5%,完成全年目标任务的47.3%"
    facts = [make_fact(0, "31.5%", 31.5, "%", "percent", sentence=s), make_fact(1, "47.3%", 47.3, "%", "percent", sentence=s)]
    assert not is_target(facts[1])
    assert pick("2016年西湖区技术合同成交额完成了全年目标的百分之多少?", facts) == [47.3]
    assert pick("2016年西湖区技术合同成交额同比增长多少?", facts) == [31.5]
    # Nor does a completion rate answer a growth question.
    s = "技术合同成交额14.86亿元,增长较快,完成年度目标任务的114.3%"
    facts = [make_fact(0, "114.3%", 114.3, "%", "percent", sentence=s)]
    assert pick("2016年西湖区技术合同成交额增长了百分之多少?", facts) == []


def test_a_year_compared_with_dates_only_the_figure_it_introduces():
    s = "全年完成交通投资14.86亿元,比2015年的13.55亿元增长9.7%,其中公路投资12.38亿元"
    facts = [make_fact(i, t, v, "亿元" if t.endswith("亿元") else "%", "money" if t.endswith("亿元") else "percent", sentence=s)
             for i, (t, v) in enumerate([("14.86亿元", 14.86), ("13.55亿元", 13.55), ("9.7%", 9.7), ("12.38亿元", 12.38)])]
    assert [sorted(fact_years(f, DOC)) for f in facts] == [[2016], [2015], [2016], [2016]]
    assert pick("2015年西湖区交通投资多少亿元?", facts) == [13.55]
    assert pick("2016年西湖区交通投资同比增长多少?", facts) == [9.7]
    # The comparison dates its figure even inside a section headed by the report's year.
    s = "全区年纳税超亿元企业由2015年的37家增加到45家"
    facts = [replace(make_fact(i, t, v, "家", "count", sentence=s), section="一、2016年工作回顾") for i, (t, v) in enumerate([("37家", 37), ("45家", 45)])]
    assert [sorted(fact_years(f, DOC)) for f in facts] == [[2015], [2016]]
    s = "新增学位2.31万个,比2015年的1.89万个多增4200个"
    facts = [make_fact(0, "2.31万个", 2.31, "万个", "count", sentence=s), make_fact(1, "1.89万个", 1.89, "万个", "count", sentence=s),
             make_fact(2, "4200个", 4200, "个", "count", sentence=s)]
    assert pick("西湖区2016年新增学位比上年多了多少个?", facts) == [4200]


def test_an_indicator_asked_without_a_scope_is_the_wholes():
    s = "全区规上工业企业研发费用支出9.1亿元,同比增长22.4%;全社会研发经费支出12.5亿元,同比增长13.9%"
    part = make_fact(0, "22.4%", 22.4, "%", "percent", sentence=s)
    whole = make_fact(1, "13.9%", 13.9, "%", "percent", sentence=s)
    assert contrast_factor("研发经费 同比增长", part, None) < 1.0
    assert contrast_factor("研发经费 同比增长", whole, None) == 1.0
    assert contrast_factor("规上工业企业研发费用 同比增长", part, None) == 1.0
    assert pick("2016年西湖区研发经费比上年增长了百分之几?", [part, whole]) == [13.9]


def test_a_table_cells_column_header_names_its_item():
    from rag.checks import item_near

    s = "项目 | 研发投入(亿元) | 研发投入占GDP比重(%)\n2017年目标 | 48 | 2.9"
    cell = make_fact(0, "2.9", 2.9, "%", "percent", sentence=s)
    cell.header = "研发投入占GDP比重(%)"
    assert item_near("研发投入占GDP比重", cell, None)


def test_list_items_share_the_first_items_words_before_its_head():
    s = "全年专利申请、授权量分别达到8100件、4300件,其中发明专利申请、授权量分别为3900件、1450件"
    assert align_enumeration(s, [(s.index("3900件"), s.index("3900件") + 5), (s.index("1450件"), s.index("1450件") + 5)], 1) \
        .startswith("其中发明专利授权量")
    facts = [make_fact(i, t, v, "件", "count", sentence=s)
             for i, (t, v) in enumerate([("8100件", 8100), ("4300件", 4300), ("3900件", 3900), ("1450件", 1450)])]
    assert pick("2016年西湖区发明专利授权量是多少件?", facts) == [1450]
    assert pick("2016年西湖区发明专利申请量是多少件?", facts) == [3900]


def test_a_sentence_restating_a_table_cell_is_cited_before_the_row():
    s_text = "全年全社会研发经费支出21.4亿元,占地区生产总值达到2.81%"
    s_row = "项目 | 2016年完成\n研发经费占GDP比重(%) | 2.81"
    text = make_fact(0, "2.81%", 2.81, "%", "percent", sentence=s_text)
    row = make_fact(1, "2.81", 2.81, "%", "percent", sentence=s_row)
    row.number_at, row.header, row.context = s_row.rindex("2.81"), "2016年完成", "研发经费占GDP比重(%)"
    chunks = [Chunk(0, "r.txt", 0, len(s_text), s_text, "一、主要成效"), Chunk(1, "r.txt", 0, len(s_row), s_row, "附表")]
    q = analyze_question("2016年西湖区研发经费占GDP的比重是多少?")
    picked = select_facts(q, [1, 0], chunks, {"r.txt": DOC}, {0: [text], 1: [row]})
    assert [c.fact for c in picked.facts] == [text, row]
    assert picked.facts[1].score > picked.facts[0].score  # the row named it better; the sentence leads


def test_a_negated_question_is_answered_by_a_negated_sentence():
    from rag.answer import select_sentences

    text = "科技主要考核指标完成良好,研发经费113亿元。发明专利授权量受审查从严影响,未能完成目标任务,其余指标均完成。"
    chunk = Chunk(0, "r.txt", 0, len(text), text, "一、主要成效")
    doc = Document(doc_id="r.txt", sha256="x", text=text, encoding="utf-8", title="某区2016年工作总结",
                   region="杭州市西湖区", period="2016年", year=2016)

    def split(doc, chunk):
        at = 0
        for part in text.split("。")[:-1]:
            yield at, at + len(part) + 1, part
            at += len(part) + 1

    def best(question):
        sel = select_sentences(analyze_question(question), [0], [chunk], {"r.txt": doc}, split)
        return text[sel.sentences[0][1] : sel.sentences[0][2]]

    assert best("2016年西湖区科技主要考核指标中,哪一项未能完成全年目标任务?").startswith("发明专利授权量")
    assert best("2016年西湖区科技主要考核指标完成得怎么样?").startswith("科技主要考核指标完成良好")


def test_a_change_from_one_month_to_another_reads_each_end_by_its_month():
    s = "高产增加值增速从2月的-7.7%提升至5月的7.5%,全市排名上升5位;规上工业研发费用增速从2月的-5.7%提升到5月的3.6%"
    facts = [make_fact(i, t, v, u, k, sentence=s) for i, (t, v, u, k) in enumerate(
        [("-7.7%", -7.7, "%", "percent"), ("7.5%", 7.5, "%", "percent"), ("5位", 5, "位", "count"),
         ("-5.7%", -5.7, "%", "percent"), ("3.6%", 3.6, "%", "percent")])]
    assert pick("西湖区2016年高产增加值增速从2月的多少提升到5月的多少?", facts) == [-7.7, 7.5]
    assert pick("西湖区2016年规上工业研发费用增速从2月的多少提升到5月的多少?", facts) == [-5.7, 3.6]
    assert pick("西湖区2016年高产增加值增速的全市排名上升了几位?", facts) == [5]


def test_a_list_in_brackets_names_its_numbers_and_level_and_up_is_not_an_item():
    s = "累计培育市级以上众创空间12家(其中国家级、省级、市级分别为8家、2家、2家)"
    facts = []
    for i, at in enumerate(m.start() for m in re.finditer(r"(?<!\d)\d+家", s)):
        f = make_fact(i, "家", 0, "家", "count", sentence=s)
        text = re.match(r"\d+家", s[at:]).group(0)
        facts.append(replace(f, value=int(text[:-1]), text=text, start=at, end=at + len(text), number_at=at, context=s[:at]))
    assert pick("西湖区2016年累计培育的市级以上众创空间中,国家级、省级、市级分别有几家?", facts) == [8, 2, 2]
    assert pick("西湖区2016年累计培育市级以上众创空间多少家?", facts) == [12]
    # "市级以上" asked as an item is the level-and-up whole, and the shared head reaches it.
    s = "区级工程中心20家、市级15家,市级以上工程中心总数达72家,区级以上115家"
    facts = []
    for i, at in enumerate(m.start() for m in re.finditer(r"(?<!\d)\d+家", s)):
        text = re.match(r"\d+家", s[at:]).group(0)
        f = make_fact(i, text, int(text[:-1]), "家", "count", sentence=s)
        facts.append(replace(f, start=at, end=at + len(text), number_at=at, context=s[:at]))
    assert pick("2016年西湖区市级以上和区级以上工程中心分别有多少家?", facts) == [72, 115]


def test_a_number_the_question_gives_is_not_its_answer():
    s = "5家企业获第三届浙江“火炬杯”创新创业大赛前三,数量居全省第一"
    top3 = make_fact(0, "前三", 3, "", "rank", sentence=s)
    first = make_fact(1, "第一", 1, "", "rank", sentence=s)
    assert pick("西湖区2016年获火炬杯创新创业大赛前三的企业数量在全省排第几?", [top3, first]) == [1]
    assert pick("西湖区2016年获火炬杯创新创业大赛前三的企业数量在全省排第几?", [top3]) == []


def test_a_zone_report_answers_for_the_zone_not_its_city():
    zone_doc = replace(DOC, region="宝鸡市宝鸡高新技术产业开发区", title="宝鸡高新技术产业开发区管委会2016年工作总结")
    assert pick("宝鸡高新区2016年新增国家重点扶持高新技术企业多少家?", doc=zone_doc) == [92]
    assert pick("2016年宝鸡市新增国家重点扶持高新技术企业多少家?", doc=zone_doc) == []


def test_growth_questions_want_the_rate_not_the_level_nor_a_gap_to_a_comparand():
    s = "农村居民人均可支配收入16852元,同比增长10.6%,增速高于全县城镇居民人均可支配收入增速2.3个百分点"
    facts = [make_fact(0, "16852元", 16852, "元", "money", sentence=s),
             make_fact(1, "10.6%", 10.6, "%", "percent", sentence=s),
             make_fact(2, "2.3个百分点", 2.3, "个百分点", "points", sentence=s)]
    assert pick("西湖区2016年农村居民人均可支配收入同比增长多少?", facts) == [10.6]
    level = "新能源汽车产业实现产值298.6亿元,同比增长36.4%"
    facts = [make_fact(0, "298.6亿元", 298.6, "亿元", "money", sentence=level),
             make_fact(1, "36.4%", 36.4, "%", "percent", sentence=level)]
    assert pick("西湖区新能源汽车产业16年产值涨了多少?", facts) == [36.4]
    increase = make_fact(0, "5.2亿元", 5.2, "亿元", "money", sentence="新能源汽车产业产值比上年增加5.2亿元")
    assert unit_score(analyze_question("产值增加了多少亿"), increase) > 0
    assert unit_score(analyze_question("产值增长了多少"), increase) > unit_score(analyze_question("产值增长了多少"), facts[0])


def test_a_span_of_time_answers_only_how_long():
    s = "全年粮食总产量19.8万吨,粮食总产量连续九年保持稳定"
    span = make_fact(0, "九年", 9, "年", "count", sentence=s)
    assert unit_score(analyze_question("粮食总产量是多少?"), span) == 0.0
    assert unit_score(analyze_question("粮食总产量连续稳定了几年?"), span) == 1.0


def test_分别_after_named_clauses_aligns_each_number_with_its_clause():
    s = "全年粮食播种面积48.6万亩,总产量19.8万吨,分别比上年增长1.2%和2.1%"
    spans = [(s.index(t), s.index(t) + len(t)) for t in ("1.2%", "2.1%")]
    assert align_enumeration(s, spans, 0) == "全年粮食播种面积"
    assert align_enumeration(s, spans, 1) == "总产量"
    facts = [make_fact(0, "48.6万亩", 48.6, "万亩", "measure", sentence=s),
             make_fact(1, "19.8万吨", 19.8, "万吨", "measure", sentence=s),
             make_fact(2, "1.2%", 1.2, "%", "percent", sentence=s),
             make_fact(3, "2.1%", 2.1, "%", "percent", sentence=s)]
    # The amount for "是多少", the rate for "增长多少", both of the 总产量.
    assert pick("西湖区2016年粮食总产量是多少?比上年增长多少?", facts) == [19.8, 2.1]


def test_a_bigram_across_two_question_words_weighs_less_against_a_terse_column_header():
    # "配辅" (适配|辅助器具) is never in the header "辅助器具(件)"; in prose it keeps its full weight.
    terse = sentence_coverage("适配辅助器具", "辅助器具(件)", across=0.5)
    assert terse > sentence_coverage("适配辅助器具", "辅助器具(件)") and terse > 0.6
    assert sentence_coverage("适配辅助器具", "适配辅助器具4275件", across=0.5) == 1.0


def test_another_kind_of_the_thing_asked_is_named_otherwise():
    cases = [
        ("2024年上半年某市处置建筑垃圾多少吨?", "上半年收运处理餐厨垃圾4127吨", "4127吨", True),
        ("2024年某市强对流天气预报准确率是多少?", "晴雨预报准确率87.9%", "87.9%", True),
        ("2023年某县实现遗体捐献多少例?", "实现造血干细胞捐献2例", "2例", True),
        # A scope, a time or a verb before the head is no other kind.
        ("2023年某县供销社冷库总库容达到多少万立方米?", "全系统冷库总库容达到5.3万立方米", "5.3万立方米", False),
        ("牡丹江市2023年末医保基金累计结存有多少钱?", "年末累计结存102.67亿元", "102.67亿元", False),
        ("绍兴17年准备发多少钱的科技创新券?", "全年发放科技创新券2000万元以上", "2000万元以上", False),
        ("2021年某高新区评价入库的科小有多少家?", "评价入库国家科技型中小企业326家", "326家", False),
        # The shared run may start inside the kind words; a code or an aside names a kind too.
        ("2023年某市新生儿死亡率是多少?", "婴儿死亡率3.84‰", "3.84‰", True),
        ("2023年某分公司意外险保费收入是多少?", "车险保费收入3.95亿元", "3.95亿元", True),
        ("2023年某市新增4A级景区几家?", "全年新增3A级景区2家", "2家", True),
        ("2023年某市臭氧年均浓度是多少?", "细颗粒物(PM2.5)年均浓度为18微克/立方米", "18微克/立方米", True),
        ("2022年某市臭氧平均浓度是多少?", "全市PM2.5平均浓度38微克/立方米", "38微克/立方米", True),
        ("2023年某市细颗粒物年均浓度是多少?", "细颗粒物(PM2.5)年均浓度为18微克/立方米", "18微克/立方米", False),
        ("2023年某市新增3A级景区几家?", "全年新增3A级景区2家", "2家", False),
        ("2013年该区立项的科技计划项目里国家级项目有几项?", "立项132项,其中国家级项目12项", "12项", False),
        # An abbreviation is the same kind; 现有 is no kind.
        ("2023年某市城乡居民医保财政补助标准是多少?", "城乡居民基本医疗保险财政补助标准提高到640元", "640元", False),
        ("2022年某市审计局在编审计人员有多少人?", "全局现有在编审计人员36人", "36人", False),
        # The asked word may shorten the label from inside it: (普)惠小微 of 普惠型小微企业.
        ("2024年末某农商行惠小微贷款余额是多少?", "年末普惠型小微企业贷款余额27.35亿元", "27.35亿元", False),
    ]
    for question, s, text, otherwise in cases:
        fact = make_fact(0, text, 1, "", "count", sentence=s)
        assert named_otherwise(analyze_question(question).metric, fact, None) is otherwise, question


def test_places_listed_with_their_shared_measure_once_align_each_with_it():
    s = "分县(市、区)看,江城区、阳东区、阳西县、阳春市空气质量优良天数比例分别为94.6%、95.3%、96.1%和97.8%"
    rates = ("94.6%", "95.3%", "96.1%", "97.8%")
    spans = [(s.index(t), s.index(t) + len(t)) for t in rates]
    assert align_enumeration(s, spans, 0) == "江城区 空气质量优良天数比例"
    assert align_enumeration(s, spans, 3) == "阳春市 空气质量优良天数比例"
    # 城镇 and 农村 are no places: their list keeps the words the first item has.
    s2 = "城镇和农村常住居民人均可支配收入分别为44816元和21573元"
    spans2 = [(s2.index(t), s2.index(t) + len(t)) for t in ("44816元", "21573元")]
    assert align_enumeration(s2, spans2, 1) == "农村常住居民人均可支配收入分别为"
    fact = make_fact(3, "97.8%", 97.8, "%", "percent", sentence=s)
    q = analyze_question("2023年阳江市空气质量优良天数比例是多少?")
    assert about_another_place(q, fact, "阳春市 空气质量优良天数比例")


def test_a_quantity_sold_is_not_answered_by_the_sales_revenue():
    s = "全年累计销售卷烟12.64万箱;实现卷烟销售收入48.37亿元"
    boxes = make_fact(0, "12.64万箱", 12.64, "万箱", "count", sentence=s)
    revenue = make_fact(1, "48.37亿元", 48.37, "亿元", "money", sentence=s)
    q = analyze_question("某市卷烟销量是多少?")
    assert unit_score(q, revenue) == 0.3 and unit_score(q, boxes) == 0.8
    # 总量 and 增量 are often money: "经济总量", "存款增量".
    assert unit_score(analyze_question("某市经济总量是多少?"), revenue) == 0.8


def test_分别_aligns_with_the_numbers_before_it_across_clauses_and_lists():
    s = "全年发生道路交通事故97起,造成死亡34人、受伤112人,直接财产损失86.4万元,同比分别下降9.3%、15.2%、7.4%和11.8%"
    rates = ("9.3%", "15.2%", "7.4%", "11.8%")
    spans = [(s.index(t), s.index(t) + len(t)) for t in rates]
    assert [align_enumeration(s, spans, i) for i in range(4)] == [
        "全年发生道路交通事故", "全年发生道路交通事故 造成死亡", "全年发生道路交通事故 受伤", "全年发生道路交通事故 直接财产损失"]
    facts = [make_fact(0, "97起", 97, "起", "count", sentence=s), make_fact(1, "34人", 34, "人", "count", sentence=s),
             make_fact(2, "112人", 112, "人", "count", sentence=s),
             make_fact(3, "86.4万元", 86.4, "万元", "money", sentence=s)]
    facts += [make_fact(4 + i, t, float(t[:-1]), "%", "percent", sentence=s) for i, t in enumerate(rates)]
    assert pick("某县交通事故受伤人数同比下降了多少?", facts) == [7.4]
    # Too few numbers before the 分别 list: no item is guessed.
    short = "造成死亡34人,同比分别下降9.3%和15.2%"
    spans = [(short.index(t), short.index(t) + len(t)) for t in ("9.3%", "15.2%")]
    assert align_enumeration(short, spans, 1) is None


def test_a_completion_rate_part_does_not_make_the_count_part_a_rate():
    s = "市级高新技术企业研发中心备案企业14家、完成全年任务的70%"
    facts = [make_fact(0, "14家", 14, "家", "count", sentence=s), make_fact(1, "70%", 70, "%", "percent", sentence=s)]
    q = analyze_question("西湖区2016年市级高新技术企业研发中心备案企业多少家,完成全年任务的多少?")
    assert [p.progress for p in q.parts] == [False, True]
    assert pick(q.raw, facts) == [14, 70]


def test_a_breakdown_answers_only_when_the_question_names_the_part():
    s = "全年专利申请、授权量分别达到10933件、5809件,其中发明专利申请、授权量分别为5843件、2356件"
    facts = [make_fact(i, t, v, "件", "count", sentence=s) for i, (t, v) in enumerate(
        [("10933件", 10933), ("5809件", 5809), ("5843件", 5843), ("2356件", 2356)])]
    assert pick("西湖区16年一共拿到多少件专利授权?", facts) == [5809]
    assert pick("西湖区16年发明专利授权量多少件?", facts) == [2356]


def test_head_word_splits_a_compound_last_word():
    from rag.question import head_word
    assert head_word("全年专利申请") == "申请"
    assert head_word("国家级科技企业孵化器") == "孵化器"


def test_a_sentence_that_ends_in_the_next_chunk_is_read_there():
    first = Chunk(0, "r.txt", 0, 10, "科技创新主要指标。全社会R&D经费占GDP比重、", "二、短板")
    second = Chunk(1, "r.txt", 10, 40, "发明专利授权量等处于中游(全省第五、第七位)", "二、短板")
    fact = make_fact(0, "第五", 5, "", "rank", sentence="全社会R&D经费占GDP比重、发明专利授权量等处于中游(全省第五、第七位)")
    fact = replace(fact, start=25, end=27)
    assert facts_of_chunk(second, [first, second], {0: [fact]}) == [fact]
    assert facts_of_chunk(first, [first, second], {0: [fact]}) == [fact]



def test_a_flow_does_not_answer_a_stock_question():
    s = "新增省科技型中小企业79家,审核推荐第一批高新技术企业79家,高新技术企业累计达到256家"
    recommended = make_fact(0, "79家,高", 79, "家", "count", sentence=s)
    recommended = replace(recommended, text="79家", number_at=s.index("79家,高"), start=s.index("79家,高"))
    assert contrast_factor("高新技术企业累计", recommended, None) < 1.0
    assert contrast_factor("推荐高新技术企业", recommended, None) == 1.0


def test_个_asks_for_any_count_of_things():
    q = analyze_question("这个区13年一共签了多少个科技合作项目?")
    assert unit_score(q, make_fact(0, "35项", 35, "项", "count", sentence="全年签约科技合作项目35项")) >= 0.8


def test_将_carries_on_a_forecast_made_a_clause_earlier():
    s = "以企业为主体的区属研发投入预计超9亿元,占GDP比重将达2.7%以上"
    forecast = make_fact(0, "2.7%以上", 2.7, "%", "percent", sentence=s, section="一、工作开展情况")
    assert is_target(forecast)
    done = make_fact(1, "2.7%", 2.7, "%", "percent", sentence="研发投入超9亿元,占GDP比重将达2.7%", section="一、工作开展情况")
    assert not is_target(done)


def test_投入强度_is_投入占GDP比重():
    assert canonical("R&D投入强度") == canonical("研发投入占GDP比重") == canonical("研发经费占地区生产总值的比重")


def test_a_remainder_row_is_about_other_places():
    row = make_fact(0, "8.0", 8.0, "%", "percent", sentence="县市区 | 社零同比增长(%)\n其他县(区) | 8.0")
    row.number_at, row.context = row.sentence.rindex("8.0"), "其他县(区)"
    assert about_another_place(analyze_question("宜昌2023年上半年社零涨了多少?"), row)


def test_a_clause_of_bare_change_words_names_its_indicator_in_the_clause_before():
    s = "上半年,全市实现社会消费品零售总额986.4亿元,同比增长8.7%"
    assert canonical("社零") == canonical("社会消费品零售总额")
    assert metric_coverage(canonical("社零 同比增长"), s, s.index("8.7%")) == pytest.approx(1.0)


def test_a_rank_clause_refers_back_past_a_comparison_to_its_indicator():
    s = "规上工业增加值同比增长9.6%,增速高于合肥市平均水平2.1个百分点,居全市县(市)第二位"
    rank = make_fact(0, "第二位", 2, "位", "rank", sentence=s)
    assert pick("西湖区2016年规上工业增加值增速在各县(市)中排第几?", [rank]) == [2]


def test_a_full_year_target_listed_in_a_second_half_plan():
    text = "三、下半年工作安排\n下半年,我们将紧盯全年目标任务,确保全年社零增长8.5%以上;外贸进出口总额突破360亿元;"
    doc = replace(DOC, text=text, period="2016年上半年")
    s = "外贸进出口总额突破360亿元;"
    fact = replace(make_fact(0, "360亿元", 360, "亿元", "money", sentence=s, section="三、下半年工作安排"),
                   start=text.index("360亿元"))
    assert period_ok(analyze_question("2016年全年西湖区外贸进出口总额的目标是多少?"), fact, doc)
    assert not period_ok(analyze_question("2016年全年西湖区外贸进出口总额实际是多少?"), fact, doc)


def test_比上年多了多少_asks_the_amount_added_not_the_level():
    s = "一般公共预算收入78.64亿元,比上年增加5.87亿元,增长8.1%"
    facts = [make_fact(0, "78.64亿元", 78.64, "亿元", "money", sentence=s),
             make_fact(1, "5.87亿元", 5.87, "亿元", "money", sentence=s),
             make_fact(2, "8.1%", 8.1, "%", "percent", sentence=s)]
    assert analyze_question("西湖区2016年一般公共预算收入比上年多了多少亿?").change
    assert pick("西湖区2016年一般公共预算收入比上年多了多少亿?", facts) == [5.87]
    assert pick("西湖区2016年一般公共预算收入是多少?", facts) == [78.64]
    times = make_fact(0, "1.3倍", 1.3, "倍", "ratio", sentence="全年完成产业投资142.8亿元,比上年增长1.3倍")
    assert unit_score(analyze_question("产业投资比上年增长了多少?"), times) == 1.0


def test_净增_is_a_flow_not_the_total():
    s = "全年净增高新技术企业137家,总数达到826家"
    facts = [make_fact(0, "137家", 137, "家", "count", sentence=s), make_fact(1, "826家", 826, "家", "count", sentence=s)]
    assert pick("2016年西湖区高新技术企业总数达到多少家?", facts) == [826]


def test_a_number_inside_a_year_is_not_quoted_by_the_question():
    row = make_fact(0, "20", 20, "家", "count", sentence="新增市级以上高新技术企业研发中心(家) | 20")
    assert pick("西湖区2016年新增市级以上高新技术企业研发中心多少家?", [row]) == [20]


def test_a_change_question_about_a_share_wants_the_points_it_moved():
    s = "高新技术产业增加值同比增长22.7%,占规上工业增加值比重达到51.3%,较去年同期提高1.8个百分点"
    facts = [make_fact(0, "22.7%", 22.7, "%", "percent", sentence=s),
             make_fact(1, "51.3%", 51.3, "%", "percent", sentence=s),
             make_fact(2, "1.8个百分点", 1.8, "个百分点", "points", sentence=s)]
    assert pick("西湖区2016年高新技术产业增加值占规上工业的比重比去年同期高了多少?", facts) == [1.8]
    assert pick("西湖区2016年高新技术产业增加值占规上工业的比重是多少?", facts) == [51.3]


def test_the_level_and_its_change_asked_together():
    s = "截至年末,集团资产总额1486.2亿元,比年初增加173.5亿元,资产负债率61.8%,比年初下降1.9个百分点"
    facts = [make_fact(0, "1486.2亿元", 1486.2, "亿元", "money", sentence=s),
             make_fact(1, "173.5亿元", 173.5, "亿元", "money", sentence=s),
             make_fact(2, "61.8%", 61.8, "%", "percent", sentence=s),
             make_fact(3, "1.9个百分点", 1.9, "个百分点", "points", sentence=s)]
    q = analyze_question("2016年末西湖区集团资产总额是多少?比年初增加了多少?")
    assert [p.change for p in q.parts] == [False, True]
    assert pick(q.raw, facts) == [1486.2, 173.5]


def test_分别_after_one_clause_listing_the_items_with_their_numbers():
    s = "全年新增国家级专精特新“小巨人”企业9家、省级专精特新中小企业46家,累计分别达到21家、158家"
    spans = [(s.index("21家"), s.index("21家") + 3), (s.index("158家"), s.index("158家") + 4)]
    assert align_enumeration(s, spans, 1) == "省级专精特新中小企业"


def test_a_change_of_rank_is_read_after_its_change_word_not_from_a_rank_table():
    table = make_fact(0, "58", 58, "位", "count", sentence="指标 | 2023年完成\n国家高新区综合评价排名(位) | 58")
    table.number_at, table.header, table.context = table.sentence.rindex("58"), "2023年完成", "国家高新区综合评价排名(位)"
    moved = make_fact(1, "7位", 7, "位", "count", sentence="在国家高新区综合评价中,位列全国第58位,较上年提升7位")
    assert pick("西湖区2016年国家高新区综合评价排名比上年往前进了几位?", [table, moved]) == [7]


def test_the_plan_amount_inside_a_completion_rate_is_a_target():
    s = "上半年全县城镇新增就业4138人,完成全年目标任务7000人的59.1%"
    plan = make_fact(0, "7000人", 7000, "人", "count", sentence=s)
    rate = make_fact(1, "59.1%", 59.1, "%", "percent", sentence=s)
    assert is_target(plan) and not is_target(rate)
    assert pick("西湖区2016年城镇新增就业完成了全年目标的百分之几?", [plan, rate]) == [59.1]


def test_a_deputy_does_not_answer_who_the_head_is():
    from rag.answer import _only_deputy
    assert _only_deputy("2017年上半年台州市科技局局长是谁?", "台州市科技局副局长 陈军华")
    assert not _only_deputy("2017年上半年台州市科技局副局长是谁?", "台州市科技局副局长 陈军华")
    assert not _only_deputy("宁波市科技局局长是谁?", "宁波市科技局局长 励永惠")


def test_a_rank_of_the_growth_rate_is_not_the_levels_rank_nor_the_other_way():
    s = "全市技术合同成交额6.8亿元,同比增长43.5%,增幅居全省第一位,成交额居全省第七位"
    facts = [make_fact(0, "第一位", 1, "", "rank", sentence=s), make_fact(1, "第七位", 7, "", "rank", sentence=s)]
    assert pick("2016年西湖区技术合同成交额在全省排第几?", facts) == [7]
    s = "全区社会消费品零售总额增速达到9.1%,总量居全省第二位"
    assert pick("2016年西湖区社零增速在全省排第几位?", [make_fact(0, "第二位", 2, "", "rank", sentence=s)]) == []
    # A clause naming nothing ranks what its sentence is about, the growth here.
    s = "规上工业增加值同比增长9.6%,增速高于全市平均水平2.1个百分点,居全市第二位"
    assert pick("2016年西湖区规上工业增加值增速在全市排第几?", [make_fact(0, "第二位", 2, "", "rank", sentence=s)]) == [2]


def test_a_share_does_not_answer_a_growth_question_nor_a_growth_a_share_question():
    s = "全社会研发经费投入38.6亿元,研发投入强度达到5.12%,同比增长13.5%"
    share, growth = make_fact(0, "5.12%", 5.12, "%", "percent", sentence=s), make_fact(1, "13.5%", 13.5, "%", "percent", sentence=s)
    assert pick("2016年西湖区研发投入涨了多少?", [share, growth]) == [13.5]
    s = "高新技术产业增加值同比增长14.6%,占地区生产总值比重达到29.7%"
    growth, share = make_fact(0, "14.6%", 14.6, "%", "percent", sentence=s), make_fact(1, "29.7%", 29.7, "%", "percent", sentence=s)
    assert pick("2016年西湖区高新技术产业增加值占了GDP的几成?", [growth, share]) == [29.7]


def test_the_deepest_heading_that_says_decides_plan_or_result():
    done = make_fact(0, "92家", 92, "家", "count", section="二、重点工作开展情况 > (三)景区提质")
    plan = make_fact(1, "92家", 92, "家", "count", section="2017年重点工作 > 一、主要目标")
    half = make_fact(2, "92家", 92, "家", "count", section="上半年工作总结及下半年工作思路 > 二、下半年重点工作")
    assert (is_target(done), is_target(plan), is_target(half)) == (False, True, True)
    # Any "…情况" heading reports: "二、重点工作推进情况" holds what was done.
    pushed = make_fact(3, "436名", 436, "名", "count", sentence="上半年全市选派科技特派员436名", section="二、重点工作推进情况")
    assert not is_target(pushed)


def test_a_street_row_is_not_another_place_and_a_company_row_answers_for_the_company():
    q = analyze_question("2016年西湖区龙门古街接待游客多少万人次?")
    row = make_fact(0, "238.5", 238.5, "万人次", "count", sentence="龙门古街 | 238.5")
    row.context = "龙门古街"
    assert not about_another_place(q, row)
    company = make_fact(0, "38.6", 38.6, "%", "percent", sentence="西湖产业投资有限公司 | 60.9 | 38.6")
    company.context, company.header = "西湖产业投资有限公司", "营业收入 同比增长(%)"
    assert contrast_factor("产业投资 同比 增长", company, None) < 1
    assert contrast_factor("西湖产业投资有限公司 营业收入 同比 增长", company, None) == 1


@pytest.mark.parametrize(
    "sentence, number, contrasting, matching",
    [
        # applied for is not approved (新认定 reads 新增)
        ("上半年全区申报国家高新技术企业137家", "137家", "新认定国家高新技术企业", "申报国家高新技术企业"),
        # a per-head figure answers only a per-head question
        ("全年发明专利申请量1906件,每万人发明专利拥有量达到14.2件", "14.2件", "发明专利", "每万人发明专利拥有量"),
        # figures of an event's days answer only for the event
        ("第42届中国牡丹文化节期间,全区接待游客603.2万人次,实现旅游收入47.3亿元", "47.3亿元", "旅游 收入", "牡丹文化节 旅游 收入"),
        # a scope the question names must name the figure
        ("全市R&D经费投入44.9亿元,研发投入强度达到1.87%;规模以上工业企业研发费用32.4亿元", "1.87%", "规上工业企业研发投入强度", "研发投入强度"),
        # livestock held is not livestock sold
        ("全年生猪出栏48.6万头", "48.6万头", "生猪存栏", "生猪出栏"),
        # one group's figure ("产业项目中,…") answers for the group, not for all projects
        ("产业项目中,麓川晶芯半导体封测基地项目总投资41.6亿元", "41.6亿元", "区级重点项目总投资", "产业项目 总投资"),
    ],
)
def test_words_at_the_number_that_set_it_apart_from_the_question(sentence, number, contrasting, matching):
    fact = make_fact(0, number, 0, "", "count", sentence=sentence)
    assert contrast_factor(contrasting, fact, None) < 1
    assert contrast_factor(matching, fact, None) == 1


def test_net_is_not_gross():
    s = "全年新认定高新技术企业587家,净增402家"
    facts = [make_fact(0, "587家", 587, "家", "count", sentence=s), make_fact(1, "402家", 402, "家", "count", sentence=s)]
    assert pick("2016年西湖区高企净增了多少家?", facts) == [402]



def test_the_whole_does_not_answer_for_a_part_the_question_names():
    s = "上半年全区申报国家高新技术企业137家,同比增长32.7%,其中首次申报企业89家"
    facts = [make_fact(0, "137家", 137, "家", "count", sentence=s), make_fact(1, "89家", 89, "家", "count", sentence=s)]
    assert pick("2016年西湖区申报国家高企的企业中,首次申报的有多少家?", facts) == [89]
    assert pick("2016年西湖区申报国家高企多少家?", facts) == [137]


def test_one_number_for_two_items_named_together_answers_both():
    s = "推荐申报国家级引才计划20人,其中包括火炬计划6人、科研院所下属企业启明计划及博士后专项13人"
    facts = [make_fact(i, t, v, "人", "people", sentence=s) for i, (t, v) in enumerate([("20人", 20), ("6人", 6), ("13人", 13)])]
    assert pick("2016年西湖区推荐申报国家级引才计划中,火炬计划和启明计划及博士后专项分别多少人?", facts) == [6, 13]


def test_ordinal_list_items_share_the_last_items_head_and_a_later_list_refers_back():
    s = "第一、二、三产业增加值分别为36.52亿元、78.31亿元和153.64亿元,分别增长7.6%、9.4%和8.9%,三次产业结构调整为13.6:29.2:57.2"
    spans = [(s.index(t), s.index(t) + len(t)) for t in ("7.6%", "9.4%", "8.9%")]
    assert align_enumeration(s, spans, 1) == "第二产业增加值"
    facts = [make_fact(i, t, v, "%", "percent", sentence=s) for i, (t, v) in enumerate([("7.6%", 7.6), ("9.4%", 9.4), ("8.9%", 8.9)])]
    facts.append(make_fact(3, "三次", 3, "次", "count", sentence=s))  # not of the list: another kind
    assert pick("2016年西湖区第二产业增加值增长多少?", facts) == [9.4]


def test_value_added_is_not_output_and_a_full_year_figure_no_half_year_one():
    s = "力争全年规上工业总产值5300亿元、技术合同成交额达到80亿元"
    plan = make_fact(0, "5300亿元", 5300, "亿元", "money", sentence=s, section="二、下半年工作打算")
    assert not period_ok(analyze_question("西湖区2016年下半年规上工业总产值是多少?"), plan, DOC)
    listed = make_fact(1, "80亿元", 80, "亿元", "money", sentence=s, section="二、下半年工作打算")
    assert not period_ok(analyze_question("西湖区2016年下半年技术合同成交额是多少?"), listed, DOC)
    row = make_fact(0, "218.9", 218.9, "亿元", "money", sentence="桂城街道 | 218.9")
    row.header, row.context = "规上工业总产值(亿元)", "桂城街道"
    assert contrast_factor("桂城街道规上工业增加值", row, None) < 1


def test_a_row_counting_a_kind_is_a_stock_and_invested_is_not_the_projects_cost():
    row = make_fact(0, "386", 386, "家", "count", sentence="高新技术企业数(家) | 386")
    row.header, row.context = "2017年", "高新技术企业数(家)"
    assert contrast_factor("新认定高新技术企业", row, None) < 1
    s = "全年共实施县级重点项目128个,总投资412.6亿元,实际完成投资106.7亿元"
    facts = [make_fact(0, "412.6亿元", 412.6, "亿元", "money", sentence=s), make_fact(1, "106.7亿元", 106.7, "亿元", "money", sentence=s)]
    assert pick("西湖区16年县级重点项目实际投了多少钱?", facts) == [106.7]


def test_a_comparison_with_a_past_figure_names_nothing_and_refers_back():
    from rag.reading import names_nothing

    assert names_nothing("比2021年的13.55亿元增长") and names_nothing("比2023年上半年的")
    s = "上半年,全区累计接待游客1836.5万人次,同比增长18.4%,比2015年上半年的1551.2万人次增加285.3万人次"
    facts = [make_fact(i, t, v, "万人次", "count", sentence=s) for i, (t, v) in enumerate([("1836.5万人次", 1836.5), ("1551.2万人次", 1551.2), ("285.3万人次", 285.3)])]
    assert pick("2015年上半年西湖区接待游客多少万人次?", facts) == [1551.2]


def test_a_breakdown_is_a_stock_as_its_whole_is_and_a_flow_question_gets_no_stock():
    s = "众创空间累计达到14家,其中国家级备案众创空间4家"
    facts = [make_fact(0, "14家", 14, "家", "count", sentence=s), make_fact(1, "4家", 4, "家", "count", sentence=s)]
    assert pick("2016年西湖区新增了几家众创空间?", facts) == []
    assert pick("2016年西湖区众创空间累计有几家?", facts) == [14]



def test_a_district_wide_clause_does_not_answer_for_the_city():
    s = "中国杭州牡丹文化节期间,全区接待游客603.2万人次"
    fact = make_fact(0, "603.2万人次", 603.2, "万人次", "count", sentence=s)
    assert not region_ok(analyze_question("2016年杭州市全市接待游客多少万人次?"), fact, DOC, CHUNK)
    assert region_ok(analyze_question("2016年西湖区接待游客多少万人次?"), fact, DOC, CHUNK)


def test_a_speaker_line_names_the_place_and_role_asked():
    from rag.answer import names_the_role

    q = analyze_question("2020年上半年在成绩单上介绍龙岩市科技工作的局长是谁?")
    assert names_the_role(q, "龙岩市科技局局长 邱建明")
    assert not names_the_role(q, "三明市科技局局长 林某某")
    assert names_the_role(analyze_question("2020年上半年哪位负责人代表南平市发言?"), "南平市科技局副局长 吴海燕")


def test_a_rank_among_a_group_of_districts_refers_back():
    from rag.reading import names_nothing

    assert names_nothing("居全市新城区") and not names_nothing("增量居全市")


def test_an_earlier_list_item_with_its_own_number_does_not_name_this_one():
    s = "确保全年社会消费品零售总额增长10%以上、实际使用外资达到7000万美元"
    at = s.index("7000万美元")
    assert metric_coverage("社会消费品零售总额", s, at) == pytest.approx(0.35)  # the sentence-wide credit only
    s = "依托创新平台,成功入选“鲲鹏计划”2人、“钱江计划”4人"
    assert metric_coverage("依托创新平台 成功入选 钱江计划", s, s.index("4人")) > 0.7


def test_one_months_figure_does_not_answer_for_the_half_year():
    s = "上半年全市社会消费品零售总额612.4亿元,6月当月全市社会消费品零售总额108.9亿元"
    facts = [make_fact(0, "612.4亿元", 612.4, "亿元", "money", sentence=s), make_fact(1, "108.9亿元", 108.9, "亿元", "money", sentence=s)]
    assert month_factor(analyze_question("2016年上半年西湖区社零总额是多少?"), facts[1]) < 1
    assert pick("2016年上半年西湖区社会消费品零售总额是多少?", facts) == [612.4]
    assert "money" in analyze_question("2020年西湖区实际利用外资多少?").kinds


def test_money_obtained_and_compared_with_last_year_is_no_plan():
    got = make_fact(0, "2860万元", 2860, "万元", "money", sentence="上半年,全区争取上级科技资金2860万元,同比增长41%", section=None)
    plan = make_fact(1, "3000万元", 3000, "万元", "money", sentence="下半年,全区争取上级科技资金3000万元", section=None)
    assert (is_target(got), is_target(plan)) == (False, True)


def test_a_superlative_reads_the_tables_caption_and_avoids_a_contrasting_column():
    from rag.answer import header_contrast, table_head

    text = "表1 2020年各县(市、区)国家高新技术企业情况\n县(市、区) | 有效国家高新技术企业(家) | 其中2020年新认定(家)\n黄州区 | 68 | 21\n"
    doc = replace(DOC, text=text)
    row = text.index("黄州区")
    cell = replace(make_fact(0, "21", 21, "家", "count", sentence="黄州区 | 68 | 21"), sentence_start=row)
    assert table_head(doc, cell)[0] == "表1 2020年各县(市、区)国家高新技术企业情况"
    assert header_contrast("新认定 高新技术企业", "有效国家高新技术企业(家)") < 1
    assert header_contrast("新认定 高新技术企业", "其中2020年新认定(家)") == 1



def test_a_rank_within_a_narrower_group_yields_to_one_asked_without_a_group():
    s = "2016年国家级经济技术开发区综合发展水平考核评价中,本区在全省排名第二,位列第41位"
    facts = [make_fact(0, "第41位", 41, "位", "rank", sentence=s), make_fact(1, "第二", 2, "", "rank", sentence=s)]
    assert pick("2016年国家级经济技术开发区综合发展水平考核评价里,西湖区排第几?", facts) == [41]
    assert pick("2016年国家级经济技术开发区综合发展水平考核评价中西湖区在全省排名第几?", facts) == [2]


def test_a_span_of_months_is_read_where_the_figure_is():
    s = "1-5月,全市高新技术产业实现增加值168.4亿元,同比增长15.3%"
    fact = make_fact(0, "15.3%", 15.3, "%", "percent", sentence=s)
    half_year = replace(DOC, period="2016年上半年")
    assert period_ok(analyze_question("2016年1-5月西湖区高新技术产业增加值同比增长多少?"), fact, half_year)
    assert not period_ok(analyze_question("2016年1-8月西湖区高新技术产业增加值同比增长多少?"), fact, half_year)


def test_a_sentence_led_by_a_district_is_the_districts():
    s = "召陵区突出企业创新主体地位,全年新认定国家高新技术企业11家,专利授权量达到642件,同比增长32.8%"
    fact = make_fact(0, "32.8%", 32.8, "%", "percent", sentence=s)
    assert about_another_place(analyze_question("2020年漯河市专利授权量同比增长多少?"), fact)
    assert not about_another_place(analyze_question("2020年召陵区专利授权量同比增长多少?"), fact)


def test_a_rates_rise_is_in_points_and_a_price_basis_names_nothing():
    from rag.reading import names_nothing

    s = "全市固定资产投资同比增长8.9%,增速比上年提高2.4个百分点"
    facts = [make_fact(0, "8.9%", 8.9, "%", "percent", sentence=s), make_fact(1, "2.4个百分点", 2.4, "个百分点", "points", sentence=s)]
    assert pick("2016年西湖区的固投增速比上年提高了多少?", facts) == [2.4]
    assert names_nothing("按可比价格计算,同比增长".split(",")[0])


def test_an_item_inside_another_is_not_named_apart():
    s = "全年外贸进出口总额54.37亿元,同比增长11.2%。其中,出口总额39.82亿元"
    facts = [make_fact(0, "54.37亿元", 54.37, "亿元", "money", sentence=s), make_fact(1, "39.82亿元", 39.82, "亿元", "money", sentence=s)]
    assert pick("2016年西湖区外贸进出口总额和出口总额分别是多少?", facts) == [54.37, 39.82]


def test_a_category_row_is_a_part_and_the_total_row_the_whole():
    rows = [("产业项目 | 46 | 128.64", "产业项目", "128.64", 128.64), ("合计 | 134 | 348.55", "合计", "348.55", 348.55)]
    facts = []
    for i, (s, label, text, value) in enumerate(rows):
        f = make_fact(i, text, value, "亿元", "money", sentence=s)
        f.header, f.context = "年度完成投资(亿元)", label
        facts.append(f)
    assert contrast_factor("重点项目 完成投资", facts[0], None) < 1
    assert contrast_factor("重点项目 完成投资", facts[1], None) == 1
    assert contrast_factor("产业项目 完成投资", facts[0], None) == 1


def test_an_amount_bounding_a_class_is_no_amount_of_anything():
    from rag.checks import is_threshold

    s = "规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位"
    assert is_threshold(make_fact(0, "2000万元", 2000, "万元", "money", sentence=s))
    s = "新签约项目43个,其中10亿元以上项目8个,全年力争发放科技贷款3.5亿元以上"
    assert is_threshold(make_fact(0, "10亿元以上", 10, "亿元", "money", sentence=s))
    assert not is_threshold(make_fact(1, "3.5亿元以上", 3.5, "亿元", "money", sentence=s))


def test_a_breakdown_by_period_is_the_same_indicator_for_that_period():
    q = analyze_question("常德18年下半年技术合同成交额要完成多少？")
    assert q.wants_target  # 要完成 plans
    s = "全年力争技术合同成交额达到25亿元,其中下半年完成13亿元以上"
    whole = make_fact(0, "25亿元", 25, "亿元", "money", sentence=s, section="二、下半年工作打算")
    half = make_fact(1, "13亿元以上", 13, "亿元", "money", sentence=s, section="二、下半年工作打算")
    assert contrast_factor(q.metric, half, None) == 1.0
    assert metric_coverage(q.metric, half.sentence, half.number_at) == 1.0
    doc = replace(DOC, text=s, title="常德市科学技术局2018年上半年工作总结及下半年工作打算", region="常德市",
                  period="2018年上半年", year=2018)
    assert pick("常德18年下半年技术合同成交额要完成多少？", [whole, half], doc) == [13]


def test_a_sibling_countys_figure_does_not_answer_for_the_county_asked():
    q = analyze_question("2024年上半年宁蒗县接待游客多少万人次?")
    s = "分县区看,玉龙县接待游客1021.3万人次,同比增长12.1%"
    row = make_fact(0, "1021.3万人次", 1021.3, "万人次", "count", sentence=s)
    assert about_another_place(q, row)
    assert not about_another_place(analyze_question("2024年上半年玉龙县接待游客多少万人次?"), row)


def test_a_word_that_shortens_a_far_county_is_no_sibling():
    # 博爱 is 博爱县's short name, but "博爱一日捐" in a 施甸县 report is the Red Cross's drive.
    s = "“博爱一日捐”活动募集资金97.6万元,参与单位274个"
    drive = make_fact(0, "97.6万元", 97.6, "万元", "money", sentence=s)
    assert not about_another_place(analyze_question("2023年施甸县博爱一日捐募了多少钱?"), drive)


def test_a_rank_after_a_change_clause_is_of_the_indicator_before_both():
    s = "职工入会率为93.6%,比上年提高1.2个百分点,居全区第3位"
    rank = make_fact(0, "第3位", 3, "", "rank", sentence=s)
    assert metric_coverage("职工入会率", s, rank.number_at) == 1.0


def test_a_fall_of_a_measure_is_the_change_not_the_level():
    q = analyze_question("长治22年PM2.5浓度降了多少?")
    s = "全市PM2.5平均浓度为38微克/立方米,同比下降9.5%"
    level = make_fact(0, "38微克/立方米", 38, "微克/立方米", "measure", sentence=s)
    fall = make_fact(1, "9.5%", 9.5, "%", "percent", sentence=s)
    assert unit_score(q, fall) > unit_score(q, level)
    assert unit_score(analyze_question("2022年长治市PM2.5平均浓度是多少？"), level) == 1.0


def test_a_figure_per_head_is_not_the_total():
    s = "每万人口高价值发明专利拥有量3.72件"
    per_head = make_fact(0, "3.72件", 3.72, "件", "count", sentence=s)
    assert contrast_factor("高价值发明专利拥有总量", per_head, None) == 0.25
    assert contrast_factor("每万人口高价值发明专利拥有量", per_head, None) == 1.0


def test_one_quarter_has_several_spellings():
    q = analyze_question("静海开发区23年一季度规上工业总产值有多少？")
    doc = replace(DOC, period="2023年1-3月", year=2023)
    fact = make_fact(0, "93.68亿元", 93.68, "亿元", "money", sentence="规上工业总产值93.68亿元", section=None)
    assert period_ok(q, fact, doc)
    assert not period_ok(analyze_question("静海开发区23年上半年规上工业总产值有多少？"), fact, doc)


def test_a_zone_or_town_asked_matches_its_own_report():
    from rag.reading import own_places, same_zone

    assert same_zone("静海开发区", "静海经济开发区") and not same_zone("静海高新区", "静海经济开发区")
    assert own_places("西宁市湟中区鲁沙尔镇") == frozenset({"鲁沙尔镇"})
    fact = make_fact(0, "93.68亿元", 93.68, "亿元", "money", sentence="规上工业总产值93.68亿元")
    doc = replace(DOC, region="天津市静海区静海经济开发区", period="2023年一季度", year=2023)
    chunk = Chunk(0, "r.txt", 0, 10, "x", None)
    assert region_ok(analyze_question("静海开发区23年一季度规上工业总产值有多少？"), fact, doc, chunk)
    assert not region_ok(analyze_question("静海高新区23年一季度规上工业总产值有多少？"), fact, doc, chunk)


def test_a_growth_rate_does_not_answer_for_the_level():
    q = analyze_question("2023年一季度静海经济开发区规上工业增加值是多少?")
    growth = make_fact(0, "8.1%", 8.1, "%", "percent", sentence="规上工业增加值同比增长8.1%")
    assert unit_score(q, growth) == 0.0
    assert unit_score(analyze_question("2023年一季度静海经济开发区规上工业增加值增长多少?"), growth) > 0


def test_the_sum_of_listed_items_does_not_answer_for_one_of_them():
    s = "高端装备、新材料、生物医药三大主导产业实现产值61.35亿元"
    joint = make_fact(0, "61.35亿元", 61.35, "亿元", "money", sentence=s)
    assert contrast_factor("生物医药产业产值", joint, None) == 0.25
    assert contrast_factor("三大主导产业产值", joint, None) == 1.0


def test_a_count_above_another_bound_does_not_answer():
    from rag.checks import another_bound, bounds

    s = "全镇24个行政村村集体经济收入全部超过5万元"
    fact = make_fact(0, "24个", 24, "个", "count", sentence=s)
    assert another_bound(bounds("2021年鲁沙尔镇村集体经济收入超10万元的村有几个？"), fact)
    assert not another_bound(bounds("2021年鲁沙尔镇村集体经济收入超5万元的村有几个？"), fact)
    assert not another_bound(bounds("2021年鲁沙尔镇有几个行政村？"), fact)


def test_a_planned_figure_does_not_answer_what_was_actually_done():
    s = "全市计划粮食播种面积1726万亩,实际完成1738.6万亩"
    plan = make_fact(0, "1726万亩", 1726, "万亩", "measure", sentence=s)
    done = make_fact(1, "1738.6万亩", 1738.6, "万亩", "measure", sentence=s)
    doc = replace(DOC, text=s, region="赤峰市", title="赤峰市农业农村局2024年上半年工作总结", period="2024年上半年", year=2024)
    assert pick("2024年上半年赤峰市实际完成粮食播种多少万亩？", [plan, done], doc) == [1738.6]


def test_a_new_unit_is_a_flow_and_a_cumulative_question_asks_the_stock():
    s = "全年新创建节水型单位58家,累计达到214家"
    new = make_fact(0, "58家", 58, "家", "count", sentence=s)
    assert contrast_factor("累计 节水型单位", new, None) == 0.25


def test_income_is_not_spending_and_exports_are_not_imports_and_exports():
    s = "全年全市医疗保险基金总收入87.35亿元,总支出81.12亿元"
    income = make_fact(0, "87.35亿元", 87.35, "亿元", "money", sentence=s)
    assert contrast_factor("医疗保险基金总支出", income, None) == 0.25
    trade = make_fact(1, "763.8亿元", 763.8, "亿元", "money", sentence="全年全市外贸进出口总额763.8亿元")
    assert contrast_factor("出口总额", trade, None) == 0.25
    assert contrast_factor("进出口总额", trade, None) == 1.0


def test_a_sentence_that_says_who_leads_answers_a_superlative():
    from rag.answer import select_sentences

    text = ("全市建筑业完成总产值728.53亿元,其中,在市外完成产值263.41亿元,占全市建筑业总产值的36.2%。"
            "分县(市、区)看,信都区完成建筑业总产值156.82亿元,总量居各县(市、区)首位。")
    doc = replace(DOC, text=text, region="邢台市", title="邢台市住房和城乡建设局2021年工作总结", period="2021年", year=2021)
    chunk = Chunk(0, "r.txt", 0, len(text), text, "一、主要指标")

    def sentences(d, c):
        out, start = [], 0
        for part in text.split("。")[:-1]:
            out.append((start, start + len(part) + 1, part + "。"))
            start += len(part) + 1
        return out

    q = analyze_question("2021年邢台市哪个县（市、区）建筑业总产值最高？")
    picked = select_sentences(q, [0], [chunk], {"r.txt": doc}, sentences).sentences[0]
    assert "信都区" in text[picked[1]:picked[2]]


def test_a_plan_in_a_part_year_report_is_for_that_year_and_its_own_clause_names_the_half():
    s = "力争上半年规上工业总产值达到200亿元,全年力争规上工业总产值突破420亿元"
    half = make_fact(0, "200亿元", 200, "亿元", "money", sentence=s, section="三、下一步工作")
    year = make_fact(1, "420亿元", 420, "亿元", "money", sentence=s, section="三、下一步工作")
    doc = replace(DOC, text=s, period="2023年一季度", year=2023)
    assert fact_years(half, doc) == {2023}
    assert period_ok(analyze_question("2023年上半年静海经济开发区规上工业总产值力争达到多少?"), half, doc)
    assert period_ok(analyze_question("静海开发区23年全年规上产值要冲到多少？"), year, doc)


def test_a_bare_change_carries_the_contrast_of_the_clause_it_refers_to():
    s = "三项社保基金总收入86.4亿元,同比增长6.9%;总支出79.2亿元,同比增长8.1%"
    income_growth = make_fact(0, "6.9%", 6.9, "%", "percent", sentence=s)
    spending_growth = make_fact(1, "8.1%", 8.1, "%", "percent", sentence=s)
    assert contrast_factor("三项社保基金总支出 增长", income_growth, None) == 0.25
    assert contrast_factor("三项社保基金总支出 增长", spending_growth, None) == 1.0
    er = make_fact(2, "41.36万人次", 41.36, "万人次", "count", sentence="全年完成门急诊41.36万人次")
    assert contrast_factor("急诊", er, None) == 0.25


def test_a_budget_completion_rate_answers_a_budget_progress_question_and_the_city_proper_is_a_part():
    q = analyze_question("钦州市2023年一般公共预算收入完成预算的百分之多少?")
    assert q.progress
    whole = make_fact(0, "101.3%", 101.3, "%", "percent", sentence="全市一般公共预算收入完成98.64亿元,为预算的101.3%")
    proper = make_fact(1, "98.7%", 98.7, "%", "percent", sentence="市本级一般公共预算收入完成36.12亿元,为预算的98.7%")
    assert contrast_factor(q.metric, whole, None) == 1.0
    assert contrast_factor(q.metric, proper, None) < 1.0


def test_a_plan_only_reports_plans_are_for_its_own_year():
    s = "力争全年建筑业总产值达到43.7亿元"
    fact = make_fact(0, "43.7亿元", 43.7, "亿元", "money", sentence=s, section="一、主要目标")
    plan_doc = replace(DOC, title="封开县住房和城乡建设局2025年工作思路", period="2025年", year=2025)
    review_doc = replace(DOC, title="某区2024年工作总结及2025年工作思路", period="2024年", year=2024)
    assert fact_years(fact, plan_doc) == {2025} and fact_years(fact, review_doc) == {2025}


def test_a_scenic_spot_row_is_no_district_and_an_old_town_is_no_town():
    q = analyze_question("2023年海宁潮音古镇景区接待游客多少万人次？")
    assert q.places[:1] == ["海宁市"]
    row = make_fact(0, "386.4", 386.4, "万人次", "count", sentence="潮音古镇景区 | 4A | 386.4")
    row.context = "潮音古镇景区"
    assert not about_another_place(q, row)


def test_a_level_superlative_reads_the_level_column_and_a_growth_one_the_growth_column():
    from rag.answer import header_contrast

    assert header_contrast("接待游客", "接待游客(万人次)") == 1.0
    assert header_contrast("接待游客", "接待游客 同比增长(%)") < 1.0
    assert header_contrast("接待游客增长", "接待游客 同比增长(%)") == 1.0
    assert header_contrast("成品油销量增长", "成品油销量(万吨)") == 0.0  # a level never answers 增长最快


def test_a_superlative_names_the_rows_by_the_tables_heading_and_the_column_by_its_header():
    from rag.answer import table_head

    text = ("表2 2023年集团重点项目分板块投资完成情况\n板块 | 项目数(个) | 总投资(亿元) | 年度完成投资(亿元)\n"
            "港航物流 | 6 | 92.16 | 21.4\n城市更新 | 9 | 61.3 | 25.8\n合计 | 15 | 153.46 | 47.2\n")
    doc = replace(DOC, text=text, region="北海市", title="北海海晟城市发展集团有限公司2023年度工作总结", period="2023年", year=2023)
    facts, header = [], ["项目数(个)", "总投资(亿元)", "年度完成投资(亿元)"]
    for line in text.splitlines()[2:]:
        cells = line.split(" | ")
        start = text.index(line)
        for col, cell in enumerate(cells[1:]):
            at = start + line.index(" | " + cell) + 3
            facts.append(Fact(fact_id=len(facts), doc_id="r.txt", chunk_id=0, value=float(cell), unit="", start=at,
                              end=at + len(cell), sentence_start=start, sentence_end=start + len(line), text=cell,
                              kind="plain", section="二、重点工作开展情况", sentence=line, number_at=at - start,
                              context=cells[0], header=header[col]))
    assert table_head(doc, facts[0])[1] == "板块"
    chunk = Chunk(0, "r.txt", 0, len(text), text, "二、重点工作开展情况")
    q = analyze_question("2023年北海海晟集团哪个板块的重点项目总投资最多？")
    picked = select_extreme(q, [0], [chunk], {"r.txt": doc}, {0: facts}).facts[0].fact
    assert (picked.context, picked.value) == ("港航物流", 92.16)


def test_residents_are_all_urban_or_rural_and_a_fraction_in_成_is_a_share():
    all_ = make_fact(0, "17862元", 17862, "元", "money", sentence="全市全体居民人均可支配收入17862元")
    assert contrast_factor("农村居民人均可支配收入", all_, None) == 0.25
    q = analyze_question("韶关23年城市低保标准同比涨了百分之几?")
    tenths = make_fact(1, "七成", 70, "成", "percent", sentence="农村低保标准仅为城市低保标准的七成")
    assert unit_score(q, tenths) < 1.0


def test_a_figure_for_all_levels_does_not_answer_for_one_and_国控_is_not_省控():
    joint = make_fact(0, "4126名", 4126, "名", "count", sentence="全市共设立市、县、乡、村四级河湖长4126名")
    assert contrast_factor("县级河湖长", joint, None) == 0.25
    assert contrast_factor("河湖长", joint, None) == 1.0
    provincial = make_fact(1, "85.7%", 85.7, "%", "percent", sentence="省控断面优良比例85.7%")
    assert contrast_factor("国控断面水质优良比例", provincial, None) == 0.25


def test_a_rise_over_an_earlier_period_belongs_to_the_later_one():
    s = "前三季度,全市实现地区生产总值1088.6亿元,同比增长4.8%,增速比上半年加快0.6个百分点"
    gap = make_fact(0, "0.6个百分点", 0.6, "个百分点", "points", sentence=s, section="一、地区生产总值")
    doc = replace(DOC, text=s, period="2023年前三季度", year=2023)
    assert period_ok(analyze_question("2023年前三季度安康市地区生产总值增速比上半年加快了几个百分点？"), gap, doc)


def test_the_numbers_own_clause_names_its_period_before_a_span_earlier_in_the_sentence():
    s = "从走势看,全市规上工业增加值增速1-2月为9.8%,一季度为10.6%,上半年为11.4%"
    q1 = make_fact(0, "10.6%", 10.6, "%", "percent", sentence=s, section="一、工业经济")
    doc = replace(DOC, text=s, period="2023年上半年", year=2023)
    assert period_ok(analyze_question("2023年一季度滁州规上工业增加值增速是多少?"), q1, doc)


def test_gdp_per_head_does_not_answer_for_gdp():
    s = "全年人均地区生产总值46387元,比上年增长5.9%"
    per_head = make_fact(0, "5.9%", 5.9, "%", "percent", sentence=s)
    assert contrast_factor("GDP 增长", per_head, None) == 0.25
    assert contrast_factor("人均GDP 增长", per_head, None) == 1.0


def test_a_bare_flow_after_a_stock_counts_what_the_stock_clause_names():
    s = "全市电商经营主体达到2.46万家,新增3120家"
    stock = make_fact(0, "2.46万家", 2.46, "万家", "count", sentence=s)
    flow = make_fact(1, "3120家", 3120, "家", "count", sentence=s)
    assert metric_coverage("新增 电商经营主体", *reading(flow)) == 1.0
    assert metric_coverage("新增 电商经营主体", *reading(stock)) < 1.0
    assert pick("2016年西湖区新增了多少家电商经营主体?", [stock, flow]) == [3120]


def test_a_bare_measure_is_of_the_clause_befores_item_and_subject():
    s = "全县辣椒种植面积达到8.6万亩,产值9.84亿元;茶叶面积6.2万亩,产值5.37亿元"
    facts = [make_fact(i, t, v, u, k, sentence=s) for i, (t, v, u, k) in enumerate(
        [("8.6万亩", 8.6, "万亩", "measure"), ("9.84亿元", 9.84, "亿元", "money"),
         ("6.2万亩", 6.2, "万亩", "measure"), ("5.37亿元", 5.37, "亿元", "money")])]
    assert pick("2016年西湖区辣椒和茶叶产值分别是多少？", facts) == [9.84, 5.37]
    # "灵活就业人员…缴存额0.27亿元" is a group's, not the whole's.
    s = "全年缴存额21.45亿元,同比增长6.8%。全年灵活就业人员开户1836人,缴存额0.27亿元"
    whole = make_fact(0, "21.45亿元", 21.45, "亿元", "money", sentence=s)
    group = make_fact(1, "0.27亿元", 0.27, "亿元", "money", sentence=s)
    assert contrast_factor("住房公积金缴存额", group, None) == 0.7
    assert contrast_factor("住房公积金缴存额", whole, None) == 1.0
    assert contrast_factor("灵活就业人员缴存额", group, None) == 1.0


def test_a_rank_among_another_group_does_not_answer():
    assert ranks_another_group("七台河公积金缴存额增速排全省第几？", "勃利县管理部缴存额同比增长11.4%,增速居各管理部")
    assert ranks_another_group("婺源县GDP总量在全省排第几？", "总量居全市")
    assert not ranks_another_group("婺源县GDP总量在全市排第几？", "总量居全市")
    assert not ranks_another_group("婺源县GDP总量在省内排第几？", "总量居全省")
    assert not ranks_another_group("婺源县GDP总量排第几？", "增速居各县(市、区)")


def test_a_breakdown_after_其中_and_a_comma_is_a_part():
    s = "全年完成售电量18.64亿千瓦时,同比增长11.2%;其中,大工业售电量11.27亿千瓦时,同比增长14.6%"
    whole = make_fact(0, "18.64亿千瓦时", 18.64, "亿千瓦时", "measure", sentence=s)
    part = make_fact(1, "11.27亿千瓦时", 11.27, "亿千瓦时", "measure", sentence=s)
    assert contrast_factor("供电公司售电量", part, None) == 0.7
    assert contrast_factor("供电公司售电量", whole, None) == 1.0
    assert contrast_factor("大工业售电量", part, None) == 1.0


def test_a_stated_least_does_not_answer_for_the_most():
    s = "各县(市、区)中,年降水量最多的是铜鼓县,为2418.7毫米"
    most = make_fact(0, "2418.7毫米", 2418.7, "毫米", "measure", sentence=s)
    assert contrast_factor("年降水量最少", most, None) == 0.25
    assert contrast_factor("年降水量最多", most, None) > 0.25


def test_a_short_place_name_inside_a_word_is_no_place():
    s = "计划新建区域自动气象站20个,建成投用雷达"
    fact = make_fact(0, "20个", 20, "个", "count", sentence=s)
    assert not about_another_place(analyze_question("宜春25年打算新建几个区域自动站？"), fact)
    # A district of the city asked, named in full, is another place.
    district = make_fact(1, "12个", 12, "个", "count", sentence="袁州区新建区域自动气象站12个")
    assert about_another_place(analyze_question("宜春25年新建几个区域自动站？"), district)


def test_a_daily_average_and_the_periods_total_answer_apart():
    s = "全年日均快递业务量34.5万件,“双11”期间最高日处理量达到112.6万件"
    daily = make_fact(0, "34.5万件", 34.5, "万件", "count", sentence=s)
    assert contrast_factor("快递业务量", daily, None) == 0.25
    assert contrast_factor("日均快递业务量", daily, None) == 1.0
    total = make_fact(1, "5.83万吨", 5.83, "万吨", "measure", sentence="上半年全市清运处理生活垃圾5.83万吨")
    assert contrast_factor("日均清运处理生活垃圾", total, None) == 0.25


def test_the_items_of_a_breakdown_are_parts_across_commas_and_sentences():
    s = "其中,同城快递业务量2394万件,异地快递业务量1.02亿件"
    before = "全年日均快递业务量34.5万件"
    same_city = make_fact(0, "2394万件", 2394, "万件", "count", sentence=s)
    other = make_fact(1, "1.02亿件", 1.02, "亿件", "count", sentence=s)
    assert contrast_factor("快递业务量", other, None) == 0.7
    assert contrast_factor("快递业务量", same_city, None, before) == 0.7
    assert contrast_factor("异地快递业务量", other, None) == 1.0
    # The next sentence of the breakdown, after a semicolon.
    home = make_fact(2, "1.93亿千瓦时", 1.93, "亿千瓦时", "measure", sentence="居民生活售电量1.93亿千瓦时,同比增长5.8%")
    opened = "其中,大工业售电量11.27亿千瓦时,同比增长14.6%"
    assert contrast_factor("供电公司售电量", home, None, opened) == 0.7
    assert contrast_factor("居民生活售电量", home, None, opened) == 1.0
    # A statement of its own after the breakdown is not one of its items.
    s = "全市公路通车里程达到1.2万公里,其中,高速公路通车里程达到872公里,全年新增高速公路通车里程64公里"
    new = make_fact(3, "64公里", 64, "公里", "measure", sentence=s)
    assert contrast_factor("新增 高速公路通车里程", new, None) == 1.0


def test_how_many_the_rest_are_is_no_figure_of_the_whole():
    s = "其余七个旗县市快递业务量合计同比增长21.3%"
    rest = make_fact(0, "七个", 7, "个", "count", sentence=s)
    assert contrast_factor("快递业务量", rest, None) == 0.25


def test_the_aspect_particle_了_is_read_away_as_reports_write_without_it():
    assert canonical("企业发放了贷款") == canonical("企业发放贷款")
    assert canonical("深入了解企业需求") == "深入了解企业需求"


def test_a_paragraph_leading_into_a_table_captions_it():
    text = "一、成效\n全年楼宇入驻企业达到612家,其中当年新增入驻企业87家;楼宇经济实现税收2.15亿元,同比增长14.8%,占街道税收收入的65.7%。5栋重点楼宇运行情况如下表：\n楼宇名称 | 税收(万元)\n凤城金融中心 | 5230\n"
    at = text.index("凤城金融中心 |")
    cell = Fact(fact_id=0, doc_id="r.txt", chunk_id=0, value=5230, unit="万元", start=text.index("5230"),
                end=text.index("5230") + 4, sentence_start=at, sentence_end=len(text) - 1, text="5230",
                kind="money", section="一、成效", sentence="凤城金融中心 | 5230", number_at=9,
                context="凤城金融中心", header="税收(万元)")
    doc = replace(DOC, text=text)
    # Normalised as questions are: half-width, simplified.
    assert table_head(doc, cell) == ("5栋重点楼宇运行情况如下表:", "楼宇名称")
    traditional = replace(doc, text=text.replace("楼宇名称", "樓宇名稱"))
    assert table_head(traditional, cell)[1] == "楼宇名称"


def test_a_row_named_after_a_building_is_a_part_even_if_a_place_shares_its_name():
    assert not is_place_row("凤城金融中心") and is_place_row("江油市") and is_place_row("萧山")
    row = make_fact(0, "11.2", 11.2, "%", "percent", sentence="凤城金融中心 | 96 | 5230 | 11.2")
    row = replace(row, header="税收同比增长(%)", context="凤城金融中心")
    assert contrast_factor("税收 增长", row, None) == 0.7


def test_newly_started_is_written_both_ways_and_入驻_is_进驻():
    assert canonical("棚户区改造新开工") == canonical("棚户区改造新增开工")
    assert canonical("楼宇新进驻企业") == canonical("楼宇新增入驻企业")
    assert canonical("创新开工") == "创新开工"  # not 创 + 新增开工


def test_people_counted_in_名_are_answered_in_人():
    q = analyze_question("2023年西湖区计划新增多少名博士学位教师?")
    fact = make_fact(0, "30人", 30, "人", "count", sentence="计划新增博士学位教师30人")
    assert unit_score(q, fact) > 0


def test_a_figure_for_a_plain_list_does_not_answer_for_one_item():
    s = "全年向纪检监察机关、司法机关和主管部门移送违纪违法问题线索16件"
    joint = make_fact(0, "16件", 16, "件", "count", sentence=s)
    assert contrast_factor("审计移送给司法机关", joint, None) == 0.25
    assert contrast_factor("移送违纪违法问题线索", joint, None) == 1.0
    listed = make_fact(1, "41个", 41, "个", "count", sentence="其中新建、改扩建中小学和幼儿园项目41个")
    assert contrast_factor("新建、改扩建中小学和幼儿园项目", listed, None) == 1.0


def test_a_days_peak_or_capacity_is_no_years_amount():
    s = "集团公司下属5座水厂总设计供水规模达到37万立方米/日,全年日最高供水量达到36.2万立方米"
    capacity = make_fact(0, "37万立方米", 37, "万立方米", "measure", sentence=s)
    peak = make_fact(1, "36.2万立方米", 36.2, "万立方米", "measure", sentence=s)
    assert contrast_factor("水务集团 供水量", peak, None) == 0.25
    assert contrast_factor("水务集团 供水量", capacity, None) == 0.25
    assert contrast_factor("5座水厂总设计供水规模", capacity, None) == 1.0


def test_a_city_wide_figure_does_not_answer_for_its_county():
    s = "全市(含各县(市、区))受理办件总量达到312.5万件,其中灵宝市受理办件71.8万件"
    city = make_fact(0, "312.5万件", 312.5, "万件", "count", sentence=s)
    county = make_fact(1, "71.8万件", 71.8, "万件", "count", sentence=s)
    doc = replace(DOC, title="三门峡市行政审批服务局2023年工作总结", region="三门峡市")
    q = analyze_question("2023年灵宝市受理办件多少万件？")
    assert not region_ok(q, city, doc, CHUNK) and region_ok(q, county, doc, CHUNK)
    rank = make_fact(2, "第4位", 4, "位", "rank", sentence="泰和县研发投入强度为1.8%,居全市第4位")
    assert region_ok(analyze_question("2022年泰和县研发投入强度在吉安市排第几?"), rank, replace(doc, region="吉安市"), CHUNK)


def test_trips_do_not_count_vehicles_but_sessions_count_events():
    trips = make_fact(0, "3412辆次", 3412, "辆次", "count", sentence="全年出动消防车3412辆次")
    assert unit_score(analyze_question("冷水滩区2022年新买了几辆消防车?"), trips) == 0.0
    sessions = make_fact(1, "268场次", 268, "场次", "count", sentence="开展消防宣传活动268场次")
    assert unit_score(analyze_question("冷水滩区2022年搞了多少场消防宣传活动？"), sessions) > 0


def test_a_breakdown_is_of_the_kind_its_whole_is():
    s = "授权专利158件,其中发明专利41件,比上年增加15件"
    part = make_fact(0, "41件", 41, "件", "count", sentence=s)
    rise = make_fact(1, "15件", 15, "件", "count", sentence=s)
    assert contrast_factor("申请 发明专利", part, None) == 0.25
    assert contrast_factor("申请 发明专利", rise, None) == 0.25
    assert contrast_factor("授权 发明专利", part, None) == 1.0


def test_who_reports_is_read_off_the_title_and_taken_off_the_metric():
    assert report_subject("柘荣县医院2024年上半年工作总结及下半年工作计划", "宁德市柘荣县") == "医院"
    assert report_subject("鼎信财产保险股份有限公司辽源市分公司2023年工作总结", "辽源市") == "分公司"
    assert report_subject("金昌移动分公司2023年工作总结", "金昌市") == "移动分公司"
    assert report_subject("娄底市工商业联合会(总商会)2024年工作总结", "娄底市") == "工商业联合会"
    assert report_subject("2023年工作总结", "娄底市") == ""
    # An autonomous county named short in the title: 元江 of 元江哈尼族彝族傣族自治县.
    assert report_subject("元江金芒果业有限公司2024年前三季度工作总结", "玉溪市元江哈尼族彝族傣族自治县") == "金芒果业有限公司"
    hospital = replace(DOC, title="柘荣县医院2024年上半年工作总结", region="宁德市柘荣县")
    assert without_subject(analyze_question("2024年上半年柘荣县医院CMI值是多少?"), hospital).metric == "CMI值"
    fic = replace(DOC, title="娄底市工商业联合会(总商会)2024年工作总结", region="娄底市")
    assert without_subject(analyze_question("2024年娄底市工商联帮民营企业融了多少资?"), fic).metric == "帮民营企业融资"
    # A word that opens the subject's name is what such a bureau counts, not who reports.
    grain = replace(DOC, title="故城县粮食和物资储备局2023年工作总结", region="衡水市故城县")
    assert "粮食" in without_subject(analyze_question("2023年故城县粮食收购量是多少?"), grain).metric
    # A bank's trade name without its company form, behind the stock word the question reads.
    bank = replace(DOC, title="岳西农商银行股份有限公司2024年度经营工作总结", region="安庆市岳西县")
    asked = analyze_question("2024年末岳西农商行不良贷款余额是多少?")
    assert "农商行" in asked.metric
    assert without_subject(asked, bank).metric.replace(" ", "") == "累计不良贷款余额"


def test_a_branch_named_by_its_companys_trade_is_who_reports():
    title = "中国邮政集团有限公司安庆市分公司2024年上半年工作总结"
    assert parent_trade(title, "安庆市") == "邮政"
    assert parent_trade("中国石化销售股份有限公司荆州石油分公司2024年工作总结", "荆州市") == "石化"
    assert parent_trade("中国移动通信集团浙江有限公司辽源市分公司2023年工作总结", "辽源市") == "移动"
    assert parent_trade("柘荣县医院2024年上半年工作总结", "宁德市柘荣县") == ""  # no branch of a company
    post = replace(DOC, title=title, region="安庆市")
    assert without_subject(analyze_question("2024年上半年安庆邮政金融板块收入多少钱？"), post).metric == "金融业务收入"
    assert without_subject(analyze_question("2024年上半年安庆邮政收入多少钱？"), post).metric == "收入"
    # A school or a park named short, a word of its own or the front of one.
    school = replace(DOC, title="孝感市中等职业技术学校2024年工作总结", region="孝感市")
    assert without_subject(analyze_question("孝感中职学校24年在校生有多少人?"), school).metric == "在校生"
    park = replace(DOC, title="德州市德城现代物流园区管理委员会2024年上半年工作总结", region="德州市德城区")
    assert without_subject(analyze_question("截至2024年上半年德州物流园冷库总库容有多大?"), park).metric.split()[-1] == "冷库总库容"
    # Not of a report the company does not write: a bureau's 邮政 is what it oversees.
    bureau = replace(DOC, title="安庆市邮政管理局2024年上半年工作总结", region="安庆市")
    assert without_subject(analyze_question("2024年上半年安庆邮政业务收入多少钱？"), bureau).metric == "邮政业务收入"


def test_a_level_asked_to_change_is_answered_by_its_change_since_the_base():
    s = "截至6月末,全市邮政储蓄余额达到586.3亿元,较年初净增41.6亿元,净增额居全省邮政第2位"
    level = make_fact(0, "586.3亿元", 586.3, "亿元", "money", sentence=s)
    added = make_fact(1, "41.6亿元", 41.6, "亿元", "money", sentence=s)
    assert contrast_factor("储蓄余额", added, None, "", change=True) == 1.0
    assert contrast_factor("储蓄余额", added, None) < 1.0  # the level asked: not what was added
    assert contrast_factor("储蓄余额", level, None) == 1.0


def test_a_whole_that_joins_the_part_asked_with_others_does_not_answer_for_it():
    s = "计划全年举办展会和会议活动200场以上,其中展会60场"
    whole = make_fact(0, "200场以上", 200, "场", "count", sentence=s)
    part = make_fact(1, "60场", 60, "场", "count", sentence=s)
    assert contrast_factor("办 展会", whole, None) < 1.0
    assert contrast_factor("办 展会", part, None) == 1.0
    assert contrast_factor("展会和会议活动", whole, None) == 1.0


def test_a_bare_running_total_is_of_what_the_clause_before_names():
    s = "新建智慧公园5个,累计达到9个"
    total = metric_coverage("累计建成智慧公园", s, s.index("9个"))
    assert total > metric_coverage("累计建成智慧公园", s, s.index("5个")) - 0.2
    # Nearly as close as its own name, not closer: "全市新建水质监测站6个,总数达到24个" is read
    # below a number that names its own 站点.
    assert metric_coverage("智慧公园", s, s.index("9个")) == pytest.approx(0.85)


def test_units_paying_now_are_not_units_paying_arrears():
    s = "全年督促63家单位补建补缴住房公积金"
    arrears = make_fact(0, "63家", 63, "家", "count", sentence=s)
    assert contrast_factor("实缴住房公积金的单位", arrears, None) < 1.0


def test_rain_above_or_below_its_base_is_a_rise_or_a_fall():
    s = "全年全市平均降水量742.6毫米,比多年平均偏多14.8%,比上年偏少9.3%"
    fall = make_fact(0, "9.3%", 9.3, "%", "percent", sentence=s)
    rise = make_fact(1, "14.8%", 14.8, "%", "percent", sentence=s)
    asked = "降水 同比 下降"
    assert metric_coverage(asked, s, fall.number_at) > metric_coverage(asked, s, rise.number_at)
    assert states_change(fall) and states_change(rise)


def test_a_rank_among_a_trades_peers_is_of_the_item_before_it():
    s = "其中寄递业务收入2.07亿元,同比增长11.9%,增幅居全省邮政第1位"
    rank = make_fact(0, "第1位", 1, "位", "rank", sentence=s)
    assert contrast_factor("寄递业务收入同比增长 全省邮政", rank, None, "上半年全市邮政实现业务收入5.86亿元,收入增速居全省邮政第3位") == 1.0


def test_a_hospitals_own_name_does_not_dilute_what_is_asked():
    s = "上半年完成门急诊16.42万人次,同比增长8.7%,其中急诊2.13万人次,同比增长12.4%"
    whole = make_fact(0, "16.42万人次", 16.42, "万人次", "count", sentence=s)
    part = make_fact(1, "2.13万人次", 2.13, "万人次", "count", sentence=s)
    doc = replace(DOC, title="柘荣县医院2024年上半年工作总结", region="宁德市柘荣县", period="2024年上半年", year=2024,
                  text=s)
    assert pick("2024年上半年柘荣县医院急诊人次是多少？", facts=[whole, part], doc=doc) == [2.13]


def test_abbreviations_are_not_read_inside_other_words():
    assert canonical("多元经营收入") == "多元经营收入" and canonical("营收") == "营业收入"
    assert canonical("提高企业") == "提高企业" and canonical("高企数量") == "高新技术企业数量"
    assert canonical("床位使用率") == canonical("病床使用率")
    assert canonical("不良率") == canonical("不良贷款率")


def test_another_kind_is_seen_past_the_verb_and_the_的_but_not_in_who_reports():
    share = make_fact(0, "37.5%", 37.5, "%", "percent", sentence="其中农业保险市场份额达到37.5%,居全市第1位")
    assert named_otherwise("新车保险的市场份额", share, None)
    assert not named_otherwise("农业保险市场份额", share, None)
    pipes = make_fact(1, "1842公里", 1842, "公里", "measure", sentence="截至年底,公司管网总长度达到1842公里")
    assert not named_otherwise("累计 燃气管网总长度", pipes, None)


def test_a_heading_saying_a_task_was_done_reports_results():
    s = "全市化学需氧量、氨氮重点工程减排量分别为2860吨、315吨"
    done = make_fact(0, "2860吨", 2860, "吨", "measure", sentence=s, section="一、主要指标完成情况 > (三)污染减排任务全面完成")
    assert not is_target(done)
    plan = make_fact(1, "2860吨", 2860, "吨", "measure", sentence=s, section="四、下半年工作计划 > (一)确保完成全年目标任务")
    assert is_target(plan)


def test_a_balance_is_no_amount_lent_and_newly_rated_is_a_flow():
    s = "发放妇女创业担保贷款1.27亿元,扶持妇女创业412人,截至年底贷款余额2.08亿元"
    lent = make_fact(0, "1.27亿元", 1.27, "亿元", "money", sentence=s)
    held = make_fact(1, "2.08亿元", 2.08, "亿元", "money", sentence=s)
    assert pick("截至2016年底西湖区妇女创业担保贷款余额是多少?", facts=[lent, held]) == [2.08]
    assert pick("2016年西湖区发放妇女创业担保贷款多少?", facts=[lent, held]) == [1.27]
    s = "新评区级“巾帼示范基地”5个,累计达到23个"
    new = make_fact(0, "5个", 5, "个", "count", sentence=s)
    total = make_fact(1, "23个", 23, "个", "count", sentence=s)
    assert pick("截至2016年西湖区区级巾帼示范基地累计有多少个？", facts=[new, total]) == [23]
    assert canonical("科协") == canonical("科学技术协会")
    members = make_fact(2, "8.73万名", 8.73, "万名", "count", sentence="截至6月底,全市共有团员8.73万名")
    assert unit_score(analyze_question("截至24年6月底商洛一共有多少团员？"), members) > 0


def test_a_web_pages_table_answers_which_row_by_its_cells(tmp_path):
    from rag.assistant import _shown_row
    from index.cleaning import clean_report
    page = ('<html><body><p>各镇情况见下表。</p><table>\n<tr><td>乡镇</td><td>调解成功率(%)</td></tr>\n'
            '<tr><td>铅厂镇</td><td>99.4</td></tr>\n</table></body></html>')
    at = page.index("铅厂镇")
    row = make_fact(0, "99.4", 99.4, "", "plain", sentence="铅厂镇 | 99.4")
    row = replace(row, sentence_start=at, sentence_end=page.index("99.4") + 4)
    doc = replace(DOC, text=page)
    assert _shown_row(doc, row) == "铅厂镇 | 99.4"
    assert "铅厂镇 | 99.4" in clean_report(page).text


def test_sibling_rates_share_the_subject_before_them_and_on_the_roll_is_a_stock():
    s = "全年衔接刑满释放人员132名,衔接率100%,帮教率98.9%,安置率97.8%"
    facts = [make_fact(i, t, v, "%", "percent", sentence=s) for i, (t, v) in enumerate([("100%", 100), ("98.9%", 98.9), ("97.8%", 97.8)])]
    assert all(contrast_factor("刑满释放人员帮教率", f, None) == 1.0 for f in facts)
    assert pick("2016年西湖区刑满释放人员帮教率是多少？", facts=facts) == [98.9]
    s = "全年新接收社区矫正对象97名,解除矫正104名,截至12月底全县在册社区矫正对象186名"
    new = make_fact(0, "97名", 97, "名", "count", sentence=s)
    held = make_fact(1, "186名", 186, "名", "count", sentence=s)
    assert pick("西湖区16年底在册的社矫对象还有多少人？", facts=[new, held]) == [186]


def test_a_column_of_changes_does_not_answer_for_the_level():
    s = "市中心医院 | 18.2 | 5920 | 2.4"
    fall = make_fact(0, "2.4", 2.4, "%", "percent", sentence=s)
    fall = replace(fall, header="综合能耗同比下降(%)")
    assert unit_score(analyze_question("2023年黄石市中心医院综合能耗是多少？"), fall) == 0.0
    assert canonical("公车平台") == canonical("公务用车平台")


def test_visitors_during_an_event_are_not_the_half_years():
    s = "成功举办第十届春茶开采节,活动期间接待游客6.3万人次"
    event = make_fact(0, "6.3万人次", 6.3, "万人次", "count", sentence=s)
    assert contrast_factor("接待游客", event, None) < 1.0
    assert contrast_factor("春茶开采节 活动期间 接待游客", event, None) == 1.0


def test_a_companys_own_name_is_who_reports_and_plans_said_plainly():
    alu = replace(DOC, title="临朐鸿晟铝业股份有限公司2024年度经营工作总结", region="潍坊市临朐县")
    # "花了多少钱" asks money, not one word for spending: 研发 matches 研发投入, 研发费用, 研发支出.
    assert without_subject(analyze_question("临朐鸿晟24年研发花了多少钱?"), alu).metric == "研发"
    q = analyze_question("临朐鸿晟25年出口想做到多少?")
    assert q.wants_target and without_subject(q, alu).metric == "出口"
    assert analyze_question("2025年临朐鸿晟研发投入计划不低于多少？").wants_target


def test_an_amount_right_after_its_verb_states_the_quantity():
    s = "全年累计供水11119万立方米,同比增长6.3%"
    supplied = make_fact(0, "11119万立方米", 11119, "万立方米", "measure", sentence=s)
    assert metric_coverage("供水量", *reading(supplied)) == 1.0
    assert metric_coverage("售水量", *reading(supplied)) < 0.5


def test_a_fall_asked_as_降幅_reads_a_下降_column():
    assert canonical("综合能耗同比降幅") == canonical("综合能耗同比下降")


def _one_sentence_doc(s: str) -> Document:
    return replace(DOC, title="某市应急管理局2023年工作总结", region="本溪市", period="2023年", year=2023, text=s)


def test_a_bare_change_list_takes_its_items_from_the_list_before_it():
    s = "全年全市共发生各类生产安全事故47起、死亡39人,同比分别下降13.0%和11.4%,未发生较大事故。"
    facts = [make_fact(i, t, v, u, k, sentence=s) for i, (t, v, u, k) in enumerate(
        [("47起", 47, "起", "count"), ("39人", 39, "人", "count"), ("13.0%", 13.0, "%", "percent"), ("11.4%", 11.4, "%", "percent")])]
    doc = _one_sentence_doc(s)
    assert pick("2023年本溪市生产安全事故死亡人数比上年下降了多少?", facts=facts, doc=doc) == [11.4]
    assert pick("2023年本溪市生产安全事故起数比上年下降了多少?", facts=facts, doc=doc) == [13.0]


def test_a_unitless_change_of_a_rate_is_no_change_of_a_count():
    s = "亿元地区生产总值生产安全事故死亡率为0.041,比上年下降0.007。"
    fall = make_fact(0, "0.007", 0.007, "", "plain", sentence=s)
    assert unit_score(analyze_question("2023年某市生产安全事故死亡人数比上年下降了多少?"), fall) == 0.0
    assert unit_score(analyze_question("2023年某市亿元GDP生产安全事故死亡率比上年下降了多少?"), fall) > 0


def test_where_a_change_started_is_not_the_value_now_unless_asked():
    s = "全市非煤矿山由年初的118座减少至96座,全年关闭退出22座。"
    facts = [make_fact(0, "118座", 118, "座", "count", sentence=s), make_fact(1, "96座", 96, "座", "count", sentence=s)]
    doc = _one_sentence_doc(s)
    assert pick("截至2023年末本溪市还剩多少座非煤矿山?", facts=facts, doc=doc) == [96]
    assert pick("2023年年初本溪市有多少座非煤矿山?", facts=facts, doc=doc) == [118]
    months = "规上工业研发费用增速从2月的-5.7%提升至5月的3.6%。"
    start = make_fact(0, "-5.7%", -5.7, "%", "percent", sentence=months)
    assert not starting_value(analyze_question("2023年某区规上工业研发费用增速2月是多少?"), start)
    assert starting_value(analyze_question("2023年某区规上工业研发费用增速是多少?"), start)


def test_the_largest_fall_over_signed_changes_is_the_most_negative():
    q = analyze_question("2023年某市各县(区)中,事故起数同比降幅最大的是哪个?")
    assert not _wants_largest(q, signed=True) and _wants_largest(q, signed=False)
    assert _wants_largest(analyze_question("2023年某市各县(区)中,事故起数同比增幅最大的是哪个?"), signed=True)
    assert _wants_largest(analyze_question("2024年某市各辖区中通航里程最长的是哪个区县?"), signed=False)
    assert not _wants_largest(analyze_question("2024年某市各辖区中通航里程最短的是哪个区县?"), signed=False)
    fall = make_fact(0, "-22.2", -22.2, "%", "percent", sentence="明山区 | 7 | 6 | -22.2")
    assert extreme_words(q, fall) == "降幅最大"


def test_a_rate_per_base_is_a_bare_number_and_answers_for_the_rate():
    s = "力争全年生产安全事故起数和死亡人数同比均下降5%以上,亿元地区生产总值生产安全事故死亡率控制在0.038以下"
    fall = make_fact(0, "5%以上", 5, "%", "percent", sentence=s, section="三、2024年工作安排")
    rate = make_fact(1, "0.038以下", 0.038, "", "plain", sentence=s, section="三、2024年工作安排")
    doc = replace(DOC, text=s, title="某市应急管理局2023年工作总结和2024年工作安排", period="2023年", year=2023)
    assert pick("2024年某市亿元GDP生产安全事故死亡率要控制在多少以下?", facts=[fall, rate], doc=doc) == [0.038]


def test_a_pages_table_is_read_as_the_cleaner_reads_it():
    page = ("<html><body><p>重点部门数据共享情况见下表。</p>\n<table>\n"
            "<tr><td>部门</td><td>被调用(万次)</td></tr>\n<tr><td>市公安局</td><td>468.2</td></tr>\n</table></body></html>")
    doc = replace(DOC, text=page)
    at = page.index("市公安局")
    row = page[at: page.index("468.2") + len("468.2")]
    cell = replace(make_fact(0, "468.2", 468.2, "万次", "count", sentence=row), sentence_start=at, sentence_end=at + len(row))
    assert shown_text(doc, cell.sentence_start, cell.sentence_end) == "市公安局 | 468.2"
    assert table_head(doc, cell) == ("重点部门数据共享情况见下表。", "部门")


def test_a_short_aside_does_not_part_the_words_around_it():
    s = "全市已建成乡镇(街道)文联62个,覆盖率达到87.3%,较上年提高12.3个百分点"
    aside = metric_coverage("乡镇文联覆盖率 增长", s, s.index("12.3"))
    plain = s.replace("(街道)", "")
    assert aside == pytest.approx(metric_coverage("乡镇文联覆盖率 增长", plain, plain.index("12.3")))


def test_a_column_counted_in_a_unit_is_named_by_the_unit_too():
    assert "惠民演出场次" in header_words("惠民演出(场)") and header_words("产值(亿元)") == "产值(亿元)"
    assert header_words("县(市、区)") == "县(市、区)"
    # A volume's column ("包裹快递(万件)") is the 包裹快递业务量 asked; a named volume stays.
    assert "包裹快递业务量" in header_words("包裹快递(万件)") and header_words("货运量(万吨)") == "货运量(万吨)"
    assert "门诊量" in header_words("门诊人次(人次)") and "同比增长" in header_words("收入同比(%)")
    cell = replace(make_fact(0, "72", 72, "场", "count", sentence="咸安区 | 72"), header="惠民演出(场)")
    assert metric_coverage("惠民演出场次", cell.sentence, cell.number_at, header=cell.header) > 0.9


def test_the_period_an_earlier_clause_names_and_a_plans_level_for_the_year():
    s = "在全州12个县市一季度城乡环境卫生考评中,宾川县位列第4名"
    h1 = replace(DOC, title="某县2024年上半年工作总结", period="2024年上半年", year=2024, text=s)
    rank = make_fact(0, "第4名", 4, "名", "rank", sentence=s, section="一、上半年工作情况 > (八)考核评比情况")
    assert period_ok(analyze_question("2024年一季度环境卫生考评某县排第几?"), rank, h1)
    plan = "(二)机械化清扫率力争达到78%,新增洗扫车辆4辆"
    level = make_fact(1, "78%", 78, "%", "percent", sentence=plan, section="三、下半年工作打算")
    added = make_fact(2, "4辆", 4, "辆", "count", sentence=plan, section="三、下半年工作打算")
    assert period_ok(analyze_question("2024年某县机械化清扫率全年力争达到多少?"), level, h1)
    assert not period_ok(analyze_question("2024年某县全年力争新增洗扫车辆多少辆?"), added, h1)


def test_a_whole_after_a_breakdown_is_no_part_of_it():
    s = "全年新设助农取款服务点48个,其中黄尾镇14个、河图镇9个,全行助农取款服务点达到326个,实现行政村全覆盖"
    new = make_fact(0, "48个", 48, "个", "count", sentence=s)
    whole = make_fact(1, "326个", 326, "个", "count", sentence=s)
    assert contrast_factor("累计 助农取款服务点", whole, None) == 1.0
    assert contrast_factor("累计 助农取款服务点", new, None) < 1.0
    assert canonical("新设助农取款服务点") == "新增设助农取款服务点" and canonical("购置新设备") == "购置新设备"


def test_a_branch_named_is_answered_only_where_it_is_named():
    s = "年末普惠型小微企业贷款余额27.35亿元,较年初增加3.94亿元"
    whole = make_fact(0, "27.35亿元", 27.35, "亿元", "money", sentence=s)
    bank = replace(DOC, text=s, title="岳西农商银行2024年度经营工作总结", region="安庆市岳西县", period="2024年", year=2024)
    assert pick("2024年末岳西农商行温泉支行普惠型小微企业贷款余额是多少?", facts=[whole], doc=bank) == []
    assert pick("2024年末岳西农商行普惠型小微企业贷款余额是多少?", facts=[whole], doc=bank) == [27.35]


def test_of_two_levels_asked_the_one_nearest_the_head_is_counted():
    s = "市级医院新增国家级临床重点专科1个、省级临床重点专科14个"
    national = make_fact(0, "1个", 1, "个", "count", sentence=s)
    provincial = make_fact(1, "14个", 14, "个", "count", sentence=s)
    asked = "市级医院新增省级临床重点专科"
    assert contrast_factor(asked, national, "市级医院新增国家级临床重点专科") < 1.0
    assert contrast_factor(asked, provincial, "省级临床重点专科") == 1.0


def test_an_aside_up_to_ten_characters_does_not_part_the_words():
    s = "全校参加高考1368人,一本(特殊类型招生控制线)上线487人"
    plain = "全校参加高考1368人,一本上线487人"
    assert metric_coverage("一本上线", s, s.index("487")) == pytest.approx(metric_coverage("一本上线", plain, plain.index("487")))


def _table_facts(text: str, header: list[str], section: str) -> list[Fact]:
    facts = []
    for line in text.splitlines()[2:]:
        cells = line.split(" | ")
        start = text.index(line)
        for col, cell in enumerate(cells[1:]):
            at = start + line.index(" | " + cell) + 3
            facts.append(Fact(fact_id=len(facts), doc_id="r.txt", chunk_id=0, value=float(cell), unit="", start=at,
                              end=at + len(cell), sentence_start=start, sentence_end=start + len(line), text=cell,
                              kind="plain", section=section, sentence=line, number_at=at - start,
                              context=cells[0], header=header[col]))
    return facts


def test_the_one_row_that_moved_against_the_rest():
    text = ("表1 2023年各县(区)生产安全事故情况\n县(区) | 死亡人数(人) | 死亡人数同比(%)\n"
            "平山区 | 6 | -25.0\n溪湖区 | 7 | 16.7\n明山区 | 5 | -16.7\n")
    doc = replace(DOC, text=text, region="本溪市", title="本溪市应急管理局2023年工作总结", period="2023年", year=2023)
    facts = _table_facts(text, ["死亡人数(人)", "死亡人数同比(%)"], "一、主要工作成效")
    chunk = Chunk(0, "r.txt", 0, len(text), text, "一、主要工作成效")
    q = analyze_question("本溪市2023年哪个县（区）的生产安全事故死亡人数同比不降反升?")
    assert q.extreme == "不降反升"
    picked = select_extreme(q, [0], [chunk], {"r.txt": doc}, {0: facts}).facts[0].fact
    assert (picked.context, picked.value) == ("溪湖区", 16.7)
    two_rose = text.replace("-16.7", "3.2")
    facts = _table_facts(two_rose, ["死亡人数(人)", "死亡人数同比(%)"], "一、主要工作成效")
    doc, chunk = replace(doc, text=two_rose), Chunk(0, "r.txt", 0, len(two_rose), two_rose, "一、主要工作成效")
    assert not select_extreme(q, [0], [chunk], {"r.txt": doc}, {0: facts}).facts  # not one row: no answer


def test_the_deepest_heading_that_names_a_year_dates_a_figure():
    from rag.reading import fact_years
    sentence = "力争全年供水量达到1.9亿立方米,其中城镇生活和工业供水1.02亿立方米。"
    fact = make_fact(0, "1.02亿立方米", 1.02, "亿立方米", "measure", sentence=sentence,
                     section="广安市水库管理局2023年工作总结 > 四、2024年工作思路")
    doc = Document(doc_id="r.txt", sha256="x", text=sentence, encoding="utf-8", title="广安市水库管理局2023年工作总结",
                   region="广安市", period="2023年", year=2023)
    assert fact_years(fact, doc) == {2024}


def test_a_years_own_work_is_no_running_total():
    s = "白塔水库除险加固工程总投资1.26亿元,年内完成投资7640万元,累计完成投资1.09亿元。"
    facts = [make_fact(0, "7640万元", 7640, "万元", "money", sentence=s), make_fact(1, "1.09亿元", 1.09, "亿元", "money", sentence=s)]
    assert pick("截至2016年底西湖区白塔水库除险加固工程累计完成投资多少?", facts) == [1.09]
