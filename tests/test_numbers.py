"""index.numbers: parsing numerals, extracting number mentions, comparing units.

Hand cases are sentences of the seed reports (normalised: simplified, half-width) plus the
traps every report has: list markers, lexicalised 一, plan names, codes.
"""
from __future__ import annotations

import math
from decimal import Decimal

import cn2an
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.numbers import QUALIFIERS, NumberMention, extract_numbers, parse_number, to_base, unit_kind

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def found(text: str) -> list[tuple]:
    """(span text, value, unit, kind, qualifier, value_max) of every mention."""
    return [(text[m.start:m.end], m.value, m.unit, m.kind, m.qualifier, m.value_max)
            for m in extract_numbers(text)]


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in extract_numbers(text)]


# --- parse_number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("129.63", 129.63), ("1,234", 1234), ("1,234,567.5", 1234567.5), ("0.5", 0.5),
        ("1.2万", 12000), ("3千", 3000), ("129.63亿", 12963000000), ("2万亿", 2e12),
        ("三十五", 35), ("两千五百万", 25000000), ("十", 10), ("十一", 11), ("一百零五", 105),
        ("二〇二〇", 2020), ("二零一六", 2016), ("五点五", 5.5), ("零", 0), ("百万", 1e6),
        ("-7.7", -7.7), ("负50", -50), ("廿五", 25),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("garbage", ["", " ", "abc", "1.2.3", "十三五", "一千零", "五点", "万万",
                                     "1,23", "12a", "--3", "点五"])
def test_parse_number_rejects_garbage(garbage: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number(garbage)


def _with_liang(chinese: str) -> str:
    """Write 二 as 两 before a multiplier, as reports do ("两千五百")."""
    out = []
    for i, ch in enumerate(chinese):
        nxt = chinese[i + 1:i + 2]
        out.append("两" if ch == "二" and nxt in ("百", "千", "万", "亿") and nxt else ch)
    return "".join(out)


@FAST
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_chinese_numerals_round_trip(n: int, liang: bool) -> None:
    written = cn2an.an2cn(n)
    if liang:
        written = _with_liang(written)
    assert parse_number(written) == n


@FAST
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=9999),
       st.integers(min_value=0, max_value=4), st.booleans())
def test_arabic_numerals_round_trip(whole: int, frac: int, frac_digits: int, grouped: bool) -> None:
    written = f"{whole:,}" if grouped else str(whole)
    expected = Decimal(whole)
    if frac_digits:
        digits = str(frac).zfill(4)[:frac_digits]
        written += "." + digits
        expected = Decimal(f"{whole}.{digits}")
    assert parse_number(written) == float(expected)


@FAST
@given(st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False),
       st.sampled_from(["千", "万", "亿", "千万", "万亿"]))
def test_scaled_arabic(x: Decimal, scale: str) -> None:
    factor = {"千": 10**3, "万": 10**4, "亿": 10**8, "千万": 10**7, "万亿": 10**12}[scale]
    assert parse_number(f"{x}{scale}") == pytest.approx(float(x * factor), rel=1e-12)


# --- units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "base"),
    [
        (129.63, "亿元", (1.2963e10, "元")), (12000, "万元", (1.2e8, "元")),
        (3.65, "万人年", (36500, "人年")), (61.4, "%", (61.4, "%")), (17, "亿美元", (1.7e9, "美元")),
        (3, "千万元", (3e7, "元")), (1, "万亿元", (1e12, "元")), (2, "百分点", (2, "个百分点")),
        (2, "个百分点", (2, "个百分点")), (3, "成", (30, "%")), (5, "‰", (0.5, "%")),
        (50, "百分之", (50, "%")), (1, "億元", (1e8, "元")), (3, "萬人", (30000, "人")),
        (2, "個百分點", (2, "个百分点")), (61.4, "％", (61.4, "%")), (92, "家", (92, "家")),
        (18.32, "万平方米", (183200, "平方米")), (3, "万", (30000, "")), (7.5, "", (7.5, "")),
    ],
)
def test_to_base(value: float, unit: str, base: tuple[float, str]) -> None:
    got = to_base(value, unit)
    assert got[1] == base[1]
    assert got[0] == pytest.approx(base[0], rel=1e-12)


