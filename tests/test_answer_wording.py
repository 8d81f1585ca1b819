"""Fact selection on small real report passages: each test ingests a passage as the indexer does
and asks the question a reader would, so the whole path from cleaning to the stated number runs."""
from __future__ import annotations

from index.build import ingest_report
from index.loaders import LoadedText
from rag.answer import choose_stated, select_choice_extreme, select_extreme, select_facts, select_listed_extreme
from rag.checks import compared_base, contrast_factor, counts_the_listed, without_subject
from rag.reading import metric_coverage
from rag.question import analyze_question, listed_choices


def _ingest(title: str, text: str):
    report = ingest_report("t.txt", LoadedText(f"{title}\n{text}", "utf-8"), "sha")
    facts: dict[int, list] = {}
    for f in report.facts:
        facts.setdefault(f.chunk_id, []).append(f)
    return report, facts


def chosen(title: str, text: str, question: str) -> list:
    """The candidates the answer to ``question`` states."""
    report, facts = _ingest(title, text)
    ranked = [c.chunk_id for c in report.chunks]
    docs = {"t.txt": report.document}

    def select(part):
        return select_facts(part, ranked, report.chunks, docs, facts)

    q = analyze_question(question)
    return choose_stated(q, select(q), select)


def stated(title: str, text: str, question: str) -> list[str]:
    """The numbers the answer to ``question`` states, as written in the passage."""
    return [c.fact.text for c in chosen(title, text, question)]


def listed_extreme(title: str, text: str, question: str) -> str | None:
    report, facts = _ingest(title, text)
    ranked = [c.chunk_id for c in report.chunks]
    q = analyze_question(question)
    found = select_listed_extreme(q, ranked, report.chunks, {"t.txt": report.document}, facts)
    return found[0] if found else None


HPF = "景德镇市住房公积金管理中心2024年工作总结"


def test_a_rate_is_named_by_the_share_that_defines_it():
    text = "全年提取住房公积金28.93亿元,同比增长3.8%,提取额占当年缴存额的比例为75.0%,比上年下降1.9个百分点。"
    assert stated(HPF, text, "景德镇2024年公积金提取率比上年降了几个百分点?") == ["1.9个百分点"]


def test_one_thing_measured_twice_has_each_change_of_its_own_measure():
    text = "全年发放个人住房贷款4108笔、18.76亿元,同比分别增长7.2%和9.6%,笔均贷款45.7万元。"
    assert stated(HPF, text, "景德镇2024年公积金贷款发放金额增长了多少?") == ["9.6%"]
    assert stated(HPF, text, "景德镇2024年公积金贷款发放笔数增长了多少?") == ["7.2%"]
    # An average per loan is no year's amount.
    assert stated(HPF, text, "2024年景德镇发放个人住房贷款多少笔、金额多少?") == ["4108笔", "18.76亿元"]


VETERANS = "桃城区退役军人事务局2024年上半年工作总结"


def test_a_count_of_people_is_the_人数_asked_and_spoken_verbs_read_as_written():
    text = "举办退役军人专场招聘会6场,帮助312名退役军人实现就业,比上年同期增加58人。"
    assert stated(VETERANS, text, "2024年上半年桃城区帮扶退役军人就业人数比上年同期多了多少?") == ["58人"]
    assert stated(VETERANS, text, "桃城区24年上半年帮多少名退役军人找到了工作?") == ["312名"]


def test_a_named_fund_asks_for_money():
    text = "春节期间走访慰问退役军人和其他优抚对象2930户次,发放慰问金286.5万元。"
    assert stated(VETERANS, text, "2024年春节期间桃城区给退役军人和其他优抚对象发了多少慰问金?") == ["286.5万元"]


QUAKE = "昭通市地震局2024年工作总结"


def test_a_class_bounded_below_is_answered_only_for_its_own_bound():
    text = "全市境内共记录到M1.0级以上地震1263次,其中M3.0级以上地震27次,未造成人员伤亡。"
    assert stated(QUAKE, text, "昭通2024年境内3级以上的地震有几次?") == ["27次"]
    assert stated(QUAKE, text, "昭通2024年境内1级以上的地震有几次?") == ["1263次"]
    zone = "许昌经济技术开发区2024年上半年工作总结"
    signed = "上半年全区新签约项目38个,协议投资246.8亿元,其中亿元以上项目22个、10亿元以上项目6个。"
    assert stated(zone, signed, "2024年上半年许昌经开区签约的亿元以上项目有多少个?") == ["22个"]
    assert stated(zone, signed, "2024年上半年许昌经开区签约的10亿元以上项目有多少个?") == ["6个"]


def test_a_share_of_the_whole_is_the_share_of_the_clause_before_it():
    text = "全市建成地震预警信息发布终端2150台,其中安装在中小学校的1380台,占终端总数的64.2%。"
    assert stated(QUAKE, text, "2024年昭通的地震预警信息发布终端里,装在中小学校的占了多大比例?") == ["64.2%"]


def test_a_bare_place_list_breaks_down_the_sentence_before():
    text = (
        "全年新建地震预警基本站和一般站13个,分布在鲁甸县4个、巧家县3个、永善县3个、盐津县2个、绥江县1个。"
    )
    assert listed_extreme(QUAKE, text, "2024年昭通新建的地震预警基本站和一般站,哪个县分到的最多?") == "鲁甸县"
    water = "枣庄市汇泉水务集团有限公司2023年经营工作总结"
    pipes = (
        "二、2023年重点工作开展情况\n(一)老旧管网改造提速增效。全年完成老旧供水管网改造86.4公里,完成投资1.46亿元。"
        "分区域看,薛城区24.6公里、市中区31.2公里、峄城区12.8公里、台儿庄区9.5公里、山亭区8.3公里。"
    )
    assert listed_extreme(water, pipes, "2023年枣庄汇泉水务老旧供水管网改造里程最多的是哪个区?") == "市中区"
    assert listed_extreme(water, pipes, "2023年枣庄汇泉水务老旧供水管网改造里程最少的是哪个区?") == "山亭区"


MEDIA = "广安市融媒体中心2023年工作总结"


def test_an_aside_reads_inside_the_word_and_a_later_breakdown_is_no_part_asked():
    text = "全年全网阅读(播放)量达18.9亿次,同比增长43.6%,其中短视频播放量11.6亿次。"
    assert stated(MEDIA, text, "2023年广安融媒全网阅读播放量有多少?") == ["18.9亿次"]


def test_a_place_with_its_own_number_in_a_breakdown_does_not_own_the_whole():
    text = "全年与6个县级融媒体中心共享稿件9860条,其中岳池县2130条、邻水县1980条、华蓥市1370条。"
    assert stated(MEDIA, text, "2023年华蓥市融媒体中心与市融媒体中心共享了多少条稿件?") == ["1370条"]


def test_two_periods_asked_get_one_number_each():
    title = "恭城瑶族自治县供销合作社联合社2024年上半年工作总结"
    text = "分季度看,一季度实现商品销售总额2.86亿元,二季度实现3.61亿元,增势逐季向好。"
    q = analyze_question("恭城县供销系统2024年一季度和二季度的商品销售总额分别是多少?")
    assert [p.half for p in q.parts] == ["一季度", "二季度"] and q.metric == "供销系统 商品销售总额"
    assert stated(title, text, "恭城县供销系统2024年一季度和二季度的商品销售总额分别是多少?") == ["2.86亿元", "3.61亿元"]


def test_a_change_against_an_earlier_quarter_is_not_one_against_last_year():
    assert compared_base("比一季度加快2.4个百分点") == "period"
    assert compared_base("比上年同期提高2.1个百分点") == compared_base("同比增长") == "year"
    assert compared_base("全年完成") is None
    title = "满洲里海关2024年上半年工作总结"
    text = (
        "上半年,关区进出口总值487.9亿元,同比增长8.2%,比一季度加快2.4个百分点。"
        "民营企业进出口321.4亿元,占关区进出口总值的65.9%,比上年同期提高2.1个百分点。"
    )
    assert stated(title, text, "2024年上半年满洲里关区进出口增速比一季度加快了几个百分点?") == ["2.4个百分点"]


def test_a_figure_for_two_levels_together_is_no_figure_for_one():
    title = "柘荣县医院2024年上半年工作总结"
    text = "上半年完成手术4218台次,其中三、四级手术2345台次,占手术总量的55.6%;四级手术836台次,占手术总量的19.8%。"
    assert stated(title, text, "2024年上半年柘荣县医院四级手术占比是多少?") == ["19.8%"]


def test_a_utility_amount_spoken_as_a_verb_is_the_amount_reported():
    assert "售水量" in analyze_question("枣庄汇泉水务23年一共卖了多少水?").metric
    assert "用电量" in analyze_question("某厂去年用了多少电?").metric
    assert analyze_question("全年发放多少水利资金?").metric.endswith("水利资金")


def test_items_listed_in_the_question_are_compared_by_the_sentence_that_gives_each_a_number():
    assert listed_choices("2024年上半年恭城供销社卖的沙田柚、砂糖橘、油茶籽里,") == ["沙田柚", "砂糖橘", "油茶籽"]
    assert listed_choices("2024年全市") == []
    title = "恭城瑶族自治县供销合作社联合社2024年上半年工作总结"
    text = (
        "组织农产品产销对接活动12场,组织销售沙田柚0.86万吨、砂糖橘1.37万吨、油茶籽0.42万吨。"
        "帮助收购沙田柚1.2万吨、砂糖橘0.9万吨、油茶籽0.5万吨。"
    )
    report, facts = _ingest(title, text)
    ranked = [c.chunk_id for c in report.chunks]

    def choice(question: str) -> str | None:
        found = select_choice_extreme(analyze_question(question), ranked, report.chunks, facts)
        return found[0] if found else None

    assert choice("2024年上半年恭城供销社卖的沙田柚、砂糖橘、油茶籽里,哪样销量最大?") == "砂糖橘"
    assert choice("2024年上半年恭城供销社卖的沙田柚、砂糖橘、油茶籽里,哪样销量最小?") == "油茶籽"
    assert choice("2024年上半年恭城供销社收购的沙田柚、砂糖橘、油茶籽里,哪样收购量最大?") == "沙田柚"
    # Places compared by "哪个县" are not the items listed before it.
    assert analyze_question("2024年昭通新建的地震预警基本站和一般站,哪个县分到的最多?").choices == []


def test_a_figure_for_two_kinds_together_is_no_figure_for_one():
    title = "平凉市公共资源交易中心2024年工作总结"
    text = (
        "通过公开竞争,工程建设和政府采购项目共节约资金3.52亿元,平均节支率为5.3%。"
        "全年完成政府采购项目1027个,节约资金1.37亿元,节支率为6.9%。"
    )
    assert stated(title, text, "2024年平凉市政采节支率是多少?") == ["6.9%"]


def test_levels_asked_together_are_answered_by_their_joint_figure():
    title = "苍溪县人民医院2024年上半年工作总结"
    text = "上半年开展三、四级手术4126台次,同比增长15.8%,其中四级手术836台次。"
    assert stated(title, text, "苍溪县24年上半年三四级手术台次涨了多少?") == ["15.8%"]
    assert stated(title, text, "苍溪县2024年上半年三、四级手术有多少台次?") == ["4126台次"]


def test_a_place_whose_name_starts_another_place_is_not_broken_down():
    title = "本溪市应急管理局2023年工作总结"
    text = "全年新建应急避难场所19处,其中平山区6处、溪湖区4处、本溪县2处、桓仁县4处。"
    assert stated(title, text, "2023年本溪市新建了多少处应急避难场所?") == ["19处"]


def test_a_verb_and_its_object_said_apart_read_as_the_report_writes_them():
    assert analyze_question("汤原县鹤立镇2023年造了多少亩林?").text == "汤原县鹤立镇2023年造林多少亩?"
    assert analyze_question("某县去年修了几公里路?").text == "某县去年修路几公里?"
    assert analyze_question("某县去年植树造林多少亩?").text == "某县去年植树造林多少亩?"


def test_a_place_name_across_two_words_is_no_place():
    # 和政 (和政县) straddles 和|政府 here; 平凉 is the place asked.
    q = analyze_question("2024年平凉市工程建设和政府采购项目一共省下了多少钱?")
    assert q.places == ["平凉市", "平凉"] and "政府采购" in q.metric
    assert analyze_question("2024年和政县新增多少家企业?").places[0] == "和政县"


def test_an_office_named_by_its_trade_is_who_reports_not_what_is_counted():
    title = "克拉玛依市应急管理局2022年工作总结和2023年工作思路"
    text = "立案查处违法行为197起,罚款836.5万元,同比增长17.8%。全年受理安全生产举报326件,发放举报奖励资金18.6万元。"
    assert stated(title, text, "2022年克拉玛依应急管理部门罚款多少万元?") == ["836.5万元"]
    assert stated(title, text, "2022年克拉瑪依應急管理系統發放舉報獎勵資金多少萬元?") == ["18.6万元"]


BLOOD = "驻马店市中心血站2024年工作总结和2025年工作思路"


def test_who_won_an_award_is_not_what_the_award_is_named_for():
    text = "全年完成无偿献血5.62万人次,较上年增长7.1%,为年度计划的104.3%。全市有2316人次获得全国无偿献血奉献奖。"
    assert stated(BLOOD, text, "2024年驻马店市无偿献血完成了多少人次?") == ["5.62万人次"]
    assert stated(BLOOD, text, "2024年驻马店市有多少人次获得全国无偿献血奉献奖?") == ["2316人次"]
    # "为年度计划的104.3%" is how much of the plan was done.
    assert stated(BLOOD, text, "2024年驻马店市无偿献血完成了年度计划的百分之多少?") == ["104.3%"]


def test_a_tables_total_that_is_one_part_of_a_sentences_whole_does_not_answer_for_the_whole():
    text = (
        "全年完成危桥改造17座,其中国省干线4座、农村公路13座。各乡镇县乡道养护工程完成情况如下表。\n"
        "乡镇 | 养护里程(公里) | 危桥改造(座)\n沤江镇 | 186.4 | 3\n寨前镇 | 142.8 | 4\n清泉镇 | 158.2 | 6\n合计 | 487.4 | 13\n"
    )
    assert stated("桂东县公路事业发展中心2023年工作总结", text, "桂东县2023年一共改造了几座危桥?") == ["17座"]


def test_a_list_over_a_range_of_months_has_one_number_per_month():
    text = "上半年热线共受理群众诉求18.64万件,1至6月分别受理2.76万件、2.58万件、3.17万件、3.29万件、3.35万件和3.49万件。"
    title = "樊城区便民服务中心2024年上半年工作总结"
    assert stated(title, text, "2024年樊城区12345热线1月和6月分别受理了多少件?") == ["2.76万件", "3.49万件"]
    assert stated(title, text, "2024年樊城区热线3月受理了多少件?") == ["3.17万件"]


HOTLINE = "樊城区便民服务中心2024年上半年工作总结"


def test_the_group_a_rank_is_asked_in_is_no_part_of_what_ranks():
    text = "在全市12345热线上半年考核中,樊城区综合得分96.4分,在各县(市、区)中位列第2名;其中群众满意率单项排名第1位。"
    assert stated(HOTLINE, text, "2024年上半年樊城区12345热线在全市考核中综合排名第几?") == ["第2名"]


def test_a_bare_running_total_is_labelled_by_what_the_clause_before_names():
    from rag.assistant import fact_label

    title = "齐齐哈尔市公园管理中心2024年工作总结"
    text = "全年新建智慧公园5个,累计达到9个;完成绿化养护面积1126公顷。"
    total = chosen(title, text, "截至2024年底，齐齐哈尔累计建成智慧公园多少个?")
    assert [c.fact.text for c in total] == ["9个"]
    assert fact_label(total[0], "") == "智慧公园累计"


def test_a_projects_planned_size_told_with_the_years_work_is_this_years():
    title = "九龙坡区住房保障服务中心2024年工作总结"
    text = ("一、主要目标任务完成情况\n(四)配售型保障性住房起步实施。全区首个配售型保障性住房项目“锦悦府”于8月开工建设,"
            "计划建设房源680套,总投资3.2亿元,预计2026年建成交付。")
    assert stated(title, text, "2024年九龙坡区“锦悦府”项目计划建设多少套房源、总投资多少?") == ["680套", "3.2亿元"]


def test_a_division_the_table_does_not_list_is_not_answered_by_another_rows_cell():
    title = "三穗县特殊教育学校2024年工作总结"
    table = "学部 | 在校学生(人) | 教学班(个)\n培智部 | 86 | 9\n听障部 | 17 | 2\n自闭症部 | 26 | 4\n合计 | 129 | 15\n"
    assert stated(title, table, "2024年三穗县特殊教育学校视障部有多少名学生?") == []
    assert stated(title, table, "2024年三穗县特殊教育学校听障部有多少名学生?") == ["17"]


def test_a_short_row_the_question_names_is_no_absent_division():
    title = "琼山区妇幼保健院2024年上半年工作总结"
    table = "科室 | 门诊人次(人次) | 平均住院日(天)\n产科 | 18642 | 4.1\n妇科 | 15327 | 5.6\n新生儿科 | 3216 | 7.2\n"
    assert stated(title, table, "2024年上半年琼山区妇幼保健院妇科病人平均住几天院？") == ["5.6"]


def test_one_character_kinds_set_figures_apart():
    title = "贵港市动物疫病预防控制中心2024年上半年工作总结"
    text = "总体免疫抗体合格率为90.6%,其中猪口蹄疫抗体合格率92.4%,禽流感H5亚型抗体合格率89.3%。"
    assert stated(title, text, "贵港24年上半年牛羊口蹄疫抗体合格率多少？") == []  # nor the 禽流感 sibling
    assert stated(title, text, "贵港24年上半年猪口蹄疫抗体合格率多少？") == ["92.4%"]
    assert stated(title, text, "贵港24年上半年禽流感H5亚型抗体合格率多少？") == ["89.3%"]


def test_a_plans_verb_is_no_kind():
    title = "九龙坡区住房保障服务中心2024年工作总结"
    text = "2025年,中心将重点做好以下工作:力争新筹集保障性租赁住房4500套(间),计划新增分配公租房3000套。"
    assert stated(title, text, "2025年九龙坡区计划新筹集保租房多少套（间）?") == ["4500套"]


def test_the_years_end_is_asked_not_its_start():
    title = "淮南市救助管理站2024年工作总结"
    text = "年初长期滞留人员94人,年末降至61人,减少33人;全年为滞留人员办理落户安置23人。"
    assert stated(title, text, "2024年末淮南市救助管理站长期滞留人员还有多少人？") == ["61人"]
    assert stated(title, text, "2024年初淮南市救助管理站长期滞留人员有多少人？") == ["94人"]


def test_a_run_of_places_breaks_down_what_the_sentence_before_names():
    school = "孝感市中等职业技术学校2024年工作总结"
    text = ("2024年秋季共招收新生1926人,新生报到率达到95.4%。从生源地看,孝南区612人、汉川市386人、"
            "应城市247人、云梦县198人、大悟县142人、孝昌县165人。")
    assert listed_extreme(school, text, "2024年孝感市中等职业技术学校招收的新生中，哪个县来的最少？") == "大悟县"
    assert stated(school, text, "2024年孝感市中职学校秋季从汉川市招收了多少新生?") == ["386人"]


