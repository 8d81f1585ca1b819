"""Question analysis: what a question asks for (unit, kind), about what (metric words), where
(region) and when (year, half-year, target or result)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from index.cleaning import normalize_query
from index.gazetteer import find_places, short_name, spoken_names
from rag import vocabulary as V

MAX_QUESTION_CHARS = 500

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年度|年)?")
# "16年", "21年上半年": a year written short, as people say it; not a duration ("近20年", "20年来").
_SHORT_YEAR = re.compile(r"(?<![\d近约多数几超过第])([0-3]\d)(?:年度|年)(?!来(?!了|过|到|馆|园|访)|间|内|以来|前(?!三季度)|后|左右|时间|之)")  # "23年前三季度", "23年来了多少观众"
_HALF = re.compile(r"上半年|下半年|前三季度|一季度|二季度|三季度|四季度|第[一二三四]季度|1-\d{1,2}月")
# "一季度和二季度…分别是多少": one number per period.
_HALF_LIST = re.compile(rf"(?:{_HALF.pattern})(?:(?:和|与|、|及|以及)(?:{_HALF.pattern}))+")
_SINCE = r"[比较](?:上年同期|去年同期|常年同期|历年同期|同期|上年|去年|上一年|年初|常年|多年平均|历年平均|(?:19|20)\d{2}年)末?"  # "比上年", "较年初", "较常年"
_MORE_OR_LESS = r"(?:偏多|偏少|偏高|偏低|多|少|增加|减少|净增|高|低|提高|降低|涨|升|提升|上升|下降|降|缩短|延长)"
_AMOUNT_CHANGE = re.compile(rf"{_SINCE}[^,?]{{0,4}}?{_MORE_OR_LESS}了?(?:多少|几)")
# "市场化交易电量占比提高了多少": a rate that rose or fell asks how far it moved, not where it stands.
_RATE_MOVED = re.compile(r"(?:占比|比重|比例|份额|率|增速|增幅)(?:[^,?;]{0,3}?)(?:提高|提升|上升|下降|降低|回落|增加|减少)了(?:多少|几)")
_SINCE_YEAR = re.compile(r"[比较与](?:19|20)\d{2}年(?:底|末)?(?:相比)?")
_CHANGE_PHRASE = re.compile(rf"{_SINCE}(?:相比)?{_MORE_OR_LESS}?了?")
_COUNT_OF = re.compile(r"(项|家|件|所|台|套|篇|场|户)数(?!字|据|量|额)")
_GOODS_AND_MONEY = re.compile(r"(多少|几)(?=款[物项])")
_PER_BASE_RATE = re.compile(r"(?:百|千|万|十万|百万|亿)(?:公里|车|人|户|元|吨|平方米|人口|辆)(?:[^,?;]{0,10}|[^,?;]{0,18}(?:死亡|事故|伤亡))率")
_COUNTED_IN = re.compile(r"(?<=[\u4e00-\u9fff])(人次|台次|架次|车次|户次|件次|卷次|艘次|班次)(?:数|数量)?(?:是|为|有|达到?)?$")
_ABOVE_AVERAGE = re.compile(r"(?:比|较|高于|快于|低于|慢于)[^,?]{0,10}平均(?:水平|增速)?[^,?]{0,3}(?:高|低|快|慢)")
# "增速比一季度快了多少": a growth rate against another period's, also a gap in points.
_RATE_GAP = re.compile(r"(?:增速|增幅|增长率)[^,?]{0,2}(?:比|较)[^,?]{1,10}?(?:加快|放缓|回落|快|慢|高|低)了?(?:多少|几)")
_MONEY_ASK = re.compile(r"多少(?:亿|万|千)?(?:美)?元|多少钱|多少(?:个)?(?:亿|万)")
# "到2019年底", "截至2024年上半年", "截至6月底": a point in time, so the stock by then.
_YEAR_END = re.compile(
    r"(?:截至|截止)(?:(?:19|20)?\d{2}年)?(?:上半年|前三季度|年底|年末|底|末|\d{1,2}月(?:底|末)?)?"
    r"|到?(?:(?:19|20)\d{2}|\d{2})年(?:底|末)"
    r"|到(?:(?:19|20)\d{2}|\d{2})年\d{1,2}月(?:底|末)"  # "到2024年6月底…一共装了": what stands then
    r"|到(?:(?:19|20)\d{2}|\d{2})年(?=一共|总共|共|累计|为止|止)"  # "…猕猴桃到24年一共种了": by then
)
_NEXT_YEAR = re.compile(r"(?<![比较])(?:明年|下一年|来年|次年|下年度)")
_RELATIVE_YEAR = {"去年": -1, "前年": -2, "今年": 0, "明年": 1, "当年": 0}
# "多少亿元", "第几", "几个百分点": how the quantity is asked, not what is measured.
_QUANTITY_TAIL = re.compile(r"(?:多少|几)?(?:个百分点|百分点|百分之|亿美元|万美元|美元|亿元|万元|元|亿|万)(?=\s|$|[?!。,])|(?:多少|几)成(?=\s|$|[?!。,])|第几[批届期轮]?|多少钱|钱(?=\s|$|[?!。,])")
# "比上年多了百分之多少": the comparison is what reports write as 同比增长.
_COMPARED = re.compile(r"(?:比|较|与)(?:上年|去年|上一年|前一年)(?:同期|末|底)?(?:相比)?")
_GREW = re.compile(r"多了|涨了|增加了|提高了|提升了|上升了|增长了|(?:多|涨|增加|提高)(?=几成|多少成)")  # "比上年多几成"
_FELL = re.compile(r"下降了|降低了|减少了|回落了|降了|跌了|少了")
_MONTH = re.compile(r"(?<!\d)(1[0-2]|[1-9])月(?:份)?(?!\d)")
_COST_OF_MONEY = re.compile(r"(?:融资|贷款|借款|债务)[^?,，]{0,4}?成本(?!多少钱|多少[万亿]?元)|利率")
_MONTH_LIST = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月份?(?:(?:和|与|、|及|以及)(?:1[0-2]|[1-9])月份?)+(?!\d)")
_RANK_GROUP = re.compile(r"在\s*(?:全(?:国|省|市|州|县|区))?([^\s,?]{0,16}?)中")
_APPRAISAL = re.compile(r"(?:考评|考核|评估|评比|评价|测评|评选|评议|考试|竞赛|比赛|排名|排位)$")
_PEERS = re.compile(r"各|同[级类]|[县市区镇乡省]|街道|地区|城市")
# "珍贵文物占馆藏比例": reports write the share as 占比 after the part ("珍贵文物1243件,占比9.7%")
# as often as 占…比例 around the whole; the part, the whole, then the share.
# Not 占GDP比重: that is a 强度 (vocabulary.SYNONYM_GROUPS).
_PER_BASIS = re.compile(r"([^\s]{2,}?)是?((?:每[\u4e00-\u9fff]){1,2})(?=\s|$)")
# "装机里光伏占了几成": the whole, the part in it, its share; reports write "光伏装机占比".
_SHARE_WITHIN = re.compile(r"([^\s的]{2,8}?)(?:里面|当中|里|中)([^\s]{2,8}?)占了?(?=\s|$|几|多少|百分)")
_SHARE_OF_BARE = re.compile(r"([^\s占]{2,})占(?![地用有比])([^\s占的]{2,10})(?=\s|$)")
_SHARE_MOVED = re.compile(r"([\u4e00-\u9fff]{2,})占比(?:提高|提升|上升|下降|降低|回落|增加|减少)了?(?=\s|$)")
_SHARE_OF_WHOLE = re.compile(r"占(?!GDP|gdp|地区生产总值|生产总值|国内生产总值)([^\s占]{2,10}?)的?(?:比例|比重)")
# "主要临床科室中平均住院日最长": the group compared is named apart from what is compared.
_GROUP_AMONG = re.compile(
    r"(科室|部门|单位|企业|乡镇|镇街|街道|学校|医院|项目|产品|类别|展览|行业|板块|公司|区县|县区|网点|门店|水厂|站点)"
    r"(?:当中|之中|中(?![标心小期等央型层间试])|里)(?=[\u4e00-\u9fff]{2})"
)
_VERB_COMPLEMENT = re.compile(r"(?<=[\u4e00-\u9fff]{2})[办搞做开卖建跑干用花发]得(?=\s|$)")  # "社教活动办得(最多)"
_MONTH_PHRASE = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月(?:份|底|末)?(?!\d)")
# 计划 as intent ("计划新增", "2017年计划多少"), not as part of a name ("引才计划多少人"); 目标
# unless it names a system ("目标管理考核"); 力争/预计/争取… plan, but 争取…资金 is money obtained
# ("上半年争取上级科技资金多少"): the period says whether it is a plan.
_TARGET_INTENT = re.compile(
    r"计划(?=新增|完成|实现|达到|投入|引进|培育|建设|建成|突破|到|在|要|将|不低于|不少于|把|(?:提高|提升|扩大|增加|增长)到)"
    r"|想做到|(?<![思理梦感联构设猜回])想(?=达到|实现|完成|突破|产|生产|卖|销售|新增|新建|建|种|招|引进|收购)"  # "出口想做到多少", "想产多少": the plan, said plainly
    r"|(?:^|(?<=[年的,\s]))计划(?=是|为|值|多少|几|数|任务|$|[?,。!])"
    r"|(?:^|(?<=[年市县区旗镇的,\s]))计划(?=[^,?]{1,14}?(?:达到|提高到|提升到|突破|控制在))"  # "…市计划城区绿化覆盖率达到多少"
    r"|目标(?!管理|责任|考核|体系|绩效)"
    r"|力争|预计|预期(?!寿命)|争取(?!到|了|的)(?![^,?]{0,12}?(?:资金|经费|资助|补助|专项|债))|打算|将要|确保|(?<![\u4e00-\u9fff])拟"
    r"|(?<![主需重必只])要(?=比|达到?|实现|完成|突破|超过|新增|扩大|提高|增加|增长|把|降到|降低到|压缩到|控制在)"  # "研发人员数要比上年多…": a plan
)
_PROGRESS = re.compile(r"完成了?[^,?]{0,6}(?:目标|计划|任务|预算|预期)(?:任务)?的?(?:百分之|多少|几成|%|进度|比例)")  # "完成年度收入预期的百分之多少"
# "排名上升了几位" asks how many places a ranking moved: a count of 位/名, not a rank or a growth rate.
_RANK_CHANGE = re.compile(
    r"(?:排名|排位|位次|名次)[^,?]{0,5}?(?:上升|提升|提高|前移|前进|进步|跃升|(?:往|向)?前挪|下降|下滑|后退|后移|回落|(?:往|向)?后挪)了?(?:多少|几)个?(位次|位|名)"
)
# What joins the two ends of a change: "从…提升到…", "由…下降至…".
_CHANGE_TO = re.compile(r"(?:提升|提高|增加|增长|上升|回升|扩大|下降|降低|减少|回落|缩小)了?(?:到|至)")
_TRANSITION = re.compile(rf"{_CHANGE_TO.pattern}|到|至|为")
_ONLY_CHANGE = re.compile(r"(?:同比|[比较](?:上年|去年|年初|上年末|同期|去年同期|上年同期)|增长|增速|增幅|提高|提升|下降|上升|增加|减少|降低|缩短|延长|涨|\s)+")
_FROM = re.compile(r"[从由](?=[^,;?]{0,8}(?:多少|几))")
_WHICH_COUNT = re.compile(r"(?:是跟|是和|是与|跟|和|与)?哪(?:[一两二三四五六七八九十几\d]+[家个位项所只名种类条部批]|样)")  # "跟哪两家", "哪样"
_AMOUNT_OF = re.compile(r"(完成|实现|发放|争取|引进|投入|新增)了?(?:多少|几)(?:钱|亿元|万元|亿|万)?的(?=[\u4e00-\u9fff])")
# A ratio to a base asked: "是2019年同期的多少" (121.7%), not how much it grew.
RATIO_TO_BASE = re.compile(r"(?:是|为|相当于)(?:(?:19|20)\d{2}年)?(?:同期|上年|去年|上年同期|去年同期)的(?:多少|百分之几)(?!倍)")
_SHARE_OF = re.compile(rf"占[^,?，？]{{0,15}}?的?(?:多少|几)|{RATIO_TO_BASE.pattern}")
_SCOPE_END = re.compile(r"[,;:]|(?<=[)区点类司业目县市镇项家种场地国样动库站厂校院馆队村所])(?:中|里面|里)(?=[\u4e00-\u9fff])")
_WHO = re.compile(r"(?:是|为)?(?:哪一?[位类种栋座幢所条支只]|谁)")  # "局长是哪位": the question word, not the metric
_QUANTITY_CUE = re.compile(
    r"(?:多少|几)(?:个百分点|百分点|亿美元|万美元|美元|亿元|万元|人次|人年|平方米|[家个项件名位人所台套篇亩吨户条款批场倍元亿万次天年头羽棵只支座])?"
    r"|第几|百分之多少|有?多[大长重高快宽深远]|老几|什么位置|哪个位置|什么名次|排在哪"
)
# "光涉外公证就收了…": 光…就 says only; not the 光 of 阳光, 观光 or 光伏.
_PER_CUSTOMER = re.compile(r"(?:平均)?每(?:位|个|名)?(?:购物)?(?:顾客|客人|客户)(?:平均)?花了?|(?:顾客|客人|客户)?平均每(?:单|笔)花了?")
_QUARTER_ALONE = re.compile(r"单季(?![稻度])")  # not 单季稻, a crop
# "鲜果平均一公斤卖多少钱": the price of a measure of goods, as reports write it (平均售价, 销售均价).
_PER_MEASURE = rf"(?:平均)?(?:每|一)(?:{V.PRICED_MEASURES})(?:平均)?"
_PRICE_PER_MEASURE = re.compile(rf"{_PER_MEASURE}(?:卖了?|售价?|能卖)(?=多少|几)")
# "收谷子平均一公斤给多少钱", "大豆平均一公斤买多少钱": the price paid per measure, as reports
# write it (收购均价, 采购均价).
_PAID_PER_MEASURE = re.compile(
    rf"(?:(?P<verb>收购?|买|采购|购置)(?P<goods>[\u4e00-\u9fff]{{0,6}}?){_PER_MEASURE}(?:给了?|付了?|花了?|出)?"
    rf"|{_PER_MEASURE}(?P<after>收购?|买|采购|购置))(?=多少钱|几块钱|几元)"
)


def _paid_price(m: re.Match[str]) -> str:
    """The price a match of ``_PAID_PER_MEASURE`` asks, as reports name it: "谷子收购均价"."""
    goods = m.group("goods") or ""
    if "价" in goods:
        return m.group()  # "收购均价每斤多少钱" says so already
    return f"{goods}{'收购' if (m.group('verb') or m.group('after')).startswith('收') else '采购'}均价"


# "游客平均每人花了多少钱": what each spent, as reports write it (人均消费).
_PER_HEAD_SPENT = re.compile(r"(?:平均每(?:人|位|个人)|每(?:人|位)平均|人均)花了?")
_ONLY_AFTER_TIME = re.compile(r"(?<=年)光(?![伏纤缆电学谷照明源盘线景阴])")
_ONLY = re.compile(r"(?<![阳观灯风月曝时目荣争眼春极激])光(?![伏纤缆电学谷照明源盘线])([\u4e00-\u9fff]{2,12}?)就(?=[\u4e00-\u9fff])")
_PEOPLE_THEN_CUE = re.compile(r"(?:人员|人才|专家|院士|博士|职工|工人|学生|学员|患者|志愿者|群众)(?:有|是|达到)?(?:多少|几)个?[?？]?$")
_COUNTY_LEVEL = re.compile("|".join(re.escape(w) for w in sorted(V.COUNTY_LEVEL[1:], key=len, reverse=True)))
_CASE_MONEY = re.compile(r"(案件|案子)([^,?。]{0,6}?)涉及了?多少钱")
# Lazily: "多少万千瓦时" asks for 千瓦时, not for 瓦.
_SCALED_ASK = re.compile(
    r"(多少|几)(?:十|百|千(?![克米瓦升])|万|亿)+?(?=" + "|".join(sorted((u for u in V.COUNT_UNITS + V.MEASURE_UNITS if u not in "年月日天周分方"), key=len, reverse=True)) + ")"
)
_ENTITY = re.compile(r"哪(?!年|一年)|谁|什么|名称|叫啥")
_UNIT_CUES_LONGEST = sorted(V.UNIT_CUES.items(), key=lambda kv: -len(kv[0]))
_PART_BOUNDARY = re.compile(r"[,;?、]")
_RANK_VERB = re.compile(r"排名|排位|位列|位居|名列|排在|排|列|居")
_EACH = re.compile(r"各(?:是|为|有|达到?|完成了?|实现了?|(?:销售|支出|接待|投入)了?|[办建搞开举评引收招做]了?|[\u4e00-\u9fff]{1,2}了|[\u4e00-\u9fff]{1,2}量)?(?:多少|几)")  # "各办了几个", "各卖了多少" (销售), "各加工了多少"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# How reports and questions point at the report's own place: not metric words.
_SELF_PLACE = {"全市", "全区", "全县", "我市", "我区", "我县", "本市", "本区", "本县", "该市", "该区", "该县", "全省",
               "市", "区", "县", "年", "有"}
_LONE_POSITION = {"中", "里", "内"}  # "工作目标中" with the intent word gone: in, not a metric word
# A superlative, or the one row that moved against the rest ("同比不降反升").
_EXTREME = re.compile(r"最[高多大快低少小慢长短远重轻]|不降反(?:升|增)|不减反增|不升反降|不增反(?:降|减)")
# "排第二的景点", "第二多的港区": the n-th of a superlative's order, not a rank the report states.
_NTH_EXTREME = re.compile(r"(?:排(?:名|在)?|位列|位居|居)?第([二三四五2-5])(?:名|位)?([多高大快低少小慢长短])?(?=的|是|[?])")
_NTH = {"二": 2, "三": 3, "四": 4, "五": 5}
_EXCEPT = re.compile(r"除(?:了)?([^,?]{1,12}?)(?:以外|之外|外)")
_NOT_INCLUDING = re.compile(r"\((?:不含|不包括|不包含|未含)[^()]{1,15}\)")
# "区科技工作汇报材料中,…", "据《…》": which report to read, not what is measured (retrieval
# still sees it). Not "新材料中试基地": 中 must not start a word.
_REF_TAIL = r"(?:当中|里面|中提到|中指出|中说|提到|指出|显示|所述|中(?![试心期标央国部])|里)"
_SOURCE_REF = re.compile(
    rf"(?:在|据|根据|按照)?(?:《[^》]{{1,40}}》{_REF_TAIL}?"
    rf"|[\u4e00-\u9fff]{{0,16}}?(?:汇报材料|材料|报告|总结|工作思路|要点|汇报|通报){_REF_TAIL}"
    # "按2025年工作思路,…": the plan a figure is read from, set off by a comma.
    rf"|(?:按照?|根据|据)[\u4e00-\u9fff\d]{{0,16}}?(?:工作思路|工作计划|计划|规划|安排|部署|要点)(?=,))"
)
_PUNCT = re.compile(r"[\s?!,.:;。?!,、:;\"'“”‘’()《》<>\[\]【】]+")


class QuestionError(ValueError):
    """The question cannot be asked as given; one line says why."""


@dataclass
class Question:
    raw: str
    text: str  # simplified, half-width
    years: list[int] = field(default_factory=list)
    half: str | None = None  # 上半年 / 下半年 / … / 全年 (the whole year, not a half)
    relative_year: int | None = None  # 去年 → -1: resolved against each report's own period
    places: list[str] = field(default_factory=list)  # the most specific places asked, with short forms
    place_words: list[str] = field(default_factory=list)  # every place name in the question
    place_level: int = 0  # of the places asked: 1 province, 2 city, 3 district/county
    unit: str | None = None  # a literal unit the question asks for: 家, 件, 个百分点 …
    kinds: set[str] = field(default_factory=set)  # money, percent, points, growth, rank, date …
    wants_target: bool = False
    wants_result: bool = False
    progress: bool = False  # "完成全年目标的百分之多少": how much of a plan is done, a result
    change: bool = False  # "比上年多了多少亿": the amount added, not the level
    multi: bool = False
    entity: bool = False  # asks for a name or a sentence, not a number
    months: list[int] = field(default_factory=list)  # "2023年5月" → [5]
    metric: str = ""  # the words that name what is measured; the last word is the head
    item: str | None = None  # for one item of an enumeration ("省级"): must be named at the number
    parts: list["Question"] = field(default_factory=list)  # one sub-question per number asked
    ordinal: str | None = None  # "第几批" → 批: the rank asked counts batches, not places
    extreme: str | None = None  # "最多", "最低"…: "哪个区…最多", answered from a table column
    nth: int = 1  # "排第二的景点": the second in the superlative's order
    rows_metric: str = ""  # the metric as asked, rows' noun kept ("区新增燃气用户"): parallel clauses name it so
    excluded: list[str] = field(default_factory=list)  # "除开发区外": rows left out of the comparison
    branches: list[str] = field(default_factory=list)  # "温泉支行": a branch of who reports, answered only where named
    choices: list[str] = field(default_factory=list)  # "沙田柚、砂糖橘、油茶籽里,哪样…最大": the items compared
    markets: list[str] = field(default_factory=list)  # "在美国建了几个海外仓": a foreign market asked, answered only where named

    @property
    def metric_parts(self) -> list[str]:
        return [p.metric for p in self.parts] if self.parts else [self.metric]

    @property
    def numeric(self) -> bool:
        return not self.entity

    @property
    def search_text(self) -> str:
        """The text to retrieve with: years written out in full, as reports write them ("25年" →
        "2025年"), so a plan section's "2025年" matches."""
        return _SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年", self.text)