@FAST
@given(st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
       st.sampled_from(["元", "美元", "人", "家", "平方米", ""]))
def test_to_base_is_scale_consistent(x: float, base: str) -> None:
    in_yi = to_base(x, "亿" + base)
    assert in_yi[1] == base
    for scale, factor in (("万", 10**4), ("千万", 10), ("", 10**8)):
        other = to_base(x * factor, scale + base)
        assert other[1] == base
        assert other[0] == pytest.approx(in_yi[0], rel=1e-9)


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("亿元", "money"), ("万元", "money"), ("元", "money"), ("亿美元", "money"), ("億元", "money"),
        ("%", "percent"), ("‰", "percent"), ("成", "percent"), ("百分之", "percent"),
        ("个百分点", "points"), ("百分点", "points"), ("個百分點", "points"), ("倍", "ratio"),
        ("家", "count"), ("个", "count"), ("项", "count"), ("件", "count"), ("名", "count"),
        ("人次", "count"), ("万人年", "count"), ("个月", "count"), ("年", "count"),
        ("月", "date"), ("季度", "date"), ("年度", "date"),
        ("亩", "measure"), ("万平方米", "measure"), ("万方", "measure"), ("分", "plain"), ("", "plain"), ("万", "plain"),
    ],
)
def test_unit_kind(unit: str, kind: str) -> None:
    assert unit_kind(unit) == kind


# --- extraction: real report sentences ----------------------------------------------------------


def test_report_sentence_money_percent_count() -> None:
    text = ("全区高新产业实现销售产值129.63亿元,占规上工业比重61.4%,创历史新高。"
            "新增国家重点扶持高新技术企业92家,累计总数达256家;")
    assert found(text) == [
        ("129.63亿元", 129.63, "亿元", "money", None, None),
        ("61.4%", 61.4, "%", "percent", None, None),
        ("92家", 92, "家", "count", None, None),
        ("256家", 256, "家", "count", None, None),  # 达/累计 are not hedges
    ]


def test_report_sentence_with_scaled_count_and_growth() -> None:
    text = "研发人员数3.65万人年;高新技术产业增加值461亿元,同比增长7.2%;新增高新技术企业163家"
    assert found(text) == [
        ("3.65万人年", 3.65, "万人年", "count", None, None),
        ("461亿元", 461, "亿元", "money", None, None),
        ("7.2%", 7.2, "%", "percent", None, None),
        ("163家", 163, "家", "count", None, None),
    ]
    m = extract_numbers(text)[0]
    assert to_base(m.value, m.unit) == (36500.0, "人年")
    assert text[m.number_start:m.number_end] == "3.65"


def test_qualifiers_before_inside_and_after() -> None:
    text = ("累计孵化移动互联网初创企业超过400家。各类创新创业项目5000多个;为1400余家企业定制,"
            "全市近200家企事业参加活动,预计超9亿元,占GDP比重将达2.7%以上,获得3万余元,"
            "基本可在一个月内结案,约50%左右")
    assert found(text) == [
        ("超过400家", 400, "家", "count", "超过", None),
        ("5000多个", 5000, "个", "count", "多", None),
        ("1400余家", 1400, "家", "count", "余", None),
        ("近200家", 200, "家", "count", "近", None),
        ("超9亿元", 9, "亿元", "money", "超", None),
        ("2.7%以上", 2.7, "%", "percent", "以上", None),
        ("3万余元", 3, "万元", "money", "余", None),
        ("一个月内", 1, "个月", "count", "内", None),
        ("约50%左右", 50, "%", "percent", "约", None),
    ]
    assert all(m.qualifier in QUALIFIERS for m in extract_numbers(text))


def test_qualifier_glued_into_a_word_is_not_a_qualifier() -> None:
    assert found("签约3家,就近5个") == [("3家", 3, "家", "count", None, None),
                                    ("5个", 5, "个", "count", None, None)]