def test_kinds_named_by_their_class_word_are_compared():
    text = "上半年12345热线共受理群众诉求18.64万件。从诉求内容看,排名前五的类别分别为城市管理类2.63万件、住房建设类1.87万件、市场监管类1.45万件、交通出行类1.12万件。"
    assert listed_extreme(HOTLINE, text, "2024年上半年樊城区12345热线哪一类诉求最多?") == "城市管理类"
    assert listed_extreme(HOTLINE, text, "2024年上半年樊城区12345热线哪一类诉求最少?") == "交通出行类"


MCH = "琼山区妇幼保健院2024年上半年工作总结"


def test_a_kind_named_before_the_metric_is_not_the_metric_asked_bare():
    text = "上半年全院门诊14.26万人次,同比增长9.3%。上半年儿童保健门诊2.41万人次,同比增长13.2%。"
    assert stated(MCH, text, "2024年上半年琼山区妇幼保健院门诊量是多少?") == ["14.26万人次"]
    assert stated(MCH, text, "琼山区妇幼保健院24年上半年门诊涨了多少?") == ["9.3%"]
    assert stated(MCH, text, "2024年上半年琼山区儿童保健门诊多少人次?") == ["2.41万人次"]


def test_things_asked_each_with_a_spoken_verb_get_one_number_each():
    text = "上半年完成适龄妇女宫颈癌筛查8640人、乳腺癌筛查8215人,分别完成全年任务的57.6%和54.8%。"
    assert stated(MCH, text, "2024年上半年琼山区宫颈癌和乳腺癌筛查各做了多少人?") == ["8640人", "8215人"]


def test_one_place_of_a_list_does_not_own_the_lists_total():
    text = "向云龙镇、红旗镇、三门坡镇等镇卫生院派驻妇幼专科医生38人次,其中三门坡镇11人次、云龙镇9人次、红旗镇7人次。"
    assert stated(MCH, text, "2024年上半年琼山区向云龙镇派驻了多少人次妇幼专科医生?") == ["9人次"]
    # Written in traditional script, the places are still found and compared.
    hant = "向雲龍鎮、紅旗鎮、三門坡鎮等鎮衛生院派駐婦幼專科醫生38人次,其中三門坡鎮11人次、雲龍鎮9人次、紅旗鎮7人次。"
    assert listed_extreme("瓊山區婦幼保健院2024年上半年工作總結", hant, "2024年上半年琼山区向哪个镇派驻妇幼专科医生最多?") == "三门坡镇"


def test_a_share_asked_as_占_whole_比例_matches_a_share_written_占比():
    text = "截至年底,馆藏文物总数达到12856件(套),其中珍贵文物1243件(套),占比9.7%。"
    assert stated("云浮市博物馆2023年工作总结", text, "2023年底云浮市博物馆的珍贵文物占馆藏比例是多少?") == ["9.7%"]


def test_spending_asked_colloquially_matches_any_word_for_it():
    text = "基本陈列完成提升改造,投入资金386万元,新增展品214件(套)。"
    assert stated("云浮市博物馆2023年工作总结", text, "云浮市博物馆2023年基本陈列提升改造花了多少钱?") == ["386万元"]


CHENGTOU = "汉中市汉韵城市建设投资集团有限公司2023年经营工作总结和2024年工作安排"


def test_borrowing_is_financing_and_its_cost_is_a_rate():
    text = "全年新增融资62.4亿元,其中银行贷款35.6亿元、发行债券18.5亿元、融资租赁等其他方式8.3亿元。综合融资成本4.79%,比上年下降0.36个百分点。"
    assert stated(CHENGTOU, text, "汉中城投23年发债融了多少钱?") == ["18.5亿元"]
    assert stated(CHENGTOU, text, "汉中城投23年借钱的综合成本是多少?") == ["4.79%"]


MINZONG = "乐都区民族宗教事务局2024年上半年工作总结"


def test_newly_named_is_a_flow_and_found_of_any_kind_is_found():
    text = "上半年新命名区级民族团结进步示范单位23个,全区累计命名区级示范单位186个。"
    assert stated(MINZONG, text, "截至2024年上半年,乐都区累计命名了多少个区级民族团结进步示范单位?") == ["186个"]
    assert stated(MINZONG, text, "2024年上半年乐都区新命名了多少个区级民族团结进步示范单位?") == ["23个"]
    text = "开展宗教活动场所安全隐患排查整治,上半年累计开展安全排查372次,发现各类隐患58处,已整改53处,整改率91.4%。"
    assert stated(MINZONG, text, "2024年上半年乐都区宗教活动场所发现隐患多少处、已整改多少处?") == ["58处", "53处"]
    assert stated(MINZONG, text, "乐都区24年上半年宗教场所查出的隐患整改了百分之多少?") == ["91.4%"]


def test_a_row_the_question_names_answers_though_the_gazetteer_lacks_its_town():
    text = (
        "全年各乡镇(街道)便民服务点办件量前六位的情况如下表:\n\n"
        "| 乡镇(街道) | 办件量(件) | 发证(本) |\n|---|---|---|\n| 安文街道 | 9846 | 3412 |\n| 新渥街道 | 5271 | 1865 |\n| 尖山镇 | 2634 | 934 |\n"
    )
    assert stated("磐安县不动产登记中心2024年工作总结", text, "2024年磐安县新渥街道发证多少本?") == ["1865"]


def test_a_listed_comparison_is_named_without_who_reports_or_the_place_word():
    from rag.assistant import _measure_named

    report, _ = _ingest(MCH, "向云龙镇、红旗镇、三门坡镇等镇卫生院派驻妇幼专科医生38人次。")
    q = analyze_question("2024年上半年琼山区妇幼保健院向哪个镇派驻妇幼专科医生最多?")
    assert _measure_named(q, report.document) == "派驻妇幼专科医生"


def test_who_reports_a_place_asked_or_a_verb_before_the_metric_is_no_kind():
    group = "普洱市交通投资集团有限公司2023年工作总结"
    text = "截至2023年末,集团资产总额1268.5亿元,比年初增加97.3亿元。其中子公司资产总额878.8亿元。"
    assert stated(group, text, "2023年末普洱市交通投资集团资产总额是多少?") == ["1268.5亿元"]
    science = "常德市科学技术局2018年上半年工作总结"
    text = "上半年全市组织申报国家高新技术企业146家。截至6月底,全市有效国家高新技术企业总数达到287家。"
    assert stated(science, text, "常德18年上半年申报了多少家国家高企?") == ["146家"]
    text = "全年新增姑苏创新创业领军人才14名,评审确定吴江区创新创业领军人才62名。"
    assert stated("吴江区科技局2018年工作总结", text, "2018年吴江区新增姑苏创新创业领军人才多少名?") == ["14名"]


def test_revenue_is_no_value_added():
    text = "全年规模以上工业企业实现营业收入1682.47亿元,同比增长5.3%;实现利润总额214.06亿元。"
    assert stated("玉溪市统计局2020年工作总结", text, "2020年玉溪市规上工业增加值总量是多少亿元?") == []
    assert stated("玉溪市统计局2020年工作总结", text, "2020年玉溪市规上工业营业收入是多少亿元?") == ["1682.47亿元"]


def test_an_amount_after_a_count_of_projects_is_those_projects_investment():
    title = "榆林市乡村振兴局2024年工作总结"
    text = "全年实施乡村建设示范村项目12个、投入资金2860万元,带动农户增收1.2万户。"
    assert stated(title, text, "2024年榆林市乡村建设示范村项目投入资金多少?") == ["2860万元"]
    # An item with a noun of its own is no amount of the item before it.
    from rag.reading import _names_only_attribute

    assert _names_only_attribute("投入资金") and _names_only_attribute("总投资12亿元") and _names_only_attribute("面积1.2万亩")
    assert not _names_only_attribute("实际使用外资达到7000万美元") and not _names_only_attribute("营业收入")


def test_the_whole_does_not_answer_for_a_part_the_question_names_inside_its_metric():
    title = "门源县民族宗教事务局2024年工作总结"
    text = "全县常住人口15.6万人,其中少数民族人口9.12万人,占总人口的58.5%。"
    assert stated(title, text, "2024年门源县少数民族流动人口有多少人?") == []
    assert stated(title, text, "2024年门源县少数民族人口有多少人?") == ["9.12万人"]


def test_a_grade_asked_is_the_grade_at_the_number():
    title = "婺源县文化广电旅游局2023年工作总结"
    text = "全年新增3A级景区2家,全县A级景区总数达到17家,其中4A级景区6家、3A级景区11家。"
    assert stated(title, text, "2023年婺源县新增4A级景区几家?") == []
    assert stated(title, text, "2023年婺源县4A级景区有几家?") == ["6家"]
    assert stated(title, text, "2023年婺源县新增3A级景区几家?") == ["2家"]


def test_a_change_is_of_the_kind_its_phrase_before_names():
    title = "南阳市交通运输局2023年工作总结"
    text = "完成公路货运量18642万吨,同比增长6.4%;水路运输保持平稳。"
    assert stated(title, text, "2023年南阳市水路货运量同比增长多少?") == []
    assert stated(title, text, "2023年南阳市公路货运量同比增长多少?") == ["6.4%"]


def test_a_housing_funds_loans_are_not_its_contributions():
    title = "七台河市住房公积金管理中心2023年工作总结"
    text = "桃山管理部发放贷款额同比增长9.7%。"
    assert stated(title, text, "2023年七台河市桃山管理部住房公积金缴存额同比增长多少?") == []
    assert stated(title, text, "2023年七台河市桃山管理部公积金贷款发放额同比增长多少?") == ["9.7%"]


EMERGENCY = "鹤岗市紧急医疗救援中心2024年工作总结和2025年工作思路"


def test_who_answers_the_calls_is_no_kind_of_call():
    text = "全年120指挥调度平台受理呼救电话7.46万次,同比增长5.8%,其中有效呼救4.12万次;"
    assert stated(EMERGENCY, text, "2024年鹤岗市120急救指挥中心受理呼救电话多少次？") == ["7.46万次"]


def test_a_time_asked_is_a_duration_and_a_target_verb_is_no_part_of_the_label():
    text = "力争市区平均反应时间缩短至10.5分钟以内,县域平均反应时间控制在18分钟以内,3分钟内出车率保持在99%以上。"
    assert stated(EMERGENCY, text, "鹤岗2025年市区急救平均反应时间的目标是多少?") == ["10.5分钟以内"]


def test_a_shortening_since_last_year_is_the_change_asked():
    text = "萝北、绥滨两县平均反应时间为19.4分钟,比上年缩短2.7分钟。"
    q = "2024年鹤岗萝北、绥滨两县急救平均反应时间是多少，比上年缩短了多少？"
    assert stated(EMERGENCY, text, q) == ["19.4分钟", "2.7分钟"]


def test_spoken_trips_and_coal_burnt_name_the_columns_written():
    text = "分站 | 出车(次) | 耗煤量(万吨)\n兴安区分站 | 2146 | 15.4\n东山区分站 | 1873 | 12.2\n"
    assert stated(EMERGENCY, text, "鹤岗兴安区分站24年出了多少趟车？") == ["2146"]
    assert stated(EMERGENCY, text, "鹤岗东山区分站24年烧了多少煤？") == ["12.2"]


def test_what_was_put_in_is_what_was_invested_and_ticket_income_is_what_tickets_sold_for():
    text = "全年财政投入院前急救经费3260万元,同比增长13.6%,其中车辆和设备购置1540万元。"
    assert stated(EMERGENCY, text, "2024年鹤岗财政给院前急救投了多少钱？") == ["3260万元"]
    scenic = "泰宁风景名胜区管理委员会2023年工作总结和2024年工作思路"
    text = "新开发文创产品46款,文创产品销售收入860万元;实现门票收入1.43亿元,同比增长68.7%;"
    assert stated(scenic, text, "泰宁景区2023年门票卖了多少钱?") == ["1.43亿元"]


def test_an_area_planted_is_no_yield():
    text = "全县马铃薯种植面积稳定在18.4万亩,建成马铃薯种薯繁育基地1.2万亩。"
    assert stated("化德县乡村振兴局2023年工作总结", text, "化德县23年马铃薯产量有多少？") == []


def test_a_scenic_area_is_its_long_name_shortened_and_a_column_lacks_a_kind_asked():
    scenic = "泰宁风景名胜区管理委员会2023年工作总结和2024年工作思路"
    text = "全年景区共接待游客487.3万人次,同比增长63.7%;“五一”“国庆”假期分别接待游客21.7万人次和38.5万人次。"
    assert stated(scenic, text, "2023年泰宁风景名胜区共接待游客多少万人次？") == ["487.3万人次"]
    table = "全年主要景点接待情况如下:\n\n景点 | 游客(万人次) | 门票收入(万元)\n大金湖 | 169.2 | 5836\n上清溪 | 86.7 | 2818\n"
    report, facts = _ingest(scenic, table)
    cell = next(f for fs in facts.values() for f in fs if f.text == "86.7")
    # A 游客 column is the whole when the report tells 过夜游客 apart; a hotline's 满意率 column is
    # its 工单满意率, a kind the report never names apart.
    from rag.checks import cell_lacks_qualifier

    assert cell_lacks_qualifier("上清溪景点接待过夜游客", cell, "", "全年接待游客487.3万人次,其中过夜游客176.9万人次")
    assert not cell_lacks_qualifier("上清溪景点接待过夜游客", cell, "", "全年接待游客487.3万人次")
    assert not cell_lacks_qualifier("上清溪景点接待游客", cell, "", "其中过夜游客176.9万人次")
    assert stated(scenic, table, "2023年泰宁上清溪景点接待游客多少万人次?") == ["86.7"]
    # A column that writes the asked kind short ("对口就业率" for 专业对口就业率) lacks nothing.
    school = "孝感市中等职业技术学校2024年工作总结"
    rate_table = "专业 | 就业率(%) | 对口就业率(%)\n电子商务 | 96.0 | 69.8\n护理 | 98.6 | 91.3\n"
    _, rate_facts = _ingest(school, rate_table)
    rate = next(f for fs in rate_facts.values() for f in fs if f.text == "69.8")
    assert not cell_lacks_qualifier("电子商务专业对口就业率", rate, "", "直接就业学生中专业对口就业率为83.4%")


FINANCE = "德阳市地方金融管理局2024年上半年工作总结"


def test_every_kind_is_not_the_kind_asked_and_a_change_is_of_its_phrase_before():
    text = "各项贷款余额4125.8亿元,比年初新增286.5亿元,同比增长11.4%。"
    assert stated(FINANCE, text, "2024年6月末德阳市涉农贷款余额是多少？") == []
    assert stated(FINANCE, text, "2024年6月末德阳市贷款余额是多少？") == ["4125.8亿元"]
    text = "大健康医药产业签约金额同比增长42.3%,增速居六大产业首位。"
    assert stated("龙里县投资促进局2024年工作总结", text, "2024年龙里县文化旅游产业签约金额同比增长多少？") == []


def test_an_events_month_does_not_date_a_stock_and_abbreviations_of_finance_work():
    text = "钧泰精工股份有限公司于4月在北京证券交易所上市,全市境内外上市公司达到12家;"
    assert stated(FINANCE, text, "截至2024年6月末，德阳市境内外上市公司有多少家?") == ["12家"]
    text = "开展防范非法集资宣传活动326场,覆盖群众18.4万人次。"
    assert stated(FINANCE, text, "德阳24年上半年防非宣传搞了多少场?") == ["326场"]


def test_a_change_since_a_named_year_is_in_points_for_a_rate():
    reserve = "白水江国家级自然保护区管理局2023年工作总结和2024年工作计划"
    text = "区内森林覆盖率达到96.4%,比2018年提高1.3个百分点。"
    assert stated(reserve, text, "2023年白水江保护区森林覆盖率比2018年提高了多少?") == ["1.3个百分点"]


def test_a_table_is_compared_for_a_question_naming_its_reporter_for_short():
    from rag.answer import select_extreme

    title = "白水江国家级自然保护区管理局2023年工作总结和2024年工作计划"
    table = "各保护站巡护和监测设施情况如下:\n\n保护站 | 巡护次数(次) | 红外相机(台)\n碧口保护站 | 612 | 68\n铁楼保护站 | 497 | 72\n丹堡保护站 | 426 | 45\n"
    report, facts = _ingest(title, table)
    q = analyze_question("2023年白水江保护区红外相机最多的是哪个保护站？")
    found = select_extreme(q, [c.chunk_id for c in report.chunks], report.chunks, {"t.txt": report.document}, facts)
    assert found.facts and found.facts[0].fact.context == "铁楼保护站"


def test_the_whole_does_not_answer_for_a_part_the_report_tells_apart():
    group = "襄阳岘山投资集团有限公司2021年工作总结"
    text = "集团合并口径全年实现营业收入218.7亿元,利润总额9.84亿元;净利润7.36亿元。母公司全年实现营业收入15.7亿元。"
    assert stated(group, text, "2021年襄阳岘山集团母公司净利润是多少?") == []
    assert stated(group, text, "2021年襄阳岘山集团净利润是多少?") == ["7.36亿元"]
    # A report that never names 母公司 apart: the qualifier asked is not evidence against the number.
    from rag.checks import sentence_lacks_qualifier

    net = _ingest(group, text)[1]
    fact = next(f for fs in net.values() for f in fs if f.text == "7.36亿元")
    assert sentence_lacks_qualifier("岘山集团母公司净利润", fact, "", text)
    assert not sentence_lacks_qualifier("岘山集团母公司净利润", fact, "", text.split("母公司")[0])


def test_a_report_that_measures_its_sales_in_money():
    lottery = "宿州市福利彩票发行中心2023年工作总结"
    text = ("全年全市销售福利彩票10.42亿元,同比增长21.6%。截至2023年底,全市共有福利彩票销售网点612个,全年新增网点78个。\n"
            "区县 | 销量(万元) | 销售网点(个)\n埇桥区 | 39860 | 218\n砀山县 | 14970 | 92\n")
    assert stated(lottery, text, "2023年宿州市福利彩票销量是多少？") == ["10.42亿元"]
    assert stated(lottery, text, "宿州市23年新开了多少个福彩网点？") == ["78个"]
    # Where 销量 is never written in money, it is what was sold, not the revenue.
    tobacco = "某县烟草专卖局2023年工作总结"
    assert stated(tobacco, "全年卷烟销售38.2亿元,销量12.64万箱。", "2023年某县卷烟销量是多少?") == ["12.64万箱"]


def test_cases_closed_are_not_cases_taken_in_and_the_unemployed_not_the_employed():
    aid = "榆林市法律援助中心2023年工作总结"
    text = "全年全市共受理法律援助案件3862件,同比增长10.2%;办结3517件,结案率为91.1%。"
    assert stated(aid, text, "2023年榆林市法律援助案件办结了多少件?") == ["3517件"]
    assert stated(aid, text, "2023年榆林市受理了多少件法律援助案件?") == ["3862件"]
    jobs = "赤坎区公共就业和人才服务中心2024年上半年工作总结"
    text = "上半年登记离校未就业高校毕业生1326人,已实现就业1047人,就业率为79.0%。"
    assert stated(jobs, text, "2024年上半年赤坎区离校未就业高校毕业生已经实现就业多少人?") == ["1047人"]


