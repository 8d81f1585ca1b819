"""index.cleaning: provenance invariants, boilerplate and pinyin removal, normalisation."""
from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.cleaning import CleanText, clean_report, normalize_query, page_counter_lines, to_halfwidth, to_simplified
from index.loaders import load_report

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PINYIN_LEFT = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _source(stem: str) -> str:
    (path,) = CORPUS.glob(f"{stem}_*.txt")
    return load_report(path).text


@lru_cache(maxsize=1)
def _t2s_choices() -> dict[str, set[str]]:
    """Every simplified form OpenCC may give a traditional character, by itself or inside a phrase."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    choices: dict[str, set[str]] = {}
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        with io.open(folder / name, encoding="utf-8") as f:
            for line in f:
                key, values = line.rstrip("\n").split("\t")
                for value in values.split(" "):
                    for a, b in zip(key, value):
                        choices.setdefault(a, set()).add(b)
    return choices


def _forms(ch: str) -> set[str]:
    """What a source character may become in the clean text."""
    half = to_halfwidth(ch)
    misread = {"。"} if ch == "o" else set()  # a full stop scanned as a Latin o
    return {to_simplified(half)} | _t2s_choices().get(half, set()) | misread


def assert_provenance(source: str, clean: CleanText) -> None:
    """The invariants every CleanText keeps, whatever the input."""
    n = len(clean.text)
    assert len(clean.original) == n and clean.offsets.shape == (n,)
    assert clean.offsets.dtype == np.int64
    if n:
        assert clean.offsets[0] >= 0 and clean.offsets[-1] < len(source)
        assert np.all(np.diff(clean.offsets) > 0), "offsets must be strictly increasing"
    for i, (t, o) in enumerate(zip(clean.text, clean.original)):
        src = source[int(clean.offsets[i])]
        if t == o and o in " |" and src in "</t" and "</t" in source[int(clean.offsets[i]) - 2 : int(clean.offsets[i]) + 3]:
            continue  # the " | " written between a web page's table cells
        assert o == src
        # Usually exactly the per-character normalisation; an OpenCC phrase may pick another form.
        assert t in _forms(src), (i, src, t)


# --- provenance ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_corpus_provenance(path: Path) -> None:
    source = load_report(path).text
    clean = clean_report(source)
    assert_provenance(source, clean)
    assert len(clean.text) > 0.5 * len("".join(source.split()))
    for r in clean.removed:
        assert 0 <= r.start < r.end <= len(source)


_TOKENS = [
    "科技创新", "創(chuàng)新", "呈現(xiàn)", "業(yè)", "數(shù)", "(一)", "(IPO)", "(2016年)", "(R&D)", "（ｘｉàｎ）",
    "乾隆", "沈沒", "著作", "後髮", "１２３，ＡＢＣ", "％", "\u3000", "\xa0", " ", "\t", "\n", "\r\n", "\n\n",
    "首页 > 政策信息 >", "返回 下载 相关 举报", "第1页 / 共6页", "报告.docx_第2页", "0", "×", "129.63亿元",
    "索引号: | 1133/2017 | 公开方式: | 主动公开 |", "浙ICP备12345678号", "……(省略670字,正式会员可完整阅读)……",
    "\u200b", "\ufeff", "\x07", "?", "点击查看更多>>",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=6)), max_size=40).map("".join))
def test_provenance_property(source: str) -> None:
    clean = clean_report(source)
    assert_provenance(source, clean)
    n = len(clean.text)
    if n:
        start, end = sorted((hash(source) % n, (hash(source) // 7) % n))
        s, e = clean.source_span(start, end + 1)
        # The covering source range holds the clean characters in order (plus anything removed).
        assert (s, e) == (clean.offsets[start], clean.offsets[end] + 1)
        it = iter(source[s:e])
        assert all(ch in it for ch in clean.original[start : end + 1])


def test_to_simplified_preserves_length_with_phrases() -> None:
    text = "乾隆皇帝沈沒於海,創(chuàng)新發展\n著作權與後髮"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert out.startswith("乾隆皇帝沉没于海")  # phrase context: 乾 stays, 沈 → 沉
    assert "\n著作权与后发" in out


def test_normalize_query_width_and_script() -> None:
    q = "（一）科技創新投入１１３億元，增長７．２％　"
    assert normalize_query(q) == "(一)科技创新投入113亿元,增长7.2% "
    assert len(normalize_query(q)) == len(q)
    assert to_halfwidth("。、《》“”") == "。、《》“”"  # CJK punctuation is not width-mapped


# --- source spans -------------------------------------------------------------------------------


def test_source_span_maps_back_to_original_characters() -> None:
    source = _source("000")
    clean = clean_report(source)
    i = clean.text.index("129.63亿元")
    s, e = clean.source_span(i, i + len("129.63亿元"))
    assert source[s:e] == "129.63亿元"


def test_source_span_covers_removed_annotations() -> None:
    source = _source("002")
    clean = clean_report(source)
    i = clean.text.index("呈现全所未有")
    s, e = clean.source_span(i, i + 6)
    assert source[s:e] == "呈現(xiàn)全所未有"
    assert clean.original[i : i + 6] == "呈現全所未有"


def test_source_span_edges() -> None:
    clean = clean_report("第一行\r\n\r\n\r\n第二行")
    assert clean.text == "第一行\n\n第二行"
    assert clean.source_span(0, 0) == (0, 0)
    assert clean.source_span(len(clean.text), len(clean.text)) == (len("第一行\r\n\r\n\r\n第二行"),) * 2
    with pytest.raises(ValueError, match="outside"):
        clean.source_span(2, 1)
    with pytest.raises(ValueError, match="outside"):
        clean.source_span(0, len(clean.text) + 1)


# --- whitespace ---------------------------------------------------------------------------------


def test_crlf_indentation_and_blank_runs() -> None:
    source = "  (一)高新产业\r\n\r\n\r\n\u3000\u3000全区实现产值129.63亿元。  \r\n"
    clean = clean_report(source)
    assert clean.text == "(一)高新产业\n\n全区实现产值129.63亿元。\n"
    nl = [int(o) for o, t in zip(clean.offsets, clean.text) if t == "\n"]
    assert all(source[o] == "\n" for o in nl)


def test_inner_whitespace_runs_keep_their_first_character() -> None:
    clean = clean_report("杭州\u3000\u3000城西科创大走廊")
    assert clean.text == "杭州 城西科创大走廊"
    assert clean.original == "杭州\u3000城西科创大走廊"


# --- pinyin annotations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("科技工作呈現(xiàn)全所未有", "科技工作呈现全所未有"),
        ("授權(quán)數(shù)翻番", "授权数翻番"),
        ("呈現（xiàn）良好", "呈现良好"),  # full-width parentheses
        ("實現(shi2 xian4)目標", "实现目标"),  # tone numbers, two syllables
        ("綠(lǜ)色", "绿色"),
        ("導(dǎo)向", "导向"),
    ],
)
def test_pinyin_annotations_removed(source: str, expected: str) -> None:
    assert clean_report(source).text == expected


@pytest.mark.parametrize(
    "source",
    [
        "企业设立IPO(IPO)绿色通道",
        "(一)高新产业集聚",
        "1年(2017年)建成国家高新区",
        "研发投入(R&D)占比",
        "种植面积120公顷(ha)",
        "见图(a)和图(b)",
        "移动应用(app)下载量",
        "增速(yoy)为7.2%",
        "全区(市、区)经济竞争力",
    ],
)
def test_real_parentheticals_kept(source: str) -> None:
    assert clean_report(source).text == source


def test_toneless_pinyin_removed_only_where_toned_annotations_abound() -> None:
    annotated = "呈現(xiàn)、數(shù)據、創(chuàng)新、權(quán)利、實在(zai)"
    assert clean_report(annotated).text == "呈现、数据、创新、权利、实在"
    assert clean_report("實在(zai)很好").text == "实在(zai)很好"


def test_corpus_002_pinyin_gone_markers_kept() -> None:
    clean = clean_report(_source("002"))
    assert not PINYIN_LEFT.search(clean.text) and not PINYIN_LEFT.search(clean.original)
    assert "(xiàn)" not in clean.original
    assert "(一)科技工作呈现全所未有的良好局面" in clean.text
    assert "(总得分为7.5分)" in clean.text
    assert "創" in clean.original and "創" not in clean.text


# --- boilerplate: seed reports ------------------------------------------------------------------


def _lines(text: str) -> set[str]:
    return {line for line in text.split("\n") if line}


def test_corpus_000_portal_chrome_removed() -> None:
    clean = clean_report(_source("000"))
    for junk in ["首页 >", "订阅信息", "我有话要说", "您还可以输入", "精彩评论", "暂时没有相关评论", "举报", "在线客服", "返回顶部"]:
        assert junk not in clean.text, junk
    assert not {"×", "0"} & _lines(clean.text)
    assert clean.text.rstrip().endswith("开辟“绿色”通道。")
    # Content, including a table laid out one cell per line, stays.
    assert "全区高新产业实现销售产值129.63亿元,占规上工业比重61.4%,创历史新高。" in clean.text
    assert {"序号", "指标内容", "目标", "1", "57", "5", "8500/4800"} <= _lines(clean.text)
    assert clean.text.startswith("区科技局 文三管委会2016年工作总结及2017年工作思路\n")


def test_corpus_001_metadata_table_removed() -> None:
    clean = clean_report(_source("001"))
    for junk in ["索引号", "公开方式", "发布机构", "成文日期", "主题分类", "发文字号"]:
        assert junk not in clean.text, junk
    assert clean.text.startswith("绍兴市科学技术局\n2016年,我市紧紧围绕")
    assert "全社会研发经费113亿元;研发人员数3.65万人年" in clean.text


def test_corpus_002_paywall_notices_removed() -> None:
    clean = clean_report(_source("002"))
    for junk in ["省略670字", "正式会员", "未完", "仅显示", "收藏《"]:
        assert junk not in clean.text, junk
    # The notice glued to the end of a content line goes; the content before it stays.
    assert clean.text.rstrip().endswith("認真按照国家、省市科技进步目标考核要求和创新指标".replace("認真", "认真"))
    assert "产业园入驻企业16家,注册资金达1.5亿元。" in clean.text


def test_corpus_003_clean_report_is_left_alone() -> None:
    source = _source("003")
    clean = clean_report(source)
    assert clean.removed == []
    assert "".join(clean.text.split()) == "".join(source.split())


def test_corpus_004_document_site_scrape_removed() -> None:
    clean = clean_report(_source("004"))
    for junk in [
        "上传人", "文档编号", "返回 下载", "第1页 / 共6页", "docx_第", "点击查看更多", "资源描述", "由会员分享",
        "请在三一办公上搜索", "展开阅读全文", "相关资源", "猜你喜欢", "相关搜索", "当前位置", "ICP备", "经营许可证", "公网安备",
    ]:
        assert junk not in clean.text, junk
    # The scraped page-chunk counters ("1、", "2、") go; the body text stays, cut sentences rejoined.
    assert "\n区科技局2023年上半年工作总结及下半年工作思路今年以来" in clean.text
    assert "全区新增孵化面积18.32万平方米" in clean.text
    assert "高产增加值增速从2月的-7.7%提升至5月的7.5%" in clean.text
    assert "拓宽科技型企业融资渠道。" in clean.text


def test_removed_lines_are_reported_by_rule() -> None:
    source = _source("004")
    rules = {r.rule for r in clean_report(source).removed}
    assert {"metadata", "widget", "page_marker", "member_notice", "breadcrumb", "footer"} <= rules


# --- boilerplate: general rules on unseen pages --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "您的位置:首页 > 新闻中心 > 正文",
        "当前位置：首页＞工作动态",
        "政策文件 > 工作总结 > 正文",
        "发布时间:2020-01-02 来源:市政府办公室 浏览次数:1234",
        "来源:市科技局",
        "第 3 页 共 10 页",
        "- 3 -",
        "Page 2 of 9",
        "Copyright © 2020 某市人民政府 版权所有",
        "浙ICP备12345678号-1",
        "下载需要5积分",
        "VIP专享文档",
        "分享到: 微信 微博 QQ空间",
        "【打印本页】【关闭窗口】",
        "上一篇:关于做好2020年科技工作的通知",
        "字号:大 中 小",
        "登录后才能发表评论",
    ],
)
def test_general_boilerplate_lines(line: str) -> None:
    source = f"一、主要成效\n{line}\n全年新增高新技术企业92家。\n"
    assert clean_report(source).text == "一、主要成效\n全年新增高新技术企业92家。\n"


@pytest.mark.parametrize(
    "line",
    [
        "资金来源:财政拨款3000万元",
        "全年专利申请量10933件,同比增长12%。",
        "一、上半年工作回顾",
        "1",
        "8500/4800",
        "增长(%)",
        "推进知识产权保护,建立举报投诉和维权援助机制。",
        "市县联合开展专利行政执法专项行动4次,查处假冒专利案件100余件;",
        "其中(未完成的3个项目)已列入督办",
        "本报告(全文共5章)分三部分",
        "微博 | 38.9 | 7340 | 0.86 | -4.2",  # a table row whose label is a widget word
    ],
)
def test_content_lines_kept(line: str) -> None:
    source = f"一、主要成效\n{line}\n全年新增高新技术企业92家。\n"
    assert clean_report(source).text == source


def test_repeated_short_lines() -> None:
    nav = "科技局门户网站"
    thrice = "\n".join(["正文第一段。", nav, "正文第二段。", nav, "正文第三段。", nav])
    assert nav not in clean_report(thrice).text
    twice = "\n".join([nav, "正文第一段。", nav, "正文第二段。"])
    assert clean_report(twice).text.count(nav) == 2
    # Numbers repeat in tables; they are not navigation.
    table = "\n".join(["序号", "1", "目标", "5", "序号", "5", "目标", "5"])
    assert clean_report(table).text == table


def test_wordless_scraps_go_only_between_removed_lines() -> None:
    assert clean_report("正文。\n返回顶部\n0\n意见反馈\n").text == "正文。\n"
    assert clean_report("目标\n0\n正文。").text == "目标\n0\n正文。"


def test_empty_source() -> None:
    clean = clean_report("")
    assert clean.text == "" and clean.original == "" and clean.offsets.shape == (0,)


def test_toneless_pinyin_decision_is_per_document() -> None:
    source = "呈現(xiàn)良好\n數(shù)據\n創(chuàng)新\n實在(zai)\n"
    assert clean_report(source).text == "呈现良好\n数据\n创新\n实在\n"


def test_page_counters_go_and_cut_sentences_join_again():
    long = "这是一段很长的被切断的文字,说明科技创新工作取得了新的进展" * 3
    pages = [f"{i}、{long}" for i in range(1, 6)]
    pages[2] = "3、" + long + "全区新增孵化面积"
    pages[3] = "4、18.32万平方米," + long + "。"
    source = "\n\n".join(pages)
    clean = clean_report(source)
    assert "全区新增孵化面积18.32万平方米" in clean.text
    assert not re.search(r"(?m)^\d、", clean.text)
    assert {r.rule for r in clean.removed} == {"page_counter"}
    at = clean.text.index("18.32")
    assert source[clean.offsets[at] : clean.offsets[at] + 5] == "18.32"
    # The page after a closed sentence starts a new paragraph.
    assert "。\n" in clean.text


def test_a_short_numbered_list_is_not_page_counters():
    assert page_counter_lines(["1、抓体系", "2、抓重点", "3、抓核心", "4、抓管理", "5、抓考核"]) == set()
    long = "被切断的文字" * 12
    assert page_counter_lines([f"{i}、{long}" for i in range(1, 7)]) == set(range(6))


def test_a_line_break_inside_a_sentence_is_joined():
    source = (
        "一是做好试点城市建设。3月10日召开全市科技创新工作会议暨国家创\n\n新型城市试点工作推进会,强化部署。\n"
        "宁波 打造知识产权支点\n宁波市科技局局长 励永惠\n全市新增专利1000件。\n二是加强服务。推进\n(一)平台建设。\n"
    )
    text = clean_report(source).text
    assert "暨国家创新型城市试点工作推进会" in text
    assert "宁波 打造知识产权支点\n宁波市科技局局长 励永惠\n" in text  # titles keep their lines
    assert "推进\n(一)平台建设" in text  # a heading opens its own line


def test_a_full_stop_misread_as_o_is_read_as_a_full_stop():
    source = "研发强度提升到3.57%,位列全市第2o(二)以更大力度培育科企。Hello world o no."
    clean = clean_report(source)
    assert "第2。(二)以更大力度" in clean.text and "world o no" in clean.text
    assert len(clean.text) == len(source)  # one character for one: offsets into the source hold


def test_a_running_header_that_repeats_the_title_keeps_the_title() -> None:
    title = "某某农商银行2022年工作总结"
    pages = [f"正文第{i}页,各项存款余额{i}00亿元。" for i in range(1, 5)]
    source = title + "\n\n" + "\n— 1 —\n".join(f"{p}\n{title}" for p in pages)
    text = clean_report(source).text
    assert text.startswith(title) and text.count(title) == 1


def test_a_page_break_before_a_number_is_rejoined() -> None:
    source = (
        "1.收入情况。全市一般公共预算收入完成98.64亿元,为预算的\n- 2 -\n"
        "101.3%,同比增长6.8%。\n2.支出情况。全市一般公共预算支出完成326.45亿元。\n"
    )
    text = clean_report(source).text
    assert "为预算的101.3%" in text and "\n2.支出情况" in text


def test_a_pdf_line_wrapped_after_a_comma_is_rejoined() -> None:
    source = "经济运行稳中向好。前三季度,全市实现地区生产总值1088.6亿元,\n同比增长4.8%,增速比上半年加快0.6个百分点。\n二、农业生产\n"
    text = clean_report(source).text
    assert "1088.6亿元,同比增长4.8%" in text and "\n二、农业生产" in text


def test_a_pdf_line_wrapped_in_a_sentence_without_a_full_stop_is_rejoined() -> None:
    source = (
        "（四）强化源头治理。全年共查处各类交通违法行为5.83万起，其中查处酒驾\n"
        "醉驾1264起（醉驾318起），清理整治道路交通安全隐患点段76处，排查整改农村\n"
        "“马路市场”12个。\n二、存在的问题\n"
    )
    text = clean_report(source).text
    assert "其中查处酒驾醉驾1264起" in text and "排查整改农村“马路市场”" in text
    assert "\n二、存在的问题" in text



def test_a_pdf_line_wrapped_inside_a_bracket_is_rejoined() -> None:
    source = (
        "（二）出水水质稳定达标。全年出水达标率保持100%，全年削减化学需氧量（\n"
        "COD）27640吨，同比增长7.6%；削减氨氮2715吨。\n二、存在的问题\n"
    )
    text = clean_report(source).text
    assert "削减化学需氧量(COD)27640吨" in text.replace("（", "(").replace("）", ")")
    assert "\n二、存在的问题" in text


def test_a_pdf_line_of_a_list_wrapped_mid_list_is_rejoined_and_a_table_is_not() -> None:
    source = (
        "截至2024年底,全市在册患者1.38万人。分县(市、区)看,端州区2106人、鼎湖区\n"
        "871人、高要区2874人、四会市2650人、广宁县1932人、怀集县2418人、封开县\n"
        "1402人。\n"
        "表1 2024年各县(市、区)在册患者情况\n县(市、区) | 在册患者(人) | 规范管理率(%)\n端州区 | 2106 | 93.2\n"
    )
    text = clean_report(source).text
    assert "鼎湖区871人、高要区2874人" in text and "封开县1402人。" in text
    assert "情况\n县(市、区) | 在册患者(人)" in text

# --- saved web pages -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某市法院工作报告_某法院网</title>
<style>p { margin: 0 }</style></head>
<body><nav class="main-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/news/">法院新闻</a></li>
</ul></nav>
<div class="article"><h1>某市中级人民法院工作报告</h1>
<p>全年共受理各类案件68425件,同比增长4.7%&nbsp;;审结63918件。</p><p>结案率93.41%。</p>
</div>
<footer>主办单位:某市中级人民法院 | 备案号 12345</footer>
</body></html>
"""