def test_ranks() -> None:
    text = ("我区在全省90个县(市、区)经济竞争力中排名第四,5家企业获大赛前三,数量居全省第一。"
            "321家企业通过贯标认证,居副省级城市首位。8项指标位居全市前3。稳居全省前十;"
            "列全市第一名(总得分为7.5分),绍兴高新区全国排106位,居全省第二和第四。")
    got = [(s, v, u, k, q) for s, v, u, k, q, _ in found(text)]
    assert got == [
        ("90个", 90, "个", "count", None),
        ("第四", 4, "", "rank", None),
        ("5家", 5, "家", "count", None),
        ("前三", 3, "", "rank", "前"),
        ("第一", 1, "", "rank", None),
        ("321家", 321, "家", "count", None),
        ("首位", 1, "位", "rank", None),
        ("8项", 8, "项", "count", None),
        ("前3", 3, "", "rank", "前"),
        ("前十", 10, "", "rank", "前"),
        ("第一名", 1, "名", "rank", None),
        ("7.5分", 7.5, "分", "plain", None),
        ("106位", 106, "位", "rank", None),
        ("第二", 2, "", "rank", None),
        ("第四", 4, "", "rank", None),  # continues the enumeration of ranks
    ]
    first = extract_numbers("排名第四")[0]
    assert (first.start, first.number_start, first.number_end) == (2, 3, 4)


def test_ordinals_that_are_not_ranks() -> None:
    text = ("5家企业获第三届浙江“火炬杯”大赛,被确认为浙江省第二批创新型试点城区,"
            "把科技创新列为“第一短板”。第一,要抓创新;放在首位。全市第一个平台")
    assert spans(text) == ["5家", "第三届", "第二批"]
    assert [(m.value, m.unit, m.kind) for m in extract_numbers(text)][1:] == [(3, "届", "ordinal"), (2, "批", "ordinal")]


def test_dates() -> None:
    text = ("2016年以来,区科技局2017年上半年工作,10月份之后授权量下降;"
            "成文日期: | 2017-02-13 | 工作思路(20230629).docx,2016-2020年规划,"
            "2014—2017年度示范县,2012、2013年连续两年,5月31日召开,1-5月,前三季度,第一季度,"
            "二〇二三年")
    got = [(s, v, u, k, vm) for s, v, u, k, _, vm in found(text)]
    assert got == [
        ("2016年", 2016, "年", "date", None),
        ("2017年", 2017, "年", "date", None),
        ("10月份", 10, "月份", "date", None),
        ("2017-02-13", 20170213, "", "date", None),
        ("20230629", 20230629, "", "date", None),
        ("2016-2020年", 2016, "年", "date", 2020),
        ("2014—2017年度", 2014, "年度", "date", 2017),
        ("2012", 2012, "", "date", None),
        ("2013年", 2013, "年", "date", None),
        ("两年", 2, "年", "count", None),  # a duration, not a date
        ("5月", 5, "月", "date", None),
        ("31日", 31, "日", "date", None),
        ("1-5月", 1, "月", "date", 5),
        ("前三季度", 3, "季度", "date", None),
        ("第一季度", 1, "季度", "date", None),
        ("二〇二三年", 2023, "年", "date", None),
    ]
    assert extract_numbers("前三季度")[0].qualifier == "前"


def test_enumerated_months_and_days_are_dates() -> None:
    assert found("今年2、3月份,5月3、4日召开") == [
        ("2", 2, "", "date", None, None),
        ("3月份", 3, "月份", "date", None, None),
        ("5月", 5, "月", "date", None, None),
        ("3", 3, "", "date", None, None),
        ("4日", 4, "日", "date", None, None),
    ]
    assert found("分别为3、5、7个") == [("3", 3, "", "plain", None, None),
                                   ("5", 5, "", "plain", None, None),
                                   ("7个", 7, "个", "count", None, None)]


def test_bare_year_and_invalid_dates() -> None:
    assert found("上榜《财富》杂志2016全球独角兽榜") == [("2016", 2016, "", "date", None, None)]
    assert spans("编号20231345") == []  # not a calendar date, and an 8-digit code


