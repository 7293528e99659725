"""Titles and names in Chinese copy -> :class:`~timeline.model.Person`, with pinyin.

Rules, each named in the evidence of the mentions it reads:

* ``zh-titled-name``: a chain of offices joined by ``、`` and then a name
  (``中共中央总书记、国家主席、中央军委主席习近平``, ``国务院总理李强``); names have no spaces.
  A name is one of the leaders known by name, else a common surname and one or two more
  characters, two where the third is a word that follows names (``在``, ``近日``, ``来到``...).
* ``zh-name``: a later mention of a roster name.
* ``zh-title``: a later mention of a title alone (``总书记``, ``总理``) that only one person on
  the roster holds.
* ``zh-pinyin``: every person carries the pinyin of the name (``Li Qiang``, surname first, given
  name joined) as the first alias, so reports in either language name one person alike.
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from timeline.model import Person, Title

__all__ = ["BODIES", "KNOWN_NAMES", "ZhMention", "find_people", "pinyin_name"]

_KNOWN = (
    "习近平 李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希 韩正 李克强 栗战书 汪洋 王岐山 胡锦涛 温家宝 吴邦国 贾庆林 江泽民"
    " 朱镕基 李鹏 张德江 俞正声 刘云山 张高丽 王毅 张国清 何立峰 刘国中 丁仲礼 孙春兰 胡春华 刘鹤 杨洁篪 陈敏尔"
    " 黄坤明 尹力 李干杰 李书磊 石泰峰 陈文清 王小洪 谌贻琴 秦刚 王勇 吴政隆 魏凤和 李尚福 王晨 曹建明 彭丽媛"
    " 李家超 林郑月娥 贺一诚 赖清德 蔡英文 马英九 普京 拜登 特朗普 马克龙 朔尔茨 岸田文雄 石破茂 莫迪 卢拉 尹锡悦"
    # leaders of Taiwan's parties and of the special regions, past and present, often named alone
    " 连战 宋楚瑜 吴伯雄 洪秀柱 朱立伦 郑丽文 柯文哲 蒋万安 陈水扁 李登辉 韩国瑜 侯友宜 卓荣泰 萧美琴 林佳龙"
    " 梁振英 曾荫权 董建华 何厚铧 崔世安 岑浩辉 夏宝龙"
    # earlier members of the central leadership
    " 李长春 贺国强 周永康 曾庆红 吴官正 罗干 黄菊 回良玉 王兆国 刘延东 马凯 李源潮"
    # foreign leaders often named alone after their first mention
    " 金正恩 金正日 文在寅 李在明 安倍晋三 奥巴马 默克尔 斯塔默 黄循财 李显龙 安瓦尔 佐科 普拉博沃 欧尔班 武契奇"
    " 卢卡申科 托卡耶夫 米尔济约耶夫 阿尔巴尼斯 陆克文 麻生太郎"
    " 川普 埃尔多安 苏纳克 梅洛尼 小马科斯 洪玛奈 洪森 拉马福萨 默茨 特鲁多 菅义伟 野田佳彦 鸠山由纪夫 福田康夫"
    " 小泉纯一郎 梅德韦杰夫 萨科齐 奥朗德 希拉克 施罗德 布莱尔 卡梅伦 查尔斯三世 方济各 古特雷斯 冯德莱恩"
).split()
KNOWN_NAMES = frozenset(_KNOWN)
_SURNAMES = (
    "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|长孙|夏侯|"
    "李|王|张|刘|陈|杨|赵|黄|周|吴|徐|孙|胡|朱|高|林|何|郭|马|罗|梁|宋|郑|谢|韩|唐|冯|于|董|萧|程|曹|袁|邓|许|"
    "傅|沈|曾|彭|吕|苏|卢|蒋|蔡|贾|丁|魏|薛|叶|阎|余|潘|杜|戴|夏|钟|汪|田|任|姜|范|方|石|姚|谭|廖|邹|熊|金|陆|"
    "郝|孔|白|崔|康|毛|邱|秦|江|史|顾|侯|邵|孟|龙|万|段|雷|钱|汤|尹|黎|易|常|武|乔|贺|赖|龚|文|栗|谌|俞|温|楼|"
    "应|陶|葛|鲍|廉|尤|蓝|童|严|凌|柴|覃|闫|倪|解|卓|祁|穆|车|房|骆|翟|谷|左|柳|单|储|蒲|牛|习|"
    # more common surnames, many of them common in Hong Kong, Macao and Taiwan (岑, 游, 庄, 翁, 柯, 詹)
    "岑|游|洪|庄|翁|柯|詹|颜|施|简|连|欧|章|鲁|齐|冉|甘|聂|晏|邢|滕|郎|饶|符|纪|霍|毕|宁|阮|项|管|虞|娄|麦|伍|"
    "莫|关|邝|粟|戚|米|裴|景|巫|季|盛|包|辛|路|向|耿|焦|梅|练|利|涂|云|时|郁|丘|池|杭|缪"
)
_OFFICES = (
    "总书记|国家副主席|国家主席|军委主席|副主席|主席|副总理|总理|副委员长|委员长|国务委员|副书记|书记|"
    "副省长|省长|副市长|市长|副县长|县长|区长|乡长|镇长|董事长|次长|教宗|教皇|当选人|部长|外长|会长|主委|司长|局长|署长|议长|政治局常委|常委|委员|副总统|总统|首相|国王|女王|行政长官|特首|主任|大使|院长|检察长|厅长|秘书长|领导人|"
    # rule zh-more-offices: "州委常委、副州长某某", "秘书二处副处长某某", "二级巡视员某某", "旗长", "党团总召"
    "州长|处长|巡视员|调研员|旗长|盟长|总召|"
    # rule zh-assistant-office: "财政部部长助理某某", "省长助理某某"
    "部长助理|省长助理|市长助理|"
    # rule zh-military-offices: "中央军委委员、总参谋长某某", "某军区司令员某某"
    "参谋长|司令员|政治委员|"
    # rule zh-consul: "驻某城总领事某某", "副总领事某某"
    "总领事|领事"
)
_OFFICE = rf"[\u4e00-\u9fff]{{0,14}}?(?:{_OFFICES})"


def _opens_on(*words: str) -> str:
    """A lookahead on the characters ``words`` open on: before a pattern every match of which opens
    on one of them, it rejects every other position at once (the same matches, scanned quickly)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