def check_question(raw: str) -> str:
    """The question stripped, or QuestionError for empty, oversized or non-Chinese input."""
    if raw is None or not raw.strip():
        raise QuestionError("the question is empty: ask something like “2016年新增高新技术企业多少家?”")
    text = raw.strip()
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(text)} characters long; keep it under {MAX_QUESTION_CHARS}")
    if not _CJK.search(text):
        raise QuestionError("ask in Chinese: the reports are Chinese and so is the matching (e.g. “研发经费是多少?”)")
    return text


# "卖了" → 销售, but not inside another word ("布放了" is no 放贷): compiled once.
# In the order listed: a phrase goes before any shorter one it holds ("研发投了" before "投了"), and
# before a longer one that would take it apart ("卖票收了" before "收了多少钱").
_SPOKEN_VERBS = [
    (re.compile(f"(?<![{V.SPOKEN_VERB_GUARDS[spoken]}]){spoken}" if spoken in V.SPOKEN_VERB_GUARDS else spoken), written)
    for spoken, written in V.SPOKEN_VERBS
]


# "那几个重点部门里", "这几年": 几 after a demonstrative points at things, it asks no number.
_THOSE_FEW = re.compile(r"(?<=[那这])几(?:[个家位项所类种条]|(?=年))")
# "几个重点直管公园里,哪个公园…": a few things a superlative ranges over, no number asked.
_FEW_AMONG = re.compile(r"几(?=[个家所座条][^,?]{1,10}(?:里|中|当中|之中)[,\s]*[去在到给]?哪)")  # "几个乡镇里去哪个"


