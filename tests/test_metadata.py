import json

import pytest

from index.gazetteer import find_places, main_region, short_name, zone_of
from index.metadata import ManifestError, apply_overrides, detect_metadata, detect_period, detect_title, load_manifest


def test_period_from_title_prefers_the_reviewed_year():
    assert detect_period("区科技局2016年工作总结及2017年工作思路", "") == ("2016年", 2016)
    assert detect_period("区科技局2023年上半年工作总结及下半年工作思路", "") == ("2023年上半年", 2023)


def test_a_crushing_season_is_dated_by_the_year_it_starts_in_like_a_school_year():
    assert detect_period("宁明甘丰糖业有限公司2023/2024榨季工作总结和2024/2025榨季工作计划", "2024年3月26日收榨") == ("2023年", 2023)


def test_period_from_text_when_title_has_none():
    assert detect_period("晒一晒上半年科技创新成绩单", "2017年以来,各市…2017年") == ("2017年上半年", 2017)


def test_a_speech_reviewing_the_past_year_reviews_the_year_before_its_date():
    text = "政府工作报告\n——2024年1月9日在某县第十八届人民代表大会第三次会议上\n一、过去一年工作回顾\n2024年目标…2024年"
    assert detect_period("政府工作报告", text) == ("2023年", 2023)
    # A dated speech that reviews nothing named as past keeps its own year.
    assert detect_period("讲话", "——2024年1月9日在全县科技工作会议上\n2024年要…") == ("2024年", 2024)


def test_a_quarter_in_the_title_is_the_period_and_a_municipality_district_names_its_city():
    assert detect_period("静海经济开发区2023年一季度工作汇报", "") == ("2023年一季度", 2023)
    assert main_region("国家税务总局重庆市璧山区税务局2024年前三季度工作总结", "") == "重庆市璧山区"


def test_a_plan_only_report_is_of_the_year_it_plans_and_a_town_titles_its_report():
    assert detect_period("封开县住房和城乡建设局2025年工作思路", "2024年…2024年…2024年") == ("2025年", 2025)
    assert main_region("封开县住房和城乡建设局2025年工作思路", "") == "肇庆市封开县"  # 城乡 is no 乡
    assert main_region("沙家浜镇2024年上半年工作总结和下半年工作打算", "我镇…") == "沙家浜镇"


def test_title_skips_web_chrome_and_file_suffix():
    text = "目录\n一、概况。\n某区2023年上半年工作总结(20230629).docx\n正文。"
    assert detect_title(text, "x") == "某区2023年上半年工作总结"


def test_region_district_with_its_city():
    text = "西湖区位于杭州。我区新增企业。全区发展。西湖区很好。西湖区创新。城西科创大走廊。城西发展。城西。"
    assert main_region("", text) == "杭州市西湖区"


def test_region_city_report_names_the_city():
    text = "绍兴市科技局。我市研发经费增长。全市新增企业,绍兴市排名第一。新昌县、新昌县表现突出。"
    assert main_region("", text) == "绍兴市"


def test_region_ordinary_words_are_not_places():
    # 合作 (合作市) and 资源 (资源县) are words, not places
    assert main_region("", "加强合作,整合资源,深化合作,盘活资源。") is None


def test_a_title_opening_with_a_zone_makes_the_zone_the_region():
    # 宝鸡 is not a place word to jieba, and 新建 (南昌市新建区) is an ordinary word in the text.
    text = "全区新建标准化厂房。新建道路。新建博士后工作站。全区营业总收入增长。"
    title = "宝鸡高新技术产业开发区管委会2023年工作总结"
    region = main_region(title, text)
    assert region == "宝鸡市宝鸡高新技术产业开发区"
    assert zone_of(region) == "宝鸡高新技术产业开发区" and zone_of("杭州市西湖区") is None
    assert main_region("宝鸡市科技局2023年工作总结", text) == "宝鸡市"