def test_ranges() -> None:
    text = "建设产业研究院3-4家,10~20家,10至20家,10到20家,三至五年,1.2万-1.5万元,10-20万元,50%-60%"
    assert found(text) == [
        ("3-4家", 3, "家", "count", None, 4),
        ("10~20家", 10, "家", "count", None, 20),
        ("10至20家", 10, "家", "count", None, 20),
        ("10到20家", 10, "家", "count", None, 20),
        ("三至五年", 3, "年", "count", None, 5),
        ("1.2万-1.5万元", 1.2, "万元", "money", None, 1.5),
        ("10-20万元", 10, "万元", "money", None, 20),
        ("50%-60%", 50, "%", "percent", None, 60),
    ]
    mixed = extract_numbers("5000万-1.5亿元")[0]
    assert (mixed.value, mixed.value_max, mixed.unit) == (0.5, 1.5, "亿元")


def test_negative_numbers_and_changes() -> None:
    text = "高产增加值增速从2月的-7.7%提升至5月的7.5%,提升9个百分点;增速负50%以上企业清单"
    assert found(text) == [
        ("2月", 2, "月", "date", None, None),
        ("-7.7%", -7.7, "%", "percent", None, None),
        ("5月", 5, "月", "date", None, None),
        ("7.5%", 7.5, "%", "percent", None, None),
        ("9个百分点", 9, "个百分点", "points", None, None),
        ("负50%以上", -50, "%", "percent", "以上", None),
    ]


def test_chinese_quantities() -> None:
    text = ("对施一公等四位科学家,发明专利两个指标,两千五百万元,五十万元,百分之五十,"
            "三分之一以上,七成以上,增值100倍,按1:1配套,总数为三十五。")
    assert found(text) == [
        ("四位", 4, "位", "count", None, None),
        ("两个", 2, "个", "count", None, None),
        ("两千五百万元", 2500, "万元", "money", None, None),
        ("五十万元", 50, "万元", "money", None, None),
        ("百分之五十", 50, "百分之", "percent", None, None),
        ("三分之一以上", pytest.approx(1 / 3), "", "ratio", "以上", None),
        ("七成以上", 7, "成", "percent", "以上", None),
        ("100倍", 100, "倍", "ratio", None, None),
        ("1:1", 1, "", "ratio", None, None),
        ("三十五", 35, "", "plain", None, None),
    ]


def test_list_markers_are_not_numbers() -> None:
    text = ("一、主要成效及特点\n(一)高新产业集聚。\n1、区科技局\n2.研发经费投入\n(1)加强\n"
            "1)推进\n十一、其他\n(十二)附则\n一是壮大科技企业集群。二是提升能力。\n"
            "第一,要抓落实。其一,强化\n2、一、上半年工作回顾")
    assert spans(text) == []


def test_lexicalised_and_vague_numerals_are_not_numbers() -> None:
    text = ("涌现了一大批独角兽企业,实施一批项目,统一部署,进一步提升,重点城市之一,"
            "建设一流平台,一起推进,千万不要,万一出现,坚持一张蓝图绘到底,实施新一轮,"
            "几十家企业,数十个项目,五六家单位,一对一精准服务,一体化,上百家,一次性,"
            "三位一体,按七个一标准,区委八届九次、十次全会,市委七届十一次全会,发现一个问题")
    assert spans(text) == []


def test_names_and_codes_are_not_numbers() -> None:
    text = ("着力发展“4+1”产业,建成“互联网+1”核心区,绍兴市十三五规划,“十四五”时期,"
            "锚定“315”科创体系,市“3315计划”团队,5G基站,3D打印,文档编号:5497975,"
            "索引号: 113306000025770653/2017-18407,电话0577-88888888,版本v1.2.3,十一市科技部门,"
            "一轴三带三区六镇,四创两化,1号文件,9:30开会,新三板,No.3")
    assert spans(text) == []


def test_a_bare_decimal_bounded_by_以下_is_a_number_but_an_integer_glued_to_a_word_is_not() -> None:
    # A per-base rate has no unit: "亿元地区生产总值生产安全事故死亡率控制在0.038以下".
    (bound,) = extract_numbers("事故死亡率控制在0.038以下,坚决杜绝重特大事故")
    assert (bound.value, bound.unit, bound.qualifier) == (0.038, "", "以下")
    assert spans("实施“3315计划”,新建5以上工程") == []


