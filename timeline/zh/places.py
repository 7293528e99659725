"""Chinese place names in text -> :class:`~gazetteer.model.PlaceRef`.

Rules, each named in the ``rule`` of the :class:`~gazetteer.model.Resolved` it makes:

* ``zh-longest``: at each position the longest name of the table wins (``浙江省宁波市`` is
  ``浙江省`` then ``宁波市``, never ``江省``).  Provinces, prefectures, countries and capitals
  match by full or short name (``浙江``, ``宁波``); counties and districts by full name only
  (``安吉县``), since many short county names are ordinary words.
* ``zh-preceding-province``: a name right after a province (``浙江宁波``, ``浙江省宁波市``) is
  the namesake in that province.
* ``zh-document-province``: else the namesake in a province the report names.
* ``zh-rank``: else the highest division (province, prefecture, county), then the most people.
* ``zh-county-city``: a county-level city also matches by its short name (``彭州``, ``义乌``), but
  for a few that are ordinary words (``江山``, ``临海``).
* ``zh-county-seat``: a county- or prefecture-level division with no GeoNames record (``阿坝藏族羌族自治州``)
  resolves to the GeoNames town or city nearest its point when one lies within 10 km (its seat); else it is
  :class:`~gazetteer.model.Unresolved` with the reason.
* ``zh-town``: a town or township written right after its county or city (``彭州小鱼洞镇``), or
  right after an arrival verb or ``所在地`` (``赶往震中所在地某某镇``), is a place of its own words,
  unresolved where the table has no such record.
* ``zh-pinyin-place``: a word the table lacks, run together after a province and closed by a list
  mark (``海南博鳌和北京``), is the GeoNames town, county or city of its pinyin in that province
  where exactly one has it.
* ``zh-pinyin-district``: a district or county the table lacks (newer than it), right after its
  prefecture (``杭州市临平区``), is the GeoNames county or city of its pinyin in that province.
* ``zh-pinyin-town``: a town or township the table lacks (``王江泾镇``) is the one GeoNames town of its
  pinyin in the province of the place in China named last before it (in its paragraph or an earlier
  one), where that town lies within 20 km of that place; such a town stays a stop before its village
  (``某县甪直镇某村``), which has no point of its own.
* ``zh-town-community``: a community written right after its town (``某镇某某社区``) is the place, as a
  village is (rule ``zh-town-village``).
* ``zh-abbrev``: ``港``, ``澳``, ``京``, ``沪`` right after a verb of arriving or visiting
  (``抵港``, ``访港``, ``赴京``) name Hong Kong, Macao, Beijing, Shanghai.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs
from attrs import frozen

from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved, Unresolved
from gazetteer.zh_names import ZhName, load_zh_names

__all__ = ["PlaceMention", "find_places", "place_before"]

_SHORT_LEVELS = frozenset({"province", "prefecture", "country", "foreign-city"})
_RANK = {"province": 0, "country": 0, "prefecture": 1, "foreign-city": 1, "geonames": 2, "county": 3, "foreign-town": 3}
# short names that are ordinary words far more often than places
_NOT_NAMES = frozenset(
    {"中国", "南方", "北方", "东方", "西方", "中央", "全国", "国家", "人民", "和平", "长安", "新城"}
    # places named for a slogan or an institution (合作市, 友好区, 青年乡): as bare words, the word
    | {"合作", "友好", "青年", "中心", "团结", "胜利", "发展", "建设", "红旗", "光明", "新华", "前进", "向阳"}
    | {"东风", "解放", "幸福", "文明", "民主", "和谐", "创新", "开放", "改革", "工业", "农业", "科技", "经济"}
    | {"联合", "奋斗", "团结", "先锋", "劳动", "和平", "共和", "永久", "长征", "复兴", "振兴", "兴隆", "太平"}
    # foreign cities by a short form that is a word or a given name: 自由 (Freetown), 古龙 (古龙水), 亚伦
    | {"自由", "古龙", "亚伦", "皮金"}
    # towns by a short form that is an ordinary word: "重要关口", "天府之国", "新安全格局", "大场面"
    | {"关口", "天府", "百城", "小市", "大场", "新安", "南村", "明村", "城厢", "安乡", "太和"}
)
# districts named by an ordinary word ("城区", "郊区", "矿区"): a place only right after their city
# ("阳泉市矿区"), rule zh-generic-district
_GENERIC_DISTRICTS = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "解放区", "市区"})


# county-level cities whose short name is an ordinary word far more often than the place
_COUNTY_CITY_WORDS = frozenset(
    {"安宁", "阳春", "龙井", "弥勒", "樟树", "石狮", "江山", "临海", "无为", "榆树", "磐石", "五常", "沙河",
     "安国", "新民", "临江", "同仁", "开远", "高平", "大安", "永安", "长乐", "福安", "北安", "海林", "集安"}
)  # fmt: skip
_SEAT_KM = 10.0
_TOWN_OF_COUNTY_KM = 40.0


def _km(a: Place, b: Place) -> float:
    from gazetteer.resolve import Gazetteer

    return Gazetteer.distance_km(a, b)
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡)(?![村亲土愁情镇])")
_OLD_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,3}?县(?![城委长政府级域])")
# rule zh-hamlet: "百育镇那藏屯": a hamlet (屯) written right after its town, where no village is named
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,3}?村(?![民委庄里落级镇务容貌情史])|[\u4e00-\u9fff]{2,3}?屯(?![垦兵田子粮积])")
# rule zh-town-community: "某县某镇某某社区": a community written right after its town, as a village
_TOWN_COMMUNITY = re.compile(r"[\u4e00-\u9fff]{2,3}?社区(?![居工委办]|党委|党组|服务|医院|卫生|学校)")
# rule zh-gacha: "某某盟巴彦某某嘎查": a herders' village of Inner Mongolia (嘎查) written after its league or banner
_GACHA = re.compile(r"(?:(?![，,。、；村镇乡盟旗])[\u4e00-\u9fff]){2,8}?嘎查(?![村长])")
# words before 社区 that say what kind of community, not which (rule zh-community)
_NOT_COMMUNITY = re.compile(
    r"^(?:城乡|农村|城市|和谐|示范|老旧|智慧|文明|基层|居民|所在|各个|安置|乡村|美丽|绿色|平安|国际|网络|学习|书香|无疫|重点|周边|附近|这个|那个|一个|多个|新型|现代|试点|搬迁)$"
)
# rule zh-ji-town: "申集镇", "桂集乡": a name of two characters ending in 集 (a market town's name) is a
# town's; "集镇", "中心集镇" (a market town as a kind) are not
_NOT_IN_TOWN = re.compile(r"[城农村乡镇和与及、的在]|[小古]$|(?:^|..)集$|^[大小赶中各全本该]集$")
_SIDE_TOWN = re.compile(r"^[东西南北中新老]城[镇乡]$")
_TOWN_WORD_AFTER = re.compile(r"化|居民|人口|建设|职工|就业|低保|住房|发展|社区")
# "赶往震中所在地洛泽河镇": a town named as where the traveller went (after 的/地 or an arrival verb)
# rule zh-town-village-arrived: "深入某某镇某某村看望慰问": a town and its village gone to
_TOWN_ARRIVED = re.compile(
    r"(?:赶往|赶赴|奔赴|赶到|直奔|来到|前往|抵达|到达|所在地|所在的|深入|走进)"
    # rule zh-town-after-task: "前往会勘国姓乡", "前往视察某镇": what is done there, then the town
    r"(?:视察|考察|调研|会勘|勘查|勘灾|察看|参观|慰问|走访|检查)?(?P<town>[\u4e00-\u9fff]{2,4}?(?:镇|乡|县))(?![村亲土愁情镇城])"
)
# "来到梁家河村", "走进下姜村": a village gone to, written alone (rule zh-village-arrived)
_VILLAGE_ARRIVED = re.compile(
    r"(?:来到|前往|走进|走访|抵达|到达|赶往|深入|看望|考察|视察|调研)了?"
    r"(?P<village>[\u4e00-\u9fff]{1,3}?村(?![民委庄里落级镇务容貌情史子])|[\u4e00-\u9fff]{2,4}?社区(?![居工委办]|党委|党组))"
)
_NOT_VILLAGE = re.compile(
    r"^(?:[一二三四五六七八九十两几多数0-9]+个|山|渔|该|全|本|各|新农|贫困|示范|美丽|传统|特色|一个|这个|那个|多个|几个|一些|搬迁|移民|城中|空心|行政|自然|重点|试点|帮扶|对口|边境|少数民族)$"
)
# "前往北门区芦竹沟渔港、将军区青鲲鯓渔港": districts in the list of places gone to (rule zh-district-list)
# "到大甲区", "视察南州乡及林边乡": a township too, and 到 where it is a verb of going
_GONE_TO = re.compile(
    r"(?:前往|来到|抵达|到达|赶往|走访|视察|巡视|察看|探视|到访|造访|参访|访视|深入|走进|(?<![受达得看感提做遇收想回直报找听见碰走来赶])到)(?:了|沿海的|受灾的)?"
)
# "到访朴子市与东石乡": a city under a county (Taiwan's 县辖市) too, not a word ending in 市 (大城市, 超市)
_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2}[区乡镇]|(?:(?![县区全各本该城都超大小两])[\u4e00-\u9fff]){2}市(?![场民长政区])")
_ITEM_MARK = re.compile(r"[、和及与]")
_COMMUNITY = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:社区|街道)(?![居党工委办])")
_CLAUSE = re.compile(r"[，,。；;：:！？!?\s]")
# words of two characters and 区 that are no district's name: "开发区", "保护区", "示范区"...
_NOT_DISTRICT = re.compile(
    r"(?:开发|保护|示范|试验|自贸|风景|工业|高新|经开|合作|先行|核心|功能|商业|住宅|居民|管理|行政|边境|贫困|受灾"
    r"|重灾|安置|集中|生活|办公|城市|农村|老城|新城|主城|中心|沿海|山区|牧区|林区|矿区|灾区|园区|校区|厂区|社区|街区"
    r"|片区|城区|市区|郊区|辖区|库区|景区|展区|营区|防区|战区|特区|地区|小区|新区|该区|各区|全区|本区|两区|三区|大湾|湾区|美丽|偏远|边远|基层|特色|周边|附近|乡村|城乡|农业|民族|少数|这个|那个|一个|多个|各个|部分)[区乡镇]$"
)
# an office or a government after a place: "台南市长", "高雄市政府", "屏东县议会"
_OFFICE_AFTER = re.compile(
    r"(?:市|县|区|镇|乡|省|州)?(?:委(?=书记|副书记|常委|委员|秘书长|副秘书长|常务)|长(?![期远久足江城沙春安治效廊白寿大])|政府|议会|议员|党部"
    # "宁波市副市长某某", "某县常务副县长": a deputy's office too
    r"|(?:常务)?副(?:市|县|区|镇|乡|省|州)长)"
)
def _office_after(simplified: str, end: int, stop: int) -> bool:
    """Whether an office or a government follows the place ending at ``end``; a bare ``长`` right
    after a name with no division word ("福州长乐") begins the next name, not an office."""
    m = _OFFICE_AFTER.match(simplified, end, stop)
    return m is not None and not (m.group()[0] == "长" and simplified[end - 1] not in "市县区镇乡省")


# rule zh-organisation: "上海合作组织", "上海精神": a place in an organisation's or a doctrine's name
_TRANSLITERATION_GOES_ON = re.compile(r"[斯尔特克亚拉夫尼诺多格姆德里卡纳堡兰森利维莱托罗丁瓦]")
# "香格里拉饭店", "香格里拉对话会": a hotel or a forum named after a place is not in it (rule zh-named-after)
# "中山大学" (in Guangzhou), "北京大学": a university named after a place is no stop (rule zh-university)
_ORGANISATION_AFTER = re.compile(r"大学|(?:亚洲)?论坛|合作组织|组织|公约|精神|宣言|共识|议定书|饭店|酒店|宾馆|大酒店|对话会|馆(?!长)|墓|陵|故居|纪念堂|纪念馆|纪念碑|纪念园|纪念亭"
    # rule zh-street: "南京路步行街", "中山路社区", "长安街": a street named after a place is not in it
    r"|路(?![线径过演上途程费])|大街|大道|东路|西路|南路|北路|中路"
    # rule zh-lodge: "下榻新竹苑", "礼宾府": a residence named after a place is not in it
    r"|苑"
    # rule zh-club: "圣保罗足球俱乐部": a club named after a place is no stop in the place
    r"|(?:足球|篮球)?俱乐部"
    # rule zh-facility-name: "三河闸", "某某船闸": a sluice named after a place is no stop in the place
    r"|闸(?![北口])|船闸"
    # rule zh-village-name: "马鞍山村四组": a place's name with 村 after it is a village's name, not the place
    r"|村(?![民委庄里落级镇务容貌情史])")
_ABBREV = re.compile(
    r"(?<=[抵访赴到来飞])(?P<a>港|澳|京|沪)(?![\u4e00-\u9fff])|(?<=[抵访赴到来飞在])(?P<b>港|澳|京|沪)(?=[出参视考访期后时的，,。并])"
    # rule zh-abbrev-more: "来湘考察", "在蓉会见", "抵穗后": the standard one-character names of cities and
    # provinces, only after a word of coming or being there and before what is done there; the ones that
    # name two places (宁 Ningxia or Nanjing, 青, 新, 吉, 苏, 蒙, 黑, 秦, 桂, 甘, 淮, 黄) are left unread
    r"|(?<=[抵赴到来在])(?P<c>[穗蓉榕筑邕甬津渝湘鄂豫皖赣闽粤琼川蜀黔滇陕陇藏辽冀晋鲁浙])"
    r"(?=[出参视考访期后时的，,。并调检开指慰会工进])"
)
_ABBREV_TWO = re.compile(
    r"(?:(?<![迎带以未到原近将本从出起后])来|前来|莅临|[赴抵])(?P<c>[宁青新吉苏蒙黑秦桂甘淮黄])(?=[考视调访参检慰指])"
)
# rule zh-abbrev-stay: "在宁期间", "在青期间": the same name between 在 and 期间 (the stay there)
_ABBREV_STAY = re.compile(r"在(?P<c>[宁青新吉苏蒙黑秦桂甘淮黄])(?:期间|逗留|停留)")
_ABBREV_TWO_NAMES = {
    "宁": "Ningxia or Nanjing", "青": "Qinghai or Qingdao", "新": "Xinjiang or Singapore", "吉": "Jilin or Ji'an",
    "苏": "Jiangsu or Suzhou", "蒙": "Inner Mongolia or Mongolia", "黑": "Heilongjiang or Heihe",
    "秦": "Shaanxi or Qinhuangdao", "桂": "Guangxi or Guilin", "甘": "Gansu or Ganzhou",
    "淮": "Huai'an, Huainan or Huaibei", "黄": "Huangshan, Huanggang or Huangshi",
}  # fmt: skip
_ABBREV_NAMES = {
    "港": "香港特别行政区", "澳": "澳门特别行政区", "京": "北京市", "沪": "上海市",
    "穗": "广州市", "蓉": "成都市", "榕": "福州市", "筑": "贵阳市", "邕": "南宁市", "甬": "宁波市",
    "津": "天津市", "渝": "重庆市", "湘": "湖南省", "鄂": "湖北省", "豫": "河南省", "皖": "安徽省",
    "赣": "江西省", "闽": "福建省", "粤": "广东省", "琼": "海南省", "川": "四川省", "蜀": "四川省",
    "黔": "贵州省", "滇": "云南省", "陕": "陕西省", "陇": "甘肃省", "藏": "西藏自治区", "辽": "辽宁省",
    "冀": "河北省", "晋": "山西省", "鲁": "山东省", "浙": "浙江省",
}


# rule zh-set-phrase: a place's name inside a set phrase of political copy is the phrase, not the
# place: "长治久安" (Changzhi), "四平八稳" (Siping), "平安顺利" (Anshun), "求大同存小异" (Datong), and
# "来宾" (guests; Laibin only as "来宾市" or after "广西")
_SET_PHRASE = re.compile(
    r"金山银山|长治久安|四平八稳|平安顺[利遂畅]|大同小异|求大同|世界大同|天下大同|(?<!广西)来宾(?![市])"
)
# words whose last character opens a place's name ("抵达曼谷": 达曼 is Dammam)
_WORD_ENDING = frozenset({"抵达", "到达", "直达", "送达", "转达", "传达", "下达", "表达", "发达", "长达", "高达", "多达", "通达"}
    # "莅临沂水", "面临海外": 临 ends the word (no Linyi, no Linhai)
    | {"莅临", "亲临", "光临", "面临", "来临", "降临", "濒临"}
    # "参加纳税", "增加纳米": 加 ends the word (no Ghana)
    | {"参加", "增加", "追加", "施加", "附加", "添加", "外加", "更加", "强加", "叠加"}
)
_WORD_AFTER = re.compile(r"市场|市值|区域|区块|区间|区别|区分")
_OUTLET = re.compile(r"(?:省|市)?(?:日报|晚报|早报|时报|商报|都市报|电视台|广播电视台|卫视|新闻网|广播电台|电台|新闻台|通讯社)")
_GROUP_HOME = re.compile(r"[*＊]{0,4}(?:党政|政府|经贸|友好|企业家)?(?:代表团|考察团)")  # "**": masked words of a page
# rule zh-byline-name: "记者蔡朝阳报道", "(记者 王南京 李四)", "记者刘建生摄": the reporters' names (two or three
# characters each, closed by 报道, 摄, a bracket or a colon) hold no place
_BYLINE_NAMES = re.compile(
    r"记者[ \u3000]?(?![在从于到赴])(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){0,3})(?=[ \u3000]?(?:报道|摄|[)）：:]))"
)


@frozen
class PlaceMention:
    """A place name in the text, where it is, and what it names."""

    start: int
    end: int
    ref: PlaceRef
    province: str  # the admin1 code in China where resolved there, else ""
    adcode: str = ""  # China's division code where the name is one of cpca's divisions
    original_suffix: str = ""  # the division word the name is written with (区, 县, 市), simplified
    region: bool = False  # read as a region whatever its kind (Taiwan's counties, a city before its district)

    @property
    def is_region(self) -> bool:
        """A province or country (a trip's region), not a stop."""
        return self.region or (
            isinstance(self.ref, Resolved) and self.ref.place.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY)
        )