def test_a_saved_web_page_cleans_to_its_article_with_offsets_into_the_markup() -> None:
    clean = clean_report(PAGE)
    assert clean.text.strip().split("\n") == ["某市中级人民法院工作报告", "全年共受理各类案件68425件,同比增长4.7%;审结63918件。结案率93.41%。"]
    i = clean.text.index("68425件")
    s, e = clean.source_span(i, i + len("68425件"))
    assert PAGE[s:e] == "68425件"
    assert {r.rule for r in clean.removed} == {"markup"}
    assert_provenance(PAGE, clean)


def test_a_report_that_mentions_a_tag_keeps_it() -> None:
    text = "网站改版后,正文统一用<p>标签分段。\n全年发布信息1200条。"
    assert clean_report(text).text == text


def test_a_web_pages_table_rows_read_as_cell_rows() -> None:
    page = PAGE.replace("<p>结案率93.41%。</p>", "<table>\n<tr><td>乡镇</td><td>调解纠纷(件)</td></tr>\n"
                        "<tr><td>扬眉镇</td> <td align=\"right\">213</td></tr>\n</table>")
    clean = clean_report(page)
    assert "乡镇 | 调解纠纷(件)\n扬眉镇 | 213" in clean.text
    i = clean.text.index("213")
    s, e = clean.source_span(i, i + 3)
    assert page[s:e] == "213"
    assert_provenance(page, clean)


