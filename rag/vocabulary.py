"""Domain vocabulary of Chinese work reports: abbreviations, synonyms, unit and intent words.

Every entry is a general fact of the genre (高企 is how reports shorten 高新技术企业), never a
phrase of one report. Matching happens on the simplified, half-width view.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.numbers import COUNT_UNITS, MEASURE_UNITS

# Abbreviations are expanded first, so that "R&D投入" becomes "研发投入" before synonyms apply.
ABBREVIATIONS: list[tuple[str, ...]] = [
    ("高新技术企业", "高企", "高新企业"),
    ("规模以上", "规上"),
    ("福利彩票", "福彩"),
    ("综合保税区", "综保区"),
    ("法律援助", "法援"),
    ("交通警察", "交警"),
    ("轨道交通", "轨交", "地铁"),
    ("体育彩票", "体彩"),
    ("邮政储蓄", "邮储"),
    ("保障性租赁住房", "保租房"),
    ("基础设施建设", "基建"),
    ("强制免疫", "强免"),
    ("赋予债权文书强制执行效力", "赋强"),
    ("息税折旧摊销前利润", "EBITDA", "ebitda"),
    ("公共租赁住房", "公租房"),
    ("规模以下", "规下"),
    ("个人所得税", "个税"),
    ("帮助信息网络犯罪活动", "帮信"),
    ("个人住房贷款", "个贷"),
    ("高新技术产业", "高新产业", "高产"),
    ("研发", "研究开发", "R&D", "r&d"),
    ("科技型中小企业", "科技型中小微企业", "科技中小企业", "科小"),
    ("防范非法集资", "防非"),
    ("经济技术开发区", "经开区", "经济开发区"),
    ("高新技术产业开发区", "高新区"),
    ("社会消费品零售总额", "社零总额", "社零额", "社零"),
    ("限额以上", "限上"),
    ("固定资产投资", "固投"),
    ("发行债券", "发债"),
    ("战略性新兴产业", "战新产业", "战新"),
    ("工商业联合会", "工商联"),
    ("中央级媒体", "央媒", "中央媒体"),
    ("科学技术协会", "科协"),
    ("社区矫正", "社矫"),
    ("公务用车", "公车"),
    ("政府采购", "政采"),
    ("下降", "降幅"),
    ("日均", "平均每天", "每天平均", "平均每日", "每日平均"),
    ("月均", "平均每月", "每月平均"),
]

# Bigrams of a text that say what a question's bigram says, though they share no character: what
# was 投入 ("财政投入院前急救经费", "投入资金320万元") is what was 投资.
# A text's "收入" answers a "销售" asked ("门票卖了多少钱" is 门票收入), not the other way round.
# And a text's "销售…万吨" answers a "销量" asked ("销售成品油68.4万吨" is the 成品油销量); a
# market's "交易额" or "成交额" is what it sold ("水果卖了多少钱").
# Rain "偏多/偏少" is how weather reports write a rise or a fall; "比上年" is the 同比 asked.
SAME_BIGRAMS: dict[str, tuple[str, ...]] = {"投入": ("投资",), "投资": ("投入",), "收入": ("销售",), "销售": ("销量",), "销量": ("销售",),
                                            "交易": ("销售",), "成交": ("销售",), "票款": ("票务",), "票务": ("票款",),
                                            "偏少": ("下降", "减少"), "偏多": ("增长", "增加"), "上年": ("同比",)}

# One period, several spellings: 一季度 = 第一季度 = 1-3月, 上半年 = 1-6月, 前三季度 = 1-9月.
SAME_PERIOD = {"第一季度": "一季度", "1-3月": "一季度", "第二季度": "二季度", "第三季度": "三季度",
               "第四季度": "四季度", "1-6月": "上半年", "1-9月": "前三季度"}

# Each group: words that name the same thing. A question using any of them matches text using any.
# The county level, however its asides are written ("县(市、区)级团组"); question reading uses it too.
COUNTY_LEVEL: tuple[str, ...] = ("县级", "县(市、区)级", "县(市区)级", "县(区)级", "县(市)级", "县市区级")

SYNONYM_GROUPS: list[tuple[str, ...]] = [
    ("国家重点扶持高新技术企业", "国家高新技术企业"),
    ("研发经费", "研发投入", "研发经费支出", "研发费用", "研发支出", "研发资金"),
    ("增加值", "产值增加"),
    ("同比增长", "同比增", "增长", "增速", "增幅", "涨幅", "上升"),
    # "研发投入强度" is what "研发投入占GDP比重" is called for short.
    ("占地区生产总值比重", "强度", "占GDP比重", "占GDP的比重", "占gdp比重", "占地区生产总值的比重", "占GDP比例"),
    ("占比", "比重", "占", "份额"),
    ("发现", "查出", "排查出"),  # "查出的隐患", "审计查出问题金额": found, however said
    ("地区生产总值", "GDP", "gdp", "生产总值", "国内生产总值"),
    ("专利授权量", "专利授权", "授权量", "授权专利"),
    ("专利申请量", "专利申请", "申请量"),
    ("技术交易额", "技术交易总额", "技术合同成交额", "技术市场交易额"),
    ("孵化器", "科技企业孵化器"),
    ("众创空间", "双创空间"),
    ("研究院", "企业研究院"),
    ("资金", "经费", "资助", "补助", "扶持资金", "钱"),
    ("贷款", "信贷", "放贷", "放款", "贷到"),
    ("人才", "人员"),
    ("农村居民", "农民"),
    ("城镇居民", "城市居民"),
    ("接待游客", "游客人数", "游客量", "游客接待量"),
    ("农商银行", "农商行", "农村商业银行"),
    ("不良贷款率", "不良率"),
    ("不良贷款", "不良资产"),
    ("入驻", "进驻"),
    ("业务", "板块"),  # a company's "金融板块" is its 金融业务
    ("成品油", "油品"),
    ("客运量", "客流量", "客流"),
    ("网络零售", "网上零售", "线上零售", "网零"),
    # Online, by each of its spellings; never 线上 alone, which "热线上半年" holds.
    ("网上学习", "线上学习", "在线学习"), ("网上报名", "线上报名", "在线报名"), ("网上办理", "线上办理", "在线办理"),
    ("网络销售", "网上销售", "线上销售", "线上商城", "电商销售", "电子商务销售"),  # a shop's 线上商城 is its online sales
    ("网上购票", "线上购票", "在线购票", "网络购票", "网上买票", "线上买票", "网上订票", "线上订票", "网络售票", "网上售票", "线上售票"),
    ("院士", "两院院士"),
    ("新增", "新引进", "新认定", "新培育", "新建", "增加了", "多了"),
    ("累计", "总数", "共计", "合计", "总计", "一共", "总共"),
    ("销售产值", "产值", "销售收入"),
    ("建筑材料", "建材"),
    ("上缴税金", "缴纳税收", "缴纳税金", "上缴税收", "缴纳税款", "实缴税金"),
    ("营业收入", "营收", "主营业务收入"),
    ("上市", "IPO", "ipo"),
    ("排名", "排位", "位列", "居", "名列"),
    ("病床使用率", "床位使用率"),
    ("平均住院日", "平均住院时间", "平均住院天数"),
    ("消费者投诉", "消费投诉"),
    ("案件", "案子"),
    ("涉案金额", "涉案标的额"),
    ("供汽", "供蒸汽", "供应蒸汽"),
    ("出入境", "进出境"),
    ("因公出访", "因公临时出国(境)", "因公出国(境)", "因公临时出国", "因公出国"),
    ("应收账款", "应收款"),
    ("罚没款", "罚没金额", "罚款金额", "处罚金额", "罚款"),
    COUNTY_LEVEL,
    ("村庄", "村子"),
    ("个体工商户", "个体户"),
    ("平均售价", "销售均价", "平均销售价格", "销售平均价格", "平均销售价"),
    ("收购均价", "平均收购价格", "收购平均价格", "平均收购价", "收购平均价"),
    ("采购均价", "平均采购价格", "采购平均价格", "平均采购价", "采购平均价"),
    ("上年", "上榨季"), ("本年", "本榨季"),  # a sugar mill's year is its crushing season
    ("自主创业", "自己创业", "自己开店创业"),  # "预付式消费投诉" is a kind of the 消费者投诉 a 消委会 counts
]

# Words that make a question ask something no other figure stands for: a shortfall is not the
# amount spent or hired ("资金缺口" is not "投入资金1.42亿元"). Only a number named so answers.
MUST_BE_NAMED: tuple[str, ...] = ("缺口", "缺额", "差额", "赤字")

# Words that set apart figures of one metric: a new count is not a running total, applications
# are not grants, a provincial figure is not a national one. Canonical forms (after SYNONYM_GROUPS).
# A flow and a stock: "新增/入选/推荐…家" is not "累计/总数…家", and the other way round.
FLOW_WORDS: tuple[str, ...] = ("新增", "净增", "入选", "获批", "推荐", "认定", "签约", "引进", "申报", "新建", "创建", "新登记", "新培育", "发放", "更新")
STOCK_WORDS: tuple[str, ...] = ("累计", "现有", "拥有", "共有", "保有", "有效", "存量", "余额", "在册", "手持")

CONTRASTS: list[tuple[str, ...]] = [
    ("申请", "授权"),
    ("申报", "立项"),
    ("申报", "认定", "新增"),  # applied for is not approved (新认定 reads 新增)
    ("净增", "新增"),  # net of what left
    ("增加值", "产值", "营业收入", "利润", "研发经费"),  # value added is not output, nor revenue, profit or R&D spending
    ("存栏", "出栏"),  # livestock held, not sold
    ("生产", "出口"),  # made is not shipped abroad: "生产羊绒衫86万件" for "羊绒衫出口了多少件"
    ("生产", "销售"), ("产量", "销量"),  # made is not sold: "三季度销售耐火材料8.4万吨" for "三季度生产了多少"
    ("加工", "出口"), ("产量", "出口"),  # nor what was processed: "全年加工蜂蜜1240吨", "蜂蜜产量(吨)" for "出口了多少吨蜂蜜"
    ("净利润", "利润总额", "营业利润"),  # after tax, before it, from operations
    ("完成投资", "总投资"),  # invested this year, not the projects' whole cost
    ("国家级", "省级", "市级", "区级", "县级"),
    ("收入", "支出", "利润"),  # a fund's income is not its spending, nor a business's revenue its profit
    ("全体居民", "城镇居民", "农村居民"),
    ("国控", "省控", "市控"),  # monitoring sections run by different levels
    ("存款", "贷款"),
    ("受理", "办结"), ("办理", "办结"), ("受理", "审结"), ("收案", "结案"),  # cases taken in are not cases closed
    ("缴存", "提取", "贷款"),  # a housing fund's contributions, withdrawals and loans
    ("缴存", "补缴"),  # what was paid in, not the arrears an inspection recovered
    ("实缴", "补缴", "欠缴", "缓缴"),  # paying now is not paying arrears, owing or deferring
    ("最多", "最少"), ("最高", "最低"), ("最大", "最小"), ("最快", "最慢"), ("最长", "最短"),  # "最多的是铜鼓县,为2418.7毫米;最少的是…"
]

# One side of a split the reports draw: international or domestic routes, online or offline sales,
# women or men. A question naming one side asks a part; a number whose sentence names no side is the
# whole ("旅客吞吐量211.6万人次" is no answer to "国际航线旅客吞吐量"). Not 城镇/农村: "新增就业"
# is written for the 城镇新增就业 asked.
SPLIT_SIDES: tuple[str, ...] = ("外地", "本地", "外省", "国际", "国内", "境外", "入境", "出境", "省外", "市外", "县外", "区外", "线上", "线下", "男性", "女性", "公办", "民办")

# A word inside a longer term that means something else: "出口总额" asked is not "进出口总额".
# "地区生产总值" asked is not "人均地区生产总值".
INSIDE_OTHER: tuple[tuple[str, str], ...] = (
    ("出口", "进出口"), ("进口", "进出口"), ("急诊", "门急诊"), ("地区生产总值", "人均地区生产总值"),
)

# Words that narrow an indicator to a part of the whole: "规上工业企业研发费用" is not "研发经费".
# Canonical forms.
NARROW_SCOPES: tuple[str, ...] = ("规模以上", "限额以上", "每万人", "每千人", "每十万人", "本级")  # and per head
PER_HEAD: tuple[str, ...] = ("每万人", "每千人", "每十万人", "每百人", "每万名")
# A daily or monthly average is another measure than the period's total: "日均快递业务量34.5万件".
# So is an average per loan, household or case: "笔均贷款45.7万元" is no year's 贷款发放额.
# Verbs of goods a company buys in, processes or trades; the checks add their own neighbours
# (屠宰, 生产, 销售, 种植…) to this core.
GOODS_VERBS: tuple[str, ...] = ("收购", "采购", "加工", "出口", "进口")
# Verbs whose amount is named by the verb alone: "虾仁加工量" is what "加工…虾仁0.97万吨" says.
AMOUNT_VERBS: tuple[str, ...] = ("加工", "收购", "采购", "屠宰")
# Amounts of goods, which name no goods of their own ("销量", unlike "营业收入").
GOODS_AMOUNTS: tuple[str, ...] = ("产量", "销量", "销售量", "出货量", "发货量", "交付量", "装机量", "加工量", "收购量", "采购量", "出口量", "进口量", "屠宰量")
# What goods are priced by: "每斤加价0.06元", "平均一公斤卖多少钱" (a regex alternation).
PRICED_MEASURES = "市?斤|公斤|千克|吨|亩|头|只|羽|箱|件|台|瓶|袋|盒|罐|桶|千瓦时|度|立方米|方"
AVERAGES: tuple[str, ...] = ("日均", "月均", "日平均", "日最高", "日最大", "最高日", "最大日", "单日", "笔均", "户均", "件均", "次均")

# Question word → the unit it asks for. Checked longest first.
UNIT_CUES: dict[str, str] = {
    "多少家": "家", "几家": "家",
    "多少个": "个", "几个": "个",
    "多少项": "项", "几项": "项",
    "多少件": "件", "几件": "件",
    "多少名": "名", "几名": "名",
    "多少位": "位", "几位": "位",
    "多少人次": "人次", "多少家次": "家次",
    "多少人年": "人年",
    "多少人": "人", "几人": "人",
    "多少所": "所", "几所": "所",
    "多少台": "台", "多少套": "套", "多少篇": "篇", "多少次": "次", "几次": "次", "多少趟": "次",
    "多少亩": "亩", "多少平方米": "平方米", "多少吨": "吨", "多少公里": "公里",
    "多少户": "户", "多少条": "条", "多少款": "款", "多少批": "批", "多少场": "场",
    "多少倍": "倍", "多少只": "只", "多少支": "支", "多少座": "座", "多少份": "份", "多少期": "期", "多少强": "强", "多少大项": "大项", "多少小项": "小项", "多少大类": "大类", "多少小类": "小类",
    "多少个百分点": "个百分点", "几个百分点": "个百分点",
    "多少个小时": "小时", "几个小时": "小时",
}
# Every count and measure unit the number parser knows can be asked for: "多少头", "多少公顷".
# Units of time and the score 分 are left out: "多少年来" and "多少分" ask other things.
for _unit in COUNT_UNITS + MEASURE_UNITS:
    if _unit not in {"年", "月", "日", "周", "天", "分", "方", "个月", "周年"}:
        UNIT_CUES.setdefault("多少" + _unit, _unit)
# And the Latin units of power, energy and storage: "组件产量是多少GW", "出货量是多少MW".
for _unit in ("GWh", "MWh", "kWh", "GW", "MW", "kW", "TB", "PB"):
    UNIT_CUES.setdefault("多少" + _unit, _unit)
# "几批", "几只": every measure word asked with 多少 is asked with 几 too.
UNIT_CUES.update({"几" + cue[2:]: unit for cue, unit in list(UNIT_CUES.items())
                  if cue.startswith("多少") and "几" + cue[2:] not in UNIT_CUES})

# Spoken verbs a question uses for the noun a report writes: "融了多少钱" asks for 融资.
# Countries and blocs a report's trade or overseas figures are broken down by: a question naming
# one asks for that market's figure, not the whole's ("在美国建了几个海外仓").
FOREIGN_MARKETS: tuple[str, ...] = (
    "美国", "日本", "韩国", "德国", "英国", "法国", "意大利", "西班牙", "荷兰", "俄罗斯", "印度", "巴西",
    "澳大利亚", "加拿大", "墨西哥", "越南", "泰国", "马来西亚", "新加坡", "印度尼西亚", "印尼", "菲律宾",
    "阿联酋", "沙特", "欧盟", "东盟", "非洲", "拉美", "中东", "欧洲", "北美", "南美", "中亚", "东南亚", "南亚",
)
# Products named after a market, which name no market: "南美白对虾" is a shrimp.
NAMED_AFTER_MARKETS: tuple[str, ...] = ("南美白对虾", "美国白蛾")  # a shrimp, a pest of trees

SPOKEN_VERBS: tuple[tuple[str, str], ...] = (("多赚了", "增加"), ("多挣了", "增收"), ("卖的占", "销售额占"), ("挣了多少外汇", "创汇多少"), ("赚了多少外汇", "创汇多少"), ("出口卖了多少钱", "出口多少钱"), ("一年能生产", "年生产能力"), ("一年能加工", "年加工能力"), ("一年能处理", "年处理能力"), ("一年能产", "年产能"), ("出口赚了多少钱", "出口多少钱"), ("出口挣了多少钱", "出口多少钱"), ("付了多少", "支付多少"), ("付给", "支付"), ("种的面积", "种植面积"), ("供的", "供应的"), ("返了多少", "返利多少"), ("搞出了", "开发"), ("新拉进来", "新增"), ("拉进来", "新增"), ("多少钱的货", "多少钱"), ("多少钱的东西", "多少钱"), ("多少钱的产品", "多少钱"), ("省了多少钱", "节约多少钱"), ("减少了多少损失", "避免经济损失多少"), ("减少多少损失", "避免经济损失多少"), ("平均每户", "户均"), ("每户平均", "户均"), ("平均每件快递", "单票"), ("每件快递", "单票"), ("平均每票", "单票"), ("开了多少天", "运营多少天"), ("省下", "节约"), ("省了", "节约"), ("装了多少兆瓦", "装机容量多少兆瓦"), ("装了多少万千瓦", "装机容量多少万千瓦"), ("一张票平均", "平均票价"), ("平均一张票", "平均票价"), ("来看演出的观众", "接待观众"), ("研发投了", "研发投入"), ("还剩多少", "余额多少"), ("的娃", "幼儿"), ("交了多少税", "上缴税金多少"), ("卖的钱", "销售收入"), ("下了多少毫米雨", "降水量多少毫米"), ("下了多少雨", "降水量多少"), ("来了多少", "接待多少"), ("来了几", "接待几"), ("还挂着", "在册"), ("缴了", "缴存"), ("被提走了", "提取"), ("提走了", "提取"), ("融了多少资", "融资多少"), ("融了", "融资"), ("融到", "融资"), ("贷了", "贷款"), ("放了", "放贷"), ("上花了多少钱", "支出多少钱"), ("花了多少钱", "多少钱"), ("借钱", "融资"), ("借的钱", "融资"), ("花了", "支出"), ("上投了多少", "投入多少"), ("投了", "完成投资"), ("完成了多少投资", "完成投资多少"), ("完成多少投资", "完成投资多少"), ("冲到", "达到"), ("冲上", "达到"), ("做到", "达到"), ("净赚了", "净利润"), ("赚了", "利润"), ("卖票收了", "票务收入"), ("收上来", "收缴"), ("挣钱", "收入"), ("新上了", "新增"), ("通了多少公里", "里程多少公里"), ("送回去了", "护送"), ("送回了", "护送"), ("赶到", "到达"), ("回了家", "回家"), ("孩子", "儿童"), ("投多少", "投入多少"), ("产多少", "产量多少"), ("多拿", "增加"), ("拉了多少", "运送多少"), ("住满了几成", "入住率多少"), ("住了几成", "入住率多少"), ("新上了多少个", "新增多少个"), ("来买东西", "购物"), ("多少家店", "多少家门店"), ("几家店", "几家门店"), ("买东西", "购物"), ("每人每月", "人均月"), ("产了多少", "产量多少"), ("帮多少", "帮助多少"), ("通车多少公里", "通车里程多少公里"), ("卖出去了", "销售"), ("卖出去", "销售"), ("卖出了", "销售"), ("卖出", "销售"), ("卖了", "销售"), ("做了", "完成"), ("新开了多少", "新增多少"), ("新开了几", "新增几"), ("搞了", "开展"), ("破了", "破获"), ("罚了", "罚款"), ("花出去", "支出"), ("打了", "接种"), ("募了", "募集"), ("住几天院", "住院多少天"), ("开了多少张床", "开放床位多少张"), ("亩地", "亩"), ("多少病人", "多少患者"), ("多少名病人", "多少名患者"), ("开了几张床", "开放床位几张"), ("住多少天院", "住院多少天"), ("花钱", "投入资金"), ("花的钱", "投入资金"), ("花的经费", "经费"), ("找到了工作", "实现就业"), ("找到工作", "实现就业"), ("发的内容", "发布"), ("发了多少条", "发布多少条"), ("办了多少件事", "办理事项多少件"), ("卖到", "销售达到"), ("烧了多少煤", "耗煤量多少"), ("烧了几万吨煤", "耗煤量几万吨"), ("出了多少趟车", "出车多少次"), ("出了多少次车", "出车多少次"), ("出了几趟车", "出车几次"), ("出了几次车", "出车几次"),
                                              # "看一次门诊平均花多少钱": the cost per visit; "哪个科室看一次病最贵".
                                              ("看一次门诊平均花", "门诊次均费用"), ("看一次病平均花", "次均费用"), ("看一次门诊", "门诊次均费用"), ("看一次病", "次均费用"),
                                              ("最贵", "最高"), ("最便宜", "最低"), ("最不满意", "满意度最低"), ("最满意", "满意度最高"), ("最准点", "正点率最高"), ("最准时", "正点率最高"), ("涨得最快", "增长最快"),
                                              ("最多的一天", "单日最高"), ("一天最多", "单日最高"), ("新签了", "新增签约"),
                                              ("签的单子金额", "成交额"), ("签的单子", "成交"),
                                              ("村里的", "村级"), ("镇里的", "镇级"),  # "村里的动物防疫员": 村级动物防疫员
                                              ("运了多少货", "货运量多少"), ("运了多少吨货", "货运量多少吨"), ("运了多少万吨货", "货运量多少万吨"), ("收了多少钱", "收入多少钱"),  # after the narrower "卖票收了"
                                              ("自己养了", "自有"), ("自己养的", "自有"), ("多少群蜂", "蜂群多少群"),  # "自己养了多少群蜂": 自有蜂群
                                              ("种了多少亩", "种植面积多少亩"), ("种了多少万亩", "种植面积多少万亩"), ("种了几万亩", "种植面积几万亩"),
                                              ("能放多少", "库容多少"), ("能存多少", "库容多少"), ("能存放多少", "库容多少"), ("能储存多少", "库容多少"),  # "冷库能放多少吨"
)  # "现场签的单子金额": 现场成交额
# Characters that make a spoken verb part of another word: "布放了" is not 布+放贷, "突破了" not 破获.
SPOKEN_VERB_GUARDS: dict[str, str] = {"做了": "各",  # "各做了多少人": each of a list
                                      "做到": "想要能",  # "想做到多少": a plan, read as one already
                                      "缴了": "补催上欠代收征交清足",  # "补缴了": arrears, not contributions
                                      "收了多少钱": "回征接吸验没催清创",  # "回收了多少钱" is no income
                                      "种了多少亩": "播接栽补套抢", "种了多少万亩": "播接栽补套抢", "种了几万亩": "播接栽补套抢",  # "播种了多少亩": 播种面积
                                      "来了多少": "带引迎招吸原本未从起过进出回上下将看", "来了几": "带引迎招吸原本未从起过进出回上下将看",  # "带来了多少收入"
                                      "放了": "布发投存释开排播堆摆安下燃解绽回", "破了": "突打攻击冲爆识", "打了": "攻击拍殴敲",
                                      "付了多少": "支兑赔拨偿垫应交预给对",  # "赔付了多少": claims paid, not 支付
                                      "付给": "支兑赔拨偿垫应交预对",  # "付给笋农多少钱": what 支付笋农 says; not "拨付给"
                                      "供的": "提可兼特专共",  # "给哪个镇供的种芋最多"; not "提供的"
                                      "产了多少": "生投减增", "产多少": "生投减增",  # "生产了多少件家具" says its verb already
                                      "发的内容": "开研印下颁分收签核批首爆引激启出散", "发了多少条": "开研印下颁分收签核批首爆引激启出散"}

# Words that make a question ask for a kind of quantity rather than a literal unit.
KIND_CUES: list[tuple[str, str]] = [
    ("百分点", "points"),
    ("百分之", "percent"), ("百分比", "percent"), ("占比", "percent"), ("比重", "percent"),
    ("几成", "percent"), ("多少成", "percent"),  # "占了几成": a share
    ("比例", "percent"), ("市场份额", "percent"), ("强度", "percent"), ("%", "percent"), ("增速", "percent"), ("增幅", "percent"), ("增长率", "percent"),
    ("增长", "growth"), ("提高", "growth"), ("上升", "growth"), ("下降", "growth"), ("降了", "growth"), ("降多少", "growth"), ("降几", "growth"), ("变化了多少", "growth"), ("变化多少", "growth"), ("减少了", "growth"), ("涨", "growth"), ("高了", "growth"), ("低了", "growth"),
    ("多少钱", "money"), ("多少元", "money"), ("多少万元", "money"), ("多少亿元", "money"), ("多少美元", "money"), ("多少万美元", "money"), ("多少亿美元", "money"),
    ("多少亿", "money"), ("多少万", "money_or_count"), ("金额", "money"), ("资金", "money"),
    ("经费", "money"), ("工资", "money"), ("欠薪", "money"), ("薪酬", "money"), ("产值", "money"), ("增加值", "money"), ("收入", "money"), ("总额", "money"), ("投资", "money"),
    ("贷款", "money"), ("基金", "money"), ("估值", "money"), ("总规模", "money"), ("基金规模", "money"), ("资金规模", "money"), ("估价", "money"), ("营收", "money"), ("融资", "money"), ("外资", "money"),
    ("慰问金", "money"), ("抚恤金", "money"), ("补助金", "money"), ("救助金", "money"), ("奖金", "money"),
    ("助学金", "money"), ("保证金", "money"), ("赔偿金", "money"), ("奖励金", "money"), ("补贴", "money"),
    ("第几", "rank"), ("排名", "rank"), ("排第", "rank"), ("名次", "rank"), ("位列", "rank"), ("排位", "rank"),
    ("排老几", "rank"), ("老几", "rank"), ("什么位置", "rank"), ("什么名次", "rank"), ("哪个位置", "rank"),
    ("排在哪", "rank"), ("排哪", "rank"),
    ("面积", "measure"), ("浓度", "measure"), ("多长", "measure"), ("多重", "measure"), ("库容", "measure"), ("容积", "measure"),  # 多大 alone: 基金总规模有多大 is money
    *((f"多少{unit}", "measure") for unit in MEASURE_UNITS if unit not in {"分", "方"}),
    ("多久", "duration"), ("多长时间", "duration"), ("几年", "duration"), ("多少年", "duration"),
    ("几个月", "duration"), ("多少个月", "duration"), ("几天", "duration"), ("多少天", "duration"),
    ("时间", "duration"), ("时长", "duration"), ("用时", "duration"), ("天数", "duration"),  # "平均反应时间的目标是多少": minutes
    ("利用小时", "duration"), ("小时数", "duration"),  # "风电平均利用小时有多少": hours
    ("哪一年", "date"), ("哪年", "date"), ("何时", "date"), ("什么时候", "date"),
]

# A non-numeric question asks for a name, a thing or a way.
ENTITY_CUES = ("哪家", "哪个", "哪些", "谁", "什么", "哪一", "哪里", "何处", "是哪", "名称", "怎样", "如何")

RESULT_WORDS = ("完成", "实现", "达到了", "实际", "已经", "取得", "最终")
TARGET_SECTION_WORDS = ("思路", "目标", "计划", "打算", "安排", "重点工作", "要点", "任务")

MULTI_CUES = ("分别",)

# Nouns a list's items share when only the last one writes it: "辣椒和茶叶产值" asks 辣椒产值 too.
MEASURE_HEADS: tuple[str, ...] = (
    "增加值", "产值", "产量", "面积", "营业收入", "收入", "利润", "投资", "总额", "金额", "销售额",
    "人数", "户数", "数量", "规模", "增速", "增幅", "占比", "比重", "次均费用", "均次费用", "费用",
    "发电量", "用电量", "售电量", "装机容量", "装机",
)

# Everything else a question says that names no metric.
FILLER = (
    "百分之多少", "百分之几", "请问", "请告诉我", "告诉我", "我想知道", "想知道", "想问", "问一下", "一下", "呢", "啊", "呀", "吗", "吧",
    "叫什么名字", "叫什么", "名字是", "名字", "名称是", "名称", "是谁", "谁", "哪里", "哪些", "哪一项", "哪一个",
    "是多少", "还有多少", "有多少", "不低于", "不少于", "有几", "有多大", "多大", "有多长", "多长", "有多高", "多高", "有多快", "多快", "达到多少", "达多少", "为多少", "多少", "几", "是什么", "什么", "哪些", "哪个", "哪家",
    "分别", "各有", "各是", "各为", "排老几", "老几", "排什么位置", "什么位置", "哪个位置", "排在哪", "什么名次", "一共", "总共", "截至", "截止", "目前", "到目前为止", "提到", "中提到", "里面", "当中", "大概", "大约", "具体", "左右", "情况", "怎么样", "如何", "搞一个", "搞了", "那会儿", "那时候", "的时候", "是", "了", "的",
)


def _rewriter(groups: list[tuple[str, ...]]):
    pairs = {v: g[0] for g in groups for v in g[1:] if len(v) >= 2 and v not in g[0]}
    # Canonical words are matched too (longest first), so "同比增长" is not rewritten via "增长".
    words = sorted(set(pairs) | {g[0] for g in groups}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, words)))
    # A short form whose last character starts the rest of a longer word is not that short form:
    # "经营收入" holds 营收 but reads 经营+收入, "提高企业" holds 高企 but reads 提高+企业.
    rest = {v: c[c.rfind(v[-1]) + 1 :] for v, c in pairs.items() if v[-1] in c}

    def rewrite(m: re.Match[str]) -> str:
        word = m.group(0)
        tail = rest.get(word)
        if tail and m.string.startswith(tail, m.end()):
            return word
        return pairs.get(word, word)

    return lambda text: pattern.sub(rewrite, text)


_EXPAND_ABBREVIATIONS = _rewriter(ABBREVIATIONS)
_UNIFY_SYNONYMS = _rewriter(SYNONYM_GROUPS)


# "发放了贷款" reads as the report writes it, "发放贷款": the aspect particle goes.
_ASPECT = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])(?!解)")


# "新开工", "新入库", "新进驻", "新发现", "新购置" are flows written as "新增…" too: one form for both
# (and no synonyms for retrieval to add).
_NEWLY = re.compile(r"(?<![增重创])新(?=进驻|入驻|签约|承接|接订单|接单|开工|立项|发现|购置|购买|招录|招聘|招收|安装|配备|投产|落户|注册|登记|开通|通车|接入|入库|入统|成立|设(?![备计施置])|开(?=设|业|办|[^\u4e00-\u9fff]|$|[\u4e00-\u9fff]{0,2}(?:航线|线路|航班|班列|网点|店))|带动|接收|命名|评(?![价论议审选比估])|发展(?!理念|格局|阶段|动能))")


@lru_cache(maxsize=65536)  # the same passages' sentences are read for question after question
def canonical(text: str) -> str:
    """Rewrite vocabulary variants to one form: "高企" → "高新技术企业", "R&D投入" → "研发经费"."""
    text = _VERB_QUANTITY.sub("", _TOTAL_QUANTITY.sub("量", _NEWLY.sub("新增", _ANY_KIND.sub("", _ASPECT.sub("", text)))))
    return _UNIFY_SYNONYMS(_EXPAND_ABBREVIATIONS(text))


# "供水总量" is the 供水量 asked, "货运总量" the 货运量: 总 adds nothing to the name of a quantity
# made by a verb of supply or flow. (Not "高企总量居全省第11位": there 总量 is the level ranked.)
_TOTAL_QUANTITY = re.compile(r"(?<=[\u4e00-\u9fff][水电气运售产销用供吐])总量")


# "虾仁加工量" is what "加工…虾仁0.97万吨" says was processed: the amount a verb names is the verb's
# (not 产量, 销量, 用量: words of their own, nor 处理量, which a 处理厂 would match).
_VERB_QUANTITY = re.compile("(?:" + "|".join(f"(?<={verb})" for verb in AMOUNT_VERBS) + ")量")


# "发现各类隐患58处" names the 发现隐患 asked: "all kinds of" narrows nothing. (各项 stays: 各项贷款.)
_ANY_KIND = re.compile(r"(?<=[\u4e00-\u9fff])(?:各类|各种)(?=[\u4e00-\u9fff])")


def expand_terms(text: str) -> list[str]:
    """Synonyms of every vocabulary word found in ``text`` that the text does not already use."""
    extra: list[str] = []
    for group in ABBREVIATIONS + SYNONYM_GROUPS:
        present = [w for w in group if w in text]
        if present:
            extra.extend(w for w in group if w not in text and w not in extra)
    return extra