def _bare_geonames_word(entry: ZhName) -> bool:
    """Rule ``zh-bare-alternate``: a GeoNames alternate name of two characters with no division word,
    for a township-level record ("桥头", "启动", "东海"), is an ordinary word far more often than the
    place; the place is read where it is written with its division word (``桥头镇``)."""
    return (
        entry.level == "geonames"
        and entry.place.kind is PlaceKind.COUNTY
        and len(entry.zh) == 2
        and entry.zh[-1] not in "镇乡县区市州村"
    )


@functools.cache
def _table() -> tuple[dict[str, tuple[ZhName, ...]], int]:
    table: dict[str, list[ZhName]] = defaultdict(list)
    for entry in load_zh_names():
        if _bare_geonames_word(entry) or entry.level == "township":
            continue  # rule zh-bare-alternate; a township's bare name is read only where rule zh-tw-township reads it
        table[entry.zh].append(entry)
        if entry.level in _SHORT_LEVELS and entry.short != entry.zh and len(entry.short) >= 2:
            table[entry.short].append(entry)
        elif (
            entry.level == "county" and entry.zh.endswith("市") and entry.short != entry.zh
            and len(entry.short) >= 2 and entry.short not in _COUNTY_CITY_WORDS
        ):  # fmt: skip
            table[entry.short].append(entry)  # rule zh-county-city
        if entry.level == "county" and entry.zh.endswith(("自治县", "自治旗")) and len(entry.short) >= 2:
            # rule zh-autonomous-short: "宁洱县" for 宁洱哈尼族彝族自治县, as copy writes it
            table[entry.short + entry.zh[-1]].append(entry)
        if entry.level == "geonames" and entry.place.kind in (
            PlaceKind.ADMIN1,
            PlaceKind.ADMIN2,
            PlaceKind.CITY,
        ):
            table[entry.short].append(entry)
    for word in _NOT_NAMES:
        table.pop(word, None)
    return {k: tuple(v) for k, v in table.items()}, max(map(len, table))


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+$")
_NEW_DISTRICT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2})(?:区|县|市)(?![长委政])")
_LIST_END = re.compile(r"[、，,。；;和及与]|$")