# common words that open on a surname: after an office they are the sentence going on, not a name
_SURNAME_WORDS = frozenset(
    "连续 应邀 于是 高度 方面 周边 全面 任何 曾经 常务 时间 何时 向来 管理 金融 万一 高级 单独 关于 程序 项目"
    " 江山 和平 方向 黄金 林业 石油 钱款 宋代 唐代 汤匙 史上 严格 孔子 段落 温馨 易于 常年 常规 包括 路线 向前 车队 车辆 时隔".split()
)
# rule zh-minority-name: Mongolian, Tibetan, Uyghur and Kazakh names are written in characters of
# transliteration, three to six of them ("布仁其木格", "巴特尔") or two parts joined by a middle dot
# ("艾尔肯·吐尼亚孜"); after an office, such a run ending where names end is the name, not a surname
# and a given name of one or two characters
_SOUNDS = "".join(sorted(set(
    "巴特尔布仁其木格乌云图雅那苏斯琴毕力孟达宝音德敖登勒呼浩吉嘎拉阿坦仓萨高娃哈兰道赫满都包花扎赛罕劳赉朝鲁额敦"
    "洛桑江村白玛赤林列次西多旦增顿珠平措卓央金尼瓦索朗罗强群培贡坚赞帕杰热地向嘉降秋丹琼普穷曲珍旺晋美土益错姆才让"
    "和艾肯吐亚孜买提努克雪依汗则库班托合伊素甫穆默肉逊里丁贝明沙吾曼古丽娜玉别铁不米尕确加乃黑"
)))  # fmt: skip
_MINORITY_END = (
    r"(?=\d|[０-９]|[，,。、；;：:\s（(“”]|在|于|到|赴|率|带领|带队|深入|督查|督导|主持|强调|指出|实地|一行|先后|同志|来到|前往|"
    r"出席|参加|看望|慰问|调研|考察|视察|走访|察看|检查|会见|表示|说|今天|昨天|今日|昨日|当天|当日|日前|近日|上午|下午|等|和|与|同|一同|也|还|又|"
    # rule zh-name-boundary: "国防部长某某·某某将到访": a name ends before 将 and a weekday
    r"将|星期|周[一二三四五六日])"
)
_MINORITY = (
    rf"(?P<minority>[{_SOUNDS}]{{3,7}}?{_MINORITY_END}"
    rf"|[\u4e00-\u9fff]{{2,5}}[·•][\u4e00-\u9fff]{{2,6}}?{_MINORITY_END})"
)
# a chain of offices opens at most 14 Han characters before the first character of an office
_TITLED = re.compile(
    rf"(?=[\u4e00-\u9fff]{{0,14}}?[{''.join(sorted({o[0] for o in _OFFICES.split('|')}))}])"
    rf"(?P<titles>(?:{_OFFICE}[、，,]?)+?)(?P<name>{'|'.join(_KNOWN)}|{_MINORITY}|(?!{'|'.join(sorted(_SURNAME_WORDS))})(?:{_SURNAMES})"
    # rule zh-committee-place: "省委常委、杭州市委书记某某": a place's party committee opens the next office
    rf"(?![^在于和与及将赴到陪同的\W\d]{{0,2}}[市省县区州旗]委)[\u4e00-\u9fff]{{1,2}})"
)
# characters after a two-character name that end it: the third character is not part of it
_AFTER_NAME = frozenset(
    "在到于将来赴近日今昨前主出会同和与等说表指强考视调访抵率陪也还先又再对向的是及并就一已曾正晚上下早共举分偕携"
)
# characters a title chain never starts with (the words before it belong to the sentence)
_TITLE_START_TRIM = re.compile(
    r"^[^、，,]*(?:[了在是的见向由同与跟等而但及和为]|欢迎|邀请|宴请|款待|接待|代表|看望|祝贺|感谢|友邦|指示|责成|委派|指派|派遣|委请|请|派(?!驻|出)|落实|贯彻|学习|转达|转交|(?:官员|人员|成员)(?:有|包括))"
)
# a bureau named for two fields joined by 及 ("政制及内地事务局", "保安及警务部")
_JOINT_BUREAU = re.compile(r"[\u4e00-\u9fff]{2,4}及[\u4e00-\u9fff]{1,8}?(?:事务局|局|部|署|委员会)")
_CAPACITY = frozenset(("身份", "身分"))
_KNOWN_IN = re.compile("|".join(_KNOWN))
_DAY_END = re.compile(r"[日号](?:上午|下午|中午|晚间|晚上|凌晨|早上|清晨|晚)?(?:指示|要求|责成|委请)?")
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "夏侯")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@functools.cache
def pinyin_name(name: str) -> str:
    """The pinyin of a Chinese name, surname first: ``李强`` -> ``Li Qiang``, ``欧阳修`` -> ``Ouyang Xiu``.

    Names that are not two to four Han characters (``普京`` aside) come back unchanged.
    """
    if not _HAN_NAME.match(name):
        return name
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name, errors="ignore")
    cut = 2 if name[:2] in _COMPOUND else 1
    surname, given = "".join(syllables[:cut]), "".join(syllables[cut:])
    return f"{surname.capitalize()} {given.capitalize()}".strip()