def test_short_names():
    assert short_name("绍兴市") == "绍兴"
    assert short_name("白云鄂博矿区") == "白云鄂博"  # a mining district, not 白云区
    assert {p.name for p in find_places("白云鄂博鑫源稀土")} == {"白云鄂博矿区"}
    assert short_name("瓯海区") == "瓯海"
    assert {p.name for p in find_places("温州瓯海")} >= {"温州市", "瓯海区"}
    # A short name of three characters is a name only, whatever jieba tags it ("公主岭" n).
    assert {p.name for p in find_places("公主岭驰岭24年上半年")} == {"公主岭市"}
    assert {p.name for p in find_places("瓦房店")} == {"瓦房店市"}


def test_manifest_overrides(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"a.txt": {"region": "宁波市"}}, ensure_ascii=False), "utf-8")
    overrides = load_manifest(tmp_path)
    meta = apply_overrides(detect_metadata("某市2016年工作总结\n正文。", "a"), overrides["a.txt"])
    assert meta.region == "宁波市" and meta.year == 2016
    (tmp_path / "manifest.json").write_text(json.dumps({"a.txt": {"colour": "red"}}), "utf-8")
    with pytest.raises(ManifestError, match="unknown field"):
        load_manifest(tmp_path)


def test_short_forms_that_are_ordinary_words_are_not_places():
    assert not find_places("全年新建高标准农田3.2万亩,落实惠民政策")
    assert [p.name for p in find_places("南昌市新建区")] == ["南昌市", "新建区"]
    # "建成县级以上基地": a level, not 成县; the county itself is still found.
    assert not find_places("全县累计建成县级以上农业科技示范基地67个")
    assert [p.name for p in find_places("成县2023年地区生产总值")] == ["成县"]
    # "校本部和县区分校": the counties and districts, not 和县.
    assert not find_places("全市老年大学系统(含校本部和县区分校)在册学员达到12650人")
    assert [p.name for p in find_places("和县2023年粮食产量")] == ["和县"]


def test_a_town_named_by_one_of_its_institutions_is_the_reports_place():
    title = "崇明区城桥镇社区卫生服务中心2023年工作总结和2024年工作思路"
    assert main_region(title, title + "\n全年门急诊31.93万人次。") == "上海市崇明区城桥镇"
    title = "德州市德城区城乡建设局2023年工作总结"  # a bureau of the district, no town
    assert main_region(title, title).endswith("德城区")


def test_a_markdown_title_loses_its_marks():
    text = "# 蚌埠高新技术产业开发区管理委员会2023年工作总结\n\n> 发布日期:2024-01-19\n\n2023年,高新区…\n"
    meta = detect_metadata(text, "d.md")
    assert meta.title == "蚌埠高新技术产业开发区管理委员会2023年工作总结"
    assert meta.region == "蚌埠市蚌埠高新技术产业开发区"


def test_a_title_place_the_gazetteer_lacks_is_the_region():
    from index.gazetteer import main_region

    body = "围绕清水河新型研发机构集群建设,清水河片区新增企业12家。"
    assert main_region("天府新区科技局2019年工作总结", body) == "天府新区"  # a new area, not a division
    assert main_region("坡子街街道办事处2023年工作总结", body) == "坡子街街道"
    assert main_region("西湖区科技局2016年工作总结", "杭州市西湖区…") == "杭州市西湖区"


def test_a_renamed_place_is_known_by_its_old_and_new_name():
    from index.gazetteer import find_places, main_region

    body = "围绕清水河新型研发机构集群建设,清水河片区新增企业12家。"
    assert main_region("郫都区科技局2019年工作总结", body) == "成都市郫都区"  # 郫县 until 2016
    assert main_region("郫县科技局2015年工作总结", body) == "成都市郫县"
    assert [p.name for p in find_places("截至2024年6月底盘州市省级以上科技创新平台")] == ["盘州市"]
    assert [p.name for p in find_places("2013年盘县新增企业")] == ["盘县"]