def _by_pinyin(simplified: str, at: int, stop: int, admin1: str) -> tuple[int, int, Place] | None:
    """A town the table lacks, run together after its province in a list ("海南博鳌和北京"):
    the GeoNames town, county or city of that pinyin in that province."""
    for size in (3, 2):
        end = at + size
        word = simplified[at:end]
        if end > stop or not _HAN_WORD.match(word) or not _LIST_END.match(simplified, end, stop):
            continue
        place = _pinyin_place(word, admin1)
        if place is not None:
            return at, end, place
    return None


@functools.cache
def _pinyin_place(word: str, admin1: str) -> Place | None:
    from pypinyin import lazy_pinyin

    from gazetteer.resolve import Gazetteer

    name = "".join(lazy_pinyin(word))
    kinds = (PlaceKind.TOWN, PlaceKind.COUNTY, PlaceKind.CITY)
    hits = [
        p for p in Gazetteer.default().lookup(name, country="CN") if p.admin1 == admin1 and p.kind in kinds
    ]
    return hits[0] if len(hits) == 1 else None


_TOWN_REASON = "a town the table does not hold"
_PINYIN_TOWN_KM = 20.0


def _town_ref(simplified: str, original: str, a: int, b: int, anchor: Place | None) -> PlaceRef:
    """Rule zh-pinyin-town: a town or township the table lacks (``王江泾镇``) is the one GeoNames town of
    its pinyin in the province of ``anchor`` (the place in China named last before it), where that town
    lies within :data:`_PINYIN_TOWN_KM` of the anchor; else it stays unresolved."""
    words = original[a:b]
    name = simplified[a : b - 1]
    if anchor is not None and simplified[b - 1] in "镇乡" and len(name) >= 2:
        place = _pinyin_place(name, anchor.admin1)
        if place is not None and place.kind is PlaceKind.TOWN and _km(anchor, place) <= _PINYIN_TOWN_KM:
            return Resolved(words, place, "zh-pinyin-town")
    return Unresolved(words, _TOWN_REASON)