@frozen
class ZhMention:
    """A titled name in the text: who, with which offices, and where (offsets into the text)."""

    name: str
    titles: tuple[str, ...]
    start: int
    end: int
    name_start: int


# third characters common in given names that end a name only as the first of a word ("强调")
_AFTER_NAME_WORD: dict[str, str | tuple[str, ...]] = {
    # rule zh-name-boundary: "应外长某某邀请", "总统某某星期三抵达", "某某周二到访"
    "强": "调", "深": "入", "邀": "请", "星": "期", "礼": "拜", "周": ("一", "二", "三", "四", "五", "六", "日", "末"),
    "特": "使", "定": "于", "订": "于", "参": ("加", "观", "与", "访"), "应": ("邀", "约"),
    # common in given names too ("陈一新", "王正伟", "李先念"): a word only with what follows
    "一": ("行", "同", "起", "道", "直"), "正": ("在", "式"), "先": ("后",),
    "来": ("到", "华", "京", "访", "自", "沪", "港", "澳", "台"),
    # words of going and doing after a name of two ("王明结束访问", "王明乘专机", "王明启程")
    "结": "束", "乘": ("专", "机", "坐", "车", "船", "飞", "高", "“", "「", "\""), "专": ("程", "机"), "随": ("后", "即", "同", "行"),
    "启": "程", "飞": ("抵", "往", "赴"), "途": "经", "走": "访", "察": "看", "巡": ("视", "察"), "慰": "问",
    "检": "查", "离": ("开", "港", "京", "沪", "台"), "莅": "临", "看": "望", "接": ("见", "受"), "冒": ("雨", "雪"),
    "当": ("天", "日", "晚", "地"), "此": ("次", "行", "间"), "返": ("回", "抵", "京", "港", "台"),
    "转": ("赴", "往", "抵", "机"), "踏": "上", "拜": ("会", "访", "谒"), "回": ("国", "到", "京", "港", "台"),
    "亲": ("切", "自", "临"), "顶": "着", "带": ("领", "队"),
    # a plan given up or changed ("王五原拟17日前往", "王五原定6日访问")
    "代": "表",  # "赵六代表市政府致辞"
    "原": ("拟", "定", "订", "计划", "打算", "准备", "预定", "本"),
}  # fmt: skip


