import pytest

from rag.question import QuestionError, analyze_question, split_metric
from rag.vocabulary import canonical


def test_year_region_unit_and_metric():
    q = analyze_question("2016年西湖区新增国家重点扶持高新技术企业多少家?")
    assert q.years == [2016]
    assert "西湖区" in q.places and "西湖" in q.places
    assert q.unit == "家"
    assert q.metric == "新增国家重点扶持高新技术企业"
    assert not q.entity and not q.multi


@pytest.mark.parametrize(
    "question, years",
    [("西湖区16年新增了多少个高企", [2016]), ("21年上半年芜湖经开区有效高企有几家", [2021]),
     ("近20年来累计培育多少家", []), ("第10年度考核得分", [])],
)
def test_short_years(question, years):
    q = analyze_question(question)
    assert q.years == years
    if years:
        assert str(years[0] % 100) not in q.metric


def test_the_most_specific_place_is_the_one_asked_about():
    q = analyze_question("2021年上半年芜湖市弋江区研发费用同比增长多少")
    assert "弋江区" in q.places and "芜湖市" not in q.places
    assert "芜湖" not in q.metric and "弋江" not in q.metric


@pytest.mark.parametrize(
    "question, places, metric",
    [
        ("长兴县煤山镇2019年新认定了几家高新技术企业?", ["煤山镇"], "新认定 高新技术企业"),
        ("21年上半年芜湖经开区有效高企有几家?", ["芜湖经开区", "芜湖经济技术开发区"], "有效高企"),
        ("绍兴有几家省级以上高新园区?", ["绍兴市", "绍兴"], "省级以上高新园区"),  # a kind of zone, not a name
    ],
)
def test_towns_and_zones_are_places_below_the_gazetteer(question, places, metric):
    q = analyze_question(question)
    assert q.places == places and q.metric == metric


def test_traditional_and_fullwidth_are_normalised():
    q = analyze_question("紹興市2016年研發經費是多少億元？")
    assert q.text.endswith("?")
    assert "绍兴" in q.places
    assert "money" in q.kinds
    assert q.metric == "研发经费"


def test_half_year_and_target_intent():
    q = analyze_question("2017年上半年绍兴新增多少家高企")
    assert q.half == "上半年" and q.years == [2017]
    t = analyze_question("西湖区2017年计划新增高企多少家")
    assert t.wants_target and "计划" not in t.metric
    r = analyze_question("2016年实际完成研发投入多少")
    assert r.wants_result and not r.wants_target


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("高新技术产业增加值同比增长多少", {"growth"}),
        ("占规上工业比重是多少", {"percent"}),
        ("提高了几个百分点", {"points", "growth"}),
        ("在全省排名第几", {"rank"}),
        ("科技进步指标列全市第几名", {"rank"}),
        ("绍兴16年专利申请量在全省排老几", {"rank"}),
        ("综合评价在全省大概排什么位置", {"rank"}),
        ("研发经费多少钱", {"money"}),
        ("销售产值是多少个亿", {"money"}),
        ("全社会研发投入强度是多少", {"percent"}),
    ],
)
def test_kind_cues(question, kinds):
    q = analyze_question(question)
    assert kinds <= q.kinds
    if kinds & {"rank", "money"}:
        assert q.unit is None  # 第几名 is a rank, not a count of 名; 多少个亿 is money, not 个


def test_multi_splits_metric_parts():
    q = analyze_question("绍兴2016年专利申请量和授权量分别是多少")
    assert q.multi
    assert q.metric_parts == ["专利申请量", "授权量"]  # jieba reads 专利申请|量: no word to share
    # Parallel items share what the first has before its head.
    assert analyze_question("2016年西湖区发明专利申请量和授权量各多少件").metric_parts == ["发明专利 申请量", "发明专利 授权量"]
    assert analyze_question("国家引才计划和省级引才计划各多少人").metric_parts == ["国家引才计划", "省级引才计划"]
    assert analyze_question("2016年绍兴全市专利申请量与授权量分别是多少").metric_parts == ["全市专利申请量", "授权量"]
    three = analyze_question("2016年西湖区的科技企业孵化器里国家级、省级、市级各有多少家?")
    assert [p.item for p in three.parts] == ["国家级", "省级", "市级"]
    assert split_metric("研发经费") == ["研发经费"]


def test_each_listed_item_asks_for_its_own_kind_of_number():
    q = analyze_question("2023年上半年瓯海区新增孵化面积、招引专业运营机构、新增在孵企业分别是多少?")
    assert [p.kinds for p in q.parts] == [{"measure"}, set(), set()]
    q = analyze_question("2017年绍兴研发经费支出和研发人员数的目标各是多少?")
    assert "money" in q.parts[0].kinds and "money" not in q.parts[1].kinds
    assert [p.unit for p in analyze_question("专利申请量和授权量分别是多少件").parts] == ["件", "件"]
    shared = analyze_question("2016年绍兴高新技术产业投资、技术交易总额和科技型中小微企业数的增幅分别是多少?")
    assert all("percent" in p.kinds for p in shared.parts)


def test_entity_questions():
    assert analyze_question("哪家企业在深交所上市?").entity
    assert not analyze_question("哪一年建成?").entity  # asks for a year: a number


@pytest.mark.parametrize("bad", ["", "   ", "How many firms?", "多" * 600])
def test_bad_questions_raise_one_line(bad):
    with pytest.raises(QuestionError) as e:
        analyze_question(bad)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    "question, metric",
    [
        ("区科技工作汇报材料中,创业园入驻了多少家企业?", "创业园入驻 企业"),
        ("據《2017年上半年工作總結》,溫州新增高企多少家", "新增高企"),
        ("西湖区工作总结里提到的新增众创空间有几家", "新增众创空间"),
        ("新材料中试基地有多少家", "新材料中试基地"),  # 中试 is a word, not "in the materials"
        ("报告期内新增高企多少家", "报告期内新增高企"),
    ],
)
def test_a_reference_to_the_report_is_not_metric_words(question, metric):
    assert analyze_question(question).metric == metric


def test_shared_head_after_的_is_read_like_metric_words():
    q = analyze_question("2019年西湖区研发投入及研发投入占GDP比重的预期目标分别是多少?")
    assert q.wants_target and [p.item for p in q.parts] == ["研发投入", "研发投入占GDP比重"]
    assert all("预期" not in p.metric and "目标" not in p.metric for p in q.parts)


def test_a_completion_rate_question_asks_for_a_result():
    q = analyze_question("上半年技术合同成交额完成了全年目标的百分之多少?")
    assert q.progress and not q.wants_target and "percent" in q.kinds
    assert q.metric == "技术合同成交额 完成 目标"
    assert analyze_question("R&D经费比上年增长了百分之几?").metric.endswith("增长")


