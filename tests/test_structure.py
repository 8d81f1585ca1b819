from index.chunking import split_text
from index.structure import detect_sections, find_headings, heading_length

REPORT = """区科技局2016年工作总结及2017年工作思路
2016年以来,我局坚持创新驱动。
一、主要成效
(一)企业集聚加快。全区新增高新技术企业92家,累计256家。
(二)平台建设提速。新增众创空间5家。
2017年工作思路
一、主要目标
新增高新技术企业(家)
50
二、重点工作
一是加强培育。二是优化服务。
"""


def test_heading_length_stops_at_sentence_end():
    assert heading_length("(一)企业集聚加快。全区新增") == len("(一)企业集聚加快")


def test_sections_nest_and_part_titles_reset_the_path():
    paths = [s.path(REPORT) for s in detect_sections(REPORT)]
    assert ("一、主要成效", "(一)企业集聚加快") in paths
    assert ("2017年工作思路", "一、主要目标") in paths
    assert ("2017年工作思路", "二、重点工作", "一是加强培育") in paths
    # The document title line is metadata, not a section.
    assert all("区科技局" not in p[0] for p in paths)


def test_section_ranges_cover_their_text():
    for s in detect_sections(REPORT):
        label = s.headings[-1].label(REPORT)
        assert REPORT[s.start : s.end].startswith(label)
    target = next(s for s in detect_sections(REPORT) if s.path(REPORT)[-1] == "一、主要目标")
    assert "50" in REPORT[target.start : target.end]
    assert "92家" not in REPORT[target.start : target.end]


def test_inline_headings_in_flattened_scrapes():
    text = "今年以来成效明显。一、上半年工作回顾(一)以更大力度攻坚。新增企业3家。(二)以更大力度建设平台。新增2家。"
    labels = [h.label(text) for h in find_headings(text)]
    assert labels == ["一、上半年工作回顾", "(一)以更大力度攻坚", "(二)以更大力度建设平台"]


def test_bare_titles_merge_with_speaker_line_when_no_numbering():
    text = "晒一晒成绩单\n\n宁波 打造知识产权支点\n\n宁波市科技局局长 励永惠\n\n宁波新增专利1000件,增长10%。\n\n温州 推进科技金融\n\n温州市科技局局长 某某\n\n温州设立基金。\n"
    paths = [s.path(text) for s in detect_sections(text)]
    assert paths[0] == ("宁波 打造知识产权支点 宁波市科技局局长 励永惠",)
    assert paths[1][0].startswith("温州")


def test_an_appendix_is_a_part_of_its_own():
    text = "2020年工作总结\n一、成效\n新增企业3家。\n二、2021年工作打算\n力争新增5家。\n附表:2020年各县新认定高企情况\n县 | 新认定(家)\n南安市 | 58\n"
    paths = [s.path(text) for s in detect_sections(text)]
    assert paths[-1] == ("附表:2020年各县新认定高企情况",)
    appendix = detect_sections(text)[-1]
    assert text[appendix.start : appendix.end].rstrip().endswith("南安市 | 58")


def test_an_opening_outline_does_not_govern_the_body():
    text = (
        "目录/提纲:……\n一、工作开展情况\n(一)成效\n二、2014年工作目标\n一是加强服务\n区科技工作汇报材料\n"
        "近年来,全区科技工作取得较大进步,2013年科技进步指标列全市第一名,连续两年获得考核优秀单位称号。\n"
        "一、工作开展情况\n(一)成效\n新增企业3家。\n"
    )
    sections = detect_sections(text)
    assert [s.path(text) for s in sections] == [("一、工作开展情况",), ("一、工作开展情况", "(一)成效")]
    intro = text.index("近年来")
    assert all(not (s.start <= intro < s.end) for s in sections)  # the 2014 plan heading is outline only
    spaced = text.replace("目录/提纲:……", "目  录")  # a typeset outline title
    assert [s.path(spaced) for s in detect_sections(spaced)] == [("一、工作开展情况",), ("一、工作开展情况", "(一)成效")]


def test_chunks_never_split_a_number_from_its_unit():
    text = "全区高新产业实现销售产值129.63亿元,占规上工业比重61.4%,创历史新高。" * 20
    spans = split_text(text, [], size=60, overlap=10)
    assert len(spans) > 5
    for s in spans:
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        # every chunk boundary falls on punctuation, never inside "129.63亿元"
        assert piece[-1] in "。,;、" or s.end == len(text)


def test_chunks_respect_section_boundaries():
    text = "一、甲部分标题很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n二、乙部分标题很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。"
    spans = split_text(text, [text.index("二、")], size=500, overlap=0)
    assert [text[s.start : s.start + 2] for s in spans] == ["一、", "二、"]


def test_markdown_headings_give_their_level_and_lose_their_hashes():
    text = (
        "# 市教育局2023年工作总结和2024年工作思路\n\n前言。\n\n## 一、2023年工作总结\n\n### (一)资源供给扩大\n\n"
        "新增学位2.31万个。\n\n### 存在的问题\n\n学位偏紧。\n\n## 二、2024年工作思路\n\n新增学位2万个以上。\n"
    )
    paths = [s.path(text) for s in detect_sections(text)]
    assert paths == [
        ("一、2023年工作总结",),
        ("一、2023年工作总结", "(一)资源供给扩大"),
        ("一、2023年工作总结", "存在的问题"),
        ("二、2024年工作思路",),
    ]


def test_the_reports_title_repeated_below_page_residue_opens_no_part():
    text = "首页 > 政务公开 >\n\n某区科技局2019年工作总结及2020年工作思路\n\n一、2019年主要成效\n新增高企68家。\n\n2020年工作思路\n\n新增高企80家。\n"
    paths = [s.path(text) for s in detect_sections(text)]
    assert paths == [("一、2019年主要成效",), ("2020年工作思路",)]
