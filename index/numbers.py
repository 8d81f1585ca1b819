"""Number mentions in normalised Chinese report text: find them, parse them, compare their units.

Input is already normalised (simplified script, half-width digits and punctuation); every offset
returned is an index into the string given. A mention is what a reader would call "a number":

    >>> [(m.value, m.unit, m.kind, m.qualifier) for m in extract_numbers("新增企业92家,超400家,占61.4%")]
    [(92.0, '家', 'count', None), (400.0, '家', 'count', '超'), (61.4, '%', 'percent', None)]

Conventions (the contract callers rely on):

* ``value`` is the numeral as written; a scale (万/亿/千...) written after it is part of ``unit``:
  "129.63亿元" → 129.63 "亿元"; "两千五百万元" → 2500 "万元". ``to_base`` resolves scales.
* ``unit`` is the contiguous unit text right after the numeral, except for two forms: an infix
  qualifier splits it ("3万余元" → unit "万元", qualifier "余"), and "百分之五十" has its unit
  ("百分之") *before* the numeral.
* Dates are mentions too (kind "date"), so callers can read periods: "2016年" → 2016 "年";
  "10月份" → 10 "月份"; numeric dates "2023-07-14" / "20230629" → value yyyymmdd, unit "".
  A Chinese date "2023年7月14日" gives three mentions (year, month, day).
* Ranks: "排名第四" → mention "第四", rank 4; "前十" → rank 10 qualifier "前"; "首位"/"榜首" → 1.
* Ordinals of a series: "第三届", "第二批" → kind "ordinal", unit 届/批 (they answer 第几届).
* Ranges "10-20家", "10至20家", "1.2万-1.5万元", "三至五年": ``value``..``value_max``, both in
  the unit of the upper bound as written.
* Negative numbers: "-7.7%" and "负50%" → -7.7, -50 (the sign is part of the numeral span).
* Ratios: "100倍" → 100 "倍"; "1:1" and "三分之一" → N/M with unit "". "七成" → percent 7 "成".
* Areas, lengths, weights ("万平方米", "万方", "亩", "吨") are kind "measure".
* A bare number (no unit) is kind "plain" with unit "": a table cell ("| 163 |", a line "50"),
  or the first items of an enumeration ("3、5、7个"; "2、3月份" makes the "2" a date).

Deliberately *not* numbers (a false number costs more than a missed one):

* list markers and discourse ordinals: "一、", "(一)", "(1)", "1、", "2." before text, "一是",
  "第一," and any "第N" that is not in a ranking context ("第一短板", "第1页");
* numerals inside names and codes: "十三五", "“4+1”产业", "互联网+1", "5G", "“315”工程",
  "3315计划" (a bare Arabic number glued to a following ideograph is a name, not a quantity),
  identifiers of 7+ digits, "0577", "v1.2.3", "ab/2017-18407";
* lexicalised 一 and vague numerals: "一批", "一大批", "统一", "进一步", "之一", "一流", "一起",
  "万一", "千万", "几十家", "数十个", "五六家", "上百家";
* a lone Chinese digit without a measure word ("三农", "四创两化"); Chinese numerals need a unit
  unless they are a compound quantity such as "三十五" standing before punctuation.

Qualifiers form the closed set ``QUALIFIERS`` (text → sense). Only hedges and bounds qualify:
"达/达到/累计/共" state the number plainly and are not qualifiers.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import cn2an

__all__ = [
    "NumberMention",
    "QUALIFIERS",
    "extract_numbers",
    "parse_number",
    "to_base",
    "unit_kind",
]

# --- vocabulary --------------------------------------------------------------------------------

#: Every qualifier extract_numbers can report, with the bound it puts on the value.
#: "lower": the true value is >= value; "upper": <= value; "approx": about; "top": the first N.
QUALIFIERS: dict[str, str] = {
    # before the number
    "超过": "lower", "超": "lower", "逾": "lower", "不少于": "lower", "不低于": "lower",
    "至少": "lower", "最低": "lower",
    "近": "upper", "将近": "upper", "接近": "upper", "不足": "upper", "不到": "upper",
    "不超过": "upper", "不高于": "upper", "最多": "upper", "最高": "upper",
    "约": "approx", "大约": "approx",
    "前": "top",
    # between the number and its unit ("1400余家", "5000多个", "3万余元")
    "余": "lower", "多": "lower",
    # after the unit
    "以上": "lower", "以下": "upper", "以内": "upper", "之内": "upper", "内": "upper",
    "左右": "approx",
}
_QUAL_BEFORE = sorted((q for q in QUALIFIERS if q not in ("余", "多", "以上", "以下", "以内",
                                                         "之内", "内", "左右", "前")),
                      key=len, reverse=True)
_QUAL_AFTER = ("以上", "以下", "以内", "之内", "左右")
# Characters that glue to a one-character qualifier to form another word: 签约, 就近, 赶超.
_QUAL_GLUE = {
    "约": set("签节预合制契公特履邀违缔条盟相婚守践租集解隐誓"),
    "近": set("就临附靠贴亲邻迫逼浅远新"),
    "超": set("赶高招"),
}

# Scales written between a numeral and its unit; they belong to the unit ("亿元", "万人").
_SCALE_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_SCALE_RE = re.compile(r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千(?![克米瓦升])|百)(?!分点|分之)")  # 千克, 千米, 千瓦, 千升: units

# Base units, each with the characters that must not follow it (they would make another word:
# "家庭", "台州", "条件", "分别"). Matched longest first.
# A price per measure is money too, with its measure kept: "籽棉平均收购价格7.36元/公斤" is no 7.36元.
_PER_MEASURES = ("吨", "公斤", "千克", "斤", "亩", "人", "人次", "平方米", "千瓦时", "度", "立方米", "方", "头", "只",
                 "件", "台", "次", "月", "年", "天", "日", "户", "张", "株", "箱", "辆", "床日")
_MONEY_UNITS = ("美元", "欧元", "日元", "港元", "英镑", "元", *(f"元/{m}" for m in _PER_MEASURES))
_PERCENT_UNITS = ("%", "‰", "百分之", "千分之", "成", "/10万", "/万")  # "孕产妇死亡率11.62/10万": a rate
_POINT_UNITS = ("个百分点", "百分点")
_DATE_UNITS = ("年度", "月份", "月", "日", "号", "季度")
_TIME_UNITS = frozenset(("年", "个月", "月", "季度", "个季度", "天", "周", "小时", "分钟",
                         "工作日", "个工作日", "日"))
_COUNT_UNITS = (
    "人次", "人年", "家次", "项次", "批次", "户次", "件次", "台次", "架次", "辆次", "艘次", "车次", "班次", "剂次", "剂", "个月", "个季度", "个工作日", "工作日", "周年",
    "小时", "分钟", "家", "个", "项", "件", "名", "人", "位", "所", "篇", "台", "套", "次", "场",
    "批", "户", "条", "款", "期", "天", "年", "周", "只", "支", "座", "栋", "处", "张", "本",
    "份", "种", "类", "株", "辆", "艘", "例", "笔", "宗", "起", "轮", "页", "册", "间", "门",
    "强",  # "评选50强", "全国百强": how many make the list
    "大项", "小项", "大类", "小类",  # "28大项43小项"
    "头", "羽", "棵",  # livestock, poultry, trees: "生猪出栏61.2万头"
    "头只",  # livestock and poultry together: "春防免疫畜禽3556.3万头只"
    "场次", "标箱",  # "集装箱吞吐量38.6万标箱"
    "枚", "发", "部", "幅", "块", "组",  # "发射增雨火箭弹528枚、炮弹1146发", "2部雷达", "光荣牌860块"
    "箱",  # "销售卷烟12.64万箱"
    "车",  # railway carloads: "日均装车1705车"
    "口", "尾",  # fish-farm cages and fry: "累计改造18.6万口", "增殖放流各类苗种1.36亿尾"
    "卷", "卷次", "画幅",  # archives: "馆藏档案98.6万卷(件)", "调阅2.3万卷次", "数字化1860万画幅"
    "列",  # trains: "中欧班列2687列"
    "册次", "篇次", "期次",  # loans and issues: "外借图书18.74万册次"
    "单位", "治疗量",  # blood: "采集全血8.8万单位", "采集单采血小板1.18万治疗量"
    "架",  # aircraft: "植保无人机累计达到238架"
    "站次", "点次", "校次", "企次",  # inspections: "巡查销售网点2860站次"
    "单",  # orders and waybills: "跨境电商进出口单量达到1286万单"
    "节",  # lessons: "全年课时1340节"
    "具",  # remains: "全年火化遗体5186具"
    "路",  # video channels: "接入视频监控点位1.86万路"
    "字",  # text length: "全年新增撰写初稿48万字"
    "颗", "粒",  # teeth, pills, seeds: "全年完成种植牙6823颗", "窝沟封闭4.18万颗牙"
    "台件", "台套",  # instruments and sets of equipment: "强制检定计量器具4.36万台件"
    "瓶",  # bottles: "全年生产葡萄酒1860万瓶"
    "群",  # bee colonies: "自有蜂群1.86万群"
    "袋",  # bagged goods and mushroom logs: "全年生产黑木耳菌包2460万袋"
    "盒",  # boxed goods: "全年销售大闸蟹礼盒28.6万盒"
    "罐",  # canned goods: "银耳羹产量(万罐)"
    "片",  # lenses, tablets, wafers: "生产树脂镜片4680万片"
    "副",  # pairs: "生产镜架214万副"
    "锭",  # spindles: "纺纱规模达到32万锭"
)
_MEASURE_UNITS = (
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "米", "㎡", "亩", "吨",
    "千克", "公斤", "千瓦时", "千瓦", "兆瓦", "瓦", "分", "平米", "方",
    "微克/立方米", "毫克/立方米", "毫克/升",  # "PM2.5平均浓度为38微克/立方米"
    "岁",  # "人均预期寿命76.85岁"
    "千升",  # liquor and fuel by volume: "销售成品酒4230千升"
    "载重吨", "修正总吨", "总吨",  # ships: "完工交付船舶23艘、221.4万载重吨"
    "毫米", "厘米", "毫升", "℃",  # "平均降水量2036.4毫米", "平均气温19.2℃"
    "吨标准煤", "千克标准煤", "吨标煤",  # energy use: "人均综合能耗316.5千克标准煤"
    # Freight and passenger work, and capacities per day or year, are one unit each:
    # "货物周转量487.6亿吨公里", "供水规模37万立方米/日", "处置能力28.6万吨/年".
    "吨公里", "人公里", "立方米/日", "立方米/天", "吨/日", "吨/天", "吨/年", "立方米/年",
    # Use per unit of output: "单位产品综合能耗33.5千克标准煤/百米", "万元产值能耗0.42吨标准煤/万元".
    "千克标准煤/百米", "千克标准煤/吨", "吨标准煤/万元", "千克标准煤/万元", "立方米/万元", "吨/万元",
    "千克标准煤/重量箱", "千克标煤/重量箱",
    "重量箱",  # flat glass: "全年生产平板玻璃2366万重量箱"
)
# What a question may ask "多少<unit>" of (rag's vocabulary reads these).
COUNT_UNITS = _COUNT_UNITS
MEASURE_UNITS = _MEASURE_UNITS
TIME_UNITS = _TIME_UNITS
_ASCII_UNITS = ("kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "KB", "MB", "GB", "TB", "km", "kg", "EFLOPS", "PFLOPS", "TFLOPS", "P")  # P: computing power in PFLOPS ("算力总规模达到320P")
_UNIT_GUARD = {
    "元": "素旦首宵气", "家": "庭乡长属具电用园居族", "个": "体性税", "项": "目", "名": "单称义牌誉录额",
    "人": "民", "位": "于置数", "所": "以有在属得谓", "台": "州湾账阶风商胞", "条": "件例约",
    "款": "项", "期": "间限待望货刊", "群": "众体落岛组聊", "场": "所景地面馆", "批": "准复示", "户": "口籍外",
    "天": "然津使", "周": "边期转围到", "处": "理置罚长室于在", "本": "地市区县级科土届次身质部",
    "份": "额", "单位": "面时产工内职", "架": "构设子空势", "种": "子植", "类": "似型别", "起": "步草点来", "例": "如外", "宗": "旨教",
    "间": "接隔", "年": "级龄轻代鉴", "分": "别之类为布析配局批期工行享级院会支校钟摊管",
    "门": "户槛类坡峡县镇村口诊店市区乡", "发": "展布放现生挥起出送行明射表动改达电票文证言", "部": "门署分长位队委属件", "块": "状", "剂": "型量", "组": "织成建合团长件网", "岁": "月末", "头": "部号条脑雁版像衔等", "羽": "毛绒球", "方": "面式案向法针位便正阵圆舟略言", "月": "亮球饼", "日": "益常", "次": "要", "套": "餐", "箱": "包式体变", "卷": "烟宗轴帘尺材帙首",
    "单": "元独项一身据价品次笔列日月季个体纯调向程",
    "节": "能约日点水目省庆假奏气支余俭制电地粮肢段拍",
    "具": "体有备结",
    "车": "间辆站次型道位险主厢队牌票速程身载流务贷企联",
    "口": "岸径罩号令碑味头子腔服感语气袋粮井",
    "尾": "号气款声部数矿货巴随水",
    "路": "线段口面灯网径由费况基标牌演上边过人子",
    "字": "方号头形样句幕段母节体据典",
    "颗": "粒星心", "粒": "子径度", "瓶": "颈装子", "袋": "鼠装子式熊", "盒": "子饭马装式", "罐": "头车区装体子",
    "片": "区面段长子刻状儿", "锭": "子剂",
    "副": "总主县市省部局院书处科镇乡区所厅队校长会理教高食产作业手词刊本将官司经职团组",
}
# Longer guards than a character: "五十家子收购站" and "三家子村" are names (the X家子 of the north),
# while "两家子公司" counts subsidiaries.
_UNIT_GUARD_WORDS = {"家": "子(?!公司|企业|品牌|平台)"}
_BASE_UNITS = sorted(
    set(_MONEY_UNITS + ("%", "‰", "倍", "/10万", "/万") + _POINT_UNITS + _DATE_UNITS + _COUNT_UNITS
        + _MEASURE_UNITS),
    key=len, reverse=True,
)
_BASE_UNIT_SET = frozenset(_BASE_UNITS)
_BASE_RE = re.compile(
    "|".join(
        re.escape(u)
        + (f"(?![{_UNIT_GUARD[u]}])" if u in _UNIT_GUARD else "")
        + (f"(?!{_UNIT_GUARD_WORDS[u]})" if u in _UNIT_GUARD_WORDS else "")
        for u in _BASE_UNITS
    )
    + "|"
    + "|".join(re.escape(u) + "(?![A-Za-z])" for u in _ASCII_UNITS)
)
# After a bare "一" these measure words make an article or an idiom, not a count of one:
# "一个重要", "一种模式", "一批企业", "一起", "一番".
_LEXICAL_ONE_UNITS = frozenset(("个", "种", "批", "起", "场", "次", "份", "期", "类", "门", "本",
                                "条", "套", "张", "轮", "头"))
# Idioms holding a numeral followed by a measure word; a numeral overlapping one is not a number.
# (Labels such as "一年一度", "七个一" need no entry: a unit followed by a numeral is a label.)
_STOP_WORDS = (
    "一带一路", "一对一", "一条龙", "一站式", "一次性", "一揽子", "一件事", "一把手", "一盘棋",
    "一年级", "三年行动", "五年规划", "千家万户",
    "一天天", "一年年", "一项项", "一个个", "一批批", "一件件", "一步步",
)
# A Chinese numeral right after one of these is part of a word: 统一, 之一, 其二, 周五, 星期一.
_CN_GLUE_LEFT = set("统唯同单之逐合划归纯专均不某任另其周期届初几数")
_ONE_GLUE_LEFT = set("这那哪每上下万")
# "第N" followed by one of these is an ordinal label (第三届, 第二批, 第1页), not a rank.
_SERIES_MEASURES = set("届批期轮")  # 第N of these is an ordinal fact (kind "ordinal")
_ORDINAL_MEASURES = set("届批期次页章节条款号轮个家项件种类级代版卷集部篇场年月天日周季段步块层")
# A bare number followed by these is an identifier: 1号文件, 3级, 2期工程, 5代.
_ID_SUFFIX = set("号届级版型代路楼室栋层")
# Words that make a "第N" / "首位" a ranking: 排名第四, 居全省第一, 列全市第一名, 全国第3.
_RANK_CUES = ("排名", "排", "居", "列", "位于", "升至", "跃升", "保持", "全国", "全省", "全市",
              "全区", "全县", "全球", "世界", "同类", "同行", "行业", "系统")
# A count of places after one of these is a rank: "全国排106位", "位居第3名" (via 第 too).
_RANK_VERBS = ("排名", "排在", "排", "位居", "位列", "名列", "跃居", "居", "列", "升至")
_CLAUSE_BREAK = re.compile(r"[,。;:!?、\n()\[\]“”\"]")
# "前" inside these words is not the "top N" qualifier: 目前, 此前, 提前3天.
_FRONT_GLUE = set("目当此之提以空事面跟眼门向从年月日天早前")
_OPEN_QUOTES = set("“\"'《〈「『【[‘")
_CLOSE_QUOTES = set("”\"'》〉」』】]’")
_RANGE_SEPS = ("-", "~", "—", "–", "至", "到")
_CHINESE_SEPS = ("至", "到", "-", "~", "—", "–")
_MEETING_WORDS = ("全会", "会议", "大会", "代表大会", "党代会")

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_MULT = "十百千万亿廿"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿廿]+(?:点[零〇一二三四五六七八九]+)?"
_ARABIC_RE = re.compile(_ARABIC)
_CHINESE_RE = re.compile(_CHINESE)
_TOKEN_RE = re.compile(
    r"(?P<ndate>(?<![\d.\-/])(?:19|20)\d{2}(?P<sep>[-/.])(?:1[0-2]|0?[1-9])(?P=sep)"
    r"(?:3[01]|[12]\d|0?[1-9])(?!\d|\.\d))"
    r"|(?P<cdate>(?<![\d.])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d|\.\d))"
    r"|(?P<pct>[百千]分之)"
    r"|(?P<first>首(?=位(?!度))|(?<=榜)首)"
    r"|(?P<ar>" + _ARABIC + r")"
    r"|(?P<cn>" + _CHINESE + r")"
)


# --- public types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMention:
    """One number as written: ``text[start:end]`` is qualifier + numeral + unit + qualifier.

    E.g. "超400家" → start..end over all of it, number_start..number_end over "400", value 400,
    unit "家", kind "count", qualifier "超". ``number_start``/``number_end`` default to the span.
    """

    start: int
    end: int
    value: float
    unit: str
    kind: str  # count | money | percent | points | rank | ratio | date | ordinal | plain
    qualifier: str | None = None  # a key of QUALIFIERS
    value_max: float | None = None  # upper bound of a range ("10-20家" → 10..20)
    number_start: int = -1
    number_end: int = -1

    def __post_init__(self) -> None:
        if self.number_start < 0:
            object.__setattr__(self, "number_start", self.start)
        if self.number_end < 0:
            object.__setattr__(self, "number_end", self.end)


# --- parsing -----------------------------------------------------------------------------------

_ARABIC_FULL_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_ARABIC_SCALED_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)")
_CN_WELLFORMED_RE = re.compile(r"[零〇一二两三四五六七八九十百千万亿廿]+(?:点[零〇一二三四五六七八九]+)?")
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def _scale_of(prefix: str) -> int:
    """"千万" → 10**7: written scales multiply ("万亿" = 10**12)."""
    factor = 1
    for ch in prefix:
        factor *= _SCALE_VALUE[ch]
    return factor


def parse_number(s: str) -> float:
    """The value of one numeral: Arabic, Chinese or mixed, scales resolved.

    "129.63" → 129.63, "1,234" → 1234, "1.2万" → 12000, "三十五" → 35, "两千五百万" → 25000000,
    "十" → 10, "二〇二三" → 2023, "-7.7" / "负7.7" → -7.7. Raises ValueError on anything else.
    """
    t = s.strip()
    sign = 1
    if t[:1] in ("-", "−") or t.startswith("负"):
        sign, t = -1, t[1:]
    if not t:
        raise ValueError(f"not a number: {s!r}")
    m = _ARABIC_FULL_RE.fullmatch(t)
    if m:
        return sign * float(Decimal(m.group(1).replace(",", "") + (m.group(2) or "")))
    m = _ARABIC_SCALED_RE.fullmatch(t)
    if m:
        base = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        return sign * float(base * _scale_of(m.group(3)))
    if not _CN_WELLFORMED_RE.fullmatch(t):
        raise ValueError(f"not a number: {s!r}")
    integer = t.split("点")[0]
    if integer[-1] in "零〇" and any(c in _CN_MULT for c in integer):
        raise ValueError(f"not a number: {s!r}")  # "一千零" is cut short; cn2an would say 1000
    if len(integer) > 1 and not any(c in _CN_MULT for c in integer):
        # Digit by digit ("二〇二三"), the way years and codes are read out.
        digits = "".join(str(_CN_DIGIT_VALUE[c]) for c in integer)
        frac = t[len(integer) + 1:]
        frac_digits = "".join(str(_CN_DIGIT_VALUE[c]) for c in frac)
        return sign * float(Decimal(digits + ("." + frac_digits if frac else "")))
    if t[0] in "百千万亿":
        t = "一" + t  # "百万" reads as "一百万"; cn2an wants the leading digit
    try:
        value = cn2an.cn2an(t, "normal")
    except (ValueError, KeyError, IndexError) as exc:  # cn2an reports bad input in several ways
        value = _positional_chinese(t)
        if value is None:
            raise ValueError(f"not a number: {s!r}") from exc
    return sign * float(value)


# The positional grammar, for what cn2an refuses although it is well formed: it wants a 零 that
# writers (and cn2an.an2cn itself) drop, e.g. "一亿一千" for 100001000.
_D = "[一二两三四五六七八九]"
_SECTION = f"(?:{_D}千)?(?:零?{_D}百)?(?:零?{_D}?十)?(?:零?{_D})?"
_POSITIONAL_RE = re.compile(
    f"(?:(?:{_SECTION}万)?{_SECTION}亿)?零?(?:{_SECTION}万)?零?{_SECTION}"
)
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def _positional_chinese(t: str) -> int | None:
    """"一亿一千" → 100001000: sections of 千百十 grouped by 万 and 亿; None if not well formed."""
    if not _POSITIONAL_RE.fullmatch(t) or t.strip("零") == "":
        return None
    total = wan = section = digit = 0
    for ch in t:
        if ch in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[ch]  # a bare "十" is ten
            digit = 0
        elif ch == "万":
            wan = (wan + section + digit) * 10**4
            section = digit = 0
        elif ch == "亿":
            total = (total + wan + section + digit) * 10**8
            wan = section = digit = 0
        else:
            digit = _CN_DIGIT_VALUE[ch]
    return total + wan + section + digit


# --- units -------------------------------------------------------------------------------------

_UNIT_SYNONYMS = {"百分点": "个百分点", "公斤": "千克", "平方千米": "平方公里", "月份": "月",
                  "㎡": "平方米", "平米": "平方米", "百分之": "%"}
_KNOWN_UNIT_CHARS = frozenset("".join(_BASE_UNITS) + "".join(_SCALE_VALUE) + "之")


@lru_cache(maxsize=1)
def _opencc():  # noqa: ANN202 - opencc.OpenCC, loaded once and only for non-simplified units
    from opencc import OpenCC

    return OpenCC("t2s")


_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


@lru_cache(maxsize=4096)
def _norm_unit(unit: str) -> str:
    """Half-width ("％" → "%") and simplified ("億元" → "亿元"), so source-script units work."""
    u = unit.translate(_HALFWIDTH).strip()
    if any(ord(c) > 127 and c not in _KNOWN_UNIT_CHARS for c in u):
        u = _opencc().convert(u)
    return u


def _split_scale(unit: str) -> tuple[int, str]:
    """"亿美元" → (10**8, "美元"); units that merely start with a scale character stay whole."""
    u = _UNIT_SYNONYMS.get(unit, unit)
    if u in ("个百分点", "千分之"):
        return 1, u
    i = 0
    while i < len(u) and u[i] in _SCALE_VALUE:
        i += 1
    if i and u[i:] in ("分点", "分之"):  # "百分点", "千分之" are units, not scale + "分点"
        i -= 1
    while i and u[i - 1 :] in _BASE_UNIT_SET:  # "亿千瓦时" is 亿 × 千瓦时, not 亿千 × 瓦时
        i -= 1
    return _scale_of(u[:i]), _UNIT_SYNONYMS.get(u[i:], u[i:])


def to_base(value: float, unit: str) -> tuple[float, str]:
    """Canonical (value, unit) for comparing mentions: scales applied, percent-likes as "%".

    (129.63, "亿元") → (12963000000.0, "元"); (3.65, "万人年") → (36500.0, "人年");
    (61.4, "%") → (61.4, "%"); (3, "成") → (30.0, "%"); (2, "百分点") → (2.0, "个百分点").
    Traditional and full-width units work too: (1, "億元") → (1e8, "元").
    """
    u = _norm_unit(unit)
    v = Decimal(repr(float(value)))
    if u == "成":
        return float(v * 10), "%"
    if u in ("‰", "千分之"):
        return float(v / 10), "%"
    factor, base = _split_scale(u)
    return float(v * factor), base


def unit_kind(unit: str) -> str:
    """The kind a unit implies: "亿元" → money, "%" → percent, "个百分点" → points, "家" → count.

    Date units ("月", "季度", "年度") → date; "年" → count (a duration: whether "2016年" is a date
    depends on the number, which extract_numbers checks). Unknown or empty units → plain.
    """
    u = _norm_unit(unit)
    if u in _PERCENT_UNITS:
        return "percent"
    _, base = _split_scale(u)
    if base == "个百分点":
        return "points"
    if base == "倍":
        return "ratio"
    if base in _MONEY_UNITS or base.endswith("元") and len(base) <= 3:
        return "money"
    if base in ("年度", "月", "日", "号", "季度"):
        return "date"
    if base in _COUNT_UNITS:
        return "count"
    if base in _MEASURE_UNITS and base != "分" or base in _ASCII_UNITS:  # 分 scores an assessment; it measures nothing
        return "measure"
    return "plain"


# --- extraction --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Num:
    """A numeral read at a position: its span, value, and the scale a Chinese run ended with."""

    start: int
    end: int
    value: float
    chinese: bool
    scale: str = ""  # "万" of "两千五百万", moved to the unit
    raw: str = ""


@dataclass(frozen=True)
class _Tail:
    """What follows a numeral: optional infix qualifier, scale and base unit, and where it ends."""

    infix: str | None
    scale: str
    base: str
    end: int


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _is_ascii_letter(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()


def _read_unit(text: str, j: int, *, scales: bool, chinese: bool) -> _Tail:
    """Infix qualifier, scale and base unit at ``j`` ("余万元", "多个", "亿美元", " 家")."""
    k = j
    infix = None
    if text[k:k + 1] in ("余", "多"):
        infix, k = text[k], k + 1
    scale = ""
    if scales:
        sm = _SCALE_RE.match(text, k)
        if sm:
            scale, k = sm.group(), sm.end()
    if scale and infix is None and text[k:k + 1] in ("余", "多") and _BASE_RE.match(text, k + 1):
        infix, k = text[k], k + 1  # "3万余元"
    bm = _BASE_RE.match(text, k)
    if bm is None and k == j and text[k:k + 1] == " ":
        # One blank may separate a number from a measure word in flattened tables ("15 家").
        spaced = _BASE_RE.match(text, k + 1)
        if spaced and _is_cjk(spaced.group()[0]):
            bm = spaced
    if bm is not None and bm.group() in ("分", "路", "字", "类") and chinese:
        bm = None  # "三分" is not a score ("三分之一" is read as a fraction before this), "一路" no
        # channel, "一、二类桥梁" a grade, not a count
    base = bm.group() if bm else ""
    if bm is not None:
        k = bm.end()
    if infix and not (scale or base):
        return _Tail(None, "", "", j)
    return _Tail(infix, scale, base, k)


def _read_numeral(text: str, i: int, *, chinese: bool | None = None) -> _Num | None:
    """A numeral starting exactly at ``i`` (no sign): Arabic, or a well-formed Chinese run."""
    if chinese is not True:
        m = _ARABIC_RE.match(text, i)
        if m:
            return _Num(i, m.end(), parse_number(m.group()), False, "", m.group())
    if chinese is not False:
        m = _CHINESE_RE.match(text, i)
        if m:
            return _chinese_num(m.group(), i)
    return None


def _chinese_num(run: str, start: int) -> _Num | None:
    """Parse a Chinese run, moving a trailing 万/亿 to the unit ("两千五百万" → 2500, "万")."""
    if run[0] in "百千万亿":  # "千万", "万一", "百姓": not a quantity on its own
        return None
    body, scale = run, ""
    if "点" not in run:
        for s in ("万亿", "亿", "万"):
            if run.endswith(s) and len(run) > len(s):
                rest = run[: -len(s)]
                # "一亿二千万": that 万 is inside the number, not a scale of the whole.
                inner = ("亿",) if s != "万" else ("万", "亿")
                if not any(c in rest for c in inner):
                    body, scale = rest, s
                break
    try:
        value = parse_number(body)
    except ValueError:
        return None
    return _Num(start, start + len(run), value, True, scale, run)


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def _clause_before(text: str, i: int, width: int = 10) -> str:
    """Up to ``width`` characters before ``i``, cut at the last clause break."""
    window = text[max(0, i - width): i]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(window)), default=0)
    return window[cut:]


def _has_rank_cue(text: str, i: int) -> bool:
    before = _clause_before(text, i)
    return any(c in before for c in _RANK_CUES)


def _qualifier_before(text: str, i: int, floor: int) -> tuple[str | None, int]:
    for q in _QUAL_BEFORE:
        s = i - len(q)
        if s >= floor and text.startswith(q, s):
            if len(q) == 1 and s > 0 and text[s - 1] in _QUAL_GLUE.get(q, ()):
                continue
            return q, s
    return None, i


def _qualifier_after(text: str, j: int, base: str) -> tuple[str | None, int]:
    for q in _QUAL_AFTER:
        if text.startswith(q, j):
            return q, j + len(q)
    if base in _TIME_UNITS and j < len(text) and text[j] in "内多":
        return text[j], j + 1  # "一个月内", "一年多"
    return None, j


def _overlaps_stopword(text: str, s: int, e: int) -> bool:
    lo = max(0, s - 4)
    window = text[lo: e + 4]
    for w in _STOP_WORDS:
        at = window.find(w)
        while at >= 0:
            if lo + at < e and lo + at + len(w) > s:
                return True
            at = window.find(w, at + 1)
    return False


def _year_like(num: _Num) -> bool:
    if num.scale or num.value != int(num.value) or not 1900 <= num.value <= 2099:
        return False
    return len(num.raw) == 4  # "2016", "二〇一六"; not "两千零一十六"


def _range_upper(text: str, first: _Num, tail1: _Tail) -> tuple[_Num, _Tail, float] | None:
    """A range "10-20家" / "三至五年" / "1.2万-1.5万元" continuing after ``first``.

    Returns the upper numeral, its tail and the lower bound expressed in the upper bound's unit.
    """
    at = tail1.end
    seps = _CHINESE_SEPS if first.chinese else _RANGE_SEPS
    sep = next((s for s in seps if text.startswith(s, at)), None)
    if sep is None or tail1.infix:
        return None
    second = _read_numeral(text, at + len(sep), chinese=first.chinese)
    if second is None or (not first.chinese and second.raw.startswith("0") and "." not in second.raw):
        return None
    if not second.chinese and (_is_ascii_letter(text[second.end:second.end + 1])
                               or text[second.end:second.end + 1] in (".", "/", "-")):
        return None
    tail2 = _read_unit(text, second.end, scales=not second.scale, chinese=second.chinese)
    scale1, scale2 = first.scale or tail1.scale, second.scale or tail2.scale
    if tail1.base and (tail1.base != tail2.base or scale1 != scale2):
        return None
    if scale1 and not scale2:
        return None
    upper = second.value
    lower = first.value
    if scale1 and scale1 != scale2:
        lower = float(Decimal(repr(lower)) * _scale_of(scale1) / _scale_of(scale2))
    if _year_like(first) and not first.chinese and len(second.raw) == 2 and second.raw.isdigit():
        upper = float(int(first.value) // 100 * 100 + int(second.raw))  # "2016-17年"
        second = _Num(second.start, second.end, upper, False, "", str(int(upper)))
    if not upper > lower:
        return None
    if _year_like(first) != _year_like(second):
        return None
    return second, tail2, lower


def _ordinal(text: str, num: _Num, di: int, floor: int,
             prev: NumberMention | None) -> NumberMention | None:
    """A numeral after "第" at ``di``: a rank ("排名第四", "第3名"), a quarter, or nothing.

    A rank may also continue an enumeration of ranks: "居全省第二和第四", "第九、第十位".
    """
    if num.scale or num.value != int(num.value) or num.value <= 0:
        return None
    j = num.end
    nxt = text[j:j + 1]
    if _is_ascii_letter(nxt) or nxt in ("+", ".") and not num.chinese:
        return None
    if text.startswith(("名", "位"), j) and not text.startswith(("位于", "名单"), j):
        # "第3名", "第十位"
        return NumberMention(di, j + 1, num.value, text[j], "rank", None, None, num.start, num.end)
    if text.startswith("季度", j) and 1 <= num.value <= 4:
        return NumberMention(di, j + 2, num.value, "季度", "date", None, None, num.start, num.end)
    if nxt in _SERIES_MEASURES:
        # "第二批", "第九届": which one of a series; answers only "第几批/第几届" questions.
        return NumberMention(di, j + 1, num.value, nxt, "ordinal", None, None, num.start, num.end)
    if nxt in _ORDINAL_MEASURES or _BASE_RE.match(text, j):
        return None  # 第1页, 第一个, 第三章
    continues = (prev is not None and prev.kind == "rank" and prev.qualifier is None
                 and text[prev.end:di] in ("、", "和", "与", "及", ","))
    if continues or _has_rank_cue(text, di):
        return NumberMention(di, j, num.value, "", "rank", None, None, num.start, num.end)
    return None  # discourse "第一," or a label "第一短板"


def _front_rank(text: str, num: _Num, fi: int) -> NumberMention | None:
    """"前N" with no unit, or "前N名": the top N ("位居全市前3", "稳居全省前十")."""
    j = num.end
    if text.startswith(("名", "位"), j):
        return NumberMention(fi, j + 1, num.value, text[j], "rank", "前", None, num.start, num.end)
    if _BASE_RE.match(text, j) or _SCALE_RE.match(text, j) or num.scale:
        return None
    nxt = text[j:j + 1]
    if num.value != int(num.value) or num.value < 2 or _is_ascii_letter(nxt) or nxt in ("+", ".", "%"):
        return None
    return NumberMention(fi, j, num.value, "", "rank", "前", None, num.start, num.end)


def _percent_word(text: str, m: re.Match[str], floor: int) -> NumberMention | None:
    """"百分之五十" → 50 with unit "百分之"; "千分之三" → 3 with unit "千分之"."""
    num = _read_numeral(text, m.end())
    if num is None or num.scale and num.chinese:
        return None
    if not num.chinese and _is_ascii_letter(text[num.end:num.end + 1]):
        return None
    q, start = _qualifier_before(text, m.start(), floor)
    qa, end = _qualifier_after(text, num.end, "")
    return NumberMention(start, end, num.value, m.group(), "percent", q or qa, None,
                         num.start, num.end)


def _rank_first(text: str, m: re.Match[str], floor: int) -> NumberMention | None:
    """"居副省级城市首位" / "位居榜首" → rank 1."""
    s = m.start()
    if text[s + 1:s + 2] == "位":
        if not _has_rank_cue(text, s):
            return None  # "摆在首位" puts a priority first, it does not rank
        return NumberMention(s, s + 2, 1.0, "位", "rank", None, None, s, s + 1)
    if s - 1 < floor:
        return None
    return NumberMention(s - 1, s + 1, 1.0, "", "rank", None, None, s, s + 1)


def _numeric_date(m: re.Match[str]) -> NumberMention | None:
    """"2023-07-14", "2023.7.14", "20230629" → value yyyymmdd (validated as a calendar date)."""
    raw = m.group()
    parts = re.split(r"[-/.]", raw) if m.group("ndate") else [raw[:4], raw[4:6], raw[6:]]
    try:
        _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    value = float(int(parts[0]) * 10000 + int(parts[1]) * 100 + int(parts[2]))
    return NumberMention(m.start(), m.end(), value, "", "date")


def _is_marker(text: str, num: _Num, tail: _Tail) -> bool:
    """A bare numeral that numbers a list item: "1、", "2.研发", "(1)", "(十一)", "1)", "一是"."""
    if tail.base or tail.scale:
        return False
    s, e = num.start, num.end
    before = text[s - 1:s] if s else ""
    after = text[e:e + 1]
    after2 = text[e + 1:e + 2]
    if before == "(" and after == ")":
        return True
    if after in ("、", "是") and not after2.isdigit():
        return True
    if not num.chinese and after == "." and not after2.isdigit() and "." not in num.raw:
        return True
    if after == ")" and text[_line_start(text, s):s].strip() == "":
        return True
    return False


def _finish(text: str, *, core_start: int, num_start: int, num_end: int, value: float,
            value_max: float | None, tail: _Tail, unit: str, kind: str, floor: int,
            front: bool = False) -> NumberMention:
    """Attach qualifiers (dates take none) and build the mention."""
    end = tail.end
    q_before = q_after = None
    start = core_start
    if kind != "date":
        q_before, start = _qualifier_before(text, core_start, floor)
        q_after, end = _qualifier_after(text, tail.end, tail.base)
    if front:
        q_before = "前"
    qualifier = q_before or tail.infix or q_after
    return NumberMention(start, end, value, unit, kind, qualifier, value_max, num_start, num_end)


def _classify(text: str, first: _Num, last: _Num, tail: _Tail, prev: NumberMention | None,
              core_start: int) -> str | None:
    """The kind of a numeral with its unit, or None when the pair is not a quantity."""
    base = tail.base
    value = first.value
    if base in ("年", "年度"):
        if _year_like(first) and not tail.scale:
            return "date"
        return None if base == "年度" else "count"
    if base in ("月", "月份"):
        ok = value == int(value) and 1 <= value <= 12 and last.value <= 12 and not tail.scale
        return "date" if ok else None
    if base in ("日", "号"):
        # "5月31日", and the last day of "5月3、4日"
        after_month = (prev is not None and prev.kind == "date" and prev.unit in ("月", "月份", "")
                       and text[prev.end:core_start] in ("", "、", "和", "与", "及")
                       and (prev.unit or text[prev.end:core_start]))
        if after_month and 1 <= value <= 31 and value == int(value):
            return "date"
        return "count" if base == "日" and not first.chinese else None
    if base == "季度":
        return "date" if 1 <= value <= 4 and last.value <= 4 else None
    if base == "倍":
        return "ratio"
    return unit_kind(tail.scale + base)


def _quantity(text: str, num: _Num, floor: int, prev: NumberMention | None,
              sign_start: int | None = None, front_at: int | None = None) -> NumberMention | None:
    """A numeral with what follows: unit, range upper bound, qualifiers; None if not a quantity."""
    tail = _read_unit(text, num.end, scales=not num.scale, chinese=num.chinese)
    value, value_max, last = num.value, None, num
    rng = _range_upper(text, num, tail)
    if rng is not None:
        last, tail, value = rng
        value_max = last.value
    unit = last.scale + tail.scale + tail.base
    base = tail.base
    e = last.end
    nxt = text[e:e + 1]  # right after the numeral
    after_unit = text[tail.end:tail.end + 1]

    if num.chinese:
        if _digit_by_digit(num) and not (base == "年" and _year_like(num)):
            return None  # "五六家" is vague, "一二三" a code; only years are read out digit by digit
        if "点" in num.raw and not base:
            return None
        if base in _LEXICAL_ONE_UNITS and num.raw == "一" and rng is None:
            return None
        if base in ("期", "号") or base == "次" and text.startswith(_MEETING_WORDS, tail.end):
            return None  # "一期工程" is phase one; "十次全会" the tenth plenum
        if not unit:
            multi = len(num.raw) > 1 and any(c in _CN_MULT for c in num.raw)
            if (not (multi or rng) or _is_cjk(nxt) or nxt in ("、", ".", ")")
                    or text[num.start - 1:num.start] == "("):
                return None
    elif not unit:
        if nxt == ":" and rng is None and re.match(r"\d+(?:\.\d+)?(?![\d:])", text[e + 1:e + 12]):
            return _ratio(text, num, floor)
        if _is_marker(text, num, tail):
            return None
    if unit and not base and _is_cjk(after_unit) and not text.startswith(_QUAL_AFTER, tail.end):
        return None  # "三十万企业": a scale with no measure word, glued to a noun

    kind = _classify(text, num, last, tail, prev, num.start if sign_start is None else sign_start)
    if kind is None:
        return None
    if num.chinese and kind != "date" and text[tail.end:tail.end + 1] in tuple(_CN_DIGITS):
        return None  # a label made of numerals: "七个一", "三位一体", "八届九次", "两个一百年"
    if (base in ("名", "位") and not tail.scale and rng is None and value == int(value)
            and _clause_before(text, num.start).endswith(_RANK_VERBS)):
        kind = "rank"  # "全国排106位"
    if not unit:
        # A bare number. Years are dates; the rest must look like a standalone quantity.
        if _year_like(num) and (rng is None or _year_like(last)):
            kind = "date"
        elif rng is None and _enumerated_date(text, num, prev):
            kind = "date"  # "2、3月份": the first month shares the second's unit
        elif not num.chinese and not _standalone(text, num, e, sign_start is not None or rng is not None):
            return None
    elif not base and nxt in _ID_SUFFIX:
        return None
    core = num.start if sign_start is None else sign_start
    front = front_at is not None and (base in _TIME_UNITS or base == "月份")
    if front:
        core = front_at
    sign = -1.0 if sign_start is not None else 1.0
    return _finish(text, core_start=core, num_start=num.start if sign_start is None else sign_start,
                   num_end=e, value=sign * value, value_max=value_max, tail=tail, unit=unit,
                   kind=kind, floor=floor, front=front)


def _enumerated_date(text: str, num: _Num, prev: NumberMention | None) -> bool:
    """Whether bare ``num`` opens an enumeration that ends in a month or a day: "2、3月份"."""
    if num.value != int(num.value) or num.chinese:
        return False
    j = num.end
    while text[j:j + 1] in ("、", "和", "与", "及") and text[j:j + 1]:
        nxt = _read_numeral(text, j + 1, chinese=False)
        if nxt is None or nxt.value != int(nxt.value):
            return False
        tail = _read_unit(text, nxt.end, scales=False, chinese=False)
        if tail.base in ("月", "月份"):
            return 1 <= num.value <= 12
        if tail.base == "日" and prev is not None and prev.unit in ("月", "月份"):
            return 1 <= num.value <= 31
        if tail.base or tail.scale:
            return False
        j = nxt.end
    return False


def _standalone(text: str, num: _Num, e: int, signed_or_range: bool) -> bool:
    """Whether a bare Arabic number (no unit) reads as a quantity rather than a name or code.

    Rejected: glued to a following ideograph ("3315计划", "5G" is caught earlier), an identifier
    suffix ("1号"), 7+ digits or a leading zero ("0577"), quoted ("“315”"), or opening a line of
    text ("1 概述"). A number alone on its line or in a table cell ("| 163 |") stays.
    """
    nxt = text[e:e + 1]
    digits = num.raw.replace(",", "")
    bound = any(text.startswith(q, e) for q in _QUAL_AFTER)  # "死亡率控制在0.038以下": a bound, not a name
    if _is_cjk(nxt) and not (bound and "." in digits) or nxt in _ID_SUFFIX:
        return False
    if "." not in digits and (len(digits) >= 7 or len(digits) > 1 and digits[0] == "0"):
        return False
    if text[num.start - 1:num.start] in _OPEN_QUOTES or nxt in _CLOSE_QUOTES:
        return False
    line_end = text.find("\n", e)
    rest = text[e: len(text) if line_end < 0 else line_end].strip()
    at_line_start = text[_line_start(text, num.start):num.start].strip() == ""
    if at_line_start and not signed_or_range and rest and not rest.startswith("|"):
        return False
    return True


def _digit_by_digit(num: _Num) -> bool:
    """Chinese digits read one by one ("五六", "二〇二三"): only years may be written that way."""
    integer = num.raw.split("点")[0]
    return len(integer) > 1 and not any(c in _CN_MULT for c in integer)


def _ratio(text: str, num: _Num, floor: int) -> NumberMention | None:
    """"1:1配套" → ratio 1.0 (N/M); clock times "9:30" are left alone."""
    m = re.match(r"\d+(?:\.\d+)?", text[num.end + 1:])
    assert m is not None
    right = m.group()
    if "." not in right and len(right) == 2 and right[0] in "012345" and num.value <= 23:
        return None  # looks like a time of day
    denom = float(right)
    if denom == 0:
        return None
    end = num.end + 1 + len(right)
    if _is_ascii_letter(text[end:end + 1]) or text[end:end + 1] in (":", "."):
        return None
    q, start = _qualifier_before(text, num.start, floor)
    return NumberMention(start, end, num.value / denom, "", "ratio", q, None, num.start, end)


def _fraction(text: str, num: _Num, floor: int) -> NumberMention | None:
    """"三分之一" → ratio 1/3 (Chinese "N分之M")."""
    at = num.end + 2
    m = _CHINESE_RE.match(text, at)
    if m is None or num.scale or num.value == 0:
        return None
    top = _chinese_num(m.group(), at)
    if top is None or top.scale:
        return None
    q, start = _qualifier_before(text, num.start, floor)
    qa, end = _qualifier_after(text, top.end, "")
    return NumberMention(start, end, top.value / num.value, "", "ratio", q or qa, None,
                         num.start, top.end)


def _after_di_or_qian(text: str, num: _Num, before: str, s: int, floor: int,
                      prev: NumberMention | None) -> NumberMention | None:
    """A numeral right after 第 (an ordinal or rank) or 前 (a top-N rank, else a quantity)."""
    if before == "第":
        return _ordinal(text, num, s - 1, floor, prev)
    r = _front_rank(text, num, s - 1)
    return r if r is not None else _quantity(text, num, floor, prev, front_at=s - 1)


def _mention_at(text: str, m: re.Match[str], floor: int,
                prev: NumberMention | None) -> NumberMention | None:
    """Build the mention whose numeral token is ``m``, or None if it is not a number."""
    group = m.lastgroup
    if group in ("ndate", "cdate"):
        if _is_ascii_letter(text[m.start() - 1:m.start()]) or _is_ascii_letter(text[m.end():m.end() + 1]):
            return None
        if group != "ndate" and _BASE_RE.match(text, m.end()):
            group = "ar"  # "20230629元" is an amount after all
        else:
            return _numeric_date(m)
    if group == "pct":
        return _percent_word(text, m, floor)
    if group == "first":
        return _rank_first(text, m, floor)
    s, e = m.span()
    before = text[s - 1:s] if s else ""
    before2 = text[s - 2:s - 1] if s >= 2 else ""
    if group == "ar":
        if (_is_ascii_letter(before) or before in "_/\\#@+" and before
                or before in ".-~/—–:" and before and (before2.isdigit() or _is_ascii_letter(before2))):
            return None  # part of a code, a version or a failed range ("ab/2017-18407", "1.2.3")
        after = text[e:e + 1]
        after2 = text[e + 1:e + 2]
        if after == "+" or after in "./" and after and after2.isdigit() and not text.startswith("/10万", e):
            return None  # "1/2", "3.1.2"; but "11.62/10万" is a rate per 100,000
        if _is_ascii_letter(after) and _BASE_RE.match(text, e) is None:
            return None  # 5G, 3D, 2o: letters that are not a unit make a name or a code
        num = _Num(s, e, parse_number(m.group()), False, "", m.group())
        if before == "第" or before == "前" and before2 not in _FRONT_GLUE and s - 1 >= floor:
            return _after_di_or_qian(text, num, before, s, floor, prev)
        sign_start = None
        if before == "负" or before == "-" and not (before2.isascii() and before2.isalnum()
                                                 or before2 in (")", "]", "%")):
            if s - 1 >= floor:
                sign_start = s - 1
        return _quantity(text, num, floor, prev, sign_start=sign_start)

    # A Chinese run.
    run = m.group()
    if before in _CN_GLUE_LEFT or run[0] == "一" and before in _ONE_GLUE_LEFT:
        return None
    if _overlaps_stopword(text, s, e):
        return None
    num = _chinese_num(run, s)
    if num is None:
        return None
    if text.startswith("分之", e) and not num.scale:
        return _fraction(text, num, floor)
    if before == "第" or before == "前" and before2 not in _FRONT_GLUE and s - 1 >= floor:
        return _after_di_or_qian(text, num, before, s, floor, prev)
    if text.startswith("成", e) and not num.scale and len(run) == 1 and run in "一二两三四五六七八九":
        if not re.match(r"成[为功果立本效员熟绩交长型品都就器套效]", text[e:e + 2]):
            q, start = _qualifier_before(text, s, floor)
            qa, end = _qualifier_after(text, e + 1, "")
            return NumberMention(start, end, num.value, "成", "percent", q or qa, None, s, e)
    return _quantity(text, num, floor, prev)


def extract_numbers(text: str) -> list[NumberMention]:
    """Every number mention of ``text`` in order, non-overlapping (see the module doc for what
    counts). "全区拥有企业44家,近200家" → [44 家 count, 200 家 count qualifier 近]."""
    out: list[NumberMention] = []
    pos = 0
    while True:
        m = _TOKEN_RE.search(text, pos)
        if m is None:
            return out
        floor = out[-1].end if out else 0
        mention = _mention_at(text, m, floor, out[-1] if out else None)
        if mention is None or mention.start < floor:
            pos = m.end()
            continue
        out.append(mention)
        pos = max(mention.end, m.end())