def place_before(found: Sequence[PlaceMention], before: int, default: Place | None = None) -> Place | None:
    """The place in China below a province named last before ``before`` (for rule zh-pinyin-town)."""
    for p in reversed(found):
        ref = p.ref
        if p.start < before and isinstance(ref, Resolved) and ref.place.country == "CN" and ref.place.kind is not PlaceKind.ADMIN1:
            return ref.place
    return default


@functools.cache
def _sizes() -> dict[str, tuple[int, ...]]:
    """For each two-character prefix of a name in the table, the lengths of its names, longest first."""
    sizes: dict[str, set[int]] = defaultdict(set)
    for name in _table()[0]:
        sizes[name[:2]].add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()}


@functools.cache
def _openers() -> re.Pattern[str]:
    """The characters a name of the table opens on (the first of a :func:`_sizes` prefix), as a class."""
    return re.compile("[" + "".join(sorted({re.escape(k[0]) for k in _sizes() if len(k) == 2})) + "]")


@functools.cache
def country_names() -> frozenset[str]:
    """The Chinese names of countries (full and short), for cutting them off titles and datelines."""
    return frozenset(
        name for e in load_zh_names() if e.level == "country" or e.place.kind is PlaceKind.COUNTRY
        for name in (e.zh, e.short)
    )  # fmt: skip


def warm_up() -> None:
    """Load the table now (it is loaded once per process in any case)."""
    _table()


@functools.cache
def _seat(zh: str, lat: float, lon: float) -> Resolved | None:
    """The GeoNames town or city nearest a division's point, within :data:`_SEAT_KM` (rule ``zh-county-seat``)."""
    from gazetteer.index import load_index

    try:
        near = load_index().nearest(lat, lon, kinds=(PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN))
    except ValueError:
        return None
    if near.country != "CN":
        return None
    from gazetteer.resolve import Gazetteer

    if Gazetteer.distance_km(near, attrs.evolve(near, lat=lat, lon=lon)) > _SEAT_KM:
        return None
    return Resolved(zh, near, "zh-county-seat")


def _choose(name: str, entries: tuple[ZhName, ...], before: str, provinces: set[str]) -> tuple[PlaceRef, str]:
    joined = [e for e in entries if e.place.geonameid]
    if not joined:
        e = min(entries, key=lambda e: _RANK.get(e.level, 4))
        if e.level in ("county", "prefecture") and (seat := _seat(e.zh, e.place.lat, e.place.lon)) is not None:
            return Resolved(name, seat.place, "zh-county-seat"), seat.place.admin1
        return Unresolved(name, f"no GeoNames record for {e.zh} (adcode {e.adcode})"), e.place.admin1
    rule = "zh-rank"
    pool = joined
    if before and (near := [e for e in joined if e.place.country == "CN" and e.place.admin1 == before]):
        pool, rule = near, "zh-preceding-province"
    elif len({e.place.geonameid for e in joined}) > 1 and (
        near := [e for e in joined if e.place.country == "CN" and e.place.admin1 in provinces]
    ):
        pool, rule = near, "zh-document-province"
    elif len({e.place.geonameid for e in joined}) == 1:
        rule = "zh-longest"
    best = min(pool, key=lambda e: (_RANK.get(e.level, 4), -e.place.population))
    admin1 = best.place.admin1 if best.place.country == "CN" else ""
    return Resolved(name, best.place, rule), admin1


@functools.cache
def _county_shorts() -> dict[str, tuple[ZhName, ...]]:
    """County-level divisions by their short name (``平潭``, ``长乐``), for rule ``zh-county-after``."""
    out: dict[str, list[ZhName]] = defaultdict(list)
    for entry in load_zh_names():
        if entry.level == "county" and entry.short != entry.zh and len(entry.short) >= 2:
            out[entry.short].append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _counties_after(
    simplified: str, stop: int, found: list[tuple[int, int, tuple[ZhName, ...]]]
) -> list[tuple[int, int, tuple[ZhName, ...]]]:
    """Rule ``zh-county-after``: a county's short name right after its province or prefecture
    ("福建平潭", "福州长乐") names the county (short county names are read nowhere else)."""
    shorts = _county_shorts()
    starts = {f[0] for f in found}
    out = []
    for _, e, entries in found:
        parent = next((x.adcode for x in entries if x.adcode.endswith("00")), "")
        if not parent or e in starts:
            continue
        prefix = parent[:2] if parent.endswith("0000") else parent[:4]
        for size in (3, 2):
            within = [x for x in shorts.get(simplified[e : e + size], ()) if x.adcode.startswith(prefix)]
            if within and e + size <= stop and not any(a < e + size and e < b for a, b, _ in found):
                # "延安市安塞县": the division word written after the short name is part of it
                end = e + size + 1 if e + size < stop and simplified[e + size] in "县区市旗" else e + size
                out.append((e, end, tuple(within)))
                break
    return out


# "肥东、肥西、长丰等地", "德清和安吉两县": the end of a list of places told as places (rule zh-county-list)
_LIST_CLOSE = re.compile(r"等(?:地|县|区县|县区|县市|市县)|[两三四五六七八九]县")
_LIST_SEP = "、和及与"