def test_table_cells_and_spaced_units() -> None:
    text = "新增高新技术企业(家)\n\n50\n\n| 163 | 2.5 |\n市级15 家"
    assert found(text) == [
        ("50", 50, "", "plain", None, None),
        ("163", 163, "", "plain", None, None),
        ("2.5", 2.5, "", "plain", None, None),
        ("15 家", 15, "家", "count", None, None),
    ]


def test_colloquial_area_units_but_not_方面() -> None:
    assert [(m.value, m.unit) for m in extract_numbers("孵化面积合计40.91万方,办公用房2000平米")] == [
        (40.91, "万方"), (2000, "平米")]
    assert [m.unit for m in extract_numbers("从3个方面推进,分5方面落实")] == ["个"]


def test_boxes_are_a_count_but_not_luggage_or_a_box_transformer() -> None:
    assert [(m.value, m.unit, m.kind) for m in extract_numbers("全年销售卷烟12.64万箱,新建箱式变电站12座")] == [
        (12.64, "万箱", "count"), (12, "座", "count")]
    assert spans("采购30箱包装材料,箱包企业5家") == ["5家"]


def test_railway_carloads_are_a_count_but_not_a_workshop_or_a_vehicle():
    found = [(m.value, m.unit, m.kind) for m in extract_numbers("日均装车1705车,比上年增加128车,全年装车62.2万车")]
    assert found == [(1705, "车", "count"), (128, "车", "count"), (62.2, "万车", "count")]
    assert spans("3车间改造,新增公交车120辆,5车道") == ["120辆"]


def test_fish_cages_and_fry_are_counts_but_not_a_port_or_a_plate():
    found = [(m.value, m.unit) for m in extract_numbers("累计改造渔排18.6万口,增殖放流各类苗种1.36亿尾")]
    assert found == [(18.6, "万口"), (1.36, "亿尾")]
    assert spans("全市有3口岸,尾号限行,户籍人口52万人") == ["52万人"]

def test_archive_units_but_not_cigarettes_or_files():
    found_units = [(m.value, m.unit) for m in extract_numbers("馆藏档案98.6万卷(件),数字化1860万画幅,调阅2.3万卷次")]
    assert found_units == [(98.6, "万卷"), (1860, "万画幅"), (2.3, "万卷次")]
    assert spans("销售3万卷烟,整理300卷宗") == []


def test_orders_and_inspections_are_counts_but_not_words_made_with_them():
    found_units = [(m.value, m.unit) for m in extract_numbers("跨境电商单量达到1286万单,巡查销售网点2860站次")]
    assert found_units == [(1286, "万单"), (2860, "站次")]
    assert [(m.value, m.unit) for m in extract_numbers("3单元,2单位")] == [(2, "单位")]
    # Lessons are counted in 节; 节约, 节日 and 节点 are words.
    assert [(m.value, m.unit) for m in extract_numbers("全年课时1340节,开展节日活动5次,节约12节点")] == [(1340, "节"), (5, "次")]
    # Remains are counted in 具; 具体 and 具有 are words.
    assert [(m.value, m.unit) for m in extract_numbers("全年火化遗体5186具,日均14.2具")] == [(5186, "具"), (14.2, "具")]
    assert [m.unit for m in extract_numbers("3具有代表性")] != ["具"]
    # Text is counted in 字, in Arabic digits: "八字方针" and "12字方针" are no length.
    assert [(m.value, m.unit) for m in extract_numbers("全年新增撰写初稿48万字,落实八字方针和12字方针")] == [(48, "万字")]
    # "一、二类桥梁": grades, not a count of 类.
    assert [m.unit for m in extract_numbers("一、二类桥梁比例达到98.7%")] == ["%"]
    # Livestock and poultry together are counted in 头只.
    assert [(m.value, m.unit) for m in extract_numbers("春防免疫畜禽3556.3万头只,其中猪120万头")] == [(3556.3, "万头只"), (120, "万头")]
    # Video channels are counted in 路, in Arabic digits: "一路领先" and "路段" are words.
    assert [(m.value, m.unit) for m in extract_numbers("累计接入视频监控点位1.86万路,一路领先,3路段")] == [(1.86, "万路")]