def test_a_level_held_is_not_the_flow_added_and_a_year_is_not_its_summer():
    fish = "汉寿县水产技术推广站2024年上半年工作总结"
    text = ("截至6月底,全县水产养殖面积46.8万亩,其中池塘养殖21.4万亩、稻渔综合种养18.62万亩。"
            "上半年新增稻渔综合种养面积1.35万亩。")
    assert stated(fish, text, "2024年上半年汉寿县稻渔综合种养面积有多少亩?") == ["18.62万亩"]
    assert stated(fish, text, "2024年上半年汉寿县新增稻渔综合种养面积多少亩?") == ["1.35万亩"]
    museum = "吐鲁番市科技馆2024年工作总结"
    text = "7—8月暑期接待观众13.4万人次,法定节假日接待观众18.9万人次。全年开放312天,接待观众46.3万人次。"
    assert stated(museum, text, "2024年吐鲁番市科技馆接待观众多少人次？") == ["46.3万人次"]
    assert stated(museum, text, "2024年吐鲁番市科技馆暑期接待观众多少人次？") == ["13.4万人次"]


def test_places_that_share_a_number_and_a_place_of_a_breakdown():
    agri = "临洮县农业技术推广中心2023年工作总结"
    text = "马铃薯脱毒种薯在衙下集镇、中铺镇建成原种扩繁基地2个,生产原种1860吨。"
    assert stated(agri, text, "2023年临洮县中铺镇生产了多少吨马铃薯原种？") == []
    museum = "吐鲁番市科技馆2024年工作总结"
    text = "大篷车巡展深入乡镇、学校和社区,其中高昌区22场、鄯善县26场、托克逊县16场。"
    assert stated(museum, text, "2024年吐鲁番市科技馆在托克逊县开展大篷车巡展多少场?") == ["16场"]


def test_a_table_row_the_question_names():
    police = "汝阳县公安局交通警察大队2024年工作总结"
    text = "全年查处酒驾醉驾542起,同比下降8.3%。\n中队 | 酒驾醉驾(起)\n三屯中队 | 91\n小店中队 | 52\n合计 | 542\n"
    assert stated(police, text, "2024年汝阳县三屯中队查处酒驾醉驾多少起？") == ["91"]
    assert stated(police, text, "2024年汝阳县查处酒驾醉驾多少起？") == ["542起"]


def test_a_statement_in_a_run_of_siblings_is_not_the_one_before_it():
    lottery = "宿州市福利彩票发行中心2023年工作总结"
    text = "分玩法看，双色球销售3.87亿元，占全部销量的37.1%；快乐8销售2.64亿元，同比增长43.5%；即开型彩票销售2.95亿元。"
    from rag.checks import follows_a_sibling

    facts = _ingest(lottery, text)[1]
    by_text = {f.text: f for fs in facts.values() for f in fs}
    # 快乐8 follows 双色球: the sentence before names its own subject, not this one's.
    assert follows_a_sibling(by_text["43.5%"], facts) and follows_a_sibling(by_text["2.95亿元"], facts)
    assert not follows_a_sibling(by_text["37.1%"], facts)
    assert stated(lottery, text, "2023年宿州市快乐8销量同比增长多少？") == ["43.5%"]
    # A subject left unsaid is the sentence before's: "系统实现商品购进总额…;实现利润总额…".
    coop = "恭城县供销合作社联合社2024年上半年工作总结"
    text = "系统实现商品购进总额5.41亿元，同比增长10.4%；实现利润总额1213万元，同比增长7.3%。"
    facts = _ingest(coop, text)[1]
    assert not follows_a_sibling(next(f for fs in facts.values() for f in fs if f.text == "1213万元"), facts)
    # A breakdown's next item is no sibling of its whole: "其中" names a part of the sentence before.
    tourism = "泰宁风景名胜区管理委员会2023年工作总结"
    text = "全年接待游客487.3万人次，同比增长12.1%。其中过夜游客176.9万人次，同比增长8.2%。"
    facts = _ingest(tourism, text)[1]
    assert not follows_a_sibling(next(f for fs in facts.values() for f in fs if f.text == "176.9万人次"), facts)


def test_a_city_question_may_read_the_report_of_a_body_it_names_within_the_city():
    park = "德州市德城现代物流园区管理委员会2024年上半年工作总结"
    text = "上半年,园区完成货物吞吐量1286.4万吨,比上年同期增长9.3%;实现营业收入68.35亿元。"
    assert stated(park, text, "德州物流园24年上半年营收多少?") == ["68.35亿元"]
    # Without naming the park, a city question is not the district's report's.
    assert stated(park, text, "2024年上半年德州市营业收入是多少?") == []


def test_a_metro_is_its_rail_transit():
    metro = "无锡市惠锡轨道交通集团有限公司2024年工作总结"
    text = "全年实现票务收入9.26亿元,同比增长12.4%。"
    assert stated(metro, text, "无锡地铁2024年卖票收了多少钱?") == ["9.26亿元"]


def test_a_running_total_is_not_the_years_own_flow():
    port = "崇左市口岸管理办公室2024年工作总结"
    text = "凭祥铁路口岸全年开行中越跨境班列1832列,同比增长27.4%,累计开行中越跨境班列6418列。"
    assert stated(port, text, "截至2024年底,凭祥铁路口岸累计开行中越跨境班列多少列？") == ["6418列"]
    assert stated(port, text, "2024年凭祥铁路口岸全年开行中越跨境班列多少列？") == ["1832列"]
    # A question asking both reads each part as asked.
    museum = "云浮市博物馆2023年工作总结"
    text = "全年新增注册用户5.8万人,累计注册用户19.4万人。"
    assert stated(museum, text, "2023年云浮市博物馆新增注册用户和累计注册用户分别是多少?") == ["5.8万人", "19.4万人"]


def test_a_shortfall_is_answered_only_by_a_number_named_so():
    relics = "南昌市文物局2024年工作总结"
    text = "全年投入文物保护资金1.42亿元,同比增长8.4%。"
    assert stated(relics, text, "南昌24年文物保护资金缺口有多大?") == []
    assert stated(relics, text + "目前文物保护资金缺口约0.6亿元。", "南昌24年文物保护资金缺口有多大?") == ["约0.6亿元"]


def test_a_kind_counted_with_others_in_a_list_closed_by_deng():
    animal = "定西市动物疫病预防控制中心2024年工作总结"
    text = "围绕口蹄疫、小反刍兽疫、狂犬病等重点病种开展监测,共检测样品3120份,其中口蹄疫检测1860份。"
    assert stated(animal, text, "2024年定西市狂犬病监测样品有多少份?") == []
    assert stated(animal, text, "2024年定西市口蹄疫检测了多少份样品?") == ["1860份"]
    assert stated(animal, text, "2024年定西市重点病种监测共检测样品多少份?") == ["3120份"]
    consumer = "酒泉市消费者协会2023年工作总结"
    text = "全年受理外卖平台投诉1320件,同比增长12.1%,社区团购、二手交易等新业态投诉有所增加。"
    assert stated(consumer, text, "2023年酒泉社区团购投诉有多少件?") == []
    assert stated(consumer, text, "2023年酒泉外卖平台投诉有多少件?") == ["1320件"]


def test_a_share_of_visitors_told_by_when_is_not_the_share_told_by_where():
    park = "张掖市湿地公园管理处2024年工作总结"
    text = "全年接待游客86.4万人次,其中周末接待游客22.9万人次,占全年游客的26.5%。从客源看,县外游客占比达到41.2%,比上年提高2.1个百分点。"
    assert stated(park, text, "2024年张掖湿地公园周末游客占全年游客的几成?") == ["26.5%"]
    assert stated(park, text, "2024年张掖湿地公园县外游客占比是多少?") == ["41.2%"]


def test_one_projects_figure_is_not_the_years_total():
    parks = "平凉市园林绿化中心2024年工作总结"
    text = "完成柳湖公园提升改造,新增绿地面积12公顷。推进城市绿道建设,全年新增绿地面积45公顷。"
    assert stated(parks, text, "平凉市24年新增了多少公顷绿地?") == ["45公顷"]
    assert stated(parks, text, "2024年平凉市柳湖公园提升改造新增绿地多少公顷?") == ["12公顷"]


def test_a_question_naming_only_the_head_of_a_part_does_not_ask_the_part():
    roads = "华池县交通运输局2024年工作总结"
    text = "截至2024年底,全县农村路网通车里程达到2460公里,其中三级及以上等级公路870公里,占通车里程的35.4%。"
    # 公路 is the part's head, not what sets it apart: the part is not the answer.
    assert "870公里" not in stated(roads, text, "华池县到2024年底能通车的农村公路一共有多少公里?")
    assert stated(roads, text, "2024年底华池县三级及以上等级公路有多少公里?") == ["870公里"]


def test_a_share_answers_only_for_the_base_asked():
    culture = "岷县文化馆2024年工作总结"
    text = "截至年底,全县累计建成村史馆48个,占全县248个行政村的19.4%。东部4个镇已建成村史馆36个,占全县累计建成村史馆的75.0%。"
    assert stated(culture, text, "截至2024年底,岷县累计建成村史馆的个数占全县行政村总数的比例是多少?") == ["19.4%"]
    assert stated(culture, text, "2024年岷县东部4个镇建成的村史馆占全县村史馆的比例?") == ["75.0%"]


def test_a_share_does_not_answer_for_the_level_asked():
    expressway = "天水高速公路管理处2023年工作总结"
    text = "全年断面车流量1760.7万辆次,其中客车1200.5万辆次,同比增长8.1%;货车\n560.2万辆次,同比增长3.2%,货车车流量占比31.8%,较上年回落1.2个百分点。"
    assert stated(expressway, text, "2023年天水高速公路管理处货车车流量是多少?") == ["560.2万辆次"]
    assert stated(expressway, text, "2023年天水高速公路管理处客车和货车车流量分别是多少?") == ["1200.5万辆次", "560.2万辆次"]
    assert stated(expressway, text, "2023年天水高速公路管理处货车车流量占比多少?") == ["31.8%"]


def test_a_periods_own_work_is_not_the_running_total_beside_it():
    planning = "临夏市自然资源局2024年上半年工作总结"
    text = "上半年完成村庄规划编制14个,全市累计完成村庄规划编制96个,村庄规划覆盖率达到71.2%。"
    assert stated(planning, text, "2024年上半年临夏完成了几个村庄规划编制?") == ["14个"]
    assert stated(planning, text, "截至2024年上半年临夏累计完成了几个村庄规划编制?") == ["96个"]


TAX = "国家税务总局江都区税务局2024年上半年工作总结"
TAX_TEXT = (
    "上半年全区组织各项税费收入186.42亿元,其中税收收入152.37亿元,同比增长2.6%。"
    "从收入归属看,地方级税收收入61.08亿元,增长1.9%。"
    "分行业看,制造业实现税收收入83.15亿元,同比增长5.4%,其中化工行业税收21.66亿元、船舶行业税收17.02亿元。\n"
    "税种 | 税收收入(亿元) | 同比增长(%)\n增值税 | 68.21 | 3.1\n企业所得税 | 35.40 | 2.2\n个人所得税 | 12.75 | 4.6\n"
    "土地增值税 | 6.83 | -9.4\n其他税种 | 29.18 | 1.0\n合计 | 152.37 | 2.6\n"
)


def test_kinds_of_tax_the_words_of_a_question_and_the_rows_of_a_table():
    assert stated(TAX, TAX_TEXT, "2024年上半年江都区税收收入是多少?") == ["152.37亿元"]
    # 业税 spans 制造业|税收: it names no part of the industry's tax.
    assert stated(TAX, TAX_TEXT, "2024年上半年江都区制造业税收收入是多少?") == ["83.15亿元"]
    assert stated(TAX, TAX_TEXT, "2024年上半年江都区个税收了多少钱?") == ["12.75"]
    # 契税 is a tax like the table's rows, not among them: no cell, nor the whole, answers.
    assert stated(TAX, TAX_TEXT, "2024年上半年江都区契税收入是多少?") == []


def test_a_part_stated_as_a_share_of_its_whole_is_not_the_whole():
    court = "宁陵县人民法院2024年工作总结"
    text = "全年共受理各类案件5120件,同比增长4.1%;全院4个人民法庭共受理案件2210件,占全院受理案件总数的43.2%。"
    assert stated(court, text, "24年宁陵县法院一共受理了多少案子?") == ["5120件"]
    assert stated(court, text, "2024年宁陵县4个人民法庭共受理案件多少件?") == ["2210件"]


def test_a_districts_office_row_is_the_districts():
    fund = "鹤壁市住房公积金管理中心2024年上半年工作总结"
    text = ("上半年发放个人住房贷款1520笔、5.46亿元,同比增长3.3%。\n"
            "县区管理部 | 发放个人住房贷款(亿元)\n淇滨区管理部 | 2.71\n浚县管理部 | 1.04\n淇县管理部 | 0.95\n合计 | 5.46\n")
    # The city's amount, from the sentence or the 合计 row; never a district office's row.
    count, amount = stated(fund, text, "2024年上半年鹤壁市发放个人住房贷款多少笔、多少亿元?")
    assert count == "1520笔" and amount.startswith("5.46")
    assert stated(fund, text, "2024年上半年鹤壁浚县管理部发放个人住房贷款多少亿元?") == ["1.04"]


def test_places_and_months_asked_together_each_get_their_own_number():
    text = "分镇街看,仙女镇、邵伯镇、小纪镇税收收入分别为21.30亿元、9.62亿元和6.75亿元。"
    assert stated(TAX, text, "2024年上半年江都区邵伯镇和小纪镇的税收收入分别是多少?") == ["9.62亿元", "6.75亿元"]
    museum = "扬州博物馆2023年工作总结"
    text = "全年接待观众98.6万人次。分月份看,暑期7月、8月观众分别为9.6万人次和10.2万人次。"
    assert stated(museum, text, "2023年扬州博物馆7月和8月观众分别是多少?") == ["9.6万人次", "10.2万人次"]
    assert stated(museum, text, "扬州博物馆23年来了多少观众?") == ["98.6万人次"]


def test_another_rate_does_not_answer_for_the_rate_asked():
    fund = "双鸭山市住房公积金管理中心2023年工作总结"
    text = "年末个人住房贷款余额41.26亿元,个贷率为71.4%,比上年提高1.2个百分点;住房公积金使用率为90.6%。"
    assert stated(fund, text, "2023年双鸭山住房公积金个贷率是多少?") == ["71.4%"]
    # 逾期率 is named nowhere: neither 个贷率 (个人住房贷款率) nor 使用率 answers it.
    assert stated(fund, text, "2023年双鸭山市住房公积金个人住房贷款逾期率是多少?") == []


def test_a_level_asked_is_not_how_often_nor_its_rise():
    power = "国网随州供电公司2024年工作总结"
    text = "受持续高温影响,全市电网最高用电负荷年内3次刷新历史纪录,8月2日达到186.4万千瓦,同比增长7.1%,比上年最高值净增12.3万千瓦。"
    assert stated(power, text, "2024年随州电网最高用电负荷达到多少?") == ["186.4万千瓦"]
    assert stated(power, text, "2024年随州电网最高用电负荷比上年最高值净增多少?") == ["12.3万千瓦"]


def test_a_cells_column_says_which_rate_it_is():
    assert stated(TAX, TAX_TEXT + "国内增值税占税收收入的44.8%。", "2024年上半年江都区增值税占税收收入的比重是多少?") == ["44.8%"]


def table_extreme(title: str, text: str, question: str) -> str | None:
    """The row label a table superlative answers with, or None."""
    report, facts = _ingest(title, text)
    ranked = [c.chunk_id for c in report.chunks]
    found = select_extreme(analyze_question(question), ranked, report.chunks, {"t.txt": report.document}, facts)
    return found.facts[0].fact.context.strip() if found.facts else None


def test_a_fall_asked_reads_a_column_of_signed_changes():
    assert table_extreme(TAX, TAX_TEXT, "2024年上半年江都区哪个税种降幅最大?") == "土地增值税"
    assert table_extreme(TAX, TAX_TEXT, "2024年上半年江都区哪个税种税收收入最多?") == "增值税"


def test_a_table_in_traditional_script_is_asked_in_simplified():
    water = "邢台市清源供水集团有限公司2023年工作总结"
    text = "各水廠運行情況如下：\n水廠 | 供水量(萬立方米) | 電耗(千瓦時/千噸)\n東郊水廠 | 4218 | 268\n西郊水廠 | 2876 | 281\n南和水廠 | 1152 | 307\n"
    assert table_extreme(water, text, "2023年邢台清源供水集团哪座水厂电耗最高?") == "南和水厂"  # the simplified row label


def test_the_few_places_a_report_lists_are_compared():
    text = "分镇街看,仙女镇、邵伯镇、小纪镇税收收入分别为21.30亿元、9.62亿元和6.75亿元。制造业实现税收收入83.15亿元。"
    assert listed_extreme(TAX, text, "2024年上半年江都区报告列出税收收入的几个镇街中,哪个最多?") == "仙女镇"


def test_a_change_asked_is_still_answered_by_the_change():
    power = "国网随州供电公司2024年工作总结"
    text = "全年售电量86.4亿千瓦时,比上年增加5.2亿千瓦时。"
    assert stated(power, text, "2024年随州售电量比上年增加了多少?") == ["5.2亿千瓦时"]
    assert stated(power, text, "2024年随州售电量是多少?") == ["86.4亿千瓦时"]


def test_the_years_figure_is_not_a_seasons_nor_a_parts():
    weather = "朝阳市气象局2024年工作总结"
    text = ("全市平均年降水量536.8毫米,比常年偏多12.5%。春季(3—5月)全市平均降水量61.2毫米,比常年偏少18.4%。"
            "全年组织开展各级各类全民健身活动960场次,参与群众104.6万人次,其中冰雪主题活动参与群众31.2万人次。")
    assert stated(weather, text, "朝阳24年全年平均下了多少毫米雨?") == ["536.8毫米"]
    assert stated(weather, text, "2024年朝阳全民健身活动参与群众多少万人次?") == ["104.6万人次"]


def test_units_named_by_their_kind_are_compared():
    court = "宁陵县人民法院2024年工作总结"
    text = "全年开展巡回审判126场次,其中石桥人民法庭31场次、黄岗人民法庭42场次、逻岗人民法庭28场次、华堡人民法庭25场次。"
    assert listed_extreme(court, text, "2024年宁陵县法院哪个人民法庭开展巡回审判的场次最多?") == "黄岗人民法庭"


def test_a_completion_rate_of_an_expected_revenue():
    text = "上半年税收收入152.37亿元,同比增长2.6%,完成年度收入预期的52.8%。"
    assert stated(TAX, text, "2024年上半年江都区税收收入完成年度收入预期的百分之多少?") == ["52.8%"]


def test_a_quarters_figure_is_not_the_years_and_a_route_is_named_as_reports_write_it():
    airport = "绵阳南郊民用机场有限公司2023年工作总结"
    text = ("全年完成旅客吞吐量186.4万人次,同比增长72.1%。分季度看,一至四季度分别完成旅客吞吐量38.2万人次、45.6万人次、50.3万人次和52.3万人次。\n"
            "航线 | 旅客吞吐量(万人次)\n绵阳—北京 | 24.6\n绵阳—上海 | 27.3\n绵阳—广州 | 21.8\n")
    assert stated(airport, text, "2023年绵阳机场旅客吞吐量是多少?") == ["186.4万人次"]
    assert stated(airport, text, "2023年绵阳到上海的航线旅客吞吐量是多少?") == ["27.3"]