_ROUTE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:到|至|飞)([\u4e00-\u9fff]{2,4}?)的?(?=航线|线路|班列|专线|航班)")


# "卖了多少水", "用了多少电": the amount a utility reports as 售水量, 用电量.
_VERB_OF_AMOUNT = re.compile(r"([卖售供用发购])了?(?:多少|几)([水电气])(?=$|[^\u4e00-\u9fff]|[呢啊吧])")  # not "收购了多少水稻"


# "收了多少加工番茄", "哪个镇收的小麦最多": goods a company buys in, as reports write 收购; not
# "征收了", "通行费各收了多少", "收了多少钱" or "收的费最多" (income).
_BOUGHT_IN = re.compile(
    r"(?<![回征接吸验没催清创税营丰费各])收"
    r"(?:了(?=(?:多少|几)[^元钱?!,;。\s]{2})|的(?![钱费税款])(?=[\u4e00-\u9fff]{1,4}(?:最多|最少|多少|几)))"
)


def _amount_named(match: re.Match[str]) -> str:
    verb = "售" if match.group(1) == "卖" else match.group(1)
    return f"{verb}{match.group(2)}量多少"


# A verb and its object said apart ("造了多少亩林", "修了几公里路", "印染了多少米布"): reports write
# them together before the amount ("造林3540亩", "印染布产量1.86亿米").
# "卖种子收入了多少钱", "卖门票赚了多少": reports write "种子销售收入".
_SOLD_WHAT = re.compile(r"卖([\u4e00-\u9fff]{2,4}?)的?(?:收入|挣了?|赚了?)")  # not "卖电收入": 售电收入
# Not "来买东西" (shopping), nor a place's name ("英买力镇").
_BOUGHT = re.compile(r"(?<![网线上来去购采])买(?=[\u4e00-\u9fff]{2})(?!票|卖|断|东西|[\u4e00-\u9fff]{0,2}(?:镇|乡|县))")
_SPLIT_VERB_OBJECT = re.compile(
    r"(印染|[造植种修打挖建栽纺织])了?(多少|几)(亩|棵|株|公里|千米|米|口|座|条|个|处|吨)([林树路井渠塘桥布纱])(?=$|[?!。,;的呢啊吧])"
)


# "隐患整改了百分之多少": the share done, which reports write as a rate ("整改率91.4%").
_SHARE_DONE = re.compile(r"(整改|办结|化解|结案|接通|处置|回访|签约|覆盖|达标|合格|修复|销号|清零)了(?=百分之多少|多少%|几成|百分之几)")


# "跟上一年比少了多少": the base said as people say it, written as reports do (比上年).
_COMPARED_SPOKEN = re.compile(r"(?:跟|和|与|同)(上一年|上年|去年|年初|上年同期|去年同期|多年平均|常年)(?:相)?比(?:较|起来)?")


# "2023—2024学年", "23-24学年": a school year is dated by the year it starts in, as its report's
# title is; "上学年" is the year before.
# A school year or a crushing season ("23/24榨季"), by the year it starts in, as reports are dated.
_SCHOOL_YEAR = re.compile(r"(?:(?:19|20)?(\d{2}))\s*[-—–~至到/]\s*(?:(?:19|20)?\d{2})\s*(?:学年|榨季)(?:度)?|(上|本)(?:学年|榨季)")


def _school_year(m: re.Match) -> str:
    if m.group(2):
        return "上年" if m.group(2) == "上" else "本年"
    return f"20{m.group(1)}年"