def _county_list(
    simplified: str, start: int, stop: int, found: list[tuple[int, int, tuple[ZhName, ...]]]
) -> list[tuple[int, int, tuple[ZhName, ...]]]:
    """Rule ``zh-county-list``: counties by their short names, listed and closed by ``等地`` or ``两县``
    ("先后来到肥东、肥西、长丰等地"): each item a county of one province (or a place the table reads),
    two items at least."""
    shorts = _county_shorts()
    out: list[tuple[int, int, tuple[ZhName, ...]]] = []
    for close in _LIST_CLOSE.finditer(simplified, start, stop):
        end = close.start()
        items: list[tuple[int, int, tuple[ZhName, ...]] | None] = []
        while True:
            item: tuple[int, int, tuple[ZhName, ...]] | None = None
            known = next((f for f in found if f[1] == end), None)
            if known is not None:
                item = known
            else:
                for size in (3, 2):
                    word = simplified[end - size : end]
                    if end - size >= start and shorts.get(word) and word not in _NOT_NAMES | _COUNTY_CITY_WORDS:
                        item = (end - size, end, shorts[word])
                        break
            if item is None:
                break
            items.append(item)
            if item[0] - 1 < start or simplified[item[0] - 1] not in _LIST_SEP:
                break
            end = item[0] - 1
        counties = [i for i in items if i is not None and i not in found]
        if len(items) < 2 or not counties or None in items:
            continue
        provinces = set.intersection(*({x.adcode[:2] for x in i[2] if x.adcode} for i in counties))
        if len(provinces) != 1:
            continue
        (prov,) = provinces
        for a, b, entries in counties:
            out.append((a, b, tuple(x for x in entries if x.adcode.startswith(prov))))
    return out


def _districts_gone_to(
    simplified: str, original: str, start: int, stop: int, found: list[PlaceMention], dropped: set[int]
) -> list[PlaceMention]:
    """Rule ``zh-district-list``: a district the table lacks ("北门区"), first in an item of the
    list of places after a verb of going ("前往北门区芦竹沟渔港、将军区青鲲鯓渔港"), is a place of its
    own words."""
    out: list[PlaceMention] = []
    from timeline.zh.taiwan import TW_COUNTY

    taiwan = TW_COUNTY.search(simplified, start, stop) is not None or any(
        isinstance(p.ref, Resolved) and p.ref.place.country == "TW" for p in found
    )
    for m in _GONE_TO.finditer(simplified, start, stop):
        at = m.end()
        if m.group() in ("深入", "走进") and not (
            _DISTRICT.match(simplified, at, stop) or any(p.start == at for p in found)
        ):
            continue  # "深入开展...": 深入 goes only where a place follows
        while at < stop:
            d = _DISTRICT.match(simplified, at, stop)
            # a name the table holds is read (or left out by another rule) there, not here
            if d is not None and not _NOT_DISTRICT.search(d.group()) and d.group() not in _table()[0]:
                a, b = d.span()
                short = [p for p in found if p.start == a and p.end == b - 1 and not p.region and simplified[b - 1] in "乡镇"]
                if simplified.startswith(("亲", "民", "长", "土", "愁", "情", "村", "下"), b):
                    short = []  # "嘉义乡亲", "镇长": the people or an office, the place stays
                if short and not any(p.start < b and a < p.end for p in out):
                    # rule zh-township-not-city: "先后到秀林乡、吉安乡": a township of that name, not the city
                    dropped.update(id(p) for p in short)
                if not any(p.start < b and a < p.end and id(p) not in dropped for p in found + out):
                    town = _townships().get(simplified[a : b - 1]) if simplified[b - 1] in "乡镇" else None
                    if town is not None and taiwan:
                        out.append(PlaceMention(a, b, Resolved(original[a:b], town, "zh-tw-township"), town.admin1))
                    else:
                        out.append(PlaceMention(a, b, Unresolved(original[a:b], "a district the table does not hold"), ""))
            c = _COMMUNITY.match(simplified, at, stop) if d is None else None
            if c is not None and not _NOT_COMMUNITY.match(c["name"]) and not _NOT_IN_TOWN.search(c["name"]):
                # rule zh-community: "先后到某某菜场、长桥社区学校": a community opening an item of the places gone to
                a, b = c.span()
                if not any(p.start < b and a < p.end for p in found + out):
                    out.append(PlaceMention(a, b, Unresolved(original[a:b], "a community the table does not hold"), ""))
            # on to the next item of the list, within the clause
            end = _CLAUSE.search(simplified, at, stop)
            mark = _ITEM_MARK.search(simplified, at, end.start() if end else stop)
            if mark is None:
                break
            at = mark.end()
    return out


_SIDE = re.compile(r"[岸麓坡侧畔]")
_NOT_WORD_END = "在到赴往至于和与及、的抵访来去从经"


def _bank_side(simplified: str, s: int, e: int, start: int) -> bool:
    """Whether ``simplified[s:e]`` is a mountain's or water's word and a side ("山东麓": the east foot)."""
    return (
        e - s == 2
        and simplified[s] in "山江河湖海"
        and simplified[s + 1] in "东西南北"
        and s > start
        and "\u4e00" <= simplified[s - 1] <= "\u9fff"
        and simplified[s - 1] not in _NOT_WORD_END
        and _SIDE.match(simplified, e) is not None
    )


def _prefecture(adcode: str) -> bool:
    return len(adcode) == 6 and adcode.endswith("00") and not adcode.endswith("0000")


# rule zh-two-cities: "赴宜昌荆州调研", "宜昌荆州两市": two prefectures run together and closed by what is done
# there, a list mark or a count of places are two places, no joint name
_TWO_PLACES_END = re.compile(r"考察|视察|调研|检查|慰问|访问|参观|走访|等地|[两二三]市|两地|期间|[、，,。；;：:）)]")


def _joint_name(first: PlaceMention, second: PlaceMention, simplified: str) -> bool:
    """Rule ``zh-joint-name``: two prefectures run together, the second not within the first
    ("宁波舟山港", a port named after two cities), name one thing: the second is no place of its own."""
    return (
        first.end == second.start
        and not _TWO_PLACES_END.match(simplified, second.end)
        and _prefecture(first.adcode)
        and _prefecture(second.adcode)
        and first.adcode[:4] != second.adcode[:4]
        # "吉林长春": a province named like its prefecture (吉林, read as the province) before a city of it
        and not (
            isinstance(first.ref, Resolved)
            and first.ref.place.kind is PlaceKind.ADMIN1
            and first.adcode[:2] == second.adcode[:2]
        )
    )


@functools.cache
def _townships() -> dict[str, Place]:
    """Taiwan's towns by their bare names (``西螺``, ``北港``), the table's level ``township``."""
    return {e.zh: e.place for e in load_zh_names() if e.level == "township"}


def _township_at(simplified: str, original: str, at: int, stop: int) -> PlaceMention | None:
    """Rule ``zh-tw-township``: a town of Taiwan by its bare name ("云林西螺", "来到北港朝天宫"), read
    only right after its county or city or a verb of going."""
    towns = _townships()
    for size in (4, 3, 2):
        if at + size <= stop and (place := towns.get(simplified[at : at + size])) is not None:
            if simplified.startswith(("长", "市长", "镇长", "乡长"), at + size):
                return None  # an office, not the place
            words = original[at : at + size]
            return PlaceMention(at, at + size, Resolved(words, place, "zh-tw-township"), place.admin1)
    return None


# Taiwan's special municipalities and provincial cities, no district of any other place
_TW_COUNTY_SHORTS = frozenset(("彰化", "南投", "苗栗", "云林", "屏东", "宜兰", "花莲", "台东", "澎湖"))
_TW_CITIES = frozenset(("台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义"))