def test_a_stock_at_the_years_end_is_not_the_net_flow_asked():
    stats = "广安市统计局2024年工作总结"
    text = "全年新增入库“四上”企业112家、退库37家,净增75家,截至2024年末全市“四上”企业达到986家。"
    assert stated(stats, text, "广安市24年“四上”企业净增了几家?") == ["75家"]
    assert stated(stats, text, "截至2024年末广安市“四上”企业有多少家?") == ["986家"]
    medical = "剑阁县医疗保障局2024年工作总结"
    text = "全年新增认定门诊慢特病患者2416人,累计认定1.62万人,门诊慢特病基金支出2875万元。"
    assert stated(medical, text, "截至2024年末剑阁县门诊慢特病累计认定了多少人?") == ["1.62万人"]
    assert stated(medical, text, "2024年剑阁县新增认定门诊慢特病患者多少人?") == ["2416人"]


def test_a_part_the_report_gives_as_a_share_of_the_whole_yields_to_the_whole():
    forestry = "白沙黎族自治县林业局2023年工作总结"
    text = ("全年完成造林1.86万亩,完成年度任务的112%。\n造林情况如下。\n乡镇 | 造林(亩)\n牙叉镇 | 5210\n七坊镇 | 4630\n邦溪镇 | 3980\n\n"
            "上述3个乡镇合计完成造林13820亩,占全县造林面积的74.3%。")
    assert stated(forestry, text, "2023年白沙县完成造林多少亩?") == ["1.86万亩"]


def test_a_ratio_to_a_base_year_and_a_whole_named_in_the_sentence_before():
    airport = "绵阳南郊民用机场有限公司2023年工作总结"
    text = "全年完成旅客吞吐量186.4万人次,同比增长72.1%,为2019年同期的118.6%。"
    assert stated(airport, text, "2023年绵阳机场旅客吞吐量是2019年同期的多少?") == ["118.6%"]
    assert stated(airport, text, "2023年绵阳机场旅客吞吐量同比增长多少?") == ["72.1%"]
    medical = "剑阁县医疗保障局2024年工作总结"
    text = "全年医保基金总收入6.12亿元,同比增长5.3%。基金总支出5.64亿元,同比增长8.8%,其中职工医保基金支出1.42亿元、城乡居民医保基金支出4.22亿元。"
    assert stated(medical, text, "剑阁县医保基金2024年支出涨了多少?") == ["8.8%"]


def test_regions_ranged_over_and_a_rate_column_named_short():
    city = "滁州市城市管理局2023年工作总结"
    text = ("各区域主要工作完成情况如下:\n区域 | 违建拆除(平方米) | 数字城管案件(件) | 案件结案率(%)\n"
            "琅琊区 | 38200 | 15420 | 98.1\n南谯区 | 51250 | 12730 | 96.8\n来安县 | 20410 | 9860 | 97.5\n")
    assert table_extreme(city, text, "2023年滁州市哪个区域违建拆除面积最多?") == "南谯区"
    assert table_extreme(city, text, "2023年滁州市各区域中数字城管案件结案率最低的是哪个?") == "南谯区"


def test_a_topic_before_which_place_and_places_named_by_区市():
    gas = "烟台华澜燃气集团有限公司2024年上半年工作总结"
    text = "上半年完成老旧管网改造58.6公里,其中芝罘区21.8公里、莱山区19.6公里、福山区12.7公里、龙口市4.5公里。"
    assert listed_extreme(gas, text, "24年上半年烟台华澜燃气老旧管网改造,哪个区市改得最多?") == "芝罘区"


def test_visits_are_no_head_count_of_a_population():
    ethnic = "平安区民族宗教事务局2024年上半年工作总结"
    text = ("(六)做好少数民族流动人口服务管理\n在古城乡建成少数民族流动人口服务站1个,为外出务工的少数民族群众提供政策咨询服务。"
            "上半年服务站累计接待咨询群众520人次,协助办理各类事项143件。")
    assert stated(ethnic, text, "2024年上半年平安区少数民族流动人口有多少人?") == []
    assert stated(ethnic, text, "2024年上半年平安区服务站接待咨询群众多少人次?") == ["520人次"]


def test_a_bare_change_is_of_the_number_counted_as_asked():
    culture = "闽清县文化馆2024年工作总结"
    text = "全年馆内外共开展各类群众文化活动986场,同比增长12.6%;参与群众36.2万人次,同比增长17.3%。"
    assert stated(culture, text, "闽清县文化馆24年群众文化活动参与人次涨了多少?") == ["17.3%"]
    assert stated(culture, text, "闽清县文化馆24年开展群众文化活动场次涨了多少?") == ["12.6%"]


def test_a_days_peak_asked_in_spoken_words():
    airport = "绵阳南郊民用机场有限公司2023年工作总结"
    text = "全年日均旅客吞吐量5107人次,单日旅客吞吐量最高达7921人次。"
    assert stated(airport, text, "2023年绵阳机场一天最多接待了多少旅客?") == ["7921人次"]
    assert stated(airport, text, "2023年绵阳机场日均旅客吞吐量是多少?") == ["5107人次"]


def test_the_change_of_a_part_is_not_the_wholes():
    post = "中国邮政集团有限公司滁州市分公司2024年上半年工作总结"
    text = "上半年全市邮政实现业务收入4.92亿元,同比增长6.8%。其中寄递业务收入1.86亿元,同比增长12.4%,增幅居全省邮政第1位。"
    assert stated(post, text, "2024年上半年滁州市分公司业务收入同比增长多少?") == ["6.8%"]
    assert stated(post, text, "2024年上半年滁州邮政寄递业务收入同比增长多少?") == ["12.4%"]


def test_one_side_of_a_split_is_not_answered_by_the_whole():
    airport = "绵阳南郊民用机场有限公司2023年工作总结"
    text = "全年完成旅客吞吐量186.4万人次,同比增长61.2%。其中国内航线旅客吞吐量183.9万人次。"
    assert stated(airport, text, "2023年绵阳机场国际航线旅客吞吐量是多少?") == []
    assert stated(airport, text, "2023年绵阳机场国内航线旅客吞吐量是多少?") == ["183.9万人次"]
    assert stated(airport, text, "2023年绵阳机场旅客吞吐量是多少?") == ["186.4万人次"]
    # A side in a name splits nothing: "国际机场" is where the whole was counted.
    hub = "淮安空港运营管理有限公司2024年上半年工作总结"
    assert stated(hub, "上半年淮安涟水国际机场完成货邮吞吐量6238.5吨。", "2024年上半年淮安涟水国际机场货邮吞吐量是多少吨?") == ["6238.5吨"]


def test_an_area_told_by_its_verb_is_another_area():
    forestry = "琼中黎族苗族自治县林业局2023年工作总结"
    text = "持续开展松材线虫病疫情监测和林业有害生物防治,完成防治作业面积1.34万亩。"
    assert stated(forestry, text, "2023年琼中县松材线虫病发生面积是多少?") == []
    assert stated(forestry, text, "2023年琼中县松材线虫病防治作业面积是多少?") == ["1.34万亩"]


def test_a_share_of_another_part_does_not_answer_for_a_side_asked():
    zoo = "平凉市动物园2023年工作总结"
    text = "持年卡入园游客38.6万人次,占入园游客总数的24.1%。"
    assert stated(zoo, text, "2023年平凉市动物园外地游客占入园游客的比例是多少?") == []
    assert stated(zoo, text, "2023年平凉市动物园持年卡入园游客占入园游客的比例是多少?") == ["24.1%"]


def test_a_kind_jieba_reads_one_character_at_a_time_is_a_kind():
    zoo = "平凉市动物园2023年工作总结"
    text = "游乐项目、餐饮和文创等二次消费收入1130万元,其中文创产品销售收入172万元。"
    assert stated(zoo, text, "2023年平凉市动物园年卡销售收入是多少?") == []
    plant = "荆门绿源环保能源有限公司2023年工作总结"
    text = "完成烟气净化系统提标改造,氮氧化物排放浓度由改造前的平均138毫克/立方米降至69毫克/立方米。"
    assert stated(plant, text, "2023年荆门绿源公司二噁英排放浓度是多少?") == []
    assert stated(plant, text, "2023年荆门绿源公司氮氧化物排放浓度降到了多少?") == ["69毫克/立方米"]


def test_the_size_of_the_group_a_rank_is_read_in_is_no_answer():
    irrigation = "杭锦后旗灌区管理局2023年工作总结"
    text = "灌溉水有效利用系数为0.472,比上年提高0.008,在全市7个旗县区中排第3位。"
    assert stated(irrigation, text, "2023年杭锦后旗灌溉水有效利用系数是多少?") == ["0.472"]


def test_the_change_of_a_part_given_as_a_share_of_the_whole_is_not_the_wholes():
    notary = "邢台市公证处2024年工作总结"
    text = ("全年共办理各类公证事项16210件,同比增长6.1%。"
            "涉外及涉港澳台公证3520件,同比增长14.9%,占全部办证量的21.7%,比上年提高1.6个百分点。")
    assert stated(notary, text, "邢台市公证处24年办证量比上年涨了多少?") == ["6.1%"]
    assert stated(notary, text, "邢台市公证处24年涉外及涉港澳台公证办证量比上年涨了多少?") == ["14.9%"]


def test_a_kind_named_by_its_class_suffix_is_not_another_breakdown_item():
    notary = "邢台市公证处2024年工作总结"
    text = "全年公证业务收费1104.2万元,同比增长5.2%;其中涉外及涉港澳台公证收费402.6万元,占业务收费的36.5%。"
    assert stated(notary, text, "2024年邢台市公证处委托类公证收费多少万元?") == []
    assert stated(notary, text, "2024年邢台市公证处涉外及涉港澳台公证收费多少万元?") == ["402.6万元"]


def test_what_a_counted_thing_has_is_not_how_many_of_it():
    cadres = "中共邵阳市委老干部局2024年工作总结"
    text = ("截至2024年底,全市共有离退休干部21490人,其中离休干部196人。"
            "全市离退休干部党员14318名,离退休干部党支部累计达到402个。")
    assert stated(cadres, text, "邵阳市到2024年底一共有多少离退休干部?") == ["21490人"]
    airport = "绵阳南郊民用机场有限公司2023年工作总结"
    assert stated(airport, "全年日均旅客吞吐量5107人次,单日旅客吞吐量最高达7921人次。", "2023年绵阳机场一天最多接待了多少旅客?") == ["7921人次"]


def test_which_county_is_not_answered_by_a_table_of_zones():
    zoo = "平凉市动物园2023年工作总结"
    text = ("(五)各展区运行情况。2023年各展区情况如下:\n展区 | 科普活动(场) | 游客满意度(%)\n"
            "猛兽区 | 42 | 93.1\n草食动物区 | 38 | 90.2\n萌宠乐园 | 57 | 96.4\n鸟语林 | 31 | 94.0\n\n"
            "(六)科普教育。赴崆峒区、华亭市、静宁县开展“动物园进校园”活动30场,其中崆峒区12场、华亭市10场、静宁县8场。")
    assert table_extreme(zoo, text, "2023年平凉市动物园“动物园进校园”活动中,哪个县(市)开展的场次最多?") is None
    assert listed_extreme(zoo, text, "2023年平凉市动物园“动物园进校园”活动中,哪个县(市)开展的场次最多?") == "崆峒区"
    assert table_extreme(zoo, text, "2023年平凉市动物园哪个展区科普活动最多?") == "萌宠乐园"


def test_a_table_row_is_no_listed_clause_and_a_stay_is_named_many_ways():
    hospital = "肇庆市精神卫生中心2024年工作总结"
    text = ("三、主要临床科室运行情况\n科室 | 门诊(人次) | 平均住院日(天)\n成人精神科 | 98640 | 29.4\n"
            "老年精神科 | 31480 | 42.7\n儿童青少年精神科 | 23700 | 24.8\n睡眠医学科 | 27910 | 12.6\n")
    question = "肇庆市精神卫生中心24年哪个科室病人平均住院时间最短?"
    assert listed_extreme(hospital, text, question) is None
    assert table_extreme(hospital, text, question) == "睡眠医学科"


def test_a_grade_named_once_in_the_sentence_is_its_numbers():
    cadres = "中共邵阳市委老干部局2024年工作总结"
    text = ("离退休干部党支部“五星”创建达标率84.2%,比上年提高3.6个百分点。"
            "以离退休干部党支部“五星”创建为抓手,力争达标率达到90%。")
    assert stated(cadres, text, "2024年邵阳市离退休干部党支部“五星”创建达标率比上年提高了几个百分点?") == ["3.6个百分点"]
    assert stated(cadres, text, "2025年邵阳市离退休干部党支部“五星”创建达标率力争达到多少?") == ["90%"]


def test_a_levels_growth_is_no_shares_points_and_the_base_year_is_no_year_asked():
    market = "新乡丰源农产品批发市场有限公司2024年上半年工作总结"
    text = ("上半年实现交易额88.6亿元,同比增长10.4%。"
            "电子结算交易额65.1亿元,占市场交易额的73.5%,比上年同期提高8.2个百分点。")
    assert stated(market, text, "新乡丰源市场24年上半年交易额比去年同期涨了多少?") == ["10.4%"]
    assert stated(market, text, "新乡丰源市场24年上半年电子结算交易额占比比去年同期提高了多少?") == ["8.2个百分点"]


def test_how_high_a_rate_is_and_spoken_measures_of_land_and_cases():
    arbitration = "牡丹江市劳动人事争议仲裁院2024年工作总结"
    text = "全年审结案件2876件,结案率达96.2%,比上年提高0.8个百分点。涉及劳动者3920人,涉案金额1.21亿元。"
    assert stated(arbitration, text, "2024年牡丹江劳动仲裁结案率有多高?") == ["96.2%"]
    assert stated(arbitration, text, "牡丹江24年劳动争议案子一共涉及多少钱?") == ["1.21亿元"]
    irrigation = "杭锦后旗灌区管理局2023年工作总结"
    text = "全年完成灌溉面积201.4万亩,其中春灌面积46.2万亩。实施高效节水灌溉工程,全年新增高效节水灌溉面积7.9万亩。"
    assert stated(irrigation, text, "杭锦后旗23年一共灌溉了多少万亩地?") == ["201.4万亩"]


def test_tickets_bought_online_are_named_many_ways():
    zoo = "平凉市动物园2023年工作总结"
    text = "线上购票占比达到81.2%,比上年提高14.6个百分点。"
    assert stated(zoo, text, "平凉动物园2023年网上买票的比例有多高?") == ["81.2%"]


def test_a_list_the_question_names_by_its_first_item_and_等_is_the_list():
    notary = "邢台市公证处2024年工作总结"
    text = "严格落实公证费减免政策,为困难群众、老年人、退役军人等群体减免公证费52.7万元,惠及1890人次。"
    assert stated(notary, text, "2024年邢台市公证处为困难群众等群体减免公证费多少?") == ["52.7万元"]
    assert stated(notary, text, "2024年邢台市公证处为退役军人减免公证费多少?") == []


CADRE_TABLE = ("全年组织开展各类主题活动,按活动类别统计情况如下:\n活动类别 | 场次(场) | 参与(人次) | 经费(万元)\n"
               "政治学习 | 261 | 15820 | 39.4\n文体活动 | 198 | 11340 | 61.7\n志愿服务 | 162 | 8710 | 20.8\n"
               "健康讲座 | 121 | 7260 | 17.5\n合计 | 742 | 43130 | 139.4\n")


def test_which_kind_of_the_rows_heading_names_the_rows_not_the_column():
    cadres = "中共邵阳市委老干部局2024年工作总结"
    assert table_extreme(cadres, CADRE_TABLE, "2024年邵阳市哪一类老干部活动参与人次最多?") == "政治学习"
    assert table_extreme(cadres, CADRE_TABLE, "2024年邵阳市哪类老干部活动花的经费最多?") == "文体活动"


def test_least_satisfied_asks_the_lowest_satisfaction():
    zoo = "平凉市动物园2023年工作总结"
    text = ("各展区情况如下:\n展区 | 游客(万人次) | 游客满意度(%)\n猛兽区 | 41.2 | 95.3\n"
            "草食动物区 | 36.8 | 91.6\n萌宠乐园 | 52.4 | 97.1\n鸟语林 | 28.5 | 94.0\n")
    assert table_extreme(zoo, text, "23年平凉动物园哪个展区游客最不满意?") == "草食动物区"
    assert table_extreme(zoo, text, "23年平凉动物园哪个展区游客最满意?") == "萌宠乐园"


def test_only_said_with_光就_and_steam_supplied_to_firms():
    notary = "邢台市公证处2024年工作总结"
    text = "全年公证业务收费1104.2万元,同比增长5.2%;其中涉外及涉港澳台公证收费402.6万元,占业务收费的36.5%。"
    assert stated(notary, text, "2024年邢台市公证处光涉外公证就收了多少钱?") == ["402.6万元"]
    plant = "荆门绿源环保能源有限公司2023年工作总结"
    text = "对外供应工业蒸汽10.8万吨,年内新增用汽企业2家,累计供汽企业达到9家。"
    assert stated(plant, text, "荆门绿源公司到2023年底一共给几家企业供蒸汽?") == ["9家"]


def test_a_number_for_every_district_listed_is_the_citys_when_asked_of_each():
    notary = "邢台市公证处2024年工作总结"
    text = "在襄都区、信都区、任泽区、南和区政务服务中心设立公证服务联系点4个,全年共受理预约申请1422件。力争全年办证量突破1.8万件。"
    assert stated(notary, text, "2024年邢台市公证处在各区政务服务中心设立了几个公证服务联系点?") == ["4个"]
    assert stated(notary, text, "邢台市公证处25年办证量打算做到多少?") == ["1.8万件"]


def test_one_member_of_a_counted_group_is_no_total():
    talent = "海宁市人才发展服务中心2024年工作总结"
    text = "新建乡镇人才驿站4个,四个新建驿站全年分别服务人才1620人次、2140人次、1380人次和870人次。"
    assert stated(talent, text, "2024年海宁全市12个人才驿站一共服务了多少人次?") == []


def test_what_was_added_is_not_what_stands_at_the_years_end():
    bikes = "宿州市畅行公共自行车运营有限公司2023年工作总结"
    text = "截至2023年底,全市建成公共自行车站点412个,投放车辆1.06万辆。全年新建站点33个,撤并低效站点9个,站点净增24个。"
    assert stated(bikes, text, "2023年宿州全年新建公共自行车站点多少个?") == ["33个"]
    assert stated(bikes, text, "2023年宿州公共自行车站点净增了多少个?") == ["24个"]
    assert stated(bikes, text, "截至2023年底宿州建成公共自行车站点多少个?") == ["412个"]


def test_quarters_listed_in_numerals_have_one_number_each_and_a_part_of_the_total_sold_is_a_part():
    salt = "滨州鲁晶盐业有限公司2024年工作总结"
    text = ("全年销售食盐2.61万吨,同比增长3.1%。其中,小包装食盐销量1.78万吨,占食盐总销量的68.2%。"
            "分季度看,一至四季度分别销售食盐6120吨、6310吨、6640吨和7030吨。")
    assert stated(salt, text, "2024年滨州鲁晶盐业四季度卖了多少吨食盐?") == ["7030吨"]
    assert stated(salt, text, "2024年滨州鲁晶盐业二季度卖了多少吨食盐?") == ["6310吨"]


def test_revenue_is_no_profit_and_a_named_port_is_not_every_port():
    group = "资阳岳乐文化旅游投资集团有限公司2024年工作总结"
    assert stated(group, "酒店板块实现收入1.06亿元,同比增长8.2%。", "资阳岳乐文旅集团24年酒店板块利润是多少?") == []
    ports = "崇左市口岸管理办公室2023年工作总结"
    text = "协调推动东兴口岸、峒中口岸通关便利化,全市口岸出入境人员达到74.2万人次。其中东兴口岸出入境人员41.6万人次,占全市的56.1%。"
    assert stated(ports, text, "2023年崇左市峒中口岸出入境人员是多少?") == []
    assert stated(ports, text, "2023年崇左市东兴口岸出入境人员是多少?") == ["41.6万人次"]