@pytest.mark.parametrize(
    "question, unit, kinds",
    [
        ("编制下达了几批科技项目经费资助文件", "批", set()),
        ("已成立几只创投子基金", "只", set()),
        ("创投子基金的总规模是多少", None, {"money"}),
        ("组织开展的技术创新企业评选是多少强", "强", set()),
    ],
)
def test_measure_words_asked_with_几_and_money_by_规模(question, unit, kinds):
    q = analyze_question(question)
    assert q.unit == unit and kinds <= q.kinds


def test_which_with_a_count_is_a_question_word():
    q = analyze_question("2023年上半年某公司是跟哪两家投资机构签的投资协议?")
    assert q.entity and "哪" not in q.metric and "两家" not in q.metric and "投资机构" in q.metric


def test_a_lone_position_word_is_not_a_metric_word():
    assert analyze_question("2014年该区工作目标中,要开展的是什么活动?").metric.split() == ["工作", "开展", "活动"]


@pytest.mark.parametrize(
    "question, unit",
    [("高产增加值增速的全市排名上升了几位?", "位"), ("综合排名前移了几个位次", "位"), ("全省排名下降了多少名", "名")],
)
def test_a_change_of_rank_asks_for_places_moved_not_for_a_rank(question, unit):
    q = analyze_question(question)
    assert q.unit == unit and not q.kinds & {"rank", "growth", "percent"}


def test_the_second_end_of_a_change_asks_for_the_same_metric():
    q = analyze_question("2023年上半年瓯海区规上工业研发强度由2月的多少提高至5月的多少?")
    first, second = q.parts
    assert (first.months, second.months) == ([2], [5])
    assert "研发强度" in second.metric and second.metric == first.metric


@pytest.mark.parametrize(
    "question, unit, kinds",
    [("信丰县21年生猪出栏了多少头?", "头", set()), ("全年生猪出栏多少万头?", "头", set()),
     ("新增造林多少公顷?", "公顷", {"measure"}), ("粮食产量多少万吨?", "吨", {"measure"})],
)
def test_every_unit_the_parser_knows_can_be_asked_at_any_scale(question, unit, kinds):
    q = analyze_question(question)
    assert q.unit == unit and q.kinds == kinds and "万" not in q.metric


def test_a_zone_name_starts_at_a_word():
    q = analyze_question("2023年国家高新区综合评价中宝鸡高新区排全国第几位?")
    assert q.places[0] == "宝鸡高新区"


def test_colloquial_plans_and_fund_sizes():
    plan = analyze_question("紹興17年研發人員數要比上年多百分之幾？")
    assert plan.wants_target and "要" not in plan.metric
    fund = analyze_question("绍兴17年打算搞一个多大规模的科技创新基金?")
    assert "money" in fund.kinds and "搞" not in fund.metric


def test_spoken_verbs_read_as_the_nouns_reports_write():
    assert "融资" in analyze_question("2023年上半年某公司A轮融了多少钱?").metric


def test_要冲到_asks_for_a_target():
    q = analyze_question("宝鸡高新区24年营业总收入要冲到多少?")
    assert q.wants_target and q.metric == "营业总收入"


def test_明年_in_a_reports_year_asks_the_next_years_plan():
    q = analyze_question("泉州市科技局2020年總結說明年省級科技小巨人企業要新增多少家？")
    assert q.years == [2021] and q.wants_target
    assert analyze_question("2019年研发投入比去年多了多少").years == [2019]


def test_a_topic_before_a_multi_number_question_is_every_parts():
    q = analyze_question("光电通信产业,吴江区2018年产值多少?增长多少?")
    assert [p.metric for p in q.parts] == ["光电通信产业 产值", "光电通信产业 产值 增长"]
    assert analyze_question("规上工业企业研发费用,长兴县雉城街道2019年有多少?").places == ["雉城街道"]


def test_the_superlatives_clause_names_the_column_and_earlier_clauses_the_rows():
    q = analyze_question("2021年襄陽峴山集團主要子公司中，營業收入增速最高的是哪一家？")
    assert q.extreme == "最高" and q.metric == "营业收入增速"
    assert analyze_question("2019年长兴县除开发区外，哪个乡镇的研发费用最高？").excluded == ["开发区"]


def test_a_part_that_lists_items_asks_one_number_per_item_and_a_year_end_asks_the_stock():
    q = analyze_question("长兴县到2019年底孵化器、众创空间各有几家?孵化面积一共多大?")
    assert [(p.metric, p.item) for p in q.parts] == [("累计 孵化器", "孵化器"), ("累计 众创空间", "众创空间"), ("孵化面积", None)]


def test_completion_rate_and_change_are_read_with_the_unit_for_the_question_and_each_part():
    assert "percent" in analyze_question("2016年西湖区城镇新增就业完成了全年目标的百分之几?").kinds
    q = analyze_question("2023年瓯海区高产增加值增速是多少?全市排名上升了几位?")
    assert [p.change for p in q.parts] == [False, True]


def test_more_by_how_many_tenths_is_a_growth_rate_of_the_metric_before():
    q = analyze_question("绍兴17年发明专利授权量要做到多少件，比上年多几成？")
    assert q.parts[1].metric.endswith("同比 增长") and "percent" in q.parts[1].kinds
    assert "几成" not in analyze_question("2016年西湖区高新产业销售产值占规上工业几成?").metric


def test_items_before_a_longer_last_item_share_its_head():
    q = analyze_question("2013年该区市级以上和区级以上企业工程中心分别有多少家?")
    assert [p.item for p in q.parts] == ["市级以上", "区级以上"]
    assert all("企业工程中心" in p.metric for p in q.parts)
    q = analyze_question("2016年绍兴专利申请和授权量分别是多少件?")
    assert [p.item for p in q.parts] == ["专利申请", "授权量"]


def test_a_short_place_name_from_another_province_is_part_of_a_name():
    q = analyze_question("2024年上半年洛龙区龙门古街接待游客多少万人次？")
    assert q.places == ["洛龙区", "洛龙"] and "龙门古街" in q.metric


def test_as_of_a_half_year_asks_the_stock_by_then():
    assert "累计" in analyze_question("截至2024年上半年洛龙区A级旅游景区有多少家？").metric
    assert "累计" in analyze_question("截至6月底瓯海区高新技术企业有多少家?").metric


def test_a_count_of_measure_words_asks_that_unit():
    assert analyze_question("郫都区2020年技术合同登记项数的目标是多少?").unit == "项"
    assert analyze_question("2016年西湖区专利授权数量是多少?").unit is None


def test_fell_by_how_much_asks_a_decline():
    q = analyze_question("南海区20年上半年规上工业总产值同比降了多少？")
    assert "growth" in q.kinds and q.metric.endswith("下降")