def _taiwan(
    simplified: str, original: str, start: int, stop: int, found: list[PlaceMention]
) -> list[PlaceMention]:
    """Rules ``zh-tw-county``, ``zh-tw-district`` and ``zh-tw-township`` (see :mod:`.taiwan`)."""
    from timeline.zh.taiwan import TW_COUNTY, district_after, next_in_list

    out = list(found)
    for m in TW_COUNTY.finditer(simplified, start, stop):
        a, b = m.span()
        out = [p for p in out if not (p.start < b and a < p.end)]
        out.append(PlaceMention(a, b, Unresolved(original[a:b], "a county of Taiwan the table does not hold"), "", region=True))
    out.sort(key=lambda p: p.start)
    # rule zh-tw-county-list: "跑了彰化及云林": a city that names its county too, listed with a county, is the county
    for i, p in enumerate(out):
        if not (isinstance(p.ref, Resolved) and p.ref.place.country == "TW" and simplified[p.end - 1] not in "市区"):
            continue
        neighbours = [q for q in out[max(0, i - 1) : i + 2] if q is not p and q.region and q.ref.text != p.ref.text]
        if any(
            (q.start == p.end + 1 and _ITEM_MARK.match(simplified, p.end)) or (q.end + 1 == p.start and _ITEM_MARK.match(simplified, q.end))
            for q in neighbours
            if TW_COUNTY.fullmatch(simplified, q.start, q.end)
        ):
            out[i] = attrs.evolve(p, region=True)
    added: list[PlaceMention] = []
    dropped: set[int] = set()
    for i, p in enumerate(out):
        taiwan = p.region or (isinstance(p.ref, Resolved) and p.ref.place.country == "TW")
        if not taiwan or id(p) in dropped:
            continue
        at: int | None = p.end
        while at is not None:
            here = next((q for q in out if q.start == at and id(q) not in dropped), None)
            if (
                here is not None
                and isinstance(here.ref, Resolved)
                and here.ref.place.country != "TW"
                and not here.region
                and (district_after(simplified, at, stop) or _township_at(simplified, original, at, stop))
            ):
                # rule zh-tw-namesake: "屏东县东港镇", "花莲县...秀林乡、吉安乡": a township of the county
                # before it, not the mainland place of that name
                dropped.add(id(here))
                here = None
            if here is not None and (
                simplified[here.start : here.end].removesuffix("市") in _TW_CITIES
                # rule zh-tw-two-counties: "赴台中彰化视察": a county of Taiwan is no district either
                or simplified[here.start : here.end].removesuffix("县") in _TW_COUNTY_SHORTS
            ):
                # rule zh-tw-two-cities: "赴台南高雄视察": one of Taiwan's cities is no district of the place
                # written before it, but the next of the list
                break
            span = (here.start, here.end) if here is not None else district_after(simplified, at, stop)
            town = _township_at(simplified, original, at, stop) if here is None else None
            if town is not None and span is not None and span[1] == town.end + 1:
                # "秀林乡": the town of the table, its division word with it
                town = PlaceMention(town.start, span[1], attrs.evolve(town.ref, text=original[span[0] : span[1]]), town.adcode)
            elif span is not None:
                town = None
            if town is not None:
                span = (town.start, town.end)
            if span is None:
                break
            out[i] = attrs.evolve(out[i], region=True)  # the county or city before its district: a region
            if town is not None:
                added.append(town)
            elif here is None:
                words = original[span[0] : span[1]]
                added.append(PlaceMention(span[0], span[1], Unresolved(words, "a township of Taiwan the table does not hold"), ""))
            at = next_in_list(simplified, span[1], stop)
    out = [q for q in out if id(q) not in dropped]
    if any(q.region or (isinstance(q.ref, Resolved) and q.ref.place.country == "TW") for q in out):
        # in copy of Taiwan, a town by its bare name after a verb of going ("来到西螺朝兴宫")
        for m in _GONE_TO.finditer(simplified, start, stop):
            town = _township_at(simplified, original, m.end(), stop)
            if town is not None and not any(q.start < town.end and town.start < q.end for q in out + added):
                added.append(town)
    return sorted(out + added, key=lambda p: p.start)


# "河北雄安新区", "来到西咸新区": a state-level new area, no division of the table (rule zh-new-area)
# "临港新片区": a new section of a free-trade zone, the same
_NEW_AREA = re.compile(r"[\u4e00-\u9fff]{2}新片?区")
_NOT_NEW_AREA = re.compile(r"^(?:城市|城东|城西|城南|城北|开发|高新|产业|科技|经济|滨江|江北)")


def _new_areas(
    simplified: str, original: str, start: int, stop: int, found: list[PlaceMention]
) -> list[PlaceMention]:
    """Rule ``zh-new-area``: a new area ("雄安新区") right after its province or a verb of going."""
    out: list[PlaceMention] = []
    ends = {p.end for p in found if p.adcode}
    ends |= {m.end() for m in _GONE_TO.finditer(simplified, start, stop)}
    for at in sorted(ends):
        m = _NEW_AREA.match(simplified, at, stop)
        if m is None or _NOT_NEW_AREA.match(m.group()) or any(p.start < m.end() and m.start() < p.end for p in found):
            continue
        words = original[m.start() : m.end()]
        out.append(PlaceMention(m.start(), m.end(), Unresolved(words, "a new area the table does not hold"), ""))
    return out