def test_single_chinese_digit_needs_a_measure_word() -> None:
    assert spans("三农工作,三项工程,两创示范,六个示范区,一家企业") == ["三项", "六个", "一家"]


# --- extraction: properties --------------------------------------------------------------------

_CONTEXTS = ["全年新增企业", "技术交易额", "研发经费", "累计达到", "其中", "同比增长", "共有", ""]
_SAFE_UNITS = ["家", "项", "件", "名", "人次", "元", "万元", "亿元", "亿美元", "%", "个百分点",
               "万人年", "平方米", "倍", "吨"]


@st.composite
def _quantity_sentence(draw: st.DrawFn) -> tuple[str, str, float, str]:
    """A clause "<context><numeral><unit>。" and the numeral, its value and the unit."""
    context = draw(st.sampled_from(_CONTEXTS))
    unit = draw(st.sampled_from(_SAFE_UNITS))
    style = draw(st.sampled_from(["arabic", "grouped", "decimal", "chinese"]))
    n = draw(st.integers(min_value=1, max_value=10**9))
    if style == "arabic":
        numeral, value = str(n), float(n)
    elif style == "grouped":
        numeral, value = f"{n:,}", float(n)
    elif style == "decimal":
        numeral, value = f"{n / 100:.2f}", float(Decimal(n) / 100)
    else:
        numeral, value = cn2an.an2cn(n), float(n)
        if unit[0] in "万亿":  # "一万万元" is not how anyone writes; keep the scale in one place
            unit = unit[1:]
    return context + numeral + unit + "。", numeral, value, unit


@FAST
@given(_quantity_sentence())
def test_quantity_in_context_is_found_with_its_unit(case: tuple[str, str, float, str]) -> None:
    text, numeral, value, unit = case
    mentions = extract_numbers(text)
    assert len(mentions) == 1, (text, mentions)
    m = mentions[0]
    assert text[m.start:m.end] == numeral + unit
    # A Chinese numeral may hand its trailing 万/亿 to the unit; the base value is the same.
    got, expected = to_base(m.value, m.unit), to_base(value, unit)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0], rel=1e-12)
    assert m.kind == unit_kind(unit)