def _trim_name(text: str, start: int, name: str) -> str:
    if name in _KNOWN or len(name) == 2:
        return name
    follower = _AFTER_NAME_WORD.get(name[2])
    if follower is not None:
        return name[:2] if text.startswith(follower, start + 3) else name
    return name[:2] if name[2] in _AFTER_NAME else name


_FOREIGN_OFFICES = (
    "(?<=[日英泰韩印])相|副首相|(?:外|防卫|财务|国土交通|经济产业|经产|文部科学|厚生劳动|农林水产|总务|法务|环境|复兴)相|总书记|第一书记|副总统|总统|首相|副总理|总理|国王|女王|外交部长|外长|[\u4e00-\u9fff]{0,4}议长|国家副主席|国家主席|(?:国家杜马|联邦委员会|参议院|众议院|国民议会|议会|国会|人民议会|最高人民会议常任委员会)?主席|王储|亲王|大公|公主|王子"
    # rule zh-foreign-minister: "美国国务卿某某", "英国外交大臣某某", "日本防卫大臣某某"
    "|国务卿|副国务卿|[\u4e00-\u9fff]{0,7}州督|苏丹|埃米尔|[\u4e00-\u9fff]{0,8}大臣|[\u4e00-\u9fff]{0,4}部长|总督|秘书长|总干事|总裁|行长"
    # a state's governor, a city's mayor, a house's leader, a senior minister: "美国加州州长某某"
    "|[\u4e00-\u9fff]{0,6}州长|[\u4e00-\u9fff]{0,6}市长|[\u4e00-\u9fff]{0,8}领袖|国务资政|资政|[\u4e00-\u9fff]{0,4}议员"
)
_REPRESENTATIVE = re.compile(r"代表(?=[、，,和与及])")
# rule zh-name-end-verb: "马克龙结束对华访问", "某某开启访华", "某某北京时间4日抵达": a name ends before a
# verb of a journey's course or a time zone
_NAME_END = r"(?=\d|[０-９]|今天|昨天|今日|昨日|明天|明日|今(?:晨|早|晚|起|[抵赴到访离飞启])|昨(?:晚|夜|[抵赴到访离飞启])|早日|适时|择机|择时|尽早|尽快|方便时|当天|当日|当地时间|日前|近日|近期|上午|下午|晚间|代表[、，,和与及]|[，,。、；;：:\s（(“”「」]|在|于|和|与|以及|及|等|的|将|已|也|还|表示|说|一行|夫妇|伉俪|首次|再次|陪同|陪伴|来(?:华|京|访|港|澳|台|到)|乘|星期|礼拜|周[一二三四五六日]|会见|会谈|会面|见面|通话|通电话|访|抵|率|出席|出访|出国|出发|会晤|邀|同|向|对|致|举行|共同|就|为|从|结束|开始|开启|展开|启程|前往|到达|飞抵|飞往|离开|返回|宣布|(?:北京|香港|台北|美东|美国东部|格林尼治|莫斯科|东京)时间|$)"


# rule zh-office-alone: "再有韩国总统到访", "日本首相将出席": the office with no name, then a verb
_NOT_NAME_START = "[到访抵将在于也还已等的是今昨再首亦并均都曾正邀]"