def test_a_count_in_人次_changes_by_its_own_rate_not_by_money():
    affairs = "河池市外事办公室2023年工作总结"
    text = ("全年审核审批因公临时出国(境)团组38批171人次,同比分别增长72.7%和80.0%;"
            "严格执行出访经费预算管理,因公出访人均经费1.64万元,较上年下降0.21万元。"
            "其中市级团组10批48人次,县(市、区)级团组28批123人次。")
    assert stated(affairs, text, "河池23年因公临时出国(境)团组人次比上年涨了多少?") == ["80.0%"]
    assert stated(affairs, text, "河池23年因公出访人次比上年涨了多少?") != ["0.21万元"]
    assert stated(affairs, text, "2023年河池市因公出国(境)团组中县(市、区)级团组有多少批?") == ["28批"]


def test_entries_and_exits_are_named_both_ways():
    ports = "崇左市口岸管理办公室2023年工作总结"
    text = "全市口岸出入境人员达到74.2万人次,相当于2019年同期水平的88.1%。"
    assert stated(ports, text, "崇左23年口岸进出境的人有多少人次?") == ["74.2万人次"]


def test_a_whole_broken_down_by_a_list_of_places_is_no_answer_for_one_of_them():
    lab = "张掖市食品药品检验检测中心2023年工作总结"
    text = "全年开展食用农产品快速检测9862批次,其中甘州区、临泽县、高台县分别完成4120批次、3016批次、2726批次。"
    assert "9862批次" not in stated(lab, text, "2023年张掖市食品药品检验检测中心在临泽县完成快速检测多少批次?")
    assert stated(lab, text, "2023年张掖市食品药品检验检测中心完成快速检测多少批次?") == ["9862批次"]


def test_what_was_newly_bought_is_not_the_running_total():
    lab = "张掖市食品药品检验检测中心2023年工作总结"
    text = "新购置气相色谱仪等仪器设备32台(套),总价值1180万元,仪器设备总值累计达到8640万元。"
    assert stated(lab, text, "2023年张掖市食品药品检验检测中心新购置的仪器设备总价值多少钱?") == ["1180万元"]
    assert stated(lab, text, "截至2023年底张掖市食品药品检验检测中心仪器设备总值累计多少?") == ["8640万元"]


def test_places_a_clause_leans_towards_do_not_own_the_next_clause():
    bikes = "宿州市公共自行车运营有限公司2023年工作总结"
    text = "新增站点重点向砀山县城区和埇桥区倾斜,与公交站点实现接驳的站点达到128个,占站点总数的31.2%。"
    assert stated(bikes, text, "2023年宿州与公交站点实现接驳的公共自行车站点有多少个?") == ["128个"]


def test_a_rank_group_named_once_serves_every_rank_after_it():
    bikes = "宿州市公共自行车运营有限公司2023年工作总结"
    text = "公共自行车骑行量在全省同类城市中居第3位,车辆日均周转率居第5位。"
    assert stated(bikes, text, "2023年宿州公共自行车车辆日均周转率在全省同类城市中居第几位?") == ["第5位"]
    assert stated(bikes, text, "2023年宿州公共自行车骑行量在全省同类城市中排第几?") == ["第3位"]


def test_a_part_within_a_named_row_may_come_from_a_sentence():
    affairs = "河池市外事办公室2023年工作总结"
    text = ("全年审核审批因公临时出国(境)团组38批171人次,同比分别增长72.7%和80.0%;"
            "其中市级团组10批48人次,县(市、区)级团组28批123人次。\n"
            "事项类别 | 批次(批) | 人次(人次)\n因公出访 | 38 | 171\n外宾接待 | 60 | 905\n涉外会议 | 12 | 230")
    assert stated(affairs, text, "河池23年因公出访人次比上年涨了多少?") == ["80.0%"]
    assert stated(affairs, text, "2023年河池市因公出国(境)团组中县(市、区)级团组有多少批?") == ["28批"]
    assert stated(affairs, text, "2023年河池市外宾接待有多少批?") == ["60"]
    # Not when the breakdown is of another whole than the row named.
    district = "长沙市开福区发展和改革局2022年工作总结"
    text = ("全年实施区级重点项目128个,总投资1120.5亿元。其中,新开工项目39个,竣工投产项目27个。\n"
            "类别 | 项目数(个) | 总投资(亿元)\n产业项目 | 44 | 120.3\n基础设施项目 | 51 | 98.6\n社会民生项目 | 33 | 40.2")
    assert "39个" not in stated(district, text, "2022年开福区产业项目中新开工项目有多少个?")


def test_spoken_money_words_read_as_a_table_column():
    water = "瓮安县农村供水总站2024年上半年工作总结"
    text = "乡镇 | 供水人口(万人) | 水费收缴(万元)\n雍阳街道 | 5.12 | 186\n草塘镇 | 2.87 | 95\n猴场镇 | 1.96 | 73"
    assert stated(water, text, "24年上半年瓮安县草塘镇收上来多少水费?") == ["95"]
    market = "商丘丰禾农产品批发市场有限公司2024年上半年工作总结"
    text = "品类 | 交易量(万吨) | 交易额(亿元)\n蔬菜 | 112.6 | 38.42\n水果 | 41.8 | 31.56\n粮油 | 17.3 | 8.74"
    assert stated(market, text, "商丘丰禾市场2024年上半年水果卖了多少钱?") == ["31.56"]
    notary = "张家口市公证处2024年工作总结"
    text = "公证类别 | 办证(件) | 同比增长(%)\n赋予债权文书强制执行效力 | 1385 | 14.2\n继承 | 2210 | 6.1\n委托 | 3864 | 3.5"
    assert stated(notary, text, "2024年张家口市公证处赋强公证办证多少件?") == ["1385"]


def test_hours_a_plant_ran_and_the_share_of_a_part_asked_within_the_whole():
    power = "朔州恒风新能源有限公司2024年工作总结"
    text = ("截至2024年底,公司累计并网装机容量152.6万千瓦,其中风电96.4万千瓦、光伏56.2万千瓦,"
            "光伏装机占比达到36.8%,比上年末提高2.9个百分点。全年完成发电量28.44亿千瓦时,"
            "其中风电发电量20.13亿千瓦时、光伏发电量8.31亿千瓦时;风电平均利用小时数2011小时,高于全省风电平均水平83小时。")
    assert stated(power, text, "2024年朔州恒风风电平均利用小时有多少?") == ["2011小时"]
    assert stated(power, text, "2024年底朔州恒风新能源的装机里光伏占了几成?") == ["36.8%"]
    assert stated(power, text, "2024年朔州恒风新能源风电和光伏发电量分别是多少?") == ["20.13亿千瓦时", "8.31亿千瓦时"]


def test_a_superlative_over_places_a_sentence_lists_reads_the_clause_before_for_what_is_counted():
    power = "朔州恒风新能源有限公司2024年工作总结"
    text = "公司为怀仁市、山阴县、应县、右玉县的村级光伏帮扶电站提供运维服务,分别运维电站38座、52座、29座、17座。"
    assert listed_extreme(power, text, "2024年朔州恒风新能源运维的村级光伏帮扶电站,哪个县的数量最多?") == "山阴县"


def test_places_given_as_examples_of_what_is_counted_are_the_whole_citys():
    hospital = "商丘市口腔医院2024年工作总结"
    text = "牵头组建口腔专科联盟,年内新增睢县、宁陵县等4家成员单位,成员单位累计达到15家;全年完成种植牙5912颗,同比增长41.3%。"
    assert stated(hospital, text, "2024年商丘市口腔医院口腔专科联盟年内新增了几家成员单位?") == ["4家"]
    assert stated(hospital, text, "2024年商丘市口腔医院完成种植牙多少颗?") == ["5912颗"]


def test_spoken_earnings_and_new_projects():
    hospital = "商丘市口腔医院2024年工作总结"
    text = "科室 | 门诊量(人次) | 业务收入(万元)\n口腔种植科 | 26310 | 7120\n口腔正畸科 | 31870 | 5260\n口腔修复科 | 64220 | 4890"
    assert table_extreme(hospital, text, "商丘口腔医院24年哪个科室挣钱最多?") == "口腔种植科"
    academy = "渭南市农业科学院2023年工作总结"
    assert stated(academy, "全年在研科研项目132项,其中新立项51项;", "渭南农科院23年新上了多少个科研项目?") == ["51项"]


def test_who_reports_names_nothing_a_rank_is_read_by():
    academy = "渭南市农业科学院2023年工作总结"
    text = ("实现科技成果转化和技术服务收入1320万元,同比增长19.6%,居全省市级农科院第1位。"
            "在全省市级农科院综合考评中,我院居第3位。")
    assert stated(academy, text, "2023年渭南市农科院在全省市级农科院综合考评中居第几位?") == ["第3位"]


def test_a_breakdown_without_a_figure_of_its_own_takes_nothing_from_the_whole():
    sewage = "襄阳市清源水务环境有限公司2024年工作总结"
    text = "各厂平均负荷率为92.7%,较上年提升1.9个百分点,其中鱼梁洲污水处理厂全年处于超负荷运行状态。"
    assert stated(sewage, text, "2024年襄阳清源水务所属污水处理厂平均负荷率是多少?") == ["92.7%"]


def test_a_total_row_restated_in_words_of_its_own_is_cited_by_its_sentence():
    sewage = "襄阳市清源水务环境有限公司2024年工作总结"
    text = ("全年削减化学需氧量(COD)27640吨,同比增长7.6%;削减氨氮2715吨。\n"
            "污水处理厂 | 处理水量(万吨) | COD削减量(吨)\n鱼梁洲污水处理厂 | 4210 | 9820\n"
            "观音阁污水处理厂 | 3180 | 7460\n东津污水处理厂 | 2240 | 5230\n余家湖污水处理厂 | 1630 | 5130\n合计 | 11260 | 27640")
    [fact] = [c.fact for c in chosen(sewage, text, "2024年襄阳清源水务COD削减量是多少?")]
    assert fact.text == "27640吨" and not fact.header


def test_a_rank_among_another_group_and_a_kind_of_loan_no_column_names():
    academy = "渭南市农业科学院2023年工作总结"
    text = "在全省市级农科院综合考评中,我院居第3位。"
    assert stated(academy, text, "2023年渭南市农科院在全国市级农科院中排第几?") == []
    bank = "绵阳市地方金融监督管理局2024年上半年工作总结"
    text = "贷款投向 | 贷款余额(亿元)\n制造业 | 702.4\n小微企业 | 1180.6\n合计 | 3860.2"
    assert stated(bank, text, "2024年6月末绵阳市涉农贷款余额是多少?") == []
    assert stated(bank, text, "2024年6月末绵阳市贷款余额是多少?") == ["3860.2"]
    farm = "通辽市农牧局2024年上半年工作总结"
    text = "全市累计建成高标准农田1120万亩。2024年全市计划新建高标准农田72万亩,截至6月底已开工53.6万亩,开工率74.4%。"
    assert stated(farm, text, "截至2024年6月底,通辽高标准农田已开工多少万亩?") == ["53.6万亩"]


def test_a_scope_of_a_campaign_and_a_table_as_of_the_year_end():
    office = "汕头市委网信办2024年上半年工作总结"
    text = ("分工作类别情况如下:\n工作类别 | 处置信息(条) | 约谈(家次) | 通报(次)\n网络谣言 | 3920 | 8 | 5\n"
            "涉诈信息 | 5410 | 13 | 10\n自媒体乱象 | 3012 | 16 | 7\n网络暴力 | 1820 | 5 | 3\n合计 | 14162 | 42 | 25")
    assert table_extreme(office, text, "2024年上半年汕头“清朗”专项行动中约谈家次最多的是哪类工作?") == "自媒体乱象"
    home = "图们市社会福利院2023年工作总结"
    text = ("截至2023年底,各服务区运行情况如下表。\n服务区 | 床位(张) | 在院人数(人) | 入住率(%)\n自理老人区 | 150 | 121 | 80.7\n"
            "失能照护区 | 120 | 111 | 92.5\n儿童养育区 | 60 | 41 | 68.3\n合计 | 330 | 273 | 82.7")
    assert table_extreme(home, text, "2023年底图们市社会福利院哪个服务区的床位入住率最高?") == "失能照护区"
    towers = "铁塔公司丹东市分公司2024年上半年工作总结"
    text = "县区 | 站址(个) | 5G站址(个)\n振兴区 | 702 | 351\n元宝区 | 516 | 240\n东港市 | 1420 | 398\n合计 | 2638 | 989"
    assert table_extreme(towers, text, "截至2024年6月底,丹东哪个县区5G站址数量最多?") == "东港市"


def test_places_a_sentence_opens_with_together_and_a_list_that_ends_at_its_的():
    survey = "牡丹江地质勘查院2024年工作总结"
    text = ("承担东安区、阳明区、爱民区、西安区地质灾害隐患排查和汛期巡查任务,全年巡查隐患点296处次,"
            "新发现地质灾害隐患点11处,年末累计在册隐患点124处;")
    assert stated(survey, text, "2024年牡丹江地质勘查院新发现地质灾害隐患点多少处?") == ["11处"]
    assert stated(survey, text, "2024年末牡丹江地质勘查院累计在册的地质灾害隐患点有多少处?") == ["124处"]
    home = "图们市社会福利院2023年工作总结"
    text = "全年为月宫街道、石岘镇、凉水镇的分散供养特困人员提供上门探访和照料服务,分别为980人次、620人次和410人次;"
    assert stated(home, text, "2023年图们市社会福利院为石岘镇分散供养特困人员提供上门探访和照料服务多少人次?") == ["620人次"]


def test_a_half_years_stock_stands_at_its_last_month_and_a_breakdown_named_in_other_words():
    towers = "铁塔公司丹东市分公司2024年上半年工作总结"
    text = ("截至6月底,全市累计运营站址2638个,累计运营站址中5G站址989个,占站址总数的37.5%。"
            "上半年承接运营商5G建设需求302个,按期交付288个;其中通过共享存量站址满足需求231个,占交付总量的80.2%。"
            "息税折旧摊销前利润率为60.4%。")
    assert stated(towers, text, "截至2024年6月底,丹东铁塔5G站址占站址总数的比例是多少?") == ["37.5%"]
    assert stated(towers, text, "2024年上半年丹东铁塔靠共享存量站址满足了多少个5G建设需求?") == ["231个"]
    assert stated(towers, text, "丹东铁塔2024年上半年EBITDA率是多少?") == ["60.4%"]


def test_who_reports_may_be_abbreviated():
    lab = "张掖市食品药品检验检测中心2023年工作总结"
    text = "全年共完成各类检品11328批次,同比增长8.7%,完成年度计划的109.2%;全年实现检验收费收入1086万元,同比增长6.3%;"
    assert stated(lab, text, "张掖食药检中心23年检品量同比涨了多少?") == ["8.7%"]
    report, _ = _ingest(lab, text)
    # "食药检中心" is who reports, shortened: no word of what is measured.
    assert "中心" not in without_subject(analyze_question("张掖食药检中心23年检品量同比涨了多少?"), report.document).metric


def test_a_price_answers_what_it_costs_and_sales_what_was_sold():
    salt = "茫崖澜泽盐湖化工有限公司2024年工作总结"
    text = ("主要产品产销情况如下:\n产品 | 产量(万吨) | 销售收入(万元)\n氯化钾 | 205.1 | 486200\n碳酸锂 | 1.52 | 138600\n硫酸钾 | 20.4 | 65300\n"
            "碳酸锂平均销售价格约8.6万元/吨,同比下降52.1%。")
    assert stated(salt, text, "2024年茫崖澜泽碳酸锂卖了多少钱?") == ["138600"]
    assert stated(salt, text, "2024年茫崖澜泽碳酸锂平均销售价格是多少?") == ["约8.6万元/吨"]


def test_a_count_of_who_did_it_together_is_not_what_they_did_and_a_share_said_as_占比():
    cotton = "沙雅县金絮棉业有限责任公司2023年工作总结"
    text = "公司所属5个轧花厂共收购籽棉16.84万吨,同比增长6.6%。碳酸锂产量1.52万吨,同比增长28.4%,其中电池级碳酸锂占比达到79.6%,比上年提高5.1个百分点。"
    assert stated(cotton, text, "2023年沙雅县金絮棉业收购籽棉多少?") == ["16.84万吨"]
    assert stated(cotton, text, "2023年沙雅县金絮棉业电池级碳酸锂占碳酸锂产量的比重是多少?") == ["79.6%"]


def test_rows_counted_off_in_a_scope_and_a_growth_column_of_another_level():
    reservoir = "广安市水库管理局2023年工作总结"
    text = ("水库 | 总库容(万立方米) | 供水量(万立方米)\n全民水库 | 16520 | 5830\n天池湖水库 | 8120 | 3410\n"
            "四九水库 | 5260 | 2690\n东风水库 | 1980 | 1260\n合计 | 31880 | 13190")
    assert table_extreme(reservoir, text, "2023年广安市水库管理局直管的4座水库里供水量最少的是哪座?") == "东风水库"
    bank = "中国人民银行宿州市分行2023年工作总结"
    text = ("县区 | 各项贷款余额(亿元) | 同比增长(%) | 普惠小微贷款余额(亿元)\n埇桥区 | 1086.2 | 10.4 | 152.6\n"
            "砀山县 | 426.1 | 12.2 | 88.3\n萧县 | 398.7 | 13.5 | 79.4\n合计 | 1911.0 | 11.4 | 320.3")
    assert stated(bank, text, "2023年萧县普惠小微贷款余额同比增长多少?") == []
    assert stated(bank, text, "2023年萧县各项贷款余额同比增长多少?") == ["13.5"]


def test_a_state_is_a_kind_and_a_fee_per_pupil_is_named_by_what_it_pays_for():
    school = "建水县机关幼儿园2023—2024学年工作总结"
    text = "幼儿肥胖检出率为3.1%,比上学年下降0.7个百分点;科学制定带量食谱,每生每天伙食费标准为8元。"
    assert stated(school, text, "2023—2024学年建水县机关幼儿园幼儿视力不良检出率是多少?") == []
    assert stated(school, text, "2023—2024学年建水县机关幼儿园保教费标准是每生每月多少钱?") == []
    assert stated(school, text, "2023—2024学年建水县机关幼儿园幼儿肥胖检出率是多少?") == ["3.1%"]


def test_spoken_taxes_sales_and_what_is_left():
    liquor = "遵义市岭泉酒业有限公司2024年工作总结"
    text = "全年实现营业收入9.86亿元,同比增长8.1%;上缴各项税金1.64亿元。年末应收账款余额3810万元。全年研发投入2860万元。"
    assert stated(liquor, text, "遵义岭泉酒业24年交了多少税?") == ["1.64亿元"]
    assert stated(liquor, text, "截至2024年末遵义岭泉酒业应收款还剩多少?") == ["3810万元"]
    assert stated(liquor, text, "遵义岭泉酒业24年研发投了多少钱?") == ["2860万元"]