def test_a_district_of_another_city_inside_a_company_name_is_not_the_region():
    from index.gazetteer import main_region

    body = "集团公司实现营业收入48.76亿元,在康巴什区筹集保障性租赁住房1480套。全市…"
    assert main_region("鄂尔多斯市鸿源城市发展投资集团有限公司2023年工作总结", body) == "鄂尔多斯市"
    assert main_region("宁波市鄞州区科技局2016年工作总结", "") == "宁波市鄞州区"


def test_a_name_a_city_shares_with_its_former_county_is_the_citys():
    assert [p.name for p in find_places("邢台2021年建筑业总产值")] == ["邢台市"]
    assert [p.name for p in find_places("邢台县2019年")] == ["邢台县"]


def test_an_autonomous_county_is_known_by_its_stem_and_suffix():
    assert [p.name for p in find_places("2024年上半年宁蒗县接待游客")] == ["宁蒗彝族自治县"]
    assert [p.name for p in find_places("张家川县医共体")] == ["张家川回族自治县"]
    assert short_name("宁蒗彝族自治县") == "宁蒗"
    assert not find_places("全市共有省级以上创新平台418家")  # 新平台 is no 新平(彝族傣族自治)县


def test_a_towns_or_zones_report_is_the_towns_or_zones():
    assert main_region("湟中区鲁沙尔镇2021年工作总结", "我镇…") == "西宁市湟中区鲁沙尔镇"
    assert main_region("静海经济开发区2023年一季度工作汇报", "我园…") == "天津市静海区静海经济开发区"
    assert zone_of("天津市静海区静海经济开发区") == "静海经济开发区"


def test_a_compilation_of_one_citys_districts_is_the_citys():
    from index.gazetteer import main_region

    body = "张店区科技局局长 甲\n张店区新增…张店区\n淄川区科技局局长 乙\n淄川区…淄川区\n博山区科技局局长 丙\n博山区…博山区\n"
    assert main_region("上半年科技工作亮点", body) == "淄博市"


def test_a_question_names_an_autonomous_county_by_its_county_form_and_not_by_its_parents_short_name():
    from index.gazetteer import spoken_names
    (county,) = [p for p in find_places("本溪满族自治县") if p.level == 3]
    assert spoken_names(county) == ["本溪满族自治县", "本溪县"]  # 本溪 alone is 本溪市
    (city,) = find_places("绍兴市")
    assert spoken_names(city) == ["绍兴市", "绍兴"]


def test_a_short_name_opening_a_river_or_lake_is_no_county():
    assert not find_places("白水江国家级自然保护区")  # the river, not 白水县
    assert not find_places("洪泽湖湿地")
    assert {p.name for p in find_places("白水县")} == {"白水县"}


def test_a_saved_pages_breadcrumb_is_not_its_title():
    text = "您当前的位置:首页政务公开规划计划计划总结\n龙里县投资促进局2024年工作总结及2025年工作思路\n2024年,县投资促进局…"
    assert detect_title(text, "x.html") == "龙里县投资促进局2024年工作总结及2025年工作思路"


def test_the_place_a_title_opens_with_is_whose_report_it_is():
    title = "格尔木澜晶盐湖化工有限公司2024年工作总结"
    text = title + "\n公司位于格尔木。盐湖提锂、盐湖资源综合利用、盐湖卤水开采全面推进,盐湖化工产业链持续延伸。"
    assert main_region(title, text).endswith("格尔木市")


def test_a_title_set_on_two_lines_keeps_who_reports():
    text = "沙雅天衡纺织有限公司\n2024年上半年工作总结及下半年工作计划\n2024年上半年,公司围绕…"
    assert detect_title(text, "x.pdf") == "沙雅天衡纺织有限公司2024年上半年工作总结及下半年工作计划"
    text = "一、基本情况\n2024年上半年工作总结\n2024年上半年,公司围绕…"  # a heading is no one who reports
    assert detect_title(text, "x.pdf") == "2024年上半年工作总结"