def analyze_question(raw: str) -> Question:
    """Parse a question into the cues retrieval and fact selection use."""
    text = _VERB_OF_AMOUNT.sub(_amount_named, normalize_query(check_question(raw)))
    text = _SCHOOL_YEAR.sub(_school_year, text)
    text = _COMPARED_SPOKEN.sub(lambda m: "比" + m.group(1).replace("上一年", "上年"), text)
    text = _SHARE_DONE.sub(r"\1率", text)
    text = _SPLIT_VERB_OBJECT.sub(r"\1\4\2\3", text)
    text = _SOLD_WHAT.sub(r"\1销售收入", text)
    text = _BOUGHT.sub("购置", text)  # "买康复设备花了多少钱": reports write 购置
    text = _BOUGHT_IN.sub("收购", text)
    text = _PER_CUSTOMER.sub("客单价", text)  # "平均每位购物顾客花了多少钱": 客单价, as reports write it
    text = _PER_HEAD_SPENT.sub("人均消费", text)
    text = _PRICE_PER_MEASURE.sub("平均售价", text)
    text = _PAID_PER_MEASURE.sub(_paid_price, text)
    text = _QUARTER_ALONE.sub("", text)  # "三季度单季营业收入": the quarter's, as 三季度 says already
    for spoken, written in _SPOKEN_VERBS:
        text = spoken.sub(written, text)
    text = _FEW_AMONG.sub("些", _THOSE_FEW.sub("些", text))
    text = _ROUTE.sub(r"\1—\2", text)  # "宜宾到北京的航线": reports write the route "宜宾—北京"
    text = _CASE_MONEY.sub(r"\1\2涉案金额多少钱", text)  # "案子一共涉及多少钱": 涉案金额, as reports write it
    text = _ONLY.sub(r"\1", text)
    text = _ONLY_AFTER_TIME.sub("", text)  # "23年光卖票收了多少钱"  # "光涉外公证就收了多少钱": only the 涉外公证's
    text = _COUNTY_LEVEL.sub("县级", text)  # "县(市、区)级团组": the county level, whatever its asides
    q = Question(raw=raw, text=text)
    q.years = sorted({int(y) for y in _YEAR.findall(text)} | {2000 + int(y) for y in _SHORT_YEAR.findall(text)})
    half = _HALF.search(text)
    q.half = V.SAME_PERIOD.get(half.group(0), half.group(0)) if half else ("全年" if re.search(r"全年|整年|一整年", text) else None)
    for word, delta in _RELATIVE_YEAR.items():
        if re.search(rf"(?<![比较与]){word}", text):  # "比去年同期涨了多少": the base, not the year asked
            q.relative_year = delta
    # "2019年的总结里说明年要…": the year named is the report's, the one asked is the next, a plan.
    next_year = _NEXT_YEAR.search(text)
    if next_year and len(q.years) == 1:
        q.years = [q.years[0] + 1]
    places = _without_facility_names(text, _without_stray_short_names(text, _without_split_names(text, find_places(text))))
    # "芜湖市弋江区…": the district is asked about; the city only says where the district is.
    deepest = max((p.level for p in places), default=0)
    q.place_words = _names(places)
    q.places = _names([p for p in places if p.level == deepest])
    q.place_level = deepest
    # Towns and zones are below the gazetteer: "长兴县煤山镇", "芜湖经开区".
    # Not a city the gazetteer knows whose name ends like a township: "…问题占萍乡2023年…".
    local = [_from_word_start(_after_known(text, m)) for m in _LOCAL_PLACE.finditer(text)
             if not any(m.group().endswith(name) for name in q.place_words)]
    if q.places:
        local = [name for name in local if not _generic_zone(name)]  # "德城现代物流园区": 德城's park, no place of its own
    if local:
        # "芜湖经开区" is written "芜湖经济技术开发区" in reports.
        q.places = list(dict.fromkeys(local + [V.canonical(n) for n in local]))
        q.place_words = q.place_words + q.places
        q.place_level = 4
    q.months = sorted({int(m) for m in _MONTH.findall(text)})
    bare = text
    for name in V.NAMED_AFTER_MARKETS:
        bare = bare.replace(name, " ")
    found = [m for m in V.FOREIGN_MARKETS if m in bare]
    q.markets = [m for m in found if not any(m != other and m in other for other in found)]  # 东南亚, not 南亚
    q.branches = [m.group(1)[-2:] + m.group(2) for m in _BRANCH.finditer(text) if not _NOT_A_BRANCH.search(m.group(1)[-2:])]
    _read_ask(q, text)
    q.wants_target = not q.progress and (
        bool(_TARGET_INTENT.search(text)) or (q.half == "下半年" and "工作" in text) or bool(next_year)
    )
    q.wants_result = any(w in text for w in V.RESULT_WORDS) and not q.wants_target
    ordinal = re.search(r"第几([批届次期轮季])", text)
    q.ordinal = ordinal.group(1) if ordinal else None
    cues = list(_QUANTITY_CUE.finditer(text))
    asks_quantity = bool(cues) or bool(q.unit) or bool(q.kinds & {"percent", "points", "rank", "date"})
    q.entity = bool(_ENTITY.search(text)) and not cues
    if not q.entity and not asks_quantity:
        q.entity = any(w in text for w in V.ENTITY_CUES)
    extreme = _EXTREME.search(text) or (_NTH_EXTREME.search(text) if q.entity else None)
    scope = ""
    if q.entity and extreme:
        q.extreme = extreme.group(0)
        if extreme.re is _NTH_EXTREME:  # "第二多": ordered as "最多"; bare "排第二" as the largest first
            q.nth = _NTH.get(extreme.group(1)) or int(extreme.group(1))
            q.extreme = "最" + (extreme.group(2) or "多")
            q.kinds.discard("rank")
        q.excluded = [e.strip() for e in _EXCEPT.findall(text) if e.strip()]
        # "主要子公司中,营业收入增速最高的是哪一家": the clause of the superlative names the column;
        # the clauses before say which rows.
        # "5家重点景区(点)中接待游客最多", "各县(市、区)里…最少": 中/里 after the rows' name ends it too.
        scope = text[: max((m.end() for m in _SCOPE_END.finditer(text[: extreme.start()])), default=0)]
        text = _EXCEPT.sub(" ", _EXTREME.sub(" ", _NTH_EXTREME.sub(" ", text)))
        scope = _EXCEPT.sub(" ", scope)
        q.choices = listed_choices(scope)
        if _WHICH_PLACE_ASKED.search(text) and not all(c[-1] in "省市区县镇乡村" or c.endswith("街道") for c in q.choices):
            q.choices = []  # "新建的基本站和一般站,哪个县分到的最多": the places are compared, not the items
    # "中级人民法院本院(不含基层法院)的结案率": the aside says what is left out, not what is measured.
    text = _NOT_INCLUDING.sub(" ", text)
    own = metric_words(text[len(scope):], q)
    # The rows' noun stands apart too: "来自 镇".
    bare = _ROWS_NOUN.sub("", "".join(w for w in own.split() if not re.fullmatch(_PLACE_ROWS, w)))
    if scope and (_BARE_VERB.fullmatch(bare) or _BARE_COUNT.fullmatch(bare)):
        own = ""  # "新建的预警站,哪个县分到的最多": a bare verb; the clause before names what is counted
    q.metric = own or metric_words(text, q)
    if q.extreme:
        # "哪个地方场次最多": 地方 is no rows' noun a report writes.
        q.rows_metric = " ".join(w for w in (_FEW_ROWS.sub(lambda m: m.group(1) or "", w).removeprefix("地方") for w in q.metric.split()) if w) or q.metric
        # "哪个县的福彩网点最少", "…最大的是哪个镇": the rows' noun left by the question word is no metric word.
        words = [_ROWS_OF.sub("", w) for w in q.metric.split()]
        if rows := _WHICH_ROWS.search(q.text):  # "在哪个县区开展得最多": 开展
            words = [re.sub(r"得$", "", w.removeprefix(rows.group(1))) if w.startswith(rows.group(1)) else w for w in words]
        if (noun := _WHICH_NOUN.search(q.text)) and not _ROWS_NOUN.fullmatch(noun.group(1)) and q.text.count(noun.group(1)) >= 2:
            # "各口岸中…增长最快的是哪个口岸", "各专业系中学员…哪个系": the rows, named twice.
            among = re.compile(rf"各[\u4e00-\u9fff]{{0,4}}?{re.escape(noun.group(1))}[中里]|^{re.escape(noun.group(1))}[中里]")
            words = [w for w in (among.sub("", w) for w in words) if w != noun.group(1)]
        # "6条主要航道中船舶过闸艘次最少": the rows counted off before the measure are no metric words.
        words = [_FEW_ROWS.sub(lambda m: m.group(1) or "", _COUNTED_ROWS.sub("", w)) for w in words]  # what they report stays
        # "各区域中数字城管案件结案率最低的是哪个": the places ranged over are no metric words.
        words = [_AMONG_PLACES.sub("", w) for w in words]
        q.metric = " ".join(w for w in words if w and not _ROWS_NOUN.fullmatch(w)) or q.metric
    if q.progress:  # what a completion rate is read by: "完成全年目标任务的47.3%"
        q.metric = f"{q.metric} 完成 目标".strip()
    q.multi = any(w in text for w in V.MULTI_CUES) or len(cues) >= 2 or (
        bool(_EACH.search(text)) and len(split_metric(q.metric, on_space=True)) >= 2
    )
    if q.multi:
        q.parts = _sub_questions(q, text, cues)
    return q


# A bank's or a company's branch named in a question: its own figures are not the whole's.
_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,4}?)(支行|分行|分理处|营业部)")
_NOT_A_BRANCH = re.compile(r"[各每全本该哪几多少个]")


# A town or zone: a name (no question, level or generic words in it) and its kind.
_NAME = r"[^\W\d_a-zA-Z哪个各每全本该乡镇市县区省年度的在了和与及级以上下高新国除外]"  # 家 may name: 沙家浜镇
_LOCAL_KINDS = r"(?:经济技术开发区|经济开发区|经开区|高新区|开发区|工业园区|园区|港区)"
# 古镇 is a sight, not a town; 乡镇 and 城乡 are no town's name ("改造乡镇卫生院", "统筹城乡"), nor 镇志 ("出版镇志").
# "护送返乡", "送教下乡": 乡 closing a word is no township.
_TOWN_NAME = _NAME.replace("高新", "")  # 新林镇, 高集镇: 高 and 新 start many a town's name, though not a zone's (高新区)
_LOCAL_PLACE = re.compile(rf"{_NAME}{{2,4}}{_LOCAL_KINDS}|{_TOWN_NAME}{{2,3}}(?:(?<![古城])镇(?![村志])|(?<![城返回下家老故思还离异同进])乡(?![镇村])|街道)")
_LOCAL_SUFFIX = re.compile(rf"{_LOCAL_KINDS}$|(?:镇|乡|街道)$")


_SECTOR_STEM = re.compile(
    r"(?:现代|综合|国际)?(?:物流|工业|产业|科技|创业|商贸|化工|农业|食品|电商|电子商务|文化|创新|智能制造|保税|服务业|软件|信息|生物医药|医药|新材料|装备制造)+"
)


def _after_known(text: str, m: re.Match[str]) -> str:
    """A town or zone name that starts after a place or time word it overlaps: "崇明城桥镇" matches
    "明城桥镇", the name is "城桥镇"; "23年底城桥镇" matches "底城桥镇"."""
    name, start = m.group(), m.start()
    suffix = _LOCAL_SUFFIX.search(name)
    for place in find_places(text[max(0, start - 4) : m.end()]):
        for form in (place.name, short_name(place.name)):
            at = text.find(form, max(0, start - len(form)), m.end())
            if at >= 0 and at < start < at + len(form) and suffix and at + len(form) <= start + suffix.start() - 2:
                return name[at + len(form) - start :]
    stripped = re.sub(r"^[底末初]", "", name)
    return stripped if suffix and len(stripped) - len(suffix.group()) >= 2 else name