_FRAGMENTS = [
    "12", "3.5", "1,234", "2016", "20230629", "2023-07-14", "一", "二", "两", "十", "三十五", "百",
    "万", "亿", "〇", "家", "个", "项", "%", "个百分点", "亿元", "万元", "年", "月", "日", "季度",
    "第", "前", "首位", "超", "近", "约", "余", "多", "以上", "左右", "内", "至", "-", "~", "—",
    "、", ",", "。", "(", ")", "“", "”", ":", "/", "+", ".", " ", "\n", "是", "批", "排名", "居",
    "全省", "企业", "百分之", "分之", "成", "倍", "负", "G", "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25).map("".join))
def test_mentions_are_ordered_disjoint_and_hold_numeral_and_unit(text: str) -> None:
    mentions = extract_numbers(text)
    previous_end = 0
    for m in mentions:
        assert isinstance(m, NumberMention)
        assert previous_end <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
        previous_end = m.end
        assert m.kind in {"count", "money", "percent", "points", "rank", "ordinal", "ratio", "date", "measure", "plain"}
        assert m.qualifier is None or m.qualifier in QUALIFIERS
        assert math.isfinite(m.value)
        assert m.value_max is None or m.value_max > m.value
        span = text[m.start:m.end]
        # The unit is written in the span; an infix qualifier may split it ("3万余元").
        rest = iter(span)
        assert all(ch in rest for ch in m.unit), (text, m)
    assert extract_numbers(text) == mentions


def test_how_many_make_a_list_is_a_count_of_强() -> None:
    assert [(m.value, m.unit, m.kind) for m in extract_numbers("开展技术创新企业50强评选,十强企业")] == [
        (50, "强", "count"), (10, "强", "count")]
    assert extract_numbers("进一步增强实力,加强管理") == []
    assert [(m.value, m.unit) for m in extract_numbers("细化为6个方面31大项52小项")] == [(6, "个"), (31, "大项"), (52, "小项")]


def test_livestock_and_poultry_are_counted() -> None:
    units = [(m.value, m.unit) for m in extract_numbers("全年生猪出栏61.2万头,家禽出栏520万羽,植树3.2万棵")]
    assert units == [(61.2, "万头"), (520, "万羽"), (3.2, "万棵")]
    assert not any(m.unit == "头" for m in extract_numbers("培育3头部企业"))  # 头部 is a word, not a unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PM2.5平均浓度为38微克/立方米", [(38.0, "微克/立方米", "measure")]),
        ("孕产妇死亡率11.62/10万,婴儿死亡率3.84‰", [(11.62, "/10万", "percent"), (3.84, "‰", "percent")]),
        ("人均预期寿命76.85岁", [(76.85, "岁", "measure")]),
        ("集装箱吞吐量38.6万标箱", [(38.6, "万标箱", "count")]),
        ("举办赛事25场次", [(25.0, "场次", "count")]),
        ("经满洲里口岸进出境中欧班列2687列", [(2687.0, "列", "count")]),
        ("人均综合能耗316.5千克标准煤", [(316.5, "千克标准煤", "measure")]),  # 千 is no scale here
        ("综合能耗9330吨标准煤", [(9330.0, "吨标准煤", "measure")]),
        ("新建管道4.2千米", [(4.2, "千米", "measure")]),
        ("公路货物周转量487.6亿吨公里", [(487.6, "亿吨公里", "measure")]),
        ("旅客周转量3.2亿人公里", [(3.2, "亿人公里", "measure")]),
        ("总设计供水规模37万立方米/日", [(37.0, "万立方米/日", "measure")]),
        ("利用处置能力达到28.6万吨/年", [(28.6, "万吨/年", "measure")]),
        ("外借图书18.74万册次", [(18.74, "万册次", "count")]),
        ("采集全血8.8万单位,采集单采血小板1.18万治疗量", [(8.8, "万单位", "count"), (1.18, "万治疗量", "count")]),
        ("全市12个单位获评,单位面积产量", [(12.0, "个", "count")]),
        ("全县植保无人机累计达到238架,3架构", [(238.0, "架", "count")]),
        ("开设课程12门,其中三门坡镇11人次", [(12.0, "门", "count"), (11.0, "人次", "count")]),  # 三门坡 is a town  # 个 counts the 单位; no number, no unit
        ("岁末年初,占比1/2", []),  # 岁末 is no age; 1/2 no rate per 100,000
    ],
)
def test_units_of_health_environment_and_port_reports(text: str, expected: list) -> None:
    assert [(m.value, m.unit, m.kind) for m in extract_numbers(text)] == expected


def test_a_scale_before_a_unit_that_starts_with_a_scale_character() -> None:
    assert to_base(18.64, "亿千瓦时") == (1864000000.0, "千瓦时")
    assert unit_kind("亿千瓦时") == "measure" and unit_kind("万千瓦") == "measure"
    assert to_base(3, "千万元") == (30000000.0, "元")


def test_weather_and_munition_units_are_read_and_common_words_are_not_units() -> None:
    def read(text: str) -> list[tuple[str, float, str]]:
        return [(text[m.start:m.end], m.value, m.unit) for m in extract_numbers(text)]

    assert read("全市平均降水量2036.4毫米,平均气温19.2℃") == [("2036.4毫米", 2036.4, "毫米"), ("19.2℃", 19.2, "℃")]
    assert read("发射增雨火箭弹528枚、炮弹1146发") == [("528枚", 528, "枚"), ("1146发", 1146, "发")]
    assert read("建成2部X波段天气雷达,悬挂光荣牌860块") == [("2部", 2, "部"), ("860块", 860, "块")]
    assert read("共3发展阶段,涉及5部门") == []