def test_a_class_of_goods_the_report_does_not_give_is_not_answered_by_another_class():
    shop = "瀛洲免税品经营有限公司三亚分公司2024年上半年工作总结"
    text = ("上半年实现销售额36.2亿元。分品类看,香化类商品销售额16.4亿元,占销售总额的45.3%;"
            "精品类销售额7.1亿元,占19.6%;上半年岛民免税商品销售额2.0亿元。")
    assert stated(shop, text, "24年上半年三亚分公司酒水类商品卖了多少钱?") == []
    assert stated(shop, text, "24年上半年三亚分公司香化类商品卖了多少钱?") == ["16.4亿元"]
    # "各类" names every class, not one.
    assert stated(shop, "上半年全岛各类商品销售额36.2亿元。", "24年上半年三亚分公司各类商品一共卖了多少钱?") == ["36.2亿元"]


def test_a_share_of_gdp_asked_by_its_long_name():
    zone = "益阳市科学技术局2015年工作总结"
    text = "全市高新技术产业增加值达到318.6亿元,同比增长13.1%,占地区生产总值的比重为21.2%。"
    assert stated(zone, text, "益阳市2015年高新技术产业增加值占GDP的比重是多少?") == ["21.2%"]


def test_a_measure_the_report_counts_elsewhere_is_not_answered_by_another():
    hospital = "霞浦县康复医院2024年上半年工作总结"
    text = ("上半年全院完成门诊4.12万人次,同比增长11.6%;出院2980人次,同比增长8.4%。"
            "推广针灸、推拿等中医适宜技术14项,上半年中医康复治疗3.6万人次,同比增长19.1%。")
    assert stated(hospital, text, "2024年上半年霞浦县康复医院中医康复科出院多少人次?") == []
    assert stated(hospital, text, "2024年上半年霞浦县康复医院出院多少人次?") == ["2980人次"]
    assert stated(hospital, text, "2024年上半年霞浦县康复医院中医康复治疗多少人次?") == ["3.6万人次"]


def test_the_years_own_flow_after_a_clause_about_the_total():
    coop = "凉城县供销合作社联合社2023年工作总结"
    text = "村级综合服务社累计达到126个,覆盖全县92.6%的行政村,当年新建18个,其中厂汉营乡6个、永兴镇5个。"
    assert stated(coop, text, "2023年凉城县当年新建村级综合服务社多少个?") == ["18个"]
    # 当年 and 年内 name no thing, as 全年 does not: the clauses before name what was built.
    for said in ("当年", "年内"):
        other = text.replace(said if said in text else "当年", said)
        assert metric_coverage("新建村级综合服务社", other, other.index("18个")) == metric_coverage(
            "新建村级综合服务社", text.replace("当年", "全年"), text.index("18个"))


def test_a_place_in_a_list_names_no_thing_of_its_own():
    port = "济宁市港航事业发展中心2024年工作总结"
    text = "全年新建船舶岸电设施46套。新建岸电设施分布在任城区14套、微山县12套、鱼台县9套、嘉祥县6套、汶上县5套。"
    assert stated(port, text, "2024年济宁市鱼台县新建了多少套船舶岸电设施?") == ["9套"]


def test_a_row_named_by_a_code_is_named_by_its_sentence():
    metro = "无锡市惠锡轨道交通集团有限公司2024年工作总结"
    text = ("1月31日S1线开通初期运营,新增运营里程30.4公里、运营车站9座。\n"
            "线路 | 运营里程(公里) | 日均客运量(万人次)\n1号线 | 33.6 | 26.3\nS1线 | 30.4 | 4.5\n合计 | 64.0 | 30.8\n"
            "注:S1线日均客运量按开通后335个运营日计算。")
    assert stated(metro, text, "2024年无锡S1线开通新增了多少运营里程和多少座车站?") == ["30.4公里", "9座"]
    # A number a figure is computed on is no figure of what is measured.
    assert stated(metro, text, "2024年无锡S1线日均客运量是多少?") == ["4.5"]


def test_a_total_counted_since_an_earlier_year_stands_at_the_reports_year():
    station = "淮南市救助管理站2024年工作总结"
    text = "全年护送受助人员返乡1487人。自2016年开展“寻亲行动”以来,站里累计帮助1035名受助人员回家团聚。"
    assert stated(station, text, "截至2024年,淮南救助站“寻亲行动”累计帮多少人回了家?") == ["1035名"]
    # Not the year's own flow.
    since = text.split("。")[1] + "。"
    assert stated(station, since, "2024年淮南救助站帮助多少名受助人员回家团聚?") == []


def test_an_earlier_year_in_a_plan_section_is_where_the_plan_starts():
    road = "新余高速公路管理处2023年工作总结和2024年工作计划"
    text = "四、2024年工作计划\n在集团年度综合考核中,管理处2023年位列第4名,2024年力争进入前3名。"
    assert stated(road, text, "新余高速管理处23年集团综合考核排第几名?") == ["第4名"]


def test_spoken_words_for_kids_sending_home_and_arriving():
    school = "三穗县特殊教育学校2024年工作总结"
    text = "全县适龄残疾儿童少年义务教育阶段入学率为96.9%,比上年提高1.3个百分点。"
    assert stated(school, text, "三穗县24年残疾孩子入学率比上年高了几个点?") == ["1.3个百分点"]
    station = "淮南市救助管理站2024年工作总结"
    text = "全年护送受助人员返乡1487人,同比增长5.6%,其中跨省护送312人,占21.0%。"
    assert stated(station, text, "2024年淮南救助站跨省送回去了多少人?") == ["312人"]


def test_a_zone_asked_by_its_short_name_is_the_reporters_own():
    park = "汕头市龙湖区潮汇跨境电商产业园2024年工作总结和2025年工作思路"
    text = "全年园区实现跨境电商进出口额86.53亿元,同比增长24.3%。其中,出口额71.85亿元,同比增长26.2%。"
    assert stated(park, text, "汕头潮汇园区24年跨境电商进出口额涨了多少?") == ["24.3%"]
    # The part asked by a word its whole holds inside a longer one: 出口 of 进出口.
    assert stated(park, text, "2024年汕头潮汇园区的跨境电商出口额是多少?") == ["71.85亿元"]


def test_one_thing_counted_and_measured_in_tonnage():
    yard = "南通澜舟船舶重工有限公司2023年工作总结"
    text = "全年完工交付船舶23艘、221.4万载重吨,同比分别增长15.0%和24.3%;新承接船舶订单31艘、296.4万载重吨。"
    assert stated(yard, text, "南通澜舟船舶23年完工交付了多少艘船、多少万载重吨?") == ["23艘", "221.4万载重吨"]
    assert stated(yard, text, "2023年南通澜舟船舶完工交付船舶的载重吨同比增长多少?") == ["24.3%"]
    assert stated(yard, text, "2023年南通澜舟船舶新承接船舶订单多少万载重吨?") == ["296.4万载重吨"]


def test_items_sharing_a_tail_and_a_group_named_after_the_last():
    fund = "抚顺市社会保险事业管理中心2024年上半年工作总结"
    text = "城乡居民基本养老保险、工伤保险、失业保险参保人数分别达到41.35万人、36.82万人和30.26万人。"
    assert stated(fund, text, "2024年上半年抚顺工伤保险参保人数是多少?") == ["36.82万人"]
    park = "汕头市龙湖区潮汇跨境电商产业园2024年工作总结"
    text = "园区联动澄海区玩具、潮南区内衣家居服、潮阳区纺织服装三大产业带,全年带动产业带企业分别实现跨境出口额18.36亿元、9.72亿元和6.45亿元。"
    assert stated(park, text, "汕头潮汇园区24年带动潮南区内衣家居服产业带跨境出口了多少钱?") == ["9.72亿元"]
    assert listed_extreme(park, text, "2024年汕头潮汇园区联动的三大产业带中,哪个区的产业带实现跨境出口额最高?") == "澄海区"


def test_an_income_is_told_apart_by_its_verb():
    fund = "抚顺市社会保险事业管理中心2024年上半年工作总结"
    text = "其中企业职工基本养老保险基金收入78.45亿元,征缴收入41.27亿元,占该险种基金收入的52.6%。"
    assert stated(fund, text, "2024年上半年抚顺企业职工基本养老保险征缴收入是多少?") == ["41.27亿元"]


def test_spoken_tickets_purchases_and_spending_per_customer():
    coach = "晋中市顺程客运集团有限公司2023年工作总结"
    text = "全年实现营业收入2.87亿元,同比增长40.8%,其中客运票款收入2.18亿元,占营业收入的76.0%;网络售票占比达到67.4%。"
    assert stated(coach, text, "晋中顺程客运23年光卖票收了多少钱?") == ["2.18亿元"]
    assert stated(coach, text, "晋中顺程23年网上买票的占了几成?") == ["67.4%"]
    shop = "邵阳仁济堂大药房连锁有限公司2024年上半年工作总结"
    text = "上半年累计来客1642万人次,客单价23.5元,同比下降2.1%。截至6月末,门店总数达到468家。"
    assert stated(shop, text, "邵阳仁济堂24年上半年顾客平均每单花多少钱?") == ["23.5元"]
    assert stated(shop, text, "邵阳仁济堂24年6月底一共有多少家店?") == ["468家"]


def test_a_share_names_its_part_and_base_and_a_change_skips_the_share_before_it():
    steel = "武安市泓岳钢铁有限公司2024年工作总结"
    assert stated(steel, "全年研发投入5.41亿元,占营业收入的3.0%。", "2024年武安泓岳钢铁研发投入占营业收入的比重是多少?") == ["3.0%"]
    shop = "邵阳仁济堂大药房连锁有限公司2024年上半年工作总结"
    text = ("上半年非药品(保健食品、医疗器械)销售额5420万元,占销售总额的13.8%,同比增长7.6%。"
            "上半年公司实现销售额3.91亿元,同比增长12.7%。")
    assert stated(shop, text, "邵阳仁济堂24年上半年销售额涨了多少?") == ["12.7%"]


def test_a_branch_the_sentence_opens_with_is_the_reporters():
    eye = "新乡市明澈眼科医院2024年上半年工作总结"
    text = "四、下半年工作计划\n(三)推进辉县院区扩建,下半年计划新增开放床位40张。"
    assert stated(eye, text, "2024年下半年新乡明澈眼科医院计划新增开放床位多少张?") == ["40张"]


def test_a_stock_for_a_flow_and_a_kind_the_table_does_not_break_down():
    fund = "忻州市住房公积金管理中心2024年上半年工作总结"
    text = "上半年提取额13.46亿元,同比增长10.8%;截至6月底,累计提取总额235.72亿元。"
    assert stated(fund, text, "忻州公积金24年上半年被提走了多少钱?") == ["13.46亿元"]
    shop = "邵阳仁济堂大药房连锁有限公司2024年上半年工作总结"
    text = ("区域 | 门店(家) | 销售额(万元)\n双清区 | 96 | 8620\n隆回县 | 82 | 6140\n合计 | 178 | 14760\n"
            "上半年公司新开门店22家,重点向县城和乡镇市场延伸,门店网络进一步完善。")
    assert stated(shop, text, "邵阳仁济堂24年上半年在隆回县新开了几家门店?") == []
    seed = "泗洪县种子管理站2023年工作总结"
    text = ("乡镇 | 制种面积(亩) | 种子产量(吨)\n双沟镇 | 83500 | 3960\n青阳街道 | 31200 | 1180\n合计 | 114700 | 5140\n"
            "三是瓜菜种子等特色作物制种起步较晚,尚未形成规模。")
    assert stated(seed, text, "23年泗洪县瓜菜种子制种面积有多少亩?") == []
    assert stated(seed, text, "23年泗洪县制种面积有多少亩?") == ["114700"]


def test_a_foreign_market_asked_is_answered_only_where_named():
    park = "汕头市龙湖区潮汇跨境电商产业园2024年工作总结"
    text = ("园区企业在境外累计建设运营海外仓47个,覆盖美国、德国、英国等19个国家和地区;其中2024年新增海外仓12个。"
            "对美国出口额28.64亿元,占园区出口额的39.9%。")
    assert stated(park, text, "汕头潮汇园区24年在美国建了几个海外仓?") == []
    assert stated(park, text, "2024年汕头潮汇园区对美国出口额是多少?") == ["28.64亿元"]


def test_what_a_sentence_opens_by_saying_it_is_among():
    yard = "南通澜舟船舶重工有限公司2023年工作总结"
    text = "新接订单中,LNG双燃料、甲醇双燃料等绿色动力船舶14艘,占新接订单艘数的45.2%。"
    assert stated(yard, text, "截至2023年末,南通澜舟船舶手持订单中绿色动力船舶有多少艘?") == []
    assert stated(yard, text, "2023年南通澜舟船舶新接订单中绿色动力船舶有多少艘?") == ["14艘"]


def test_new_shops_and_a_list_item_read_with_its_shared_tail():
    shop = "邵阳仁济堂大药房连锁有限公司2024年上半年工作总结"
    text = "上半年完成老旧门店升级改造23家;上半年新开门店38家,关闭调整门店11家,净增27家。"
    assert stated(shop, text, "邵阳仁济堂24年上半年新开了几家门店?") == ["38家"]
    fund = "抚顺市社会保险事业管理中心2024年上半年工作总结"
    text = "城乡居民基本养老保险、工伤保险、失业保险参保人数分别达到41.35万人、36.82万人和30.26万人。"
    assert stated(fund, text, "2024年上半年抚顺市医疗保险参保人数是多少?") == []


def test_a_total_asked_is_not_a_part_named_by_words_of_its_own():
    court = "鹤壁市中级人民法院2023年工作报告"
    text = "组织集中执行行动14次,其中集中行动执行到位3.76亿元。全市法院受理执行案件17926件,执行到位金额21.48亿元。"
    assert stated(court, text, "鹤壁法院23年一共执行到位多少钱?") == ["21.48亿元"]
    assert stated(court, text, "鹤壁法院23年集中行动执行到位多少钱?") == ["3.76亿元"]


def test_a_verb_apart_from_its_object_a_use_per_output_a_bare_share_and_a_flow_beside_its_level():
    dye = "长乐恒源纺织印染有限公司2024年工作总结"
    text = ("全年完成印染布产量1.86亿米,同比增长7.4%;单位产品综合能耗降到33.5千克标准煤/百米。"
            "出口交货值4.83亿元,占营业收入的37.2%。全年研发投入5180万元,占营业收入比重为4.0%。")
    assert stated(dye, text, "长乐恒源24年一共印染了多少米布?") == ["1.86亿米"]
    assert stated(dye, text, "2024年长乐恒源单位产品综合能耗降到了多少?") == ["33.5千克标准煤/百米"]
    assert stated(dye, text, "长乐恒源24年研发投入占营收几成?") == ["4.0%"]
    care = "瑞金市养老服务中心2024年上半年工作总结"
    text = "中心运营长者食堂和老年助餐点38个,上半年新增助餐点6个,累计提供助餐服务4.7万人次。"
    assert stated(care, text, "2024年上半年瑞金养老服务中心新增了几个老年助餐点?") == ["6个"]


def test_a_facility_named_by_the_sentence_before_and_a_year_measured_against():
    hydro = "泸定县锦澜水电开发有限公司2024年工作总结"
    text = "大坪电站位于泸桥镇,设计装机容量3.6万千瓦,概算总投资6.8亿元。2024年完成投资1.87亿元,累计完成投资4.65亿元。"
    assert stated(hydro, text, "泸定大坪电站24年当年投了多少钱?") == ["1.87亿元"]
    rope = "荔波县碧岭索道有限责任公司2023年工作总结"
    text = "全年所属5条索道累计运送游客196.8万人次,同比增长42.8%,恢复到2019年同期的111.3%,客运量居全省景区客运索道第3位。实现利润总额3920万元,比上年增加2805万元。"
    assert stated(rope, text, "2023年荔波碧岭索道客运量在全省景区客运索道中排第几?") == ["第3位"]
    assert stated(rope, text, "荔波碧岭索道23年一共拉了多少游客?") == ["196.8万人次"]
    assert stated(rope, text, "2023年荔波碧岭索道利润总额比上年多赚了多少钱?") == ["2805万元"]


def test_a_kind_a_table_total_does_not_break_down_told_by_an_abbreviation():
    hydro = "泸定县锦澜水电开发有限公司2024年工作总结"
    text = ("乡镇 | 装机容量(万千瓦) | 发电量(亿千瓦时)\n得妥镇 | 3.6 | 1.42\n烹坝镇 | 12.4 | 5.16\n合计 | 16.0 | 6.58\n"
            "三是新能源转型起步较晚,光伏等项目前期工作进展缓慢。")
    assert stated(hydro, text, "泸定锦澜水电2024年光伏装机容量是多少?") == []
    assert stated(hydro, text, "泸定锦澜水电2024年装机容量是多少?") == ["16.0"]


def test_the_rank_of_the_measure_asked_not_of_its_sibling():
    troupe = "泰安市岱鸣演艺集团有限公司2024年上半年工作总结"
    text = "演出场次居全省地市级国有文艺院团第4位,票房收入居第2位。"
    assert stated(troupe, text, "泰安岱鸣演艺24年上半年票房收入在全省地市级国有文艺院团中排第几?") == ["第2位"]
    assert stated(troupe, text, "泰安岱鸣演艺24年上半年演出场次在全省地市级国有文艺院团中排第几?") == ["第4位"]


WIND = "瀚风新能源有限责任公司达坂城分公司2024年工作总结和2025年工作思路"


def test_a_share_that_rose_answers_with_its_points_and_a_rate_that_fell_with_its_fall():
    text = "全年参与市场化交易电量11.46亿千瓦时,占上网电量的59.9%,比上年提高7.6个百分点。"
    assert stated(WIND, text, "达坂城分公司24年市场化交易电量占比提高了多少?") == ["7.6个百分点"]
    cdc = "蕉岭县疾病预防控制中心2024年上半年工作总结"
    text = "上半年全县报告法定传染病发病率为186.4/10万,同比下降8.6%。"
    assert stated(cdc, text, "2024年上半年蕉岭县法定传染病报告发病率同比下降了多少?") == ["8.6%"]
    express = "驿捷快递周口市分公司2024年工作总结"
    text = "电商件1.35亿件,占业务量的72.6%。业务量市场份额达到18.2%,比上年提高2.1个百分点,居全市快递品牌第2位。"
    assert stated(express, text, "周口驿捷24年市场份额比上年提高了多少?") == ["2.1个百分点"]
    # An amount's growth is no change of the share it makes.
    cable = "濮阳市广电网络分公司2024年上半年工作总结"
    text = "集客业务收入5420万元,同比增长18.3%,占营业收入的比重为31.6%,比上年同期提高3.7个百分点。"
    assert stated(cable, text, "2024年上半年濮阳市广电网络分公司集客业务收入占比比上年同期提高了多少?") == ["3.7个百分点"]


def test_a_rank_of_a_part_after_the_whole_rank():
    zone = "鞍山高新区科技创新局2022年上半年工作总结"
    text = "在全省高新区上半年综合评价中位居第4位,其中营业收入增速位居第2位。"
    assert stated(zone, text, "2022年上半年鞍山高新区营业收入增速在全省高新区中排第几?") == ["第2位"]