def _generic_zone(name: str) -> bool:
    """Whether a zone's name is only a sector and its kind: "物流园区", "工业园区", no name of its own."""
    kind = re.search(f"{_LOCAL_KINDS}$", name)
    return bool(kind) and bool(_SECTOR_STEM.fullmatch(name[: kind.start()]))


def _from_word_start(match: str) -> str:
    """A zone or town name cut to start at a word: "综合评价中宝鸡高新区" matches "价中宝鸡高新区",
    the name is "宝鸡高新区"."""
    import jieba

    suffix = _LOCAL_SUFFIX.search(match)
    name = match[: suffix.start()]
    if len(name) >= 3 and name[0] in "为在对向给从到由":
        name = name[1:]  # "为石岘镇…提供服务": jieba reads 为石 as one word
    words = jieba.lcut(name)
    while len(words) > 1 and len("".join(words[1:])) >= 2:
        words = words[1:]
    return "".join(words) + match[suffix.start() :]


# What a place's name may be the start of: "涟水国际机场" is an airport, not 涟水县.
_FACILITY_AFTER = re.compile(r"(?:国际)?机场|火车站|高铁站|汽车站|大桥|水库")


def _without_facility_names(text: str, places):
    """Places less those named only as the start of a facility's name when another place says
    where it is: in "淮安涟水国际机场" the place asked is 淮安, 涟水 names the airport."""
    def as_facility_only(place) -> bool:
        spots = [m.end() for n in {place.name, short_name(place.name)} for m in re.finditer(re.escape(n), text)]
        return bool(spots) and all(_FACILITY_AFTER.match(text, end) for end in spots)

    kept = type(places)({p: n for p, n in places.items() if not as_facility_only(p)})
    return kept if kept else places


_PLACE_WORD_END = re.compile(r"[省市县区旗州盟镇乡村]$")


def _word_bounds(text: str) -> list[tuple[int, int]]:
    """Start and end of each of jieba's words of ``text``."""
    import jieba

    bounds: list[tuple[int, int]] = []
    at = 0
    for word in jieba.lcut(text):
        bounds.append((at, at + len(word)))
        at += len(word)
    return bounds