def test_trips_of_vehicles_and_flights_are_counts() -> None:
    text = "保障航班起降10846架次,出动消防车3412辆次"
    assert [(text[m.start:m.end], m.unit) for m in extract_numbers(text)] == [("10846架次", "架次"), ("3412辆次", "辆次")]


def test_teeth_and_seeds_are_counted_and_particles_are_no_unit() -> None:
    assert found("全年完成种植牙5912颗,同比增长41.3%。")[0][:4] == ("5912颗", 5912, "颗", "count")
    assert found("为适龄儿童免费窝沟封闭3.86万颗牙")[0][:3] == ("3.86万颗", 3.86, "万颗")
    assert all(f[2] != "颗" for f in found("细颗粒物浓度下降12颗粒物"))


def test_a_price_keeps_its_measure_and_kiloliters_are_a_volume() -> None:
    assert found("籽棉平均收购价格6.94元/公斤,同比上涨3.1%")[0][:4] == ("6.94元/公斤", 6.94, "元/公斤", "money")
    assert found("平均销售价格约8.6万元/吨")[0][2:4] == ("万元/吨", "money")
    assert [f[:3] for f in found("销售成品酒3980千升,储存量达到1.96万千升")] == [("3980千升", 3980, "千升"), ("1.96万千升", 1.96, "万千升")]


def test_ship_tonnage_is_a_unit_of_its_own():
    found = extract_numbers("全年完工交付船舶23艘、221.4万载重吨,修正总吨86.5万修正总吨")
    assert [(m.value, m.unit) for m in found] == [(23.0, "艘"), (221.4, "万载重吨"), (86.5, "万修正总吨")]


def test_flat_glass_is_counted_in_weight_boxes():
    found = extract_numbers("全年生产平板玻璃2366万重量箱,综合能耗13.7千克标煤/重量箱,装车5箱")
    assert [(m.value, m.unit) for m in found] == [(2366.0, "万重量箱"), (13.7, "千克标煤/重量箱"), (5.0, "箱")]


def test_computing_power_in_pflops():
    found = extract_numbers("新增智能算力180P,年末算力总规模达到320P;P2P平台12家")
    assert [(m.value, m.unit) for m in found] == [(180.0, "P"), (320.0, "P"), (12.0, "家")]


def test_bottles_are_counted():
    found = extract_numbers("全年生产葡萄酒1860万瓶,销售瓶装水3个品种共860万瓶")
    assert [(m.value, m.unit) for m in found] == [(1860.0, "万瓶"), (3.0, "个"), (860.0, "万瓶")]


def test_bags_are_counted_but_not_kangaroos():
    found = extract_numbers("全年生产黑木耳菌包2460万袋,采购袋装饲料3袋鼠标2个")
    assert [(m.value, m.unit) for m in found] == [(2460.0, "万袋"), (2.0, "个")]


def test_energy_in_latin_units_of_watt_hours():
    found = extract_numbers("1-9月电芯出货量6.84GWh,商用车动力电芯出货1510MWh,装机2.5GW")
    assert [(m.value, m.unit) for m in found] == [(1.0, "月"), (6.84, "GWh"), (1510.0, "MWh"), (2.5, "GW")]


def test_boxes_are_counted_and_x家子_is_a_name():
    found = extract_numbers("全年销售大闸蟹礼盒28.6万盒,采购3盒装样品;五十家子收购站收购7300吨,新设两家子公司")
    assert [(m.value, m.unit) for m in found] == [(28.6, "万盒"), (7300.0, "吨"), (2.0, "家")]
    found = extract_numbers("银耳羹产量450万罐,新增罐头生产线2条、罐车3辆")
    assert [(m.value, m.unit) for m in found] == [(450.0, "万罐"), (2.0, "条"), (3.0, "辆")]


def test_lenses_pairs_and_spindles_are_counted_but_not_deputies_or_districts():
    found = extract_numbers("上半年生产树脂镜片4680万片、镜架214万副,纺纱规模达到32万锭;全县3副县长分管,划分12片区")
    assert [(m.value, m.unit) for m in found] == [(4680.0, "万片"), (214.0, "万副"), (32.0, "万锭")]
