"""Hand-written aliases: English country names and US, Canadian and Australian state abbreviations."""

from __future__ import annotations

__all__ = ["COUNTRY_ALIASES", "STATE_ABBREVIATIONS"]

# English names in common use that GeoNames' country records do not carry.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "U.S.", "U.S.A.", "America", "the United States"),
    "GB": ("Britain", "Great Britain", "UK", "U.K.", "England and Wales"),
    "KR": ("Korea", "Republic of Korea", "S. Korea"),
    "KP": ("DPRK", "N. Korea", "Democratic People's Republic of Korea"),
    "CN": ("People's Republic of China", "PRC", "Mainland China", "Chinese mainland"),
    "RU": ("Russian Federation", "Soviet Union", "USSR"),  # the Union's successor, as GeoNames files it
    "CZ": ("Czechia", "Czech Rep.", "Czech Republic"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "MM": ("Burma",),
    "NL": ("Holland", "The Netherlands", "Netherlands"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CD": (
        "DR Congo",
        "DRC",
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
    ),
    "CG": ("Congo-Brazzaville", "Republic of the Congo", "Republic of Congo", "Congo"),
    "VN": ("Viet Nam",),
    "LA": ("Lao PDR",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    "TW": ("Chinese Taipei",),
    "VA": ("Holy See", "Vatican"),
    "MK": ("Macedonia", "FYROM"),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "TR": ("Türkiye", "Turkiye"),
    "PS": ("Palestinian Territories", "Palestinian territories"),
    "GM": ("The Gambia",),
    "BA": ("Bosnia",),
    "TT": ("Trinidad",),
}

# Postal and AP-style abbreviations of US states and Canadian provinces ("Miami, Fla."), and the
# usual ones of the Australian states ("Sydney, NSW").
STATE_ABBREVIATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "AL"): ("Ala.",), ("US", "AK"): (), ("US", "AZ"): ("Ariz.",), ("US", "AR"): ("Ark.",),
    ("US", "CA"): ("Calif.", "Cal."), ("US", "CO"): ("Colo.",), ("US", "CT"): ("Conn.",),
    ("US", "DE"): ("Del.",), ("US", "DC"): ("D.C.", "Washington D.C."), ("US", "FL"): ("Fla.",),
    ("US", "GA"): ("Ga.",), ("US", "HI"): (), ("US", "ID"): (), ("US", "IL"): ("Ill.",),
    ("US", "IN"): ("Ind.",), ("US", "IA"): (), ("US", "KS"): ("Kan.", "Kans."), ("US", "KY"): ("Ky.",),
    ("US", "LA"): ("La.",), ("US", "ME"): (), ("US", "MD"): ("Md.",), ("US", "MA"): ("Mass.",),
    ("US", "MI"): ("Mich.",), ("US", "MN"): ("Minn.",), ("US", "MS"): ("Miss.",), ("US", "MO"): ("Mo.",),
    ("US", "MT"): ("Mont.",), ("US", "NE"): ("Neb.", "Nebr."), ("US", "NV"): ("Nev.",),
    ("US", "NH"): ("N.H.",), ("US", "NJ"): ("N.J.",), ("US", "NM"): ("N.M.", "N.Mex."),
    ("US", "NY"): ("N.Y.",), ("US", "NC"): ("N.C.",), ("US", "ND"): ("N.D.", "N.Dak."),
    ("US", "OH"): (), ("US", "OK"): ("Okla.",), ("US", "OR"): ("Ore.", "Oreg."),
    ("US", "PA"): ("Pa.", "Penn."),
    ("US", "RI"): ("R.I.",), ("US", "SC"): ("S.C.",), ("US", "SD"): ("S.D.", "S.Dak."),
    ("US", "TN"): ("Tenn.",), ("US", "TX"): ("Tex.",), ("US", "UT"): (), ("US", "VT"): ("Vt.",),
    ("US", "VA"): ("Va.",), ("US", "WA"): ("Wash.",), ("US", "WV"): ("W.Va.", "W. Va."),
    ("US", "WI"): ("Wis.", "Wisc."), ("US", "WY"): ("Wyo.",),
    ("CA", "01"): ("Alta.",), ("CA", "02"): ("B.C.",), ("CA", "03"): ("Man.",), ("CA", "04"): ("N.B.",),
    ("CA", "05"): ("N.L.", "Nfld."), ("CA", "07"): ("N.S.",), ("CA", "08"): ("Ont.",),
    ("CA", "09"): ("P.E.I.",), ("CA", "10"): ("Que.",), ("CA", "11"): ("Sask.",),
    ("AU", "02"): ("NSW", "N.S.W."), ("AU", "04"): ("Qld",), ("AU", "06"): ("Tas.",), ("AU", "07"): ("Vic.",),
}  # fmt: skip