def test_who_and_passing_time_words_are_not_metric_words():
    assert analyze_question("2017年上半年金华市科技局局长是哪位?").metric == "科技局局长"
    assert "哪" not in analyze_question("2020年睢宁县哪类科技创新平台的市级平台数量最多?").metric
    assert "那会儿" not in analyze_question("17年上半年晒成绩单那会儿,舟山科技局局长是谁").metric


def test_a_share_of_a_whole_asks_a_percentage():
    assert "percent" in analyze_question("2023年坡子街街道楼宇税收占了税收总额的多少?").kinds


def test_a_target_performance_assessment_is_not_a_target():
    assert not analyze_question("在四川省2022年度卫生健康目标绩效考核中，绵阳市位列第几？").wants_target


def test_how_many_in_all_asks_the_stock():
    assert "累计" in analyze_question("武陟县17年一共有几家高企?").metric


def test_level_items_before_a_long_last_item_share_its_head():
    q = analyze_question("2023年潢川县国家级、省级、市级农业产业化龙头企业分别有多少家？")
    assert [p.item for p in q.parts] == ["国家级", "省级", "市级"]
    assert all("农业产业化龙头企业" in p.metric for p in q.parts)


def test_money_the_question_says_was_obtained_is_no_plan():
    assert not analyze_question("2018年上半年常德市争取的省级以上科技项目资金中,国家级项目资金有多少?").wants_target
    assert analyze_question("2019年西湖区争取新增高企多少家?").wants_target
    # Funds sought in a half year already past: the period, not 争取, says plan or result.
    assert not analyze_question("2024年上半年六盘水争取省级以上科技项目资金多少钱？").wants_target


def test_spoken_money_verbs_and_farmers_read_as_reports_write_them():

    assert canonical(analyze_question("仪陇县18年农民人均可支配收入有多少钱?").metric) == "农村居民人均可支配收入"
    assert "支出" in analyze_question("宝鸡高新区23年民生上花了多少钱?").metric
    assert "贷款" in canonical(analyze_question("常德市2018年上半年科技贷一共放了多少钱?").metric)


def test_how_much_of_a_thing_was_done_names_the_thing_done():
    assert analyze_question("22年岳麓区重点项目当年实际完成了多少钱的投资？").metric == "重点项目 完成投资"


def test_the_final_figure_is_a_result():
    assert analyze_question("2019年全年马鞍山市技术合同成交额最终是多少？").wants_result


def test_people_counted_with_ge_and_an_amount_named_after_the_cue():
    assert analyze_question("该区2013年依托西电平台,省千计划申报成功了几个人?").unit == "人"
    assert analyze_question("三明2020年上半年一共选了几个科技特派员?").unit == "人"
    assert analyze_question("2016年西湖区引进几个人才团队?").unit == "个"
    assert "money" in analyze_question("该区2013年引进的分中心做成了多少技术交易额").kinds
    assert analyze_question("鹤壁法院23年一共判了多少个罪犯?").unit == "人"


def test_款物_asks_money_and_户次_is_a_unit():
    for asked in ("2023年施甸县红十字会一共募集了多少款物?", "施甸县2024年打算募集多少款物?"):
        q = analyze_question(asked)
        assert q.unit is None and "money" in q.kinds
    assert analyze_question("新推出多少款产品?").unit == "款"
    assert analyze_question("2023年忻城县帮扶困难职工多少户次?").unit == "户次"


def test_a_change_of_a_count_of_cases_may_be_a_rate():
    q = analyze_question("鹤壁法院23年审结案件数比上年涨了多少?")
    assert q.unit is None and "growth" in q.kinds
    assert analyze_question("鹤壁法院23年审结案件数是多少?").unit == "件"


def test_an_aside_that_leaves_something_out_is_not_the_metric():
    q = analyze_question("2023年鹤壁市中级人民法院本院（不含基层法院）的结案率是多少？")
    assert "基层" not in q.metric and "结案率" in q.metric


def test_a_share_is_asked_not_the_amount_it_is_a_share_of():
    q = analyze_question("2021年邢臺市商品住宅銷售面積占商品房銷售面積的比重是多少？")
    assert q.kinds == {"percent"}
    assert "money" in analyze_question("2023年錦州市查辦食品安全案件的罰沒款是多少?").kinds
    assert "measure" in analyze_question("2022年长治市PM2.5平均浓度是多少？").kinds


def test_a_rise_asked_with_涨_is_a_change_and_预期寿命_is_no_plan():
    q = analyze_question("牡丹江23年医保参保率比上年涨了多少?")
    assert q.change and "growth" in q.kinds
    life = analyze_question("天水23年人均预期寿命多少岁？")
    assert not life.wants_target and "人均预期寿命" in life.metric and life.unit == "岁"


def test_a_gap_to_the_average_is_in_points_and_wages_are_money():
    q = analyze_question("2021年鲁沙尔镇农村居民人均可支配收入增速比全区平均水平高多少？")
    assert q.kinds == {"points"}
    assert "money" in analyze_question("乐山2022年帮农民工追回了多少工资?").kinds
    assert "完成投资" in analyze_question("鸿源集团23年保障性住房板块完成了多少投资？").metric


def test_a_town_name_may_hold_家():
    assert analyze_question("2024年沙家浜镇全年一般公共预算收入实际完成了多少？").places == ["沙家浜镇"]


def test_a_short_year_before_前三季度_is_a_year():
    assert analyze_question("安康23年前三季度GDP涨了多少?").years == [2023]
    assert analyze_question("23年前有多少家").years == []


def test_the_rows_a_superlative_ranges_over_end_at_中_or_里():
    assert analyze_question("2023年海宁5家重点景区（点）中接待游客最多的是哪个？").metric == "接待游客"
    assert analyze_question("2022年白山市各县（市、区）里人工造林面积最少的是哪个?").metric == "人工造林面积"
    assert analyze_question("2021年邢台市哪个县（市、区）建筑业总产值最高？").metric == "建筑业总产值"


def test_raised_to_asks_the_level_reached():
    q = analyze_question("2023年韶关市农村低保标准提高到每人每月多少元？")
    assert "growth" not in q.kinds and "money" in q.kinds
    assert "growth" in analyze_question("研发强度提高了多少").kinds


def test_an_amount_added_since_the_start_of_the_year_is_no_metric_word():
    q = analyze_question("溧阳农商行22年存款比年初多了多少亿?")
    assert q.change and "比年初" not in q.metric and "存款" in q.metric


def test_spoken_verbs_of_profit_and_sales_read_as_reports_write_them():
    assert "净利润" in analyze_question("溧阳农商银行2022年净赚了多少钱？").metric
    assert "销售" in analyze_question("2023年海宁体彩卖了多少钱？").metric