def test_spoken_savings_capacity_fares_and_audiences():
    text = ("截至2024年底,分公司在达坂城区运营风电场6座,累计装机容量845兆瓦,其中2024年新投产西沟二期风电场100兆瓦。"
            "深化物资集中采购,公开招标采购率达到96.4%,节约采购资金1180万元。")
    assert stated(WIND, text, "达坂城分公司2024年通过集中采购省了多少钱?") == ["1180万元"]
    assert stated(WIND, text, "达坂城分公司到24年底一共装了多少兆瓦的风机?") == ["845兆瓦"]
    # The breakdown after 845兆瓦 is its own, not the 风电场 count's.
    assert stated(WIND, text, "截至2024年底,达坂城分公司运营的风电场有几座?") == ["6座"]
    troupe = "泰安市岱鸣演艺集团有限公司2024年上半年工作总结"
    text = ("上半年共完成各类演出486场,同比增长17.8%。累计接待观众38.9万人次,同比增长23.6%。"
            "实现演出总收入5360万元,平均票价118元。")
    assert stated(troupe, text, "泰安岱鸣演艺24年上半年演出场次涨了多少?") == ["17.8%"]
    assert stated(troupe, text, "泰安岱鸣演艺24年上半年来看演出的观众有多少人次?") == ["38.9万人次"]
    assert stated(troupe, text, "泰安岱鸣演艺24年上半年一张票平均多少钱?") == ["118元"]


def test_the_days_run_not_the_days_added():
    ski = "尚志市雪峰冰雪旅游发展有限公司2023—2024年雪季工作总结"
    text = "本雪季于2023年11月18日开板、2024年3月28日闭板,运营132天,比上个雪季多运营9天。游客人均消费499元,同比增长3.2%。"
    assert stated(ski, text, "尚志雪峰冰雪24年雪季一共开了多少天?") == ["132天"]
    assert stated(ski, text, "2023—2024年雪季尚志雪峰冰雪的游客平均每人花了多少钱?") == ["499元"]


def test_a_plan_read_from_and_an_area_planted():
    text = "四、2025年工作思路\n计划开工建设东沟二期风电项目,规划装机300兆瓦,总投资约15.8亿元。"
    assert stated(WIND, text, "按2025年工作思路,达坂城东沟二期风电项目总投资大概多少钱?") == ["约15.8亿元"]
    goji = "都兰县红沁枸杞产业开发有限公司2023年工作总结"
    text = "截至2023年底,公司在都兰县建成枸杞种植基地6个,累计种植面积3.26万亩,其中2023年新增种植面积2800亩。"
    assert stated(goji, text, "都兰红沁枸杞23年新增了多少种植面积?") == ["2800亩"]


def test_each_processed_and_each_market_exported():
    ginseng = "汪清县森源参业有限公司2024年工作总结"
    text = "全年加工人参产品240吨,其中红参168吨、生晒参72吨。"
    assert stated(ginseng, text, "2024年汪清森源参业红参和生晒参各加工了多少?") == ["168吨", "72吨"]
    glass = "沙河市晶澜玻璃有限公司2024年工作总结"
    text = "全年完成出口额3860万美元,同比增长17.6%,其中对东南亚出口2150万美元、对中东出口860万美元。"
    assert stated(glass, text, "2024年沙河晶澜对东南亚和对中东分别出口多少?") == ["2150万美元", "860万美元"]
    apple = "旬邑县塬丰果业有限公司2024年工作总结"
    text = "全年签订产销订单46份。出口苹果8600吨,出口额1020万美元。全年按交售量向社员二次返利1860万元,户均约5440元。"
    assert stated(apple, text, "旬邑塬丰果业24年出口了多少苹果、卖了多少美元?") == ["8600吨", "1020万美元"]
    assert stated(apple, text, "旬邑塬丰果业24年二次返利平均每户有多少?") == ["约5440元"]


def test_weight_boxes_a_fare_per_parcel_and_a_row_named_with_its_kind():
    glass = "沙河市晶澜玻璃有限公司2024年工作总结"
    text = "全年生产平板玻璃2366万重量箱,同比增长9.7%;销售平板玻璃2298万重量箱,产销率97.1%。"
    assert stated(glass, text, "沙河晶澜24年生产了多少平板玻璃?") == ["2366万重量箱"]
    express = "驿捷快递周口市分公司2024年工作总结"
    text = "全年实现业务收入7.91亿元,同比增长15.8%;受价格竞争影响,单票收入4.25元,同比下降0.20元。"
    assert stated(express, text, "周口驿捷24年平均每件快递收入多少钱?") == ["4.25元"]
    apple = "旬邑县塬丰果业有限公司2024年工作总结"
    text = ("全年生产苹果9.6万吨,同比增长7.1%。力争苹果产量达到10万吨。\n品种 | 面积(亩) | 产量(吨) | 优果率(%)\n"
            "富士 | 26800 | 55200 | 79.8\n秦脆 | 5600 | 10300 | 83.1\n")
    assert stated(apple, text, "2024年旬邑塬丰果业富士苹果产量是多少吨?") == ["55200"]


def test_a_rank_a_share_and_prices_of_a_manufacturer():
    kiln = "宜兴鼎窑陶瓷有限公司2024年上半年工作总结"
    text = ("公司营业收入居宜兴市陶瓷企业第2位,出口收入居第1位。"
            "紫砂工艺品实现销售收入1.56亿元,占公司营业收入的21.0%。")
    assert stated(kiln, text, "2024年上半年宜兴鼎窑出口收入在宜兴市陶瓷企业中居第几位?") == ["第1位"]
    assert stated(kiln, text, "24年上半年宜兴鼎窑紫砂工艺品销售收入占营收的几成?") == ["21.0%"]
    pig = "江陵县丰牧生猪养殖有限公司2023年工作总结"
    text = ("商品猪平均销售价格14.8元/公斤,同比下降13.5%;养殖完全成本降至14.2元/公斤。\n四、2024年工作思路\n"
            "严格控制药费、能耗和管理费用,养殖完全成本力争降至13.8元/公斤以下。")
    assert stated(pig, text, "江陵丰牧23年商品猪平均一公斤卖多少钱?") == ["14.8元/公斤"]
    assert stated(pig, text, "2024年江陵县丰牧公司养殖完全成本力争降到多少?") == ["13.8元/公斤以下"]


def test_a_works_figure_is_no_kind_the_sentence_never_names():
    pig = "江陵县丰牧生猪养殖有限公司2023年工作总结"
    text = "全年出栏种猪1.1万头。位于滩桥镇的有机肥厂全年生产有机肥3.2万吨,实现销售收入1150万元。"
    assert stated(pig, text, "2023年江陵县丰牧公司种猪销售收入是多少?") == []
    assert stated(pig, text, "2023年江陵县丰牧公司有机肥厂销售收入是多少?") == ["1150万元"]
    hydro = "泸定县锦澜水电开发有限公司2024年工作总结"
    text = "年内兴隆电站增效扩容改造完成,新增装机容量0.6万千瓦。三是新能源转型起步较晚,光伏等项目前期工作进展缓慢。"
    assert stated(hydro, text, "泸定锦澜水电2024年光伏装机容量是多少?") == []
    assert stated(hydro, text, "泸定锦澜水电2024年新增装机容量是多少?") == ["0.6万千瓦"]


def test_places_a_question_lists_are_compared_by_their_respective_figures():
    press = "怀化五溪出版传媒集团有限公司2024年工作总结"
    text = "全年在沅陵、辰溪、芷江、新晃四县开展“书香下乡”活动,分别举办92场、65场、78场和54场,向农家书屋配送图书18.6万册。"
    question = "2024年怀化五溪出版传媒集团在沅陵、辰溪、芷江、新晃四县开展“书香下乡”活动,哪个县举办场次最多?"
    assert listed_extreme(press, text, question) == "沅陵"
    assert listed_extreme(press, text, question.replace("最多", "最少")) == "新晃"
    troupe = "泰安市岱鸣演艺集团有限公司2024年上半年工作总结"
    text = "上半年在新泰市、肥城市、宁阳县、东平县分别开展送戏下乡36场、34场、30场和28场,服务农村群众约9.4万人次。"
    question = "2024年上半年泰安岱鸣演艺在新泰市、肥城市、宁阳县、东平县送戏下乡,哪个地方场次最多?"
    assert listed_extreme(troupe, text, question) == "新泰市"


def test_where_the_people_of_a_breakdown_came_from():
    dye = "长乐恒源纺织印染有限公司2024年工作总结"
    text = "年末在岗员工1460人,全年新招录员工312人,其中金峰镇128人、潭头镇96人、文岭镇52人、其他地区36人。"
    assert listed_extreme(dye, text, "2024年长乐恒源新招录的员工里,来自哪个镇的最多?") == "金峰镇"


def test_computing_power_is_no_income_named_after_it():
    dc = "黄山徽云数据科技有限公司2023年工作总结"
    text = ("全年实现营业收入3.46亿元,其中云计算及算力服务收入0.87亿元。"
            "建成智算中心一期,新增智能算力180P,年末算力总规模达到320P,其中智能算力占比为62.5%。")
    assert stated(dc, text, "23年底黄山徽云的算力一共有多大规模?") == ["320P"]


def test_building_materials_asked_short():
    lab = "玉林市质量技术监督检验检测院2024年上半年工作总结"
    text = ("检测领域 | 出具报告(份) | 检测收入(万元) | 收入同比增长(%)\n食品 | 8624 | 1286 | 16.1\n"
            "建筑材料 | 5317 | 1042 | -2.9\n机电产品 | 3120 | 980 | 21.5\n")
    assert stated(lab, text, "玉林市质检院24年上半年建材检测收入同比变化多少?") == ["-2.9"]


def test_spending_taxes_and_output_in_latin_units():
    bamboo = "建瓯翠筠竹业有限公司2024年工作总结和2025年工作思路"
    text = "全年投入研发资金1740万元,新获授权专利17项。"
    assert stated(bamboo, text, "2024年建瓯翠筠竹业在研发上花了多少钱?") == ["1740万元"]
    pv = "广德曜阳光伏科技有限公司2024年工作总结"
    text = ("截至2024年底,公司拥有组件生产线14条,其中2024年新增N型TOPCon组件产能4GW。"
            "全年生产光伏组件8.46GW,同比增长23.5%。全年缴纳税收1.36亿元。\n"
            "销售区域 | 出货量(MW) | 营业收入(万元)\n华东地区 | 2860 | 219400\n欧洲 | 1620 | 134600\n")
    assert stated(pv, text, "广德曜阳24年组件产量是多少GW?") == ["8.46GW"]
    assert stated(pv, text, "广德曜阳光伏24年交了多少税?") == ["1.36亿元"]
    assert stated(pv, text, "2024年广德曜阳光伏在欧洲市场的出货量是多少MW?") == ["1620"]


def test_bottles_of_wine_each_kind_produced():
    winery = "青铜峡市鸿峡葡萄酒业有限公司2024年工作总结和2025年工作思路"
    text = "全年生产葡萄酒1860万瓶,同比增长12.4%,其中干红葡萄酒1320万瓶、干白葡萄酒410万瓶。"
    assert stated(winery, text, "2024年青铜峡鸿峡葡萄酒业生产葡萄酒多少瓶?") == ["1860万瓶"]
    assert stated(winery, text, "2024年青铜峡鸿峡干红和干白葡萄酒各生产了多少瓶?") == ["1320万瓶", "410万瓶"]


FARM = "文昌市翁海水产养殖有限公司2024年工作总结和2025年工作计划"


def test_a_company_of_a_city_under_the_province_and_its_fish():
    text = ("全年水产品产量8640吨,同比增长10.8%,其中石斑鱼2360吨、南美白对虾3180吨。"
            "石斑鱼产量居全市水产养殖企业第1位,营业收入居第3位。"
            "公司育苗场全年繁育石斑鱼苗种3200万尾、南美白对虾苗12.6亿尾。"
            "全年应对台风3次,避免直接经济损失约920万元。")
    assert stated(FARM, text, "2024年文昌翁海公司营业收入在全市水产养殖企业中居第几位?") == ["第3位"]
    assert stated(FARM, text, "2024年文昌翁海公司石斑鱼和南美白对虾产量分别是多少?") == ["2360吨", "3180吨"]
    assert stated(FARM, text, "文昌翁海24年防台风减少了多少损失?") == ["约920万元"]


def test_a_sentence_restating_table_cells_is_cited_and_a_column_of_another_measure_is_no_answer():
    potato = "渭源县清渭薯业有限公司2024年工作总结和2025年工作思路"
    text = ("全年生产各类淀粉制品4.36万吨,同比增长9.3%,其中马铃薯精淀粉3.12万吨、变性淀粉0.58万吨。"
            "马铃薯全粉首次出口东南亚市场。\n二、主要产品产销情况\n"
            "产品 | 产量(吨) | 销量(吨) | 销售收入(万元)\n马铃薯精淀粉 | 31200 | 30400 | 22500\n"
            "变性淀粉 | 5800 | 5650 | 6750\n马铃薯全粉 | 4600 | 4480 | 3720\n")
    assert stated(potato, text, "2024年渭源清渭薯业马铃薯精淀粉和变性淀粉产量分别是多少?") == ["3.12万吨", "0.58万吨"]
    assert stated(potato, text, "2024年渭源清渭薯业马铃薯全粉出口额是多少?") == []
    assert stated(potato, text, "2024年渭源清渭薯业马铃薯全粉销售收入是多少?") == ["3720"]


def test_items_whose_label_goes_on_with_the_shared_head_or_a_verb():
    museum = "云浮市博物馆2023年工作总结"
    text = "全年举办各类展览27个,其中原创展览11个、引进展览9个、流动展览7个。"
    assert stated(museum, text, "2023年云浮市博物馆原创、引进、流动展览各办了几个?") == ["11个", "9个", "7个"]
    fishery = "霞浦县海洋与渔业局2023年工作总结和2024年工作思路"
    text = "四、2024年工作思路\n一是力争全县水产品总产量达到60万吨,渔业产值突破82亿元。"
    assert stated(fishery, text, "霞浦2024年水产品总产量和渔业产值的目标分别是多少?") == ["60万吨", "82亿元"]


def test_kilometres_asked_of_a_figure_in_ten_thousand_kilometres():
    cable = "廉江市鸿缆电线电缆有限公司2024年上半年工作总结"
    text = "上半年累计生产电线电缆17.45万千米,同比增长8.9%,其中电力电缆6.32万千米。"
    assert stated(cable, text, "2024年上半年廉江鸿缆累计生产电线电缆多少千米?") == ["17.45万千米"]


def test_towns_a_list_counts_off_share_what_follows_and_a_town_it_never_lists_gets_nothing():
    silk = "阜宁县云绫丝绸有限公司2024年工作总结"
    text = "在沟墩、陈良、羊寨、板湖四镇新建标准化桑园,面积分别为1850亩、2310亩、1620亩和2080亩。位于芦蒲的原蚕种场完成改造。"
    assert stated(silk, text, "阜宁云绫24年在陈良新建了多少亩桑园?") == ["2310亩"]
    assert stated(silk, text, "阜宁云绫24年在芦蒲新建了多少亩桑园?") == []
    # Naming no town, the question has four answers and no one of them.
    assert stated(silk, text, "阜宁云绫24年新建了多少亩桑园?") == []


def test_which_town_is_largest_by_an_area_the_clause_before_names():
    soy = "谷城县禾香酿造有限公司2023年工作总结"
    text = "在石花镇、盛康镇、庙滩镇、五山镇分别发展订单大豆5200亩、6100亩、4300亩和7800亩。"
    assert listed_extreme(soy, text, "2023年谷城禾香公司在石花镇、盛康镇、庙滩镇、五山镇发展订单大豆,哪个镇面积最大?") == "五山镇"


def test_the_whole_made_not_one_product_lines_row_nor_a_made_figure_for_exports():
    rice = "庆安县寒禾米业有限公司2024年工作汇报材料"
    text = ("全年生产大米15.6万吨,同比增长5.4%。品牌专卖店累计达到87家,其中2024年新开12家。\n"
            "产品系列 | 产量(吨) | 销量(吨)\n稻花香大米 | 41000 | 39800\n长粒香大米 | 68000 | 66500\n"
            "圆粒大米 | 27000 | 26200\n")
    assert stated(rice, text, "庆安寒禾米业24年一共产了多少大米?") == ["15.6万吨"]
    assert stated(rice, text, "庆安寒禾米业24年稻花香大米产量是多少?") == ["41000"]
    assert stated(rice, text, "2024年庆安寒禾品牌专卖店新开了多少家?") == ["12家"]
    assert stated(rice, text, "2024年庆安寒禾大米出口了多少吨?") == []


def test_the_level_at_the_years_end_not_the_years_flow():
    cadres = "衡阳市委老干部局2024年工作总结"
    text = ("年内新增退休干部1126人,离休干部去世37人。"
            "截至2024年底,全市共有离退休干部23614人,其中离休干部218人、退休干部23396人。")
    assert stated(cadres, text, "2024年底衡阳市离休干部还有多少人?") == ["218人"]


def test_city_and_country_listed_as_城乡_are_two_items_in_that_order():
    civil = "韶关市民政局2023年工作总结"
    text = ("全市城乡低保标准分别提高到每人每月1150元和860元,同比分别增长6.5%和7.5%。"
            "年末全市实有各类经营主体28.64万户,其中个体工商户21.87万户。")
    assert stated(civil, text, "2023年韶关市农村低保标准提高到每人每月多少元?") == ["860元"]
    assert stated(civil, text, "韶关23年城市低保标准同比涨了百分之几?") == ["6.5%"]
    # The vocabulary's 个体户 is the report's 个体工商户, not the whole it is part of.
    assert stated(civil, text, "韶关23年实有经营主体里个体户有多少?") == ["21.87万户"]


def test_an_amount_a_verb_names_and_spoken_purchases_and_online_sales():
    seafood = "莱州蓝汐海洋食品有限公司2024年上半年工作总结"
    text = ("上半年累计加工各类水产品3.84万吨,同比增长7.3%,其中鱿鱼制品1.52万吨、虾仁\n0.97万吨、鱼糜及制品1.35万吨。"
            "全年收购鲜鱿鱼2.6万吨,订单养殖面积1.2万亩。电商销售额5180万元,同比增长31.2%。")
    assert stated(seafood, text, "2024年上半年莱州蓝汐鱿鱼制品和虾仁加工量分别是多少?") == ["1.52万吨", "0.97万吨"]
    assert stated(seafood, text, "莱州蓝汐24年收了多少鲜鱿鱼?") == ["2.6万吨"]
    assert stated(seafood, text, "莱州蓝汐24年网上卖了多少钱?") == ["5180万元"]


def test_a_measure_before_的_is_what_follows_and_a_capacity_is_no_output():
    yak = "红原县雪域牦牛肉食品有限公司2024年工作总结"
    text = "新建库容3000吨的低温冷库一座,公司冷库总库容达到1.2万吨。"
    assert stated(yak, text, "红原雪域24年新建的低温冷库库容多大?") == ["3000吨"]
    assert stated(yak, text, "红原雪域24年冷库总库容多大?") == ["1.2万吨"]
    tyre = "宁国驰岳轮胎股份有限公司2024年工作总结"
    text = ("截至2024年底,公司具备年产半钢子午胎1200万条、全钢子午胎260万条的设计能力。"
            "全年生产轮胎1286万条,同比增长11.8%,其中半钢子午胎1052万条、全钢子午胎218万条。")
    assert stated(tyre, text, "2024年宁国驰岳半钢子午胎和全钢子午胎产量分别是多少?") == ["1052万条", "218万条"]
    assert stated(tyre, text, "宁国驰岳半钢子午胎的设计产能是多少?") == ["1200万条"]


def test_the_group_a_rank_is_among_is_no_part_of_what_it_ranks():
    tyre = "宁国驰岳轮胎股份有限公司2024年工作总结"
    text = "公司营业收入在宁国市规模以上工业企业中居第2位,上缴税金居第1位。"
    assert stated(tyre, text, "2024年宁国驰岳上缴税金在宁国市规模以上工业企业中居第几位?") == ["第1位"]
    assert stated(tyre, text, "2024年宁国驰岳营业收入在宁国市规模以上工业企业中居第几位?") == ["第2位"]