@functools.cache
def _foreign_titled() -> re.Pattern[str]:
    from timeline.zh.places import country_names

    countries = sorted(
        (c for c in country_names() if c not in ("中国", "中华人民共和国")), key=lambda c: (-len(c), c)
    )  # (longest first; the same order in every run)
    countries += list(BODIES)
    countries += ["越共", "老挝人革党", "古共"]
    countries.insert(0, "大不列颠及北爱尔兰联合王国")  # the United Kingdom by its full name  # a country's ruling party by its short name: "越共中央总书记某某"
    # rule zh-country-short: "日相某某", "英相某某", "美国务卿": a country by one character, then its office,
    # where no word runs into it; "陈菊10日相偕出访": a day before 日 is no country (rule zh-country-short-day)
    short = (
        r"(?:(?<![\u4e00-\u9fff\d０-９])|(?<=[电电与和同跟及、]))(?:南韩|美|日|英|法|德|俄|韩|澳|泰|越|菲|印|加|纽|以)"
        r"(?=相|首相|总统|副总统|总理|外长|国务卿|防长)"
        # rule zh-cabinet-minister: "国土交通相前原某某": a Japanese cabinet office names its country
        r"|(?<![\u4e00-\u9fff])(?=(?:外|防卫|财务|国土交通|经济产业|经产|文部科学|厚生劳动|农林水产|总务|法务|环境|复兴)相)"
        r"|(?<=[，,。；\s】])(?=(?:防卫|财务|国土交通|经济产业|经产|文部科学|厚生劳动|农林水产|总务|法务|环境|复兴)相)"
        # "；防卫大臣某某出访美国", "其中副首相兼财务大臣某某": a Japanese cabinet minister by office alone
        rf"|(?:(?<=[，,。；;\s】])|(?<=其中))(?=(?:副首相兼)?{_JP_MINISTRY}大臣)"
    )
    return re.compile(
        rf"(?:(?:{'|'.join(countries)}){STATE_FORM}|{short})(?:前|现任)?(?:负责[\u4e00-\u9fff]{{1,10}}?的)?(?:[\u4e00-\u9fff]{{1,6}}党)?(?:中央)?(?:{_FOREIGN_OFFICES})(?:[、兼][\u4e00-\u9fff]{{0,4}}?(?:{_FOREIGN_OFFICES}))*(?!{_NOT_NAME_START}|时隔|以来|以后|之后|之前|期间|任内|代表|公署|府|办公室|官邸|发言人|特使|夫人|顾问|就职|就任|选举|大选|任期|候选|葬礼|加冕|举行|会见|会谈|会晤|会面|见面|通话|通电话|发表|讲话|致辞|宣布|指出|强调|认为|称|离开|随后|出席|表示|说|一行|率|同|向|对|致|共同|就|为|和|与|及)"
        rf"(?P<name>[\u4e00-\u9fff·•]{{2,8}}?|[\u4e00-\u9fff]{{2,5}}[·•\-－][\u4e00-\u9fff]{{2,5}}?"
        # "穆罕默德·本·萨勒曼": a name of three or four parts
        rf"|[\u4e00-\u9fff]{{1,6}}[·•][\u4e00-\u9fff]{{1,6}}[·•][\u4e00-\u9fff]{{1,6}}?(?:[·•][\u4e00-\u9fff]{{2,6}}?)?){_NAME_END}"
    )


# rule zh-state-form: a country by its full name, "尼日利亚联邦共和国总统", "沙特阿拉伯王国国王"
STATE_FORM = (
    "(?:联邦民主共和国|民主共和国|人民共和国|联邦共和国|伊斯兰共和国|社会主义共和国|阿拉伯共和国|合作共和国"
    "|玻利瓦尔共和国|共和国|联合共和国|联邦|王国|合众国|大公国|公国|苏丹国)?"
)


_JP_MINISTRY = "(?:防卫|财务|外务|总务|法务|文部科学|厚生劳动|农林水产|经济产业|国土交通|环境|复兴)"


# international bodies whose officers are read like a country's: "联合国秘书长古特雷斯"
BODIES = (
    "联合国", "欧盟委员会", "欧洲理事会", "欧盟", "世界卫生组织", "世卫组织", "国际奥委会", "东盟", "非盟",
    "国际货币基金组织", "世界银行", "世界贸易组织", "世贸组织", "亚洲开发银行", "新开发银行",
)  # fmt: skip