def test_a_growth_rate_against_another_period_is_a_gap_in_points():
    q = analyze_question("鹰潭24年上半年社零增速比一季度快了多少?")
    assert q.kinds == {"points"} and q.half == "上半年"
    assert "points" not in analyze_question("鹰潭24年上半年社零增速是多少?").kinds
    assert analyze_question("2024年上半年安庆邮政成本费用支出增速比收入增速低多少？").kinds == {"points"}


def test_items_share_the_measure_only_the_last_one_writes():
    q = analyze_question("2023年汝城县辣椒和茶叶产值分别是多少？")
    assert [p.item for p in q.parts] == ["辣椒", "茶叶"]
    assert all("产值" in p.metric for p in q.parts)
    # Two measures listed, not one measure of two things.
    tourism = analyze_question("2024年春节假期丽江接待游客和旅游收入分别是多少？")
    assert [p.item for p in tourism.parts] == ["游客", "旅游收入"]
    # A longer last item is its own name: 城镇 is not "城镇收入".
    income = analyze_question("2023年滁州市城镇和农村常住居民人均可支配收入分别是多少？")
    assert income.parts[0].metric == "城镇"


def test_乡镇_and_城乡_name_no_town():
    q = analyze_question("2024年上半年苍溪县花了多少钱改造乡镇卫生院？")
    assert q.places[0] == "苍溪县"


def test_more_than_the_normal_year_is_a_change():
    q = analyze_question("宜春24年降水比常年偏多了多少?")
    assert q.change and "growth" in q.kinds
    assert analyze_question("2024年宜春市平均降水量是多少毫米？").unit == "毫米"


def test_城区_is_an_ordinary_word_not_a_district():
    q = analyze_question("梅河口24年上半年主城区垃圾清运了多少?")
    assert q.places[0] == "梅河口市" and "主城区" in q.metric


def test_spoken_verbs_are_read_only_as_words_of_their_own():
    assert "布放" in analyze_question("2023年末通辽市布放了多少组智能快件箱？").metric  # not 布 + 放贷
    assert analyze_question("2023年末通辽市布放了多少组智能快件箱？").unit == "组"
    assert "罚款" in analyze_question("通辽市邮政管理局2023年执法罚了多少钱？").metric
    assert "破获" not in analyze_question("XX市23年粮食产量突破了多少万吨").metric


def test_a_place_planning_a_level_asks_its_target():
    assert analyze_question("2024年梅河口市計劃城區綠化覆蓋率達到多少?").wants_target
    assert not analyze_question("2023年梅河口市引才计划入选人数达到多少?").wants_target


def test_which_building_is_the_question_word_not_the_metric():
    q = analyze_question("2023年莲花池街道5栋重点楼宇中哪栋税收最高？")
    assert q.extreme == "最高" and "哪栋" not in q.metric and "税收" in q.metric


def test_newly_developed_is_a_flow():
    assert canonical("新发展村级综合服务社35个") == canonical("新增发展村级综合服务社35个")
    assert canonical("贯彻新发展理念") == "贯彻新发展理念"


def test_a_place_naming_a_facility_is_not_the_place_asked_and_港区_is_a_zone():
    assert analyze_question("2024年上半年淮安涟水国际机场货邮吞吐量是多少吨?").places[0] == "淮安市"
    assert analyze_question("2024年上半年淮安机场旅客吞吐量是多少?").places[0] == "淮安市"  # nothing else says where
    assert analyze_question("2023年射阳港区营业收入是多少?").places == ["射阳港区"]


def test_spoken_vaccination_and_spending_and_战新():
    q = analyze_question("24年上半年蕉岭县打了多少剂次非免疫规划疫苗?")
    assert "接种" in q.metric and q.unit == "剂次"
    assert "支出" in analyze_question("蕉岭县24年上半年项目资金花出去了百分之多少？").metric
    assert canonical("战新产业投资") == canonical("战略性新兴产业投资")


def test_a_count_written_in_its_unit_asks_that_unit_and_names_what_is_counted():
    q = analyze_question("2024年上半年柘荣县医院急诊人次是多少？")
    assert q.unit == "人次" and q.metric.endswith("急诊")
    assert analyze_question("2023年某市机场航班架次是多少?").unit == "架次"
    assert analyze_question("2023年某市门诊人次比上年增长多少?").unit is None  # a change: a rate answers too


def test_a_market_share_is_a_percentage_and_a_per_base_rate_is_not():
    assert analyze_question("2023年辽源市分公司整体市场份额是多少？").kinds == {"percent"}
    assert "percent" not in analyze_question("2023年丹东公交百万公里行车责任事故率是多少？").kinds
    assert "percent" in analyze_question("2023年丹东公交行车责任事故率是多少？").kinds


def test_spoken_stays_and_totals_and_one_year():
    q = analyze_question("柘荣县医院24年上半年病人平均住几天院？")
    assert "住院" in q.metric and "duration" in q.kinds
    assert "累计" in analyze_question("2023年阳江市危险废物利用处置能力总共达到多少?").metric
    assert "一年" not in analyze_question("2023年丹东公交集团一年营收多少?").metric
    assert "第一年" in analyze_question("2023年某县第一年投产企业多少家?").metric
    assert analyze_question("2024年娄底市工商联帮民营企业融了多少资?").metric.endswith("民营企业融资")


def test_城镇_is_a_common_noun_not_a_town():
    q = analyze_question("阳江2024年打算新建改造多少公里城镇污水管网?")
    assert q.places[0] == "阳江市" and "城镇污水管网" in q.metric


def test_trainees_are_people_and_spending_is_money_put_in():
    assert analyze_question("2023年涵江区电商直播培训了多少学员？").unit == "人"
    q = analyze_question("2024年上半年商洛哪个关爱帮扶项目花钱最多?")
    assert q.extreme == "最多" and q.metric.endswith("投入资金")


def test_a_change_asked_as_变化_and_a_fall_asked_as_降多少_are_growth():
    assert "growth" in analyze_question("2024年上半年满洲里公路口岸过货量同比变化了多少?").kinds
    assert "growth" in analyze_question("2024年萍乡信访总量力争降多少?").kinds


def test_a_city_named_like_a_township_is_no_town_and_在册_is_kept():
    q = analyze_question("征地拆迁、劳动社保、住房城建这三类问题占萍乡2023年信访总量的几成?")
    assert q.places[0] == "萍乡市"
    assert "在册" in analyze_question("崇义县24年底在册的社矫对象还有多少人？").metric
    assert "多少列" not in analyze_question("24年上半年满洲里口岸一共跑了多少列中欧班列？").metric


def test_a_county_asked_by_its_county_form_is_not_its_city():
    q = analyze_question("2023年本溪县发生了几起生产安全事故?")
    assert "本溪县" in q.places and "本溪" not in q.places and q.place_level == 3