def test_a_cooperative_named_short_another_object_exported_and_a_part_with_figures_of_its_own():
    citrus = "寻乌县橘岭柑橘专业合作社2024年工作总结"
    text = ("全年实现销售收入2.14亿元。全年生产柑橘3.48万吨,其中脐橙2.26万吨、蜜橘0.87万吨、沃柑0.35万吨。"
            "合作社销售收入居全县柑橘合作社第1位,出口量居第3位。全年加工果汁1240吨,出口脐橙果干21吨。")
    assert stated(citrus, text, "2024年寻乌橘岭合作社出口量居全县柑橘合作社第几位?") == ["第3位"]
    assert stated(citrus, text, "2024年寻乌橘岭合作社销售收入是多少?") == ["2.14亿元"]
    assert stated(citrus, text, "2024年寻乌橘岭合作社沃柑销售收入是多少?") == []
    assert stated(citrus, text, "寻乌橘岭24年出口了多少吨果汁?") == []
    assert stated(citrus, text, "寻乌橘岭24年出口了多少吨脐橙果干?") == ["21吨"]


def test_bee_colonies_are_counted_in_群_and_households_in_户():
    honey = "遂昌百岭蜂业有限公司2024年工作总结"
    text = "年末自有蜂群1.86万群,其中全年新增蜂群2400群。合作社共有社员612户,其中年内新加入48户。"
    assert stated(honey, text, "遂昌百岭24年底自己养了多少群蜂?") == ["1.86万群"]
    assert stated(honey, text, "遂昌百岭24年自有蜂群新增了多少群?") == ["2400群"]
    assert stated(honey, text, "截至2024年底遂昌百岭合作社共有多少户社员,当年新加入多少户?") == ["612户", "48户"]


def test_goods_named_after_产量_and_a_companys_name_not_cut_into_its_goods():
    vinegar = "清徐县醯香陈醋酿造股份有限公司2024年工作总结"
    text = "全年生产各类食醋8.64万吨,同比增长7.1%。"
    assert stated(vinegar, text, "清徐醯香24年一共产了多少醋?") == ["8.64万吨"]
    flour = "临颍县麦丰面业有限公司2024年工作总结"
    text = "全年生产面粉20.4万吨,同比增长6.1%;生产挂面3.26万吨,同比增长13.4%。"
    assert stated(flour, text, "2024年临颍麦丰面粉产量同比增长多少?") == ["6.1%"]
    assert listed_extreme(flour, "杜曲镇、台陈镇、繁城镇、窝城镇分别收购小麦3.8万吨、4.6万吨、5.2万吨和3.1万吨。",
                          "2024年临颍麦丰在哪个镇收的小麦最多?") == "繁城镇"


def test_a_price_per_measure_is_no_sum_and_a_shares_base_is_no_measure():
    flour = "临颍县麦丰面业有限公司2024年工作总结"
    text = "订单小麦每斤加价0.06元收购,带动农户增收760万元。"
    assert stated(flour, text, "临颍麦丰24年搞订单小麦让农户多挣了多少钱?") == ["760万元"]
    assert stated(flour, text, "临颍麦丰订单小麦每斤加价多少钱?") == ["0.06元"]
    soy = "讷河垄丰大豆科技股份有限公司2024年工作总结"
    text = "全年实现营业收入26.3亿元;其中大豆蛋白销售收入5.96亿元,同比增长22.6%,占营业收入的22.7%,比上年提高2.8个百分点。"
    assert stated(soy, text, "2024年訥河壟豐大豆蛋白銷售收入占比提高了多少個百分點?") == ["2.8个百分点"]


def test_a_capacity_with_its_goods_between_and_goods_never_counted_in_亩_or_in_stations():
    soy = "讷河垄丰大豆科技股份有限公司2024年工作总结"
    text = ("年加工大豆能力达到60万吨,其中2024年新增年加工能力15万吨。全年加工大豆48.6万吨,同比增长9.3%。"
            "在孔国乡建成高蛋白大豆良种繁育基地1.5万亩。在拉哈镇、老莱镇设立的2个收购站分别收购大豆5.8万吨、7.6万吨。")
    assert stated(soy, text, "讷河垄丰24年一共加工了多少大豆?") == ["48.6万吨"]
    assert stated(soy, text, "2024年讷河垄丰新增年加工大豆能力多少?") == ["15万吨"]
    assert stated(soy, text, "2024年讷河垄丰在孔国乡的收购站收购了多少大豆?") == []


def test_a_measure_after_a_clause_of_deeds_is_the_reporters_not_a_table_rows():
    blueberry = "庄河市碧峪蓝莓专业合作社2024年工作汇报材料"
    text = ("品种 | 面积(亩) | 优果率(%)\n蓝丰 | 3600 | 81.2\n北陆 | 2900 | 80.3\n"
            "推行标准化生产技术规程,统一测土配方施肥和病虫害绿色防控,优果率为83.1%。\n")
    assert stated(blueberry, text, "2024年庄河碧峪蓝莓合作社优果率是多少?") == ["83.1%"]


def test_a_sentence_restating_a_table_rows_figure_is_cited_before_the_cell():
    parts = "公主岭驰岭汽车零部件股份有限公司2024年上半年工作总结"
    text = ("主要产品情况如下:\n产品 | 产量(万件) | 销售收入(万元)\n底盘件 | 612 | 39000\n制动盘 | 286 | 21600\n"
            "上半年公司生产各类汽车零部件1380万件,同比增长12.9%,其中底盘件612万件、制动盘286万件。")
    assert stated(parts, text, "公主岭驰岭24年上半年底盘件产了多少?") == ["612万件"]


def test_the_growth_of_an_amount_made_and_a_part_by_period_only():
    zipper = "舒城恒扣拉链股份有限公司2024年工作总结"
    text = "全年实现营业收入12.58亿元,同比增长9.3%。全年累计生产各类拉链7.85亿条,同比增长8.3%。"
    assert stated(zipper, text, "2024年舒城恆扣拉鍊產量同比增長多少?") == ["8.3%"]
    wine = "上虞禾醅黄酒酿造有限公司2024年1-9月工作总结及四季度工作安排"
    text = "1-9月生产成品黄酒3.46万千升,同比增长6.8%;其中三季度生产1.08万千升,同比增长9.5%。"
    assert stated(wine, text, "2024年三季度上虞禾醅生產成品黃酒多少?") == ["1.08万千升"]
    assert stated(wine, text, "2024年1-9月上虞禾醅生产成品黄酒多少?") == ["3.46万千升"]


def test_a_rank_read_without_the_group_it_is_among():
    sugar = "宁明甘丰糖业有限公司2023/2024榨季工作总结和2024/2025榨季工作计划"
    text = "全榨季产白砂糖22.86万吨,比上榨季增长9.6%。公司产糖量居全县制糖企业第2位,产糖率居第1位。"
    assert stated(sugar, text, "2023/2024榨季寧明甘豐產糖率在全縣製糖企業中居第幾位?") == ["第1位"]
    assert stated(sugar, text, "2023/2024榨季宁明甘丰产糖量在全县制糖企业中居第几位?") == ["第2位"]
    assert stated(sugar, text, "2023/2024榨季宁明甘丰白砂糖产量比上榨季增长多少?") == ["9.6%"]


def test_a_share_stated_by_its_base_answers_a_share_not_named_by_it():
    flax = "克山县北纺亚麻纺织有限公司2024年上半年工作总结"
    text = ("上半年实现营业收入4.39亿元,同比增长8.6%。上半年出口销售收入1.65亿元,占营业收入的37.6%,"
            "比上年同期提高2.4个百分点,产品销往欧盟、日韩和东南亚等地区。")
    assert stated(flax, text, "克山北纺24年上半年出口占比提高了几个百分点?") == ["2.4个百分点"]
    assert stated(flax, text, "克山北纺24年上半年出口占比是多少?") == ["37.6%"]
    # A share whose base the question names is no share of the part it asks for.
    ships = "泸州市港航事业发展中心2024年工作总结"
    text = "年末新能源及清洁能源船舶达到52艘,占运输船舶总数的10.7%,比上年末提高3.9个百分点。"
    assert stated(ships, text, "2024年泸州辖区船龄超过20年的运输船舶占比是多少?") == []


def test_each_items_output_in_a_list_led_by_生产_and_a_rise_since_the_years_start():
    corn = "农安县金垄玉米开发有限公司2024年工作总结"
    text = ("产品 | 产量(万吨) | 销售收入(万元)\n食用酒精 | 12.8 | 79400\n饲料产品 | 23.6 | 61400\n"
            "全年加工转化玉米78.3万吨。生产食用酒精12.8万吨、饲料产品23.6万吨。")
    facts = chosen(corn, text, "农安金垄24年食用酒精和饲料产品各产了多少?")
    assert [c.fact.text for c in facts] == ["12.8万吨", "23.6万吨"]  # the sentence, not the cells
    pcb = "桃江华鼎电子科技有限公司2024年上半年工作总结"
    text = "截至2024年6月底,公司月产能达到9.5万平方米,比年初新增月产能1.2万平方米。"
    assert stated(pcb, text, "桃江华鼎24年上半年比年初多了多少月产能?") == ["1.2万平方米"]


def test_a_part_by_period_is_dated_by_its_own_period():
    bolts = "鸡泽固锐紧固件股份有限公司2024年前三季度工作总结"
    text = ("1-9月实现营业收入9.74亿元,同比增长9.2%,其中三季度实现营业收入3.44亿元,同比增长12.9%;"
            "1-9月实现利润总额6920万元,同比增长6.5%。")
    assert stated(bolts, text, "2024年三季度鸡泽固锐营业收入同比增长多少?") == ["12.9%"]
    assert stated(bolts, text, "2024年前三季度鸡泽固锐营业收入同比增长多少?") == ["9.2%"]
    assert stated(bolts, text, "2024年前三季度鸡泽固锐利润总额同比增长多少?") == ["6.5%"]



def test_a_quantity_asked_that_only_another_column_or_no_sentence_names():
    ports = "崇左市口岸管理办公室2024年工作总结"
    text = ("全年全市各口岸出入境人员达到1286.4万人次;其中友谊关口岸出入境人员612.8万人次,占全市的47.6%。\n"
            "各口岸2024年运行情况如下:\n口岸 | 出入境人员(万人次) | 进出口货运量(万吨)\n"
            "友谊关口岸 | 612.8 | 586.4\n水口口岸 | 198.3 | 268.9\n")
    assert stated(ports, text, "2024年友谊关口岸出口货运量是多少?") == []
    assert stated(ports, text, "2024年友谊关口岸进出口货运量是多少?") == ["586.4"]


def test_a_count_of_the_names_just_listed_is_not_how_many_there_are():
    millet = "林西粟源杂粮有限公司2024年前三季度工作总结"
    text = ("公司现有收购站6个。1-9月累计收购谷子4.26万吨。\n"
            "十二吐、统部两个收购站订单基地集中,收购量较大。")
    assert stated(millet, text, "截至2024年9月底,林西粟源杂粮公司有几个收购站?") == ["6个"]
    report, _ = _ingest(millet, text)
    two = next(f for f in report.facts if f.text == "两个")
    assert counts_the_listed(analyze_question("林西粟源有几个收购站?"), two)
    assert not counts_the_listed(analyze_question("统部收购站所在的基地有几个收购站?"), two)  # names one of them


def test_a_clause_ending_in_another_measure_is_not_the_one_asked():
    antler = "双阳茸泰鹿业有限公司2024年工作总结"
    text = ("全年实现营业收入2.21亿元,同比增长11.4%,其中鹿茸及制品销售收入1.33亿元,同比增长14.2%。"
            "公司营业收入居全区第1位,鹿茸出口额居第2位。鹿茸及制品出口韩国、新加坡等地,全年出口额1860万元。")
    assert stated(antler, text, "2024年双阳茸泰鹿业鹿茸及制品出口额是多少?") == ["1860万元"]
    assert stated(antler, text, "2024年双阳茸泰鹿业鹿茸及制品销售收入是多少?") == ["1.33亿元"]


def test_the_halfs_target_is_not_the_years_though_its_sentence_says_全年():
    ware = "潮安鑫锐不锈钢制品有限公司2024年上半年工作总结"
    text = "下半年,公司将紧紧围绕全年目标任务,力争下半年实现营业收入5.1亿元,全年营业收入力争达到9.6亿元。"
    assert stated(ware, text, "潮安鑫锐2024年全年营业收入力争达到多少?") == ["9.6亿元"]
    assert stated(ware, text, "潮安鑫锐2024年下半年营业收入力争达到多少?") == ["5.1亿元"]


def test_items_of_what_was_produced_broken_down_after_其中():
    ware = "潮安鑫锐不锈钢制品有限公司2024年上半年工作总结"
    text = ("上半年生产各类不锈钢厨具826万件,同比增长10.2%,其中炊具318万件、餐具412万件;消耗不锈钢板材1.24万吨。\n"
            "产品类别 | 销售收入(万元) | 同比增长(%)\n炊具 | 18650 | 9.4\n餐具 | 12480 | 12.6\n")
    assert stated(ware, text, "2024年上半年潮安鑫锐炊具产量是多少?") == ["318万件"]
    assert stated(ware, text, "2024年上半年潮安鑫锐炊具和餐具产量分别是多少?") == ["318万件", "412万件"]


def test_a_quarters_column_beside_the_months_and_the_growth_of_its_own_period():
    bearing = "临西恒轮轴承有限公司2024年前三季度工作总结"
    text = ("前三季度各类产品经营情况见下表。\n"
            "产品类别 | 1-9月销售收入(万元) | 三季度销售收入(万元) | 1-9月同比增长(%)\n"
            "深沟球轴承 | 21900 | 7900 | 8.2\n调心滚子轴承 | 4100 | 1500 | 18.5\n轴承套圈 | 5200 | 1850 | 3.6\n"
            "合计 | 31200 | 11250 | 8.9\n")
    assert stated(bearing, text, "2024年三季度临西恒轮轴承套圈销售收入是多少?") == ["1850"]
    assert stated(bearing, text, "2024年1-9月临西恒轮轴承套圈销售收入是多少?") == ["5200"]
    report, facts = _ingest(bearing, text)
    q = analyze_question("2024年1-9月临西恒轮哪类产品销售收入同比增长最快?")
    found = select_extreme(q, [c.chunk_id for c in report.chunks], report.chunks, {"t.txt": report.document}, facts)
    assert [c.fact.context for c in found.facts] == ["调心滚子轴承"]


def test_an_item_opened_by_the_brand_and_models_are_no_amount_made():
    gel = "东阿泉润阿胶股份有限公司2024年工作总结"
    text = ("全年生产阿胶系列产品1426吨,同比增长9.8%,其中阿胶块612吨、阿胶糕538吨。"
            "阿胶块两个车间全年保持满负荷运行。")
    assert stated(gel, text, "2024年东阿泉润阿胶块和阿胶糕的产量分别是多少?") == ["612吨", "538吨"]
    tools = "武义锐锋工具股份有限公司2024年前三季度工作总结"
    text = "1-9月推出锂电无刷电钻、无刷角磨机等新品37款,生产各类电动工具586万台。"
    assert stated(tools, text, "2024年1-9月武义锐锋无刷电机产量是多少?") == []
    assert stated(tools, text, "2024年1-9月武义锐锋推出了多少款新品?") == ["37款"]


def test_a_sibling_row_is_no_answer_and_a_share_rise_keeps_its_base_apart():
    noodles = "射洪薯香食品有限公司2024年工作总结"
    text = ("各产品经营情况见下表。\n产品类别 | 产量(吨) | 销售收入(万元)\n"
            "红薯粉条 | 8600 | 15200\n红薯粉丝 | 2400 | 5100\n合计 | 11000 | 20300\n"
            "紫薯粉条处于试产阶段,尚未上市。")
    assert stated(noodles, text, "2024年射洪薯香紫薯粉条产量是多少?") == []
    assert stated(noodles, text, "2024年射洪薯香红薯粉丝产量是多少?") == ["2400"]
    duck = "南安鸿鹭食品有限公司2024年上半年工作总结"
    text = ("上半年实现营业收入1.84亿元,同比增长8.6%。卤鹅礼盒销售收入4120万元,"
            "占营业收入比重达到22.4%,较上年同期提高3.1个百分点。")
    assert stated(duck, text, "2024年上半年南安鸿鹭卤鹅礼盒销售收入占比比上年同期提高了多少?") == ["3.1个百分点"]


def test_a_verb_said_alone_asks_the_duration_its_compound_states():
    sugar = "扶绥丰泰糖业有限公司2024年工作总结"
    text = "公司于2023年11月20日开榨,2024年3月30日收榨,全榨季生产132天,平均日榨甘蔗1.2万吨。"
    assert stated(sugar, text, "2023/2024榨季扶绥丰泰糖厂一共榨了多少天?") == ["132天"]


def test_the_growth_of_what_was_made_and_not_what_was_sold_or_earned():
    bricks = "海城鞍峰耐火材料有限公司2024年前三季度工作总结"
    text = ("1-9月累计生产各类耐火材料18.6万吨,较上年同期增长6.2%;三季度生产6.4万吨。"
            "1-9月销售耐火材料18.1万吨。三季度销售耐火材料6.1万吨。"
            "1-9月公司营业收入为8.75亿元,同比增长4.3%。")
    assert stated(bricks, text, "2024年前三季度鞍峰耐火材料产量同比增长多少?") == ["6.2%"]
    assert stated(bricks, text, "鞍峰24年三季度生产了多少耐火材料?") == ["6.4万吨"]
    assert stated(bricks, text, "鞍峰24年三季度卖出去多少耐火材料?") == ["6.1万吨"]


def test_goods_made_of_the_company_goods_and_a_share_of_the_item_before():
    berries = "杭锦金沙沙棘制品有限公司2024年上半年工作总结"
    text = ("上半年生产沙棘原浆和沙棘汁饮品7300吨,同比增长11.2%,其中沙棘原浆2650吨。"
            "上半年实现营业收入2.35亿元,比上年同期增长10.6%,其中沙棘汁饮品收入1.38亿元,在营业收入中占58.7%;"
            "沙棘油销售收入3620万元。实现利润总额2810万元,同比增长8.1%,线上销售额2310万元。")
    assert stated(berries, text, "2024年上半年杭锦金沙沙棘原浆产量是多少?") == ["2650吨"]
    assert stated(berries, text, "杭锦金沙24年上半年沙棘汁饮品收入占营收的几成?") == ["58.7%"]
    report, facts = _ingest(berries, text)
    # 金沙 is the brand; 沙棘 of its name opens the goods asked.
    asked = without_subject(analyze_question("2024年上半年杭锦金沙沙棘原浆产量是多少?"), report.document)
    assert asked.metric == "沙棘原浆产量"
    share = next(f for fs in facts.values() for f in fs if f.text == "58.7%")
    assert contrast_factor("沙棘汁饮品收入占营业收入", share, None) == 1.0


def test_goods_in_another_form_are_another_kind():
    mango = "华坪金果食品有限公司2024年前三季度工作总结"
    text = "1-9月实现营业收入3.96亿元,同比增长9.8%。芒果干销售收入7650万元,在营业收入中占19.3%。"
    assert stated(mango, text, "2024年前三季度华坪金果芒果冻干粉销售收入是多少?") == []
    assert stated(mango, text, "2024年前三季度华坪金果芒果干销售收入是多少?") == ["7650万元"]