def _opens_goods_word(text: str, bounds, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` opens a longer dictionary word that is no place:
    "哈密瓜", "龙井茶", "北京烤鸭" are goods named after a place; "恭城县" is the place's own name."""
    import jieba

    return any(
        a == start and b > end and jieba.dt.FREQ.get(text[a:b]) and not _PLACE_WORD_END.search(text[a:b])
        for a, b in bounds
    )


def _without_place_names(text: str, names) -> str:
    """``text`` with each place name blanked, longest first, except where it opens a goods word:
    "哈密市哈密瓜产量" asks 哈密瓜产量 of 哈密市."""
    for name in sorted(names, key=len, reverse=True):
        if name not in text:
            continue
        bounds = _word_bounds(text)
        spans = [m.span() for m in re.finditer(re.escape(name), text)]
        for start, end in reversed(spans):
            if not _opens_goods_word(text, bounds, start, end):
                text = text[:start] + " " + text[end:]
    return text


def _without_split_names(text: str, places):
    """Places less those whose every mention straddles a word of the text: "工程建设和政府采购"
    holds 和政 (和政县) across 和|政府. A name the segmenter merely cuts in two stays."""
    bounds = _word_bounds(text)

    def straddled(start: int, end: int) -> bool:
        return any(a < start < b or a < end < b for a, b in bounds)

    def spots(place) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for n in {place.name, short_name(place.name)} for m in re.finditer(re.escape(n), text)]

    def mentioned(place) -> bool:
        found = spots(place)
        return not found or not all(straddled(a, b) for a, b in found)

    def opens_a_word(place) -> bool:
        found = spots(place)
        return bool(found) and all(_opens_goods_word(text, bounds, a, b) for a, b in found)

    kept = type(places)({p: n for p, n in places.items() if mentioned(p)})
    kept = kept if kept else places
    return type(places)({p: n for p, n in kept.items() if not opens_a_word(p)})


def _first_at(text: str, place) -> int:
    """Where ``text`` first names ``place``, by its full or short name."""
    found = [at for name in spoken_names(place) if (at := text.find(name)) >= 0]
    return min(found, default=len(text))


def _without_stray_short_names(text: str, places):
    """Places less those named only by a short form and lying in another province than a place
    the text names in full: in "洛龙区龙门古街", 龙门 is part of a street's name, not 龙门县."""
    named_in_full = [p for p in places if p.name in text]
    if not named_in_full:
        # "十堰城西污水处理厂": 城西 lies in no city the text names, so it is no 城西区.
        cities = {p.adcode[:4] for p in places if p.level == 2}
        if cities:
            return type(places)({p: n for p, n in places.items() if p.level <= 2 or p.adcode[:4] in cities})
        # "格尔木澜晶盐湖化工有限公司": the place named first says where; 盐湖 (运城's 盐湖区) is a word.
        first = min(places, key=lambda p: _first_at(text, p), default=None)
        if first is None:
            return places
        return type(places)({p: n for p, n in places.items() if p.adcode[:2] == first.adcode[:2]})
    provinces = {p.adcode[:2] for p in named_in_full}
    return type(places)({p: n for p, n in places.items() if p.name in text or p.adcode[:2] in provinces})


def _names(places) -> list[str]:
    names: list[str] = []
    for place in places:
        names.extend(spoken_names(place))
    return list(dict.fromkeys(names))


# "提高了几个点?": spoken for 个百分点; not "几个点位", the places monitored.
_POINTS_SPOKEN = re.compile(r"(多少|几)个?点(?=$|[?!。,;]|呢|啊|吧)")


def _read_ask(q: Question, text: str) -> None:
    """The unit and kinds of quantity ``text`` asks for, and whether it asks a completion rate or a change."""
    q.progress = bool(_PROGRESS.search(text))
    q.change = bool(_AMOUNT_CHANGE.search(text) or _RATE_MOVED.search(text))
    # "第几名" asks for a rank, not for a number of 名.
    asked = re.sub(r"第几(?:名|位|个)?", "第几", text)
    asked = re.sub(r"(多少|几)个(亿|万)", r"\1\2", asked)  # "多少个亿" asks for money, not for 个
    asked = _POINTS_SPOKEN.sub(r"\1个百分点", asked)  # "提高了几个点": points, as people say it
    asked = _GOODS_AND_MONEY.sub(r"\1的", asked)  # "募集多少款物": money, not a count of 款
    asked = re.sub(rf"(多少|几)个(?!{_PERSONAL})人(?!次|才|员)", r"\1人", asked)  # "几个人" asks for people
    # "几个科技特派员": people counted with the colloquial 个.
    asked = re.sub(
        r"(多少|几)个?(?![户家批期次场支所])(?=[\u4e00-\u9fff]{0,6}(?:员|人才|专家|院士|博士|罪犯|嫌疑人|职工|工人|农民|学生|患者|志愿者|群众)(?:[?,;!。]|$))",
        r"\1人", asked)  # "培训了多少学员": people too; "多少户社员" counts households
    asked = _SCALED_ASK.sub(r"\1", asked)  # "多少万头" asks for 头, whatever the scale
    asked = _CHANGE_TO.sub("到", asked)  # "提高到每人每月多少元": the level it reached, not the rise
    asked = _CUE_OPENS_WORD.sub(r"\1 ", asked)  # "多少成品油", "多少强免补助": no 几成, no 百强
    q.unit = next((unit for cue, unit in _UNIT_CUES_LONGEST if cue in asked), None)
    if not q.unit and _PEOPLE_THEN_CUE.search(asked):
        q.unit = "人"  # "新引进各类人才多少?": people, the noun before the cue says
    # "高强度紧固件产量": a grade of goods, no 研发投入强度 (a rate).
    q.kinds = {kind for cue, kind in V.KIND_CUES if cue in _GRADE_OF_GOODS.sub("", asked)}
    if _COST_OF_MONEY.search(asked) and not q.unit:
        q.kinds = (q.kinds - {"money", "money_or_count"}) | {"percent"}  # "融资的综合成本": a rate, 4.79%
    if moved := _RANK_CHANGE.search(text):
        q.unit = "位" if moved.group(1) == "位次" else moved.group(1)
        q.kinds -= {"rank", "growth", "percent"}
        q.change = True  # the places moved ("较上年提升7位"), not a count of places ("排名(位) | 58")
        return
    stem, *after = _QUANTITY_CUE.split(_GOODS_AND_MONEY.sub(r"\1的", text))
    # "做成了多少技术交易额": what is counted may follow the cue.
    named = stem + (re.split(r"[,?;。!]", after[0])[0] if after else "")
    # Not for a change ("审结案件数比上年涨了多少"): a rate answers as well as a count of 件.
    if not q.unit and not q.change and (counted := _COUNT_OF.search(stem)):
        q.unit = counted.group(1)  # "技术合同登记项数是多少": a count of 项
    if not q.unit and not q.change and (counted := _COUNTED_IN.search(stem)):
        q.unit = counted.group(1)  # "急诊人次是多少": a count in 人次, and 急诊 is what is counted
    if re.search(r"(?<!份)额|(?<!条)款(?!项)", named) and not q.unit:
        q.kinds.add("money")  # 交易额, 销售额, 成交额, 罚没款: amounts of money
    if re.search(r"[率]", stem) and not q.unit and not _PER_BASE_RATE.search(stem):
        q.kinds.add("percent")  # 成功率, 覆盖率; not "百万公里行车责任事故率" (0.12次 per base)
    if q.progress or (not q.unit and _SHARE_OF.search(text)):
        q.kinds.add("percent")  # "完成全年目标的多少": a completion rate; "占了税收总额的多少": a share
    if not q.unit and "percent" in q.kinds and (_SHARE_OF.search(text) or re.search(r"占比|比重", text)):
        # "商品住宅销售面积占商品房销售面积的比重": the share is asked, not the area it is of.
        q.kinds -= {"money", "measure", "money_or_count"}
    if not q.unit and (_ABOVE_AVERAGE.search(text) or _RATE_GAP.search(text)) and q.kinds & {"percent", "growth"}:
        q.kinds = {"points"}  # "增速比全区平均水平高多少": the gap between two rates, in points
    if q.change and not q.unit and not _MONEY_ASK.search(text):
        q.kinds.add("growth")  # "比上年多了多少": the growth rate or the amount added, not the level


_GRADE_OF_GOODS = re.compile(r"[高低超]强度(?=[\u4e00-\u9fff])")


# Measure words that open other words: "多少成品油" asks no 几成, "多少强免补助" no 百强, "多少项目资金"
# no 项, "多少家电产品" no 家.
_OPENS_WORD = {"成": "品本交员果绩就立熟型效年人片套批蟹虾鱼", "种": "植子苗养", "本": "地市县区级土届科金", "尾": "矿款气水号", "强": "制免化度调降", "个": "体", "处": "理置罚", "群": "众体落岛组聊", "项": "目", "家": "具庭政属"}
# And "多少个人住房贷款": 个人 of a loan, a tax, an account ("多少个人参加" counts people).
_PERSONAL = "人(?:住房|贷款|所得|消费|存款|信用|账户|养老|公积金)"
# And "多少家电产品" (not "多少家电商").
_APPLIANCE = "电(?!商)"
_CUE_GUARD = {end: f"(?![{chars}])" for end, chars in _OPENS_WORD.items()}
_CUE_GUARD["个"] = f"(?![体]|{_PERSONAL})"
_CUE_GUARD["家"] = f"(?![{_OPENS_WORD['家']}]|{_APPLIANCE})"
_CUE_OPENS_WORD = re.compile(
    "(多少|几)(?=" + "|".join([*(f"{end}[{chars}]" for end, chars in _OPENS_WORD.items()), f"个{_PERSONAL}", f"家{_APPLIANCE}"]) + ")"
)


# A connector right before the next 多少 ("…运营里程和多少座车站"); not the end of a word ("涉及", "参与").
_JOINED_TO_CUE = re.compile(r"(?:以及|(?<![总平缓温柔调])和|(?<![涉普危波触顾提来不论企])及|(?<![参给赠授])与)$")


_ONE_QUARTER = re.compile(r"第?[一二三四1-4]季度")


def _sub_questions(q: Question, text: str, cues: list[re.Match[str]]) -> list[Question]:
    """One sub-question per number asked.

    With several 多少/几 cues, each part is the clause around its cue ("帮助多少家中小微企业获得贷款",
    "贷款金额多少"). With one cue and 分别/各, the parts are the items of the enumeration just before
    it ("国家级、省级、市级分别有几家"), each keeping the words the items share.
    """
    parts: list[Question] = []
    periods = _HALF_LIST.search(text)
    months = _MONTH_LIST.search(text)
    if months and len(cues) < 2 and not periods:
        # "1月和6月分别受理了多少件": one number per month.
        asked = [int(m) for m in _MONTH.findall(months.group())]
        if len(set(asked)) == len(asked):
            return [replace(q, parts=[], multi=False, months=[m]) for m in asked]
    if periods and len(cues) < 2:
        # "一季度和二季度的商品销售总额分别是多少": the metric is one, asked for each period.
        halves = [V.SAME_PERIOD.get(h, h) for h in _HALF.findall(periods.group())]
        if len(set(halves)) == len(halves):
            # "1-9月和三季度": the months read off the question are the 1-9月's, not the quarter's.
            return [replace(q, parts=[], multi=False, half=h, months=[] if _ONE_QUARTER.fullmatch(h) else q.months) for h in halves]
    if len(cues) >= 2:
        # "光电通信产业,吴江区2018年产值多少?增长多少?": a topic before the first part is every part's.
        first_lo = max([0] + [m.end() for m in re.finditer(r"[,;:?]", text[: cues[0].start()])])
        topic = metric_words(text[:first_lo], q)
        # "S1线开通新增了多少运营里程和多少座车站": what the first cue's clause says before it is
        # every joined part's too.
        lead = metric_words(text[first_lo : cues[0].start()], q)
        for i, cue in enumerate(cues):
            shares_lead = False
            lo = max([0] + [m.end() for m in _PART_BOUNDARY.finditer(text, 0, cue.start())])
            if i > 0:
                lo = max(lo, cues[i - 1].end())
                # "新增了多少运营里程和多少座车站": the connector before a cue ends the last part's noun.
                # ("涉及多少钱": a 及 inside a word joins nothing.)
                shares_lead = bool(_JOINED_TO_CUE.search(text[lo : cue.start()]))
                lo = cue.start() if shares_lead else lo
            nxt = _PART_BOUNDARY.search(text, cue.end())
            hi = min(nxt.start() if nxt else len(text), cues[i + 1].start() if i + 1 < len(cues) else len(text))
            if i + 1 < len(cues) and (change := _CHANGE_TO.search(text, cue.end(), hi)):
                hi = change.start()  # "从2月的多少提升到5月的多少": 5月 belongs to the second number
            segment = _JOINED_TO_CUE.sub("", _FROM.sub("", text[lo:hi]))
            part = replace(q, parts=[], multi=False)
            # Each part asks its own kind: "…多少家,完成全年任务的多少", "…是多少?比年初增加了多少?".
            _read_ask(part, segment)
            part.months = sorted({int(m) for m in _MONTH.findall(segment)}) or q.months
            if i > 0 and (own_half := _HALF.search(segment)):
                # "1-9月收购多少万吨?其中三季度收购多少?": the later part is of its own period.
                part.half = V.SAME_PERIOD.get(own_half.group(0), own_half.group(0))
                part.months = sorted({int(m) for m in _MONTH.findall(segment)})
            if _EACH.search(segment) or "分别" in segment:
                # "孵化器、众创空间各有几家?孵化面积一共多大?": a part that lists items asks one
                # number per item (the list runs back over its 、).
                start = max([0] + [m.end() for m in re.finditer(r"[,;:?]", text[: cue.start()])])
                if i > 0:
                    start = max(start, cues[i - 1].end())
                listed = _sub_questions(part, text[start:hi], [cue])
                if listed:
                    parts.extend(listed)
                    continue
            part.metric = metric_words(segment, part)
            if parts and not _TRANSITION.sub("", part.metric.replace(" ", "")):
                # "从2月的多少提升到5月的多少": the second end of a change is the same metric,
                # the same kind of number.
                part.metric = parts[-1].metric
                if not part.unit and not part.kinds:
                    part.unit, part.kinds = parts[-1].unit, set(parts[-1].kinds)
            elif parts and _ONLY_CHANGE.fullmatch(part.metric):
                # "粮食总产量是多少?比上年增长多少?": the growth of what the last part named.
                part.metric = f"{parts[-1].metric} {part.metric}"
            elif parts and part.metric.startswith("其中") and len(part.metric.removeprefix("其中").strip()) <= 2:
                # "…其中三季度收购多少": a part of what the last part named, by its verb alone.
                part.metric = f"{parts[-1].metric} {part.metric.removeprefix('其中').strip()}".strip()
            elif parts and len(part.metric.replace(" ", "")) <= 2 and not part.unit:
                # "…发放了科技贷款,金额多少": a bare 金额 is the amount of what the last part named.
                part.metric = f"{parts[-1].metric} {part.metric}".strip()
            if part.metric:
                if shares_lead and lead and lead not in part.metric:
                    part.metric = f"{lead} {part.metric}"
                if topic and topic not in part.metric:
                    part.metric = f"{topic} {part.metric}"
                parts.append(part)
        return parts if len(parts) >= 2 else []
    stem, *rest = re.split(rf"(?=分别|{_EACH.pattern})", text, maxsplit=1)
    tail = rest[0] if rest else ""
    clauses = re.split(r"[,;:?]", stem)
    if by_place := _place_parts(q, clauses[-1]):
        return by_place
    clauses[-1] = _without_place_names(clauses[-1], q.place_words)  # "呼和浩特": no 和 between items
    items = whole_and_part(clauses[-1]) or [i for i in re.split(r"、|和|与|以及|及", clauses[-1]) if i.strip()]
    if len(items) < 2:
        return []
    shared = metric_words(" ".join(clauses[:-1]), q)
    if _YEAR_END.search(stem) and "累计" not in shared:
        shared = f"{shared} 累计".strip()  # "到2019年底孵化器、众创空间各有几家": every item's stock
        items[0] = _YEAR_END.sub(" ", items[0])
    if company := _COMPANY_LEAD.match(items[0]):
        # "翁海公司石斑鱼和南美白对虾产量": who reports is every item's, no part of the first.
        shared = f"{shared} {metric_words(company.group(), q)}".strip()
        items[0] = items[0][company.end():]
    first = metric_words(items[0], q)
    as_asked = items[0]
    longest_other = max(len(i) for i in items[1:])
    last_item = metric_words(items[-1], q)
    cut = len(first) - len(last_item)
    if first[-1:] == last_item[-1:] and cut > 0 and cut in word_starts(first):
        # "发明专利申请量和授权量": parallel heads; what the first item has before its head is shared.
        shared = " ".join(w for w in [shared, first[:cut]] if w)
        items[0] = first[cut:]
    elif len(first) > 2 * longest_other and len(last := jieba_last_word(first)) >= 2:
        # "科技企业孵化器里国家级、省级、市级": the words before the first item are shared
        # ("全市专利申请量与授权量" ends in the one-character word 量: nothing to share).
        shared = " ".join(w for w in [shared, first[: -len(last)]] if w)
        items[0] = last
    # "国家级和省级的孵化器": the words after the last 的 are every item's head, unless each item
    # has its own 的 ("为7家企业发放的保证保险贷款和为12家企业发放的担保贷款").
    head = items[-1].rsplit("的", 1)[1] if "的" in items[-1] and "的" not in items[0] else ""
    tail_head = ""
    if head:
        items[-1] = items[-1].rsplit("的", 1)[0]
        head = metric_words(head, q)  # "…的预期目标分别是多少": intent, not a metric word
    elif all(len(metric_words(i, q)) <= 4 for i in items[:-1]) and (own := parallel_head(first, last_item)):
        # "市级以上和区级以上企业工程中心", "国家级、省级、市级龙头企业": the last item's words
        # after the part that parallels the first item are every item's head.
        head, items[-1] = last_item[len(own) :].strip(), own
    elif items[0] == as_asked and all(len(metric_words(i, q)) <= 3 for i in items[:-1]) and (
        head := shared_head([metric_words(i, q) for i in items[:-1]], last_item)
    ):
        # Not when the first item was cut from a longer phrase: "接待游客和旅游收入" lists two measures.
        items[-1] = last_item[: -len(head)]
    elif (
        len(lead := jieba_last_word(first)) >= 2
        and lead != first
        and _ends_in_noun(first[: -len(lead)])
        and (head := shared_head([lead], last_item))
    ):
        # "中医医院门诊和住院次均费用": who is asked about (a noun before the first item, not a verb
        # as in "接待游客和旅游收入") is every item's, and so is the last item's head.
        shared = " ".join(w for w in [shared, first[: -len(lead)]] if w)
        items[0], items[-1] = lead, last_item[: -len(head)]
    elif (
        (measured := _MEASURE_HEAD.search(last_item))
        and len(last_item) - len(measured.group()) >= 2
        and not any(metric_words(i, q).endswith(measured.group()) for i in items[:-1])
    ):
        # "石斑鱼和南美白对虾产量": a measure only the last item carries is every item's, and
        # stays after each item as asked ("马铃薯精淀粉 产量"), so who reports still opens the first.
        tail_head, items[-1] = measured.group(), last_item[: -len(measured.group())]
    # "对东南亚和对中东分别出口多少": the verb after 分别 is every item's.
    verb = metric_words(re.sub(rf"^(?:分别|{_EACH.pattern[:1]})", "", tail), q) if tail else ""
    verb = verb if len(verb) >= 2 else ""  # "各办了几个": 办 says nothing the items do not
    for item in items:
        # The item is the head word: it is what tells the numbers of the list apart.
        name = metric_words(item, q)
        metric = " ".join(w for w in [shared, head, name, tail_head, verb if verb not in name else ""] if w)
        # "项目个数和钻探进尺": a bare count names no item a report writes by its number.
        part = replace(q, parts=[], multi=False, metric=metric, item=None if _BARE_COUNT.fullmatch(name) else name or None)
        if q.markets and any(m in i for m in q.markets for i in items):
            part.markets = [m for m in q.markets if m in item]  # each market its own item's
        # Each item asks for its own kind of number ("孵化面积、运营机构、在孵企业分别是多少"),
        # with what the items share ("…和科技型中小微企业数的增幅分别是多少").
        _read_ask(part, f"{metric} {tail}")
        parts.append(part)
    return parts


def _place_parts(q: Question, clause: str) -> list[Question]:
    """One sub-question per place of a list of places ("容桂街道和大良街道的税收收入分别是多少"),
    each asking the metric of its own place; [] when the items are not each one place asked."""
    items = [i for i in re.split(r"、|和|与|以及|及", clause) if i.strip()]
    if len(items) < 2:
        return []
    named = []
    for i, item in enumerate(items):
        found = max((p for p in q.places if p in item), key=len, default=None)  # 田家庵区, not 田家庵
        # Each item is its place: nothing after it but the metric the last item carries.
        if found is None or (i < len(items) - 1 and item.split(found)[-1].strip(" 的")):
            return []
        named.append(found)
    if len(set(named)) != len(named):
        return []
    parts = []
    metric = " ".join(w for w in q.metric.split() if w not in _LONE_JOINER)
    for name in named:
        others = [o for o in named if o != name]
        own = [p for p in q.places if p in name]
        words = [w for w in q.place_words if not any(w in o for o in others) or any(w in n for n in own)]
        parts.append(replace(q, parts=[], multi=False, places=own, place_words=words, metric=metric))
    return parts


_LONE_JOINER = {"和", "与", "及", "以及", "或"}


def _ends_in_noun(text: str) -> bool:
    """Whether ``text`` ends in a noun ("中医医院"), not a verb ("接待")."""
    import jieba.posseg

    tokens = jieba.posseg.lcut(text)
    return bool(tokens) and tokens[-1].flag.startswith("n")


def shared_head(earlier: list[str], last: str) -> str:
    """The measure noun the last item ends in when no earlier item names one and the rest of it is
    an item like them ("辣椒和茶叶产值": 产值); "" when there is none."""
    for head in sorted(V.MEASURE_HEADS, key=len, reverse=True):
        # The rest of ``last`` is one more item like the earlier ones, not a longer name.
        if last.endswith(head) and 0 < len(last) - len(head) <= max(map(len, earlier)) + 1:
            if any(h in item for item in earlier for h in V.MEASURE_HEADS):
                return ""
            return head
    return ""


def parallel_head(first: str, last: str) -> str:
    """The opening of ``last`` that parallels ``first`` ("区级以上" in "区级以上企业工程中心" after
    "市级以上"): it ends, at a word boundary, in the character ``first`` ends in, and leaves a
    head of two or more characters; "" when there is none."""
    if not first or len(last) <= len(first):
        return ""
    starts = word_starts(last)
    for k in range(1, len(first) + 2):
        if last[k - 1] == first[-1] and k in starts and len(last[k:].strip()) >= 2 and first[-1] not in last[k:]:
            return last[:k]
    return ""


def word_starts(text: str) -> set[int]:
    """Offsets where jieba starts a word in ``text``."""
    import jieba

    starts, pos = set(), 0
    for w in jieba.lcut(text):
        starts.add(pos)
        pos += len(w)
    return starts


@lru_cache(maxsize=4096)  # list items are read again for every question that reaches them
def jieba_last_word(text: str) -> str:
    import jieba

    words = [w for w in jieba.lcut(text) if w.strip()]
    return words[-1] if words else text


@lru_cache(maxsize=4096)
def head_word(text: str) -> str:
    """The last word of ``text`` split to its own head when it is a compound of two words:
    "全年专利申请" → "申请" (jieba reads 专利申请 as one word); "孵化器" stays whole."""
    import jieba

    last = jieba_last_word(text)
    if len(last) == 1 and len(text) > 2:
        return head_word(text[:-1]) + last  # "专利申请量": 量 is a suffix, the head is 申请量
    if len(last) >= 4:
        finer = set(jieba.lcut_for_search(last))
        for k in range(2, len(last) - 1):
            if last[-k:] in finer and last[:-k] in finer:
                return last[-k:]
    return last


_EDGE_FILLER = "的了是呢啊吗吧几各共在要"
_STATE_WORD = re.compile(r"在[册岗校建营库读职线]|各[类项种]")  # and "各类活动": every kind, not 类活动


# "…这几样里", "…三个市场中", "…四地中": the count and the noun after the items are no item.
_CHOICE_SCOPE_END = re.compile(
    r"(?:(?:这|那)?[两三四五六七八九十几](?:个?[\u4e00-\u9fff]{1,2}?|[样种类个项家所座])?|(?:这|那)?[样种类个项家]?)"
    r"(?:当中|之中|中间|里面|中|里)?[,;:\s]*$"
)


def listed_choices(scope: str) -> list[str]:
    """The items a superlative compares when the question lists them ("沙田柚、砂糖橘、油茶籽里"):
    the last item and those between are whole; the first is cut at 的 or a verb before it."""
    clause = re.split(r"[,;:?]", scope.rstrip(",;: "))[-1]
    clause = _CHOICE_SCOPE_END.sub("", re.sub(r"\([^()]*\)", "", clause))  # "各县(市、区)": one noun, no list
    items = [i.strip() for i in re.split(r"、|和|与|及|以及|跟", clause)]
    if len(items) < 2 or not all(items):
        return []
    longest_other = max(len(i) for i in items[1:])
    first = re.split(r"的|了|是|卖|买|在|对|把|给|比较|相比|看", items[0])[-1]
    if len(first) > longest_other + 2:
        first = first[-longest_other:]
    items[0] = first
    if not all(2 <= len(i) <= 10 for i in items) or any(_YEAR.search(i) for i in items):
        return []
    return items


_WHICH_PLACE_ASKED = re.compile(r"哪一?个?(?:区县|县市区|县区|县|区|市(?!场)|乡镇|镇|乡|街道|村|社区|省)")
_BARE_VERB = re.compile(r"[\u4e00-\u9fff]?[到了得给出过]?|来自|分布在?|位于")  # "分到", "拿到", "来自": no noun of its own
# "…的帮扶电站,哪个县的数量最多": a count of what the clause before names, no metric of its own.
_COMPANY_LEAD = re.compile(r"^[^,?]*?[\u4e00-\u9fff]{2}(?:有限公司|公司|集团)(?=[\u4e00-\u9fff]{2})")
_MEASURE_HEAD = re.compile(f"(?:{'|'.join(V.GOODS_AMOUNTS)}|产值|销售额|销售收入|出口额|营业收入|面积|存栏|出栏|人数|数量)$")
_BARE_COUNT = re.compile(r"(?:的)?(?:数量|个数|总数|数目|规模|面积|金额|总额)")  # "哪个镇面积最大": the area of what the clause before names
_PLACE_ROWS = "县市区|县区|区县|区市|县市|区域|片区|乡镇|街道|社区|地方|县|区|市|镇|乡|村"
_AMONG_PLACES = re.compile(rf"^各?(?:{_PLACE_ROWS})[中里](?=[\u4e00-\u9fff]{{2}})")  # longest first: 县区 before 县
_WHICH_ROWS = re.compile(rf"哪一?个({_PLACE_ROWS}|中队|科室|部门|单位)")
_ROWS_OF = re.compile(rf"^(?:{_PLACE_ROWS})的")
_COUNTED_ROWS = re.compile(r"^(?:\d+|[两二三四五六七八九十]+)[个条家所座类项][\u4e00-\u9fff]{1,6}?[中里](?=[\u4e00-\u9fff]{2})")
# "报告列出税收收入的几个镇街中": the few rows a superlative ranges over, what the report lists.
_FEW_ROWS = re.compile(r"(?:(?:报告|文中)?(?:列出|列举|提到|给出|点名)?([\u4e00-\u9fff]{2,8}?)的)?些[个家所座条类项][\u4e00-\u9fff]{1,6}?[中里]$")
# The rows' noun after the question word: "…是哪个口岸", "哪一个系的学员最多".
_WHICH_NOUN = re.compile(r"哪一?[个家所条座]([\u4e00-\u9fff]{1,4}?)(?=的|[?,]|$|在|中(?!心)|是)")
_ROWS_NOUN = re.compile(rf"^(?:{_PLACE_ROWS}|单位|部门|家|个)")


# "多少套(间)": the unit's aside is another unit, no metric word.
_UNIT_ASIDE = re.compile(r"((?:多少|几)个?[\u4e00-\u9fff]{1,2})\([\u4e00-\u9fff]{1,2}\)")


# Every "多少<unit>" cue, longest first, in one pattern: a pattern per cue outgrows re's cache.
_UNIT_CUE_WORDS = re.compile("|".join(re.escape(cue) + _CUE_GUARD.get(cue[-1], "") for cue in sorted(V.UNIT_CUES, key=len, reverse=True)))


# "打算把鲜藕产量提高到多少": the level planned is named between 把 and the verb of reaching.
_RAISED_TO = re.compile(r"(?:把|将)?([^\s把将]{2,14}?)\s*(?:提高|提升|增加|扩大|增长|降低|压缩|控制|降)到(?=多少|几|\s|$)")


def metric_words(text: str, q: Question) -> str:
    """The question minus place, period, question and filler words: what is being measured.

    >>> metric_words("2016年西湖区新增国家重点扶持高新技术企业多少家?", analyze_question("西湖区多少家"))
    '新增国家重点扶持高新技术企业'
    """
    out = _AMOUNT_OF.sub(r"\1", _UNIT_ASIDE.sub(r"\1", text))  # "完成了多少钱的投资" asks 完成投资
    out = _WHO.sub(" ", _WHICH_COUNT.sub(" ", _SOURCE_REF.sub(" ", _SCALED_ASK.sub(r"\1", out))))
    out = _POINTS_SPOKEN.sub(" ", out)
    for name in q.place_words:
        # "咸宁市级文艺家协会": the place is 咸宁, and 市级 the level of what is asked.
        if name[-1] in "省市县区":
            out = out.replace(f"{name}级", f" {name[-1]}级")
    out = _without_place_names(out, q.place_words)
    out = _SINCE_YEAR.sub(" ", out)  # "比2018年提高了多少": the base year is checked at the number
    out = _SHORT_YEAR.sub(" ", _YEAR.sub(" ", _YEAR_END.sub(" 累计 ", out)))  # "到2019年底": the stock by then
    out = re.sub(r"(?:一共|总共)(?:有|达到|达)", " 累计 ", out)  # "一共有几家高企": the stock
    out = re.sub(r"全年|整年|一整年|(?<![第每近前后头这那])一年(?![来内多级期度])", " ", _HALF.sub(" ", _HALF_LIST.sub(" ", out)))
    for word in _RELATIVE_YEAR:
        out = re.sub(rf"(?<![比较与]){word}", " ", out)  # "比去年同期" is read as 同比 below
    out = _UNIT_CUE_WORDS.sub(" ", out)
    for word in sorted(V.FILLER, key=len, reverse=True):
        if len(word) > 1:
            out = out.replace(word, " ")
    out = _TARGET_INTENT.sub(" ", out)  # intent, matched against sections, not metric words
    for word in sorted(V.RESULT_WORDS, key=len, reverse=True):
        out = re.sub(rf"{word}(?!投资)", " ", out)  # "完成投资" is the indicator, not a result cue
    out = _MONTH_PHRASE.sub(" ", out)
    out = _RAISED_TO.sub(r" \1 ", out)
    if q.change and (q.unit or q.kinds & {"money", "money_or_count"}):
        # "比上年多了多少个": the amount added is checked at the number ("多增4200个"), not named.
        out = _CHANGE_PHRASE.sub(" ", out)
    elif q.kinds & {"percent", "points", "growth"}:
        out = _FELL.sub(" 下降 ", _GREW.sub(" 增长 ", _COMPARED.sub(" 同比 ", out)))
    out = _QUANTITY_TAIL.sub(" ", out)
    if "rank" in q.kinds:
        out = _RANK_VERB.sub(" ", out)  # reports rank with 居/列/位居 as often as 排名
        out = re.sub(r"第(?=\s|$)", " ", out)  # "居全市第几位" less its cue
        # "在全市考核中综合排名第几": the group ranked in is checked at the rank, what ranks is 考核.
        # A group of peers ("在全市各镇(街道)中") stays: reports write it by the rank ("居全市各镇第3位"),
        # in front, a modifier of what ranks: "骑行量在全省同类城市中居第2位,车辆日均周转率居第4位"
        # names the group once for both.
        groups: list[str] = []

        def rank_group(m: re.Match) -> str:
            if _PEERS.match(m.group(1)):
                if _APPRAISAL.search(m.group(1)):
                    return m.group(0)  # "在全省市级农科院综合考评中": the 考评 is what ranks
                groups.append(m.group(0))
                return " "
            return f" {m.group(1)} "

        out = _RANK_GROUP.sub(rank_group, out)
        out = " ".join(groups + [out])
    out = _PUNCT.sub(" ", out)
    out = _PER_BASIS.sub(r" \2 \1", out)  # "保教费标准是每生每月": the basis first, the head last
    out = _SHARE_OF_WHOLE.sub(r" \1 占比", out)
    # "出口占比提高了几个百分点": the share of what, then 占比; the rise is read off (kinds).
    out = _SHARE_MOVED.sub(r"\1 占比 ", out)
    if re.search(r"几成|百分之几", text) and "占比" not in out:
        out = _SHARE_OF_BARE.sub(r"\1 \2 占比", out)  # "研发投入占营收几成": 几成 already read off
    out = _SHARE_WITHIN.sub(r" \2 \1 占比", out)
    if re.search(r"哪|最", text):  # only in a comparison: "外地企业中标金额" is 中标
        out = _GROUP_AMONG.sub(r"\1 ", out)
    out = _VERB_COMPLEMENT.sub(" ", out)
    out = re.sub(r"[我本该此][市区县镇]", " ", out)  # "该区科技计划项目": the report's own place
    out = re.sub(r"(?<=[\u4e00-\u9fff])(?<![拥具所没])有(?=\s|$)", " ", out)  # "有效高企有几家"
    # Single-character fillers only at the edges: inside a word they are content (的 in 目的).
    # Not the 在 of a state: "在册", "在建", "在校" (a stock of those on the roll, under way, enrolled).
    words = [w[:2] + w[2:].strip(_EDGE_FILLER) if _STATE_WORD.match(w) else w.strip(_EDGE_FILLER) for w in out.split()]
    # A lone joiner is what is left of "7月和8月" with its months read off: no metric word.
    words = [w for w in words if w and w not in _SELF_PLACE and w not in _LONE_POSITION and w not in _LONE_JOINER]
    # "发布终端里,装在中小学校的占多少": 里 says where among, it is no part of the name (公里 is).
    words = [w[:-1] if len(w) >= 3 and w.endswith("里") and w[-2] not in "公千英海邻故" else w for w in words]
    if q.unit and words and len(words[-1]) > len(q.unit) + 1 and _COUNTED_IN.search(words[-1]):
        # "急诊人次": the unit is checked at the number ("急诊2.13万人次"), not named.
        words[-1] = _COUNTED_IN.sub("", words[-1])
    if len(words) >= 2 and words[-1] == "累计":
        # "果园一共有多大": the stock is asked of the 果园, which stays the head.
        words = ["累计", *words[:-1]]
    return " ".join(words)


def split_metric(metric: str, on_space: bool = False) -> list[str]:
    """ "专利申请量和授权量" → ["专利申请量", "授权量"]: one part per number a 分别 question wants.

    In a multi-number question the spaces left where 、 stood separate items too (``on_space``).
    """
    if pair := whole_and_part(metric):
        return pair
    pattern = r"和|与|以及|及|、|跟" + (r"|\s+" if on_space else "")
    parts = [p.strip() for p in re.split(pattern, metric) if len(p.strip()) >= 2]
    return parts if len(parts) >= 2 else [metric]


def whole_and_part(text: str) -> list[str] | None:
    """ "总收入和其中的中央和省级财政补助" → ["总收入", "中央和省级财政补助"]: the whole, then one part
    of it, whose own 和 joins no items; None when the text names no 其中 part."""
    whole, among, part = text.partition("其中")
    whole = re.sub(r"(?:和|与|以及|及|、|跟)$", "", whole.strip()).strip()
    part = part.removeprefix("的").strip()
    return [whole, part] if among and len(whole) >= 2 and len(part) >= 2 else None