def test_a_death_rate_per_base_is_no_percentage():
    for question in ("2023年某市亿元地区生产总值生产安全事故死亡率是多少?", "某市2023年百万公里行车责任事故率是多少?"):
        assert "percent" not in analyze_question(question).kinds, question
    assert "percent" in analyze_question("2023年某市安全生产事故隐患整改率是多少?").kinds


def test_a_change_since_last_year_end_after_a_level_is_that_levels_change():
    q = analyze_question("2023年底七里河区人均人防工程面积是多少，比上年末增加了多少？")
    assert [p.metric for p in q.parts] == ["累计 人均人防工程面积", "累计 人均人防工程面积 同比 增长"]


def test_几_after_a_demonstrative_asks_no_number():
    q = analyze_question("梧州24年上半年那几个重点部门里，累计挂接目录最少的是哪个?")
    assert q.unit is None and q.entity and q.extreme == "最少"
    assert analyze_question("这几年某县新增高企多少家?").unit == "家"


def test_spoken_points_and_a_places_level():
    q = analyze_question("咸宁乡镇文联覆盖率23年提高了几个点？")
    assert q.unit == "个百分点" and "points" in q.kinds and "点" not in q.metric.split()
    assert analyze_question("某市设了几个点位?").unit == "个"
    assert analyze_question("截至2023年底，咸宁市级文艺家协会会员累计多少名？").metric.split()[1].startswith("市级")
    assert "日均" in canonical("平均每天清运")


def test_longest_and_shortest_are_superlatives_too():
    q = analyze_question("2024年泸州各辖区中通航里程最长的是哪个区县？")
    assert q.extreme == "最长" and q.entity and "最长" not in q.metric


def test_the_group_compared_and_a_verb_complement_are_apart_from_the_metric():
    q = analyze_question("2024年上半年琼山区妇幼保健院主要临床科室中平均住院日最长的是哪个?")
    assert q.metric.split()[-1] == "平均住院日"
    assert analyze_question("云浮市博物馆23年的重点临展里,社教活动办得最多的是哪个展?").metric.split()[0] == "社教活动"


def test_months_asked_together_are_one_part_each():
    q = analyze_question("2024年樊城区12345热线1月和6月分别受理了多少件?")
    assert [p.months for p in q.parts] == [[1], [6]]


def test_who_is_asked_about_and_the_last_items_head_are_every_items():
    q = analyze_question("2024年铅山县中医医院门诊和住院次均费用分别是多少?")
    assert [p.item for p in q.parts] == ["门诊", "住院"]
    assert all("次均费用" in p.metric for p in q.parts)
    # A verb before the first item makes it a measure of its own.
    q = analyze_question("2023年泰宁接待游客和旅游收入分别是多少?")
    assert [p.item for p in q.parts] == ["接待游客", "旅游收入"]


def test_a_change_since_a_named_year_or_a_shortening_is_a_change():
    q = analyze_question("2023年白水江保护区森林覆盖率比2018年提高了多少?")
    assert q.change and "2018" not in q.metric and "比" not in q.metric
    q = analyze_question("2024年鹤岗萝北、绥滨两县急救平均反应时间是多少，比上年缩短了多少？")
    assert q.multi and q.parts[1].change and "平均反应时间" in q.parts[1].metric


@pytest.mark.parametrize(
    "question, nth, extreme",
    [
        ("泰宁景区23年游客人次排第二的景点是哪个?", 2, "最多"),
        ("2023年盐城港集装箱吞吐量第二多的是哪个港区？", 2, "最多"),
        ("2023年某县哪个乡镇的人口排名第三?", 3, "最多"),
        ("2023年某县新增企业第二少的是哪个乡镇?", 2, "最少"),
        ("2023年某县哪个乡镇新增企业最少?", 1, "最少"),
    ],
)
def test_the_nth_of_a_superlative(question, nth, extreme):
    q = analyze_question(question)
    assert (q.nth, q.extreme, q.entity) == (nth, extreme, True)
    assert "第" not in q.metric and "rank" not in q.kinds


def test_a_rank_asked_is_no_nth_extreme():
    q = analyze_question("2023年某县地区生产总值排全省第几?")
    assert q.nth == 1 and q.extreme is None and "rank" in q.kinds


@pytest.mark.parametrize(
    "question, choices",
    [
        ("2024年涪陵综合保税区对欧盟、东盟、美国三个市场中，对哪个市场的进出口额最大?", ["欧盟", "东盟", "美国"]),
        ("2023年榆林市神木、榆陽、府谷、靖邊四地中，哪個地方受理的法律援助案件最多?", ["神木", "榆阳", "府谷", "靖边"]),
        ("2023年咸宁各县（市、区）中惠民演出场次最多的是哪个?", []),  # one noun with its aside, no list
    ],
)
def test_the_items_a_superlative_compares(question, choices):
    assert analyze_question(question).choices == choices


@pytest.mark.parametrize(
    "question, metric",
    [
        ("2023年宿州市哪个县的福彩网点最少？", "福彩网点"),
        ("2024年吐鲁番科技馆“科普大篷车”巡展在哪个县区开展得最多？", "科技馆 科普大篷车 巡展 开展"),
        ("2024年上半年汉寿县主要渔业乡镇中稻渔综合种养面积最大的是哪个镇?", "稻渔综合种养面积"),
        ("2024年崇左市各口岸中进出口货运量增长最快的是哪个口岸？", "进出口货运量增长"),  # the rows, named twice
        ("2023年广元市老年大学校本部各专业系中学员增长最快的是哪个系？", "老年大学校本部学员增长"),
        ("2023年施甸县单笔最大的一笔捐赠来自哪家企业？", "单笔 一笔捐赠来自 企业"),  # named once: a word the answer holds
        ("2024年济宁6条主要航道中船舶过闸艘次最少的是哪条？", "船舶过闸艘次"),  # the rows counted off
        ("2023年银川六类主要投诉中解决率最高的是哪一类？", "解决率"),
    ],
)
def test_the_rows_noun_of_a_superlative_is_no_metric_word(question, metric):
    assert analyze_question(question).metric == metric


def test_bases_of_a_change_as_weather_reports_and_people_say_them():
    q = analyze_question("2024年铁岭全市平均降水量比多年平均偏多多少?")
    assert q.change and "growth" in q.kinds
    spoken = analyze_question("铁岭24年的降水跟上一年比少了多少？")
    assert spoken.change and "比上年" in spoken.text and "少" not in spoken.metric.split()