def test_markdown_bold_markers_go_and_the_words_keep_their_offsets() -> None:
    text = "## 一、主要指标\n\n**(一)创新主体量质齐升。** 全市有效高新技术企业**180家**。\n注*:单价以**计。"
    clean = clean_report(text)
    assert clean.text.split("\n")[2] == "(一)创新主体量质齐升。 全市有效高新技术企业180家。"
    assert clean.text.split("\n")[3] == "注*:单价以**计。"  # no pair on the line: stars are text
    i = clean.text.index("180家")
    assert text[slice(*clean.source_span(i, i + 4))] == "180家"
    assert {r.rule for r in clean.removed} == {"emphasis"}
    assert_provenance(text, clean)


def test_stars_for_a_withheld_name_stay_in_plain_text() -> None:
    text = "连续两年获得**市科技进步考核优秀单位,**市对区年度目标考核中科技进步为优秀。"
    assert clean_report(text).text == text


def test_a_bold_numbered_lead_opens_a_section() -> None:
    from index.structure import find_headings

    clean = clean_report("# 某市科技局2024年上半年工作总结\n\n## 一、主要指标\n\n**(一)创新主体量质齐升。** 全市有效高新技术企业180家。\n")
    labels = [clean.text[s:e] for h in find_headings(clean.text) for s, e in h.parts]
    assert labels == ["一、主要指标", "(一)创新主体量质齐升"]


def test_a_pdf_line_wrapped_before_a_year_mid_sentence_is_rejoined_and_a_year_heading_is_not() -> None:
    source = (
        "截至2024年底,累计建成村级快递服务站1260个,其中\n"
        "2024年新增340个;西华县率先实现行政村快递服务全覆盖。\n"
        "三是末端网络仍不完善,部分乡镇服务站运营困难。\n"
        "2025年工作思路\n"
    )
    text = clean_report(source).text
    assert "其中2024年新增340个" in text and "\n2025年工作思路" in text
