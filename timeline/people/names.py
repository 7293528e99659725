"""Names compared: family names, spellings, and titles that agree."""

from __future__ import annotations

import re
import unicodedata

from timeline.people.offices import _PARTICLE

# The first word of a Chinese name is the family name; these are the common ones in pinyin.
_CHINESE_SURNAMES = frozenset(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue
    Ye Yan Lu Du Dai Xia Zhong Wen Qin Shi Fu Cheng Kong Bai Cui Kang Mao Qiu Qiao Xiong Jin Hao Tan
    Shen Gu Meng Long Wan Duan Lei Qian Yin Yi Chang Niu Hou Shao Ren Mo Xing Qi Lai Zou Yao Xiang
    Fan Fang Shang Su Lan Ge Ning Ou Zhai Geng Hua Bao Chu Huo Mu Shan Liao Tao Xi Hong Miao Lou Shu
    Yue Ji Gong Bi Ruan Cen Ni Lyu
    """.split()
)

# Korean family names, also first: "Lee Myung Bak" is "Lee", "Moon Jae-in" is "Moon".
_KOREAN_SURNAMES = frozenset(
    """
    Kim Lee Yi Rhee Park Pak Choi Choe Jung Chung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Han Oh Seo
    Shin Kwon Hwang Ahn Song Jeon Chun Hong Moon Roh Noh Ban Ko Yoo Nam Bae Baek Hyun Ryu
    """.split()
)


def _family_first(words: list[str]) -> bool:
    """A Chinese or Korean name, family name first ("Zhang Guoqing", "Lee Myung Bak", "Moon Jae-in")."""
    if words[0] in _CHINESE_SURNAMES and len(words) <= 3:
        return True
    return words[0] in _KOREAN_SURNAMES and (len(words) == 3 or (len(words) == 2 and "-" in words[1]))


# Family names that are also capitalised function words: "State President To Lam"
_NAME_AFTER_OFFICE = frozenset({"To", "An"})

_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$")


def _words_within(short: str, long: str) -> bool:
    """Whether the words of ``short`` open ``long`` and follow in its order ("Sheikh Mohamed" in
    "Sheikh Mohamed bin Zayed Al Nahyan", "Nana Akufo-Addo" in "Nana Addo Dankwa Akufo-Addo")."""
    words, others = short.split(), long.split()
    if len(words) >= len(others) or words[0] != others[0]:
        return False
    rest = iter(others[1:])
    return all(any(w == o for o in rest) for w in words[1:])


def _folded(name: str) -> str:
    """The name without its accents, as reports in plain letters write it ("Erdogan" of "Erdoğan")."""
    plain = unicodedata.normalize("NFKD", name.translate(_UNACCENTED))
    return "".join(c for c in plain if not unicodedata.combining(c))


_UNACCENTED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})

# "Abdel Fattah al-Sisi" is "Sisi" too: an article joined to a surname
_JOINED_ARTICLE = re.compile(r"^(?:al|el|Al|El)[-‐]")

# a spouse's style: the one so called shares a surname with the office-holder, not the office
_SPOUSE_STYLES = frozenset({"first lady", "first gentleman", "queen consort", "consort", "lady", "spouse"})


def _titles_agree(one: str, other: str) -> bool:
    """Whether two styles may be one person's: not where one is a spouse's and the other is not
    ("President Museveni" beside "First Lady Janet Museveni")."""
    return (one.lower() in _SPOUSE_STYLES) == (other.lower() in _SPOUSE_STYLES)


def surname(name: str) -> str:
    """The word a report uses for the person on later mention ("Zhang", "Merz", "Charles")."""
    words = [w for w in name.split() if not _ROMAN.match(w) and w.rstrip(".") not in ("Jr", "Sr")]
    if not words:
        return name
    if _family_first(words):
        return words[0]
    return words[-1] if len(words) > 1 else words[0]


_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))


def _compound_surnames(name: str) -> list[str]:
    """Later mentions of a long name: "López Obrador", "Lula" (of "Lula da Silva"), "da Silva"."""
    words = name.split()
    if len(words) < 3 or _family_first(words) or _ROMAN.match(words[-1]):
        return []
    out = []
    # ("Alexander Van der Bellen", "Dick De Graaf": a particle written with a capital is one still)
    first = next((i for i, w in enumerate(words) if i and (w in _PARTICLES or w.lower() in _PARTICLES)), None)
    if first is not None:
        out.append(" ".join(words[first:]))  # "von der Leyen", "da Silva"
        if first >= 3:
            out.append(words[first - 1])  # "Luiz Inácio Lula da Silva" is "Lula"
    elif words[-2][:1].isupper():
        out.append(" ".join(words[-2:]))  # "Andrés Manuel López Obrador" is "López Obrador"
    return out


def _spellings(family: str) -> list[str]:
    """Other romanisations of a Slavic ending: "Zelenskyy", "Zelenskiy" and "Zelensky" are one name."""
    for ending in ("yy", "iy", "ii"):
        if family.endswith(ending) and len(family) > 5:
            stem = family[: -len(ending)]
            return [f"{stem}{other}" for other in ("y", "yy", "iy", "ii") if other != ending]
    if family.endswith(("ky", "vy")) and len(family) > 5:
        return [f"{family}y", f"{family[:-1]}iy"]
    return []