def test_each_of_a_list_and_a_whole_with_its_part_are_one_number_each():
    q = analyze_question("2023年宁陕县国有林场人工造林、封山育林和退化林修复各完成多少亩？")
    assert [p.item for p in q.parts] == ["国有林场人工造林", "封山育林", "退化林修复"]
    whole = analyze_question("2023年宁陕县国有林场总收入和其中的中央和省级财政补助分别是多少?")
    assert [p.item for p in whole.parts] == ["国有林场总收入", "中央和省级财政补助"]


def test_a_few_things_a_superlative_ranges_over_ask_no_number():
    q = analyze_question("齐齐哈尔24年几个重点直管公园里，哪个公园的养护投入最少？")
    assert q.unit is None and q.extreme == "最少"


def test_a_word_opening_with_成_is_no_share_asked():
    assert "percent" not in analyze_question("2024年茂名石油分公司一共卖了多少成品油?").kinds
    assert analyze_question("出口占了几成?").kinds == {"percent"}


def test_a_word_opening_with_强_asks_no_ranking():
    q = analyze_question("贵港24年上半年发了多少强免补助?")
    assert q.unit is None and "强制免疫" in canonical(q.metric)
    assert "村级" in analyze_question("贵港24年上半年村里的动物防疫员有多少人?").metric


def test_signed_orders_are_deals_as_people_say_them():
    assert "成交额" in analyze_question("呼和浩特会展中心2023年哪类展会现场签的单子金额最高？").metric


def test_two_cues_joined_by_和_share_what_the_first_clause_says_before_them():
    q = analyze_question("2024年无锡S1线开通新增了多少运营里程和多少座车站?")
    assert [(p.metric, p.unit) for p in q.parts] == [("S1线开通新增 运营里程", None), ("S1线开通新增 车站", "座")]


def test_a_connector_inside_a_word_joins_no_parts():
    q = analyze_question("2024年磐安县办了多少件“带押过户”，涉及多少钱？")
    assert [p.metric for p in q.parts][1].endswith("涉及")


def test_乡_closing_a_word_is_no_township():
    assert analyze_question("2024年淮南市谢家集区护送返乡多少人?").places[0] == "谢家集区"


def test_a_place_name_holding_和_is_no_list():
    q = analyze_question("2023年呼和浩特国际会展中心举办的展会和会议分别是多少场?")
    assert [p.item for p in q.parts] == ["展会", "会议"]


def test_a_units_aside_and_online_are_read_as_written():
    q = analyze_question("2025年九龙坡区计划新筹集保租房多少套（间）?")
    assert q.unit == "套" and q.metric == "计划新筹集保租房"  # "(间)" is another unit, no metric word
    assert "在线学习" in analyze_question("2023年广元老年大学网上课堂有多少人次在线学习？").metric
    assert canonical("在线学习") == canonical("线上学习") and canonical("保租房") == "保障性租赁住房"
    assert canonical("12345热线上半年考核") == "12345热线上半年考核"  # 线上 alone is no online
    assert canonical("水文基建资金") == "水文基础设施建设资金"
    assert canonical("新接入视频监控点位") == "新增接入视频监控点位"  # a flow, like 新开通
    assert canonical("网上零售额") == canonical("网络零售额") and canonical("邮储余额") == "邮政储蓄余额"


def test_hours_asked_with_a_measure_word_and_spoken_verbs_of_orders():
    q = analyze_question("涪陵综保区24年进口整体通关要多少个小时?")
    assert q.unit == "小时"
    assert analyze_question("宿州市23年新开了多少个福彩网点？").metric.startswith("新增")
    assert analyze_question("2024年上半年琼山区宫颈癌和乳腺癌筛查各做了多少人?").parts  # 各做了: each, not 完成


@pytest.mark.parametrize(
    "question, places",
    [
        ("2023年崇明城桥镇社区卫生服务中心急诊看了多少人次?", ["城桥镇"]),  # not 明城桥镇
        ("截至23年底城桥镇社区卫生服务中心一共建了多少份健康档案？", ["城桥镇"]),  # not 底城桥镇
        ("2024年上半年德州德城现代物流园区货物吞吐量是多少？", ["德城区", "德城"]),  # 物流园区 is no name
        ("2023年芜湖经开区地区生产总值是多少?", ["芜湖经开区", "芜湖经济技术开发区"]),
    ],
)
def test_towns_and_zones_named_in_a_question(question, places):
    assert analyze_question(question).places == places


def test_a_scaled_unit_is_read_whole_and_a_base_year_is_not_the_year_asked():
    assert analyze_question("2023年某公司2号线上网电量是多少万千瓦时?").unit == "千瓦时"
    assert analyze_question("2023年某地新增多少万吨产能?").unit == "吨"
    q = analyze_question("丰禾市场24年上半年交易额比去年同期涨了多少?")
    assert q.relative_year is None and "同期" not in q.metric
    assert analyze_question("去年丰禾市场交易额是多少?").relative_year == -1


def test_every_kind_keeps_its_each():
    assert analyze_question("2024年邵阳市各类老干部活动一共开展了多少场?").metric.startswith("各类")


def test_people_named_before_the_cue_are_counted_in_people():
    assert analyze_question("2025年桐乡力争新引进各类人才多少?").unit == "人"
    assert analyze_question("2024年某县志愿者有多少?").unit == "人"


def test_spoken_sales_and_shares_read_as_reports_write_them():
    assert "种子销售收入" in analyze_question("2023年沭阳县种子企业卖种子收入了多少钱?").metric
    assert analyze_question("2024年底朔州恒风新能源的装机里光伏占了几成?").metric.split()[-3:] == ["光伏", "装机", "占比"]
    q = analyze_question("2024年十堰城西污水处理厂三期扩建新增了多少处理规模?")
    assert q.unit is None and q.places[0] == "十堰市"  # 处理 is no measure word, 城西 no 城西区


def test_a_school_year_is_dated_by_its_first_year_and_a_word_inside_a_company_name_is_no_place():
    q = analyze_question("石屏县机关幼儿园23-24学年在园的娃比上学年多了多少?")
    assert q.years == [2023] and "学年" not in q.metric and "幼儿" in q.metric
    assert analyze_question("2023—2024学年石屏县机关幼儿园经费总投入是多少?").years == [2023]
    assert analyze_question("2024年格尔木澜晶盐湖化工有限公司氯化钾产量是多少?").places[0] == "格尔木市"
    assert analyze_question("2023年保教费标准是每生每月多少钱?").metric.split()[0] == "每生每月"


def test_bought_and_online_shop_read_as_reports_write_them():
    assert "购置康复设备" in analyze_question("24年上半年霞浦康复医院买康复设备花了多少钱?").metric
    assert "购置" not in analyze_question("24年上半年三亚分公司有多少人次来买东西?").text
    assert "买票" in analyze_question("2024年全市网上买票的人次占比多少?").text or "购票" in analyze_question("2024年全市网上买票的人次占比多少?").text
    assert canonical("线上商城实现销售额9.84亿元") == canonical("网络销售实现销售额9.84亿元")