def _foreign_people(
    simplified: str, start: int, stop: int, known: set[int], names_at: frozenset[int] = frozenset()
) -> list[ZhMention]:
    """Rule ``zh-foreign-name``: after a country and an office ("日本首相麻生太郎"), the name runs to
    the next word that ends names; foreign names follow no Chinese surname."""
    out = []
    for m in _foreign_titled().finditer(simplified, start, stop):
        if m.start("name") in known and m.start("name") not in names_at:
            continue
        name = m["name"].strip("·•")
        if name.endswith("应") and simplified.startswith(("邀", "约"), m.end("name")):
            name = name[:-1]  # "韩国总统某某应邀": 应邀 is no part of the name
        title = simplified[m.start() : m.start("name")]
        out.append(ZhMention(name, (title,), m.start(), m.start("name") + len(name), m.start("name")))
    return out


# rule zh-name-title: "胡锦涛总书记", "陈水扁总统今天...": a name with a head office after it (a known
# leader's name anywhere; another name of a surname and two characters where a clause begins)
_TOP_OFFICES = "总书记|国家主席|主席|副总理|总理|委员长|副总统|总统|行政长官|特首|首相|院长|市长|县长|省长|书记|外长|部长"
_NAME_TITLE = re.compile(
    _opens_on(*_KNOWN, *_SURNAMES.split("|"))
    + rf"(?:(?P<known>{'|'.join(_KNOWN)})|(?<![\u4e00-\u9fff])(?P<other>(?:{_SURNAMES})[\u4e00-\u9fff]{{2}}))"
    rf"(?P<title>前?(?:{_TOP_OFFICES}))(?![府团办令职任制])"
)


def _name_title(simplified: str, start: int, stop: int, covered: set[int]) -> list[ZhMention]:
    out = []
    from timeline.zh.places import country_names

    countries = country_names()
    for m in _NAME_TITLE.finditer(simplified, start, stop):
        name_start = m.start()
        if name_start in covered or (m["other"] and m["other"][1:] in countries):
            continue  # "应韩国总理": a word and a country before the office, not a name
        name = m["known"] or m["other"]
        if name[:2] in _SURNAME_WORDS or name.endswith(("副", "常务")):
            continue  # "常务副省长": a word of the office, not a name
        out.append(ZhMention(name, (m["title"],), name_start, m.end(), name_start))
    return out


# rule zh-shared-title: "国务院副总理何立峰、丁薛祥4日在天津调研": one office over a list of names
_SHARED = re.compile(rf"、(?P<name>{'|'.join(_KNOWN)}|(?:{_SURNAMES})[\u4e00-\u9fff]{{1,2}})")
_SHARED_END = re.compile(r"、|\d|[０-９]|[在于等分和同与及到赴率出来前将近今昨日当先一共]")


def _shared(simplified: str, at: int, stop: int, titles: tuple[str, ...]) -> list[ZhMention]:
    """The names after a titled name that share its offices, each a mention whose office is the first's
    (its ``start`` is the ``、`` before it)."""
    out: list[ZhMention] = []
    while (m := _SHARED.match(simplified, at, stop)) is not None:
        name = _trim_name(simplified, m.start("name"), m["name"])
        end = m.start("name") + len(name)
        if end < stop and not _SHARED_END.match(simplified, end, stop):
            break
        if _TITLED.match(simplified, m.start("name"), stop) is not None and name not in _KNOWN:
            break  # "、副省长李六": a name of its own office
        out.append(ZhMention(name, titles, m.start(), end, m.start("name")))
        at = end
    return out


_BARE_KNOWN = re.compile(
    rf"(?P<name>{'|'.join(_KNOWN)})(?=\d|[０-９]|今天|昨天|今日|昨日|当天|日前|近日|近期|在|于|将|抵|前往|出访|来到|率|一行|赴|乘|先后|考察|视察|调研|访问"
    # companions named alone ("蔡奇、何立峰陪同考察") and a leader going on ("习近平随后来到")
    rf"|[、]|等|陪同|一同|也|还|又|再次|专程|随即|随后)"
)


# rule zh-our-place: "我省", "本市", "全县" are a place, so 长 after them opens the next word ("我省长江")
_OUR_PLACE_OFFICE = re.compile(r"(?:我|本|全)(?:省|市|县|区|州)长$")