def find_places(
    simplified: str, original: str, start: int = 0, end: int | None = None, anchor: Place | None = None
) -> list[PlaceMention]:
    """Every place name in ``simplified[start:end]`` (offsets shared with ``original``)."""
    table, _ = _table()
    sizes_of = _sizes()
    stop = len(simplified) if end is None else min(end, len(simplified))  # an end past the text is its end
    found: list[tuple[int, int, tuple[ZhName, ...]]] = []
    i = start
    opener = _openers()
    while i < stop - 1:
        # (no name opens on the characters before the next that opens one: skipped in one scan)
        if (next_opener := opener.search(simplified, i, stop - 1)) is None:
            break
        i = next_opener.start()
        if i > start and simplified[i - 1 : i + 1] in _WORD_ENDING:
            i += 1  # rule zh-word-ending: "抵达曼谷" is not Dammam (达曼): 达 ends 抵达
            continue
        # only the lengths of the names that start with these two characters are tried
        for size in sizes_of.get(simplified[i : i + 2], ()):
            if size > stop - i:
                continue
            entries = table.get(simplified[i : i + size])
            if entries:
                found.append((i, i + size, entries))
                i += size
                break
        else:
            i += 1
    # rule zh-prefecture-zhou: "甘孜州泸定县", "延边州": an autonomous prefecture by its short name and 州
    found = [
        (s, e + 1, pref)
        if simplified.startswith("州", e)
        and e + 1 <= stop
        and (pref := tuple(x for x in es if x.level == "prefecture" and x.zh.endswith("自治州") and x.short == simplified[s:e]))
        else (s, e, es)
        for s, e, es in found
    ]
    found.extend(_counties_after(simplified, stop, found))
    found.extend(_county_list(simplified, start, stop, found))
    provinces = {
        e.place.admin1 for _, _, es in found for e in es if e.level == "province" and e.place.country == "CN"
    }
    for m in _ABBREV.finditer(simplified, start, stop):  # rule zh-abbrev
        at = m.start()
        if not any(a <= at < b for a, b, _ in found) and (abbrev := table.get(_ABBREV_NAMES[m.group()])):
            found.append((at, at + 1, abbrev))
    found.sort(key=lambda f: f[0])
    phrases = [
        m.span() for m in _SET_PHRASE.finditer(simplified, max(0, start - 2), min(len(simplified), stop + 2))
    ]
    if phrases:  # rule zh-set-phrase
        found = [f for f in found if not any(a < f[1] and f[0] < b for a, b in phrases)]
    names = [
        m.span("names")
        for m in _BYLINE_NAMES.finditer(simplified, max(0, start - 12), min(len(simplified), stop + 12))
    ]
    if names:  # rule zh-byline-name
        found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b in names)]
    # rule zh-outlet: "广州日报讯", "浙江卫视": a place in an outlet's name is no place
    found = [f for f in found if not _OUTLET.match(simplified, f[1], stop)]
    found = [f for f in found if not _ORGANISATION_AFTER.match(simplified, f[1], stop)]
    # rule zh-group-home: "率宁波市党政代表团赴贵州": the place that names a delegation is where it comes from
    found = [f for f in found if not _GROUP_HOME.match(simplified, f[1], stop)]
    # rule zh-word-after: "开拓新市场", "东区域": a name's division word is the first of a word (市场, 区域)
    found = [f for f in found if not _WORD_AFTER.match(simplified, f[1] - 1, stop)]
    # rule zh-bank-side: "凤凰山东麓", "长江西岸", "洞庭湖南岸": a mountain's or a water's side, not a province
    found = [f for f in found if not _bank_side(simplified, f[0], f[1], start)]
    # rule zh-transliteration: "达沃斯" is not Davao (达沃市): a foreign city's short name run on
    # into a longer transliterated name
    found = [
        f
        for f in found
        if not (
            _TRANSLITERATION_GOES_ON.match(simplified, f[1], stop)
            and all(e.level == "foreign-city" and e.zh != simplified[f[0] : f[1]] for e in f[2])
        )
    ]
    # rule zh-township-namesake: "柏林乡", "开罗镇": a foreign city's name before 乡, 镇 or 村 opens the name
    # of a Chinese township or village, not the foreign city
    found = [
        f
        for f in found
        if not (
            f[1] < stop
            and simplified[f[1]] in "乡镇村"
            and all(e.level == "foreign-city" for e in f[2])
        )
    ]
    # rule zh-state: "华盛顿州", "纽约州": a foreign city's name before 州 names the state, not the city
    found = [
        f
        for f in found
        if not (simplified.startswith("州", f[1]) and all(e.place.country not in ("CN", "") for e in f[2]))
    ]
    out: list[PlaceMention] = []
    for s, e, entries in found:
        before = ""
        if out and out[-1].end == s and out[-1].is_region and isinstance(out[-1].ref, Resolved):
            before = out[-1].ref.place.admin1 if out[-1].ref.place.kind is PlaceKind.ADMIN1 else ""
        if out and out[-1].end == s and out[-1].adcode and len(entries) > 1:
            # rule zh-namesake-parent: "阳泉市矿区": of namesakes (矿区 of Datong and of Yangquan), the one
            # within the division written right before it
            parent = out[-1].adcode
            prefix = parent[:2] if parent.endswith("0000") else parent[:4]
            within = tuple(x for x in entries if x.adcode.startswith(prefix) and x.adcode != parent)
            entries = within or entries
        ref, admin1 = _choose(original[s:e], entries, before, provinces)
        if (
            out
            and out[-1].end == s
            and simplified[e - 1] in "镇乡"
            and out[-1].adcode
            and not out[-1].adcode.endswith("00")
            and isinstance(ref, Resolved)
            and isinstance(out[-1].ref, Resolved)
            and _km(out[-1].ref.place, ref.place) > _TOWN_OF_COUNTY_KM
        ):
            # rule zh-town-of-county: "临夏县城关镇": a town written right after its county is that county's,
            # not a namesake of the table far from it (城关镇 of another county)
            ref = Unresolved(original[s:e], "a town the table does not hold")
        adcode = next((x.adcode for x in entries if x.adcode), "")
        suffix = simplified[e - 1] if simplified[e - 1] in "区县市" else ""
        if not suffix and any(x.level == "county" and x.zh.endswith("区") for x in entries):
            suffix = "区"  # "福州长乐": a district by its short name
        out.append(PlaceMention(s, e, ref, admin1, adcode, suffix))
        # rule zh-old-county-town: "姜堰市沈高镇": a county the table holds from GeoNames only (no code, as
        # renamed since) has its towns and villages written after it too
        old_county = (
            not adcode
            and simplified[e - 1] in "市县"
            and isinstance(ref, Resolved)
            and ref.place.country == "CN"
            and ref.place.kind is PlaceKind.COUNTY
        )
        if (old_county or (adcode and not adcode.endswith("0000"))) and not any(f[0] == e for f in found):
            town = _TOWN.match(simplified, e, min(stop, e + 6))
            if town is None and adcode.endswith("00"):
                # rule zh-old-county: "延安市安塞县": a county the table knows by a later name (安塞区)
                town = _OLD_COUNTY.match(simplified, e, min(stop, e + 5))
            if town is not None and (
                not _NOT_IN_TOWN.search(town.group()[:-1])
                # rule zh-town-cheng: "和龙市东城镇": a town named for a side of the county's seat, right after it
                or (_SIDE_TOWN.match(town.group()) and not _TOWN_WORD_AFTER.match(simplified, town.end()))
            ):  # rule zh-town
                near = ref.place if isinstance(ref, Resolved) and ref.place.country == "CN" else None
                out.append(PlaceMention(e, town.end(), _town_ref(simplified, original, e, town.end(), near), admin1))
            # rule zh-village: "安吉县余村", "天荒坪镇余村": a village written right after its county or town
            at = town.end() if town is not None and out[-1].end == town.end() else e
            village = _VILLAGE.match(simplified, at, min(stop, at + 4)) or _GACHA.match(simplified, at, min(stop, at + 10))
            if village is None and at != e:
                village = _TOWN_COMMUNITY.match(simplified, at, min(stop, at + 5))
            if village is not None and not _NOT_IN_TOWN.search(village.group()[:-1]):
                words = original[at : village.end()]
                if at != e and not isinstance(out[-1].ref, Resolved):
                    # rule zh-town-village: "某县某某镇某村": the village is where they went, the town
                    # written between it and its county only says where the village lies (unless the
                    # town is on the map and the village is not, rule zh-pinyin-town)
                    out.pop()
                out.append(
                    PlaceMention(at, village.end(), Unresolved(words, "a village the table does not hold"), admin1)
                )
    for m in [*_ABBREV_TWO.finditer(simplified, start, stop), *_ABBREV_STAY.finditer(simplified, start, stop)]:
        # rule zh-abbrev-unresolved: "来宁考察", "赴青调研": a one-character name that names two places
        # (宁: Ningxia or Nanjing), after a word of coming and before what is done there, is where the
        # traveller went, kept unresolved with the reason
        a = m.start("c")
        if not any(p.start <= a < p.end for p in out):
            why = f"a one-character name of several places ({_ABBREV_TWO_NAMES[m['c']]})"
            out.append(PlaceMention(a, a + 1, Unresolved(original[a : a + 1], why), ""))
    for pm in list(out):  # rule zh-pinyin-place
        if (
            pm.is_region
            and pm.province
            and pm.adcode.endswith("0000")
            and not any(p.start == pm.end for p in out)
        ):
            found_town = _by_pinyin(simplified, pm.end, stop, pm.province)
            if found_town is not None:
                a, b, place = found_town
                out.append(PlaceMention(a, b, Resolved(original[a:b], place, "zh-pinyin-place"), pm.province))
        elif pm.province and pm.adcode.endswith("00") and not any(p.start == pm.end for p in out):
            # rule zh-pinyin-district: "杭州市临平区": a district or county the table lacks (newer than
            # it), after its prefecture, is the GeoNames county or city of its pinyin in that province
            district = _NEW_DISTRICT.match(simplified, pm.end, stop)
            seat = _pinyin_place(district["name"], pm.province) if district is not None else None
            if district is not None and seat is not None and seat.kind in (PlaceKind.COUNTY, PlaceKind.CITY):
                a, b = district.span()
                out.append(PlaceMention(a, b, Resolved(original[a:b], seat, "zh-pinyin-district"), pm.province))
    for m in _TOWN_ARRIVED.finditer(simplified, start, stop):
        a, b = m.span("town")
        if not _NOT_IN_TOWN.search(m["town"][:-1]) and not any(p.start < b and a < p.end for p in out):
            village = _VILLAGE.match(simplified, b, min(stop, b + 4)) if m["town"][-1] != "县" else None
            if village is not None and not _NOT_IN_TOWN.search(village.group()[:-1]):
                # rule zh-town-village: "来到巴马镇赐福村": the village, the town only says where it lies,
                # unless GeoNames holds the town (rule zh-pinyin-town) and so puts the village on the map
                town_ref = _town_ref(simplified, original, a, b, place_before(out, a, anchor))
                if isinstance(town_ref, Resolved):
                    out.append(PlaceMention(a, b, town_ref, town_ref.place.admin1))
                a, b = village.span()
                out.append(PlaceMention(a, b, Unresolved(original[a:b], "a village the table does not hold"), ""))
                continue
            out.append(PlaceMention(a, b, Unresolved(original[a:b], "a town the table does not hold"), ""))
    for m in _VILLAGE_ARRIVED.finditer(simplified, start, stop):  # rule zh-village-arrived
        a, b = m.span("village")
        name = m["village"].removesuffix("社区").removesuffix("村")
        if _NOT_COMMUNITY.match(name):
            continue
        if not _NOT_IN_TOWN.search(name) and not _NOT_VILLAGE.match(name) and not any(p.start < b and a < p.end for p in out):
            out.append(PlaceMention(a, b, Unresolved(original[a:b], "a village the table does not hold"), ""))
            # rule zh-village-list: "先后来到桃园村、杨家庄村和西坡村": the villages listed after the first one
            while b < stop - 1 and _ITEM_MARK.match(simplified, b):
                item = _VILLAGE.match(simplified, b + 1, min(stop, b + 6))
                if item is None or _NOT_IN_TOWN.search(item.group()[:-1]) or _NOT_VILLAGE.match(item.group()[:-1]):
                    break
                a, b = item.span()
                if any(p.start < b and a < p.end for p in out):
                    break
                out.append(PlaceMention(a, b, Unresolved(original[a:b], "a village the table does not hold"), ""))
    dropped: set[int] = set()
    out.extend(_districts_gone_to(simplified, original, start, stop, out, dropped))
    out = sorted((p for p in out if id(p) not in dropped), key=lambda p: p.start)
    for p in list(out):
        # rule zh-town-village in a list: "某县甲镇乙村、丙镇丁村": a town of a later item, read alone, with
        # its village written right after it (the village is the place, the town is dropped below)
        if simplified[p.end - 1] in "镇乡" and not isinstance(p.ref, Resolved):
            village = _VILLAGE.match(simplified, p.end, min(stop, p.end + 4))
            if village is not None and not _NOT_IN_TOWN.search(village.group()[:-1]):
                a, b = village.span()
                # "姑孰镇黄山村": a name of the table inside the village's name is the village
                inside = [q for q in out if a <= q.start and q.end <= b]
                if any(q.start == a and q.end == b for q in inside) or any(q.start < b and a < q.end for q in out if q not in inside):
                    continue
                out = [q for q in out if q not in inside]
                out.append(PlaceMention(a, b, Unresolved(original[a:b], "a village the table does not hold"), p.province))
    out.sort(key=lambda p: p.start)
    # rule zh-town-village: "来到巴马镇赐福村": a town written right before its village only says where it lies
    out = [
        p
        for i, p in enumerate(out)
        if not (
            simplified[p.end - 1] in "镇乡"
            and not isinstance(p.ref, Resolved)
            and i + 1 < len(out)
            and out[i + 1].start == p.end
            and simplified[out[i + 1].end - 1] in "村屯"
        )
    ]
    out.extend(_new_areas(simplified, original, start, stop, out))
    out = [p for i, p in enumerate(out) if not (i and _joint_name(out[i - 1], p, simplified))]
    # rule zh-prefecture-before-county: "海东市互助土族自治县", "湖州市安吉县": the prefecture written right
    # before one of its counties only says where the county lies; the county is the place gone to
    out = [
        p
        for i, p in enumerate(out)
        if not (
            _prefecture(p.adcode)
            and i + 1 < len(out)
            and out[i + 1].start == p.end
            and out[i + 1].adcode[:4] == p.adcode[:4]
            and not _prefecture(out[i + 1].adcode)
            # a county-level city too ("崇左市凭祥市"): its code is no prefecture's and no district's
            and simplified[out[i + 1].end - 1] in "县旗市"
        )
    ]
    out = _taiwan(simplified, original, start, stop, out)
    out = [
        p
        for p in out
        if simplified[p.start : p.end] not in _GENERIC_DISTRICTS
        or not p.adcode
        or any(q.end == p.start and q.adcode[:4] == p.adcode[:4] for q in out)
    ]
    # rule zh-office-place: "台南市长黄伟哲", "台南市政府": a place in an office or a government's name
    out = [p for p in out if not _office_after(simplified, p.end, stop)]
    out.sort(key=lambda p: p.start)
    for i, p in enumerate(out):  # rule zh-pinyin-town for a town read by the other rules
        if isinstance(p.ref, Unresolved) and p.ref.reason == _TOWN_REASON:
            ref = _town_ref(simplified, original, p.start, p.end, place_before(out, p.start, anchor))
            if isinstance(ref, Resolved):
                out[i] = attrs.evolve(p, ref=ref, province=ref.place.admin1)
    return out