def test_each_sold_asks_one_number_per_item():
    q = analyze_question("2024年上半年三亚分公司免税商品和完税商品各卖了多少?")
    assert q.multi and [p.item for p in q.parts] == ["免税商品", "完税商品"]


def test_a_town_gazetteer_is_no_town():
    q = analyze_question("2024年余姚市新出版镇志和村志各多少部?")
    assert "出版镇" not in q.places and q.places[0] == "余姚市"


def test_spoken_lengths_and_sums_read_as_reports_write_them():
    assert "里程" in analyze_question("無錫地鐵到2024年底一共通了多少公里?").metric
    assert "投入" in analyze_question("新余高速管理处24年养护打算投多少钱?").metric


def test_retrieval_reads_years_written_out():
    q = analyze_question("绥化雪原乳业25年生鲜乳打算产多少?")
    assert "2025年" in q.search_text and q.years == [2025]
    assert "产量" in q.metric
    # A 23年 that is a span, not a year, stays as written.
    assert analyze_question("我市23年来累计建成多少个?").search_text.count("2023") == 0


def test_a_rate_that_moved_asks_how_far():
    assert analyze_question("达坂城分公司24年市场化交易电量占比提高了多少?").change
    assert analyze_question("周口驿捷24年市场份额提高了多少?").change
    assert not analyze_question("市场化交易电量占比提高到多少?").change  # the level it reached


def test_measure_words_that_open_words_ask_no_unit():
    assert analyze_question("都兰红沁枸杞23年新增了多少种植面积?").unit is None
    assert analyze_question("2023年雪季有多少本地村民在雪场打季节工?").unit is None
    assert analyze_question("截至2024年底,尾矿库里一共堆了多少尾矿?").unit is None
    assert analyze_question("放流了多少尾鱼苗?").unit == "尾"


def test_the_plan_a_figure_is_read_from_is_no_metric_word():
    q = analyze_question("按2025年工作思路,东沟二期风电项目总投资大概多少钱?")
    assert q.metric == "东沟二期风电项目总投资" and q.years == [2025]


def test_each_and_respectively_share_the_verb_and_each_item_its_market():
    q = analyze_question("2024年汪清森源参业红参和生晒参各加工了多少?")
    assert len(q.parts) == 2
    q = analyze_question("2024年沙河晶澜对东南亚和对中东分别出口多少?")
    assert [p.metric.split()[-1] for p in q.parts] == ["出口", "出口"]
    assert [p.markets for p in q.parts] == [["东南亚"], ["中东"]]


def test_dollars_asked_are_money_and_no_metric_word():
    q = analyze_question("卖了多少美元?")
    assert q.kinds == {"money"} and "美" not in q.metric


def test_what_each_spent_reads_as_reports_write_it():
    assert "人均消费" in analyze_question("雪季的游客平均每人花了多少钱?").text


def test_spoken_verbs_are_not_read_inside_longer_words():
    # 千米 is a unit, not a scale of 米.
    assert analyze_question("鸿缆上半年累计生产电线电缆多少千米?").unit == "千米"
    # "收购了多少水稻" asks for rice bought, not for 水量.
    assert "水稻" in analyze_question("寒禾米业收购了多少水稻?").metric
    # "生产了多少" says its verb already: no "生产量".
    assert analyze_question("檀韵24年一共生产了多少件家具?").metric.split()[-2:] == ["生产", "家具"]
    # "新带动了多少户" asks the year's new ones.
    assert "新增" in canonical(analyze_question("岭菇2024年新带动了多少户菇农?").metric)
    assert "新增" not in analyze_question("重新认定了多少家?").text


def test_colloquial_asks_read_as_reports_write_them():
    # "收了多少加工番茄": what a company buys in; "征收了多少" is no purchase.
    assert "收购" in analyze_question("和硕红川24年收了多少加工番茄?").metric
    assert "收购" not in analyze_question("2024年征收了多少税款?").text
    assert "收购" not in analyze_question("一季度和四季度通行费各收了多少?").text
    assert "收购" not in analyze_question("门票收了多少万元?").text
    # "多少群众" counts people; 群 is no unit there.
    assert "群众" in analyze_question("鹤岗24年急救技能培训了多少群众?").metric
    # "到24年一共种了多少亩": the planted area standing by then.
    q = analyze_question("修文翠峰猕猴桃到24年一共种了多少亩?")
    assert q.metric.split()[-2:] == ["累计", "种植面积"] and q.years == [2024]
    assert "播种植" not in analyze_question("全县播种了多少亩?").text
    # "冷库能放多少吨": its 库容, a measure.
    q = analyze_question("冷库能放多少吨?")
    assert "库容" in q.metric and q.unit == "吨"
    assert analyze_question("新建的低温冷库库容多大?").kinds == {"measure"}
    # "25年想产多少鲜果": the plan.
    assert analyze_question("翠峰猕猴桃25年想产多少鲜果?").wants_target
    # "多少户社员" counts households, "多少社员" people.
    assert analyze_question("合作社共有多少户社员?").unit == "户"
    assert analyze_question("合作社共有多少社员?").unit == "人"
    # "自己养了多少群蜂": the 自有蜂群, counted in 群.
    q = analyze_question("遂昌百岭24年底自己养了多少群蜂?")
    assert "自有蜂群" in q.metric and q.unit == "群"


def test_a_measure_only_the_last_item_carries_is_every_items():
    q = analyze_question("2024年上半年莱州蓝汐鱿鱼制品和虾仁加工量分别是多少?")
    assert [p.metric.split()[-1] for p in q.parts] == ["加工量", "加工量"]


def test_more_spoken_asks_read_as_reports_write_them():
    assert "增收" in analyze_question("搞订单小麦让农户多挣了多少钱?").metric
    assert analyze_question("临潼骊红24年上半年出口了多少钱的货?").metric.split()[-1] == "出口"
    assert "新增" in analyze_question("24年上半年新拉进来多少户合作农户?").metric
    assert "平均售价" in analyze_question("冷库存的鲜果平均一公斤卖多少钱?").metric
    assert "开发" in analyze_question("24年上半年搞出了多少个新产品?").metric
    assert "返利" in analyze_question("给社员返了多少钱?").metric
    assert "支付" in analyze_question("收鲜果一共付了多少钱?").metric
    assert "支付" not in analyze_question("保险一共赔付了多少钱?").text
    assert "节约" in analyze_question("节能改造省了多少钱?").metric
    # "哪个镇收的小麦最多": goods bought in; "收的费" is income.
    assert "收购小麦" in analyze_question("在哪个镇收的小麦最多?").metric
    assert "收购" not in analyze_question("哪个收费站收的费最多?").text
    # "多少项目资金" asks money, no 项; "多少家电产品" no 家, but "多少家电商" does.
    assert analyze_question("争取到多少项目资金?").unit is None
    assert analyze_question("下半年计划生产多少家电产品?").unit is None
    assert analyze_question("新增了多少家电商经营主体?").unit == "家"