def find_people(simplified: str, start: int = 0, end: int | None = None) -> list[ZhMention]:
    """Every titled name in ``simplified[start:end]`` (rules ``zh-titled-name``, ``zh-foreign-name``,
    ``zh-name-title``)."""
    stop = len(simplified) if end is None else end
    out: list[ZhMention] = []
    for m in _TITLED.finditer(simplified, start, stop):
        titles_text = m["titles"]
        t_start = m.start()
        joint = _JOINT_BUREAU.search(titles_text)
        if joint is not None:
            # rule zh-joint-bureau: "政制及内地事务局局长": 及 inside a bureau's name ends no list
            at = titles_text.index("及", joint.start())
            trimmed = _TITLE_START_TRIM.match(titles_text[:at] + "局" + titles_text[at + 1 :])
        else:
            trimmed = _TITLE_START_TRIM.match(titles_text)
        if trimmed:
            t_start += trimmed.end()
            titles_text = titles_text[trimmed.end() :]
        day_end = _DAY_END.match(titles_text)
        if day_end and t_start > 0 and (simplified[t_start - 1].isdigit() or simplified[t_start - 1] in ")）"):
            # rule zh-day-before-title: "今(28)日上午指示行政院秘书长某某", "9月11日行政院长某某": the day
            # that ends a date is no part of the office after it
            t_start += day_end.end()
            titles_text = titles_text[day_end.end() :]
        if _KNOWN_IN.search(titles_text):
            continue  # "习近平总书记曾到": a known name and its office, read by rule zh-name-title
        if _OUR_PLACE_OFFICE.search(titles_text):
            continue  # rule zh-our-place: "了解我省长江防汛": 我省 then 长江, no 省长
        name = m["name"] if m["minority"] else _trim_name(simplified, m.start("name"), m["name"])
        if name[:2] in _SURNAME_WORDS:
            continue  # rule zh-surname-word: "外长连续36年", "总统应邀": a word, not a name
        titles = tuple(t for t in re.split(r"[、，,]", titles_text) if t)
        if not titles:
            continue
        out.append(ZhMention(name, titles, t_start, m.start("name") + len(name), m.start("name")))
        out.extend(_shared(simplified, m.start("name") + len(name), stop, titles))
    covered = {i for m in out for i in range(m.start, m.end)}
    # a foreign office's holder: the foreign reading wins where it reads a longer name ("马克西姆")
    foreign = _foreign_people(simplified, start, stop, covered, frozenset(m.name_start for m in out))
    longer = {
        f.name_start
        for f in foreign
        if any(
            m.name_start == f.name_start
            # or the same name under a longer office that names a country ("尼日利亚联邦共和国总统")
            and (len(f.name) > len(m.name) or (f.name == m.name and f.start < m.start))
            for m in out
        )
    }
    # rule zh-capacity: "以总理身份访华": in the office's capacity, no name
    out = [m for m in out if m.name_start not in longer and m.name not in _CAPACITY]
    foreign = [f for f in foreign if f.name not in _CAPACITY]
    # rule zh-representative: "美国总统某某代表、州长某某": the holder's representative, not the holder
    out = [m for m in out if not _REPRESENTATIVE.match(simplified, m.end, stop)]
    foreign = [f for f in foreign if not _REPRESENTATIVE.match(simplified, f.end, stop)]
    out.extend(f for f in foreign if f.name_start in longer or f.name_start not in covered)
    covered = {i for m in out for i in range(m.start, m.end)}
    out.extend(_name_title(simplified, start, stop, covered))
    covered = {i for m in out for i in range(m.start, m.end)}
    # rule zh-bare-known: "蔡英文今天出访", "习近平5日在...": a leader known by name, with no office
    out.extend(
        ZhMention(m["name"], (), m.start(), m.end(), m.start())
        for m in _BARE_KNOWN.finditer(simplified, start, stop)
        if m.start() not in covered
    )
    out.sort(key=lambda m: m.start)
    return out


def person_of(name: str, titles: tuple[str, ...], original_name: str) -> Person:
    """The person for a roster entry: the name as written, the last office, pinyin first among aliases
    and in :attr:`~timeline.model.Person.pinyin` (where the name has one)."""
    short = [s for t in titles for s in re.findall(_OFFICES, t)]
    pinyin = pinyin_name(name)
    aliases = (pinyin, *(s for s in short if s != original_name))
    return Person(
        original_name,
        Title("、".join(titles)) if titles else None,
        tuple(dict.fromkeys(aliases)),
        pinyin=pinyin if pinyin != name and pinyin.isascii() else "",
    )


@functools.cache
def surname_chars() -> frozenset[str]:
    """The surnames of one character."""
    return frozenset(x for x in _SURNAMES.split("|") if len(x) == 1)