def test_a_crushing_season_a_quarter_alone_and_more_spoken_asks():
    # "23/24榨季" is dated by the year it starts in, as a school year and the report's title are.
    q = analyze_question("宁明甘丰23/24榨季付给蔗农多少甘蔗款?")
    assert q.years == [2023] and "榨季" not in q.metric
    assert analyze_question("宁明甘丰24/25榨季打算产多少糖?").years == [2024]
    assert "上年" in analyze_question("白砂糖产量比上榨季增长多少?").text
    # "三季度单季营业收入": the quarter's, as 三季度 says; 单季稻 is a crop.
    assert "单季" not in analyze_question("2024年三季度兰陵金蒜单季营业收入是多少?").metric
    assert "单季稻" in analyze_question("全县单季稻产量是多少?").metric
    assert "销售额" in analyze_question("江津椒禾24年线上卖的占营收几成?").metric
    assert "创汇" in analyze_question("漳浦蓝鳗24年出口挣了多少外汇?").metric


def test_exports_sold_a_yearly_capacity_and_goods_of_a_high_grade():
    # "出口卖了多少钱" is the export value, whether a report writes 出口额 or 出口收入; not a profit.
    for spoken in ("出口卖了多少钱", "出口赚了多少钱", "出口挣了多少钱"):
        q = analyze_question(f"宽甸黑金24年{spoken}?")
        assert q.metric.split()[-1] == "出口" and "money" in q.kinds
    assert "年生产能力" in analyze_question("宽甸黑金24年菌包厂一年能生产多少菌包?").metric
    # "高强度紧固件" is a grade of goods, no rate like 研发投入强度.
    assert analyze_question("2024年前三季度鸡泽固锐高强度紧固件产量是多少?").kinds == set()
    assert "percent" in analyze_question("2024年全县研发投入强度是多少?").kinds
    # "出口占比提高了几个百分点": the share of 出口, its rise read off as a kind.
    assert analyze_question("克山北纺24年上半年出口占比提高了几个百分点?").metric.split()[-2:] == ["出口", "占比"]


def test_price_paid_per_kilogram_towns_named_新_and_adult_crabs():
    # "收谷子平均一公斤给多少钱": the 收购均价, as reports write it.
    assert analyze_question("林西粟源24年前三季度收谷子平均一公斤给多少钱?").metric.endswith("谷子收购均价")
    assert analyze_question("公司买玉米平均每吨花了多少钱?").metric.endswith("玉米采购均价")
    assert "收购均价每斤" in analyze_question("2023年故城县小麦收购均价每斤多少钱?").text  # said so already
    assert analyze_question("林西粟源24年在新林镇有多少亩订单种植谷子?").places == ["新林镇"]
    crabs = analyze_question("高淳蟹韵24年一共产了多少成蟹?")  # 成蟹, no 几成
    assert "percent" not in crabs.kinds and crabs.metric.endswith("成蟹")
    assert analyze_question("2024年高淳蟹韵全年卖了多少盒大闸蟹礼盒?").unit == "盒"


def test_a_quarter_asked_after_its_whole_is_its_own_part():
    parts = analyze_question("2024年1-9月元江金芒收購鮮芒果多少萬噸？其中三季度收購多少？").parts
    assert [(p.half, p.months) for p in parts] == [("前三季度", [9]), ("三季度", [])]
    assert parts[1].metric.split()[-2:] == ["元江金芒收购鲜芒果", "收购"]  # the whole's words, then the part's
    assert analyze_question("2024年東阿泉潤在高集鎮帶動了多少毛驢養殖戶?").places == ["高集镇"]
    assert analyze_question("全县提高城镇化率多少?").places == []


def test_goods_named_after_a_place_and_spoken_payments():
    # "哈密瓜" is a melon, not 哈密市; "恭城县" is still the county its dictionary word names.
    assert analyze_question("2024年乐东甜岛哈密瓜和其他甜瓜分别销售了多少?").places == []
    assert "恭城县" in analyze_question("2024年上半年恭城县供销系统赚了多少利润?").places
    # The place asked and the goods named after it: the place is blanked, the goods word stays.
    asked = analyze_question("2024年哈密市哈密瓜产量是多少?")
    assert "哈密市" in asked.places and asked.metric == "哈密瓜产量"
    assert [p.metric.split()[-1] for p in analyze_question("哈密市哈密瓜和甜瓜的产量分别是多少?").parts] == ["哈密瓜", "甜瓜"]
    assert "支付笋农" in analyze_question("顺昌翠篁24年收鲜笋付给笋农多少钱?").metric
    assert "拨付" in analyze_question("全县拨付给乡镇多少钱?").text  # not read as 支付
    assert "种植面积" in analyze_question("安龙岚芋24年哪个基地种的面积最小?").metric
    # An item of a 分别 question carries the measure only the last item names.
    parts = analyze_question("2024年1-9月郎溪储源储能电芯和动力电池出货量分别是多少?").parts
    assert [p.metric.split()[-1] for p in parts] == ["出货量", "出货量"]


def test_things_sold_off_a_level_raised_to_and_a_quarter_listed_with_the_months():
    assert analyze_question("鸿达24年卖出去多少辆整车?").metric.split()[-2:] == ["销售", "整车"]
    assert analyze_question("鸿达24年卖出了多少吨大米?").metric.split()[-2:] == ["销售", "大米"]
    # "把…提高到多少" asks the level planned, not a change.
    for question in ("清荷藕业25年打算把鲜藕产量提高到多少?", "清荷藕业25年鲜藕产量计划提高到多少?"):
        asked = analyze_question(question)
        assert asked.metric.split()[-1] == "鲜藕产量" and asked.wants_target and not asked.change, question
    assert analyze_question("2025年综合能耗要降到多少吨标准煤?").wants_target
    parts = analyze_question("2024年1-9月和三季度三原豆源分别收购黄豆多少万吨？").parts
    assert [(p.half, p.months) for p in parts] == [("前三季度", [9]), ("三季度", [])]


def test_a_town_named_with_买_and_money_put_into_a_field():
    assert analyze_question("2024年上半年沙雅天衡纺织在英买力镇采购了多少吨皮棉?").places == ["英买力镇"]
    assert "购置" in analyze_question("买康复设备花了多少钱?").text
    assert "研发投入" in analyze_question("榆中金瓣百合24年在研发上投了多少钱？").text.replace("在", "")
