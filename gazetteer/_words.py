"""Word lists the recogniser and resolver read: kind words, descriptors, stop-words.

Each list is general English (or general news usage), not drawn from any one
report. Kept apart so the rules in :mod:`gazetteer.recognize` stay readable.
"""

from __future__ import annotations

from gazetteer.model import PlaceKind

__all__ = [
    "CONNECTORS",
    "CONTINENTAL",
    "DEMONYMS",
    "DIRECTIONS",
    "ETHNIC",
    "KIND_PHRASES",
    "LOCATIVE",
    "NOT_PLACES",
    "PLACE_NOUNS",
    "STARTERS",
    "TITLES",
]

# Kind words written after a name ("Zhejiang Province"), longest first, with the kind they ask for.
KIND_PHRASES: tuple[tuple[tuple[str, ...], PlaceKind], ...] = (
    (("special", "administrative", "region"), PlaceKind.ADMIN1),
    (("autonomous", "region"), PlaceKind.ADMIN1),
    (("autonomous", "prefecture"), PlaceKind.CITY),
    (("autonomous", "county"), PlaceKind.COUNTY),
    (("new", "area"), PlaceKind.COUNTY),
    (("local", "government", "area"), PlaceKind.COUNTY),
    (("local", "government"), PlaceKind.COUNTY),  # "Gwandu Local Government": Nigeria's LGA, "Area" left out
    (("sar",), PlaceKind.ADMIN1),
    (("province",), PlaceKind.ADMIN1),
    (("municipality",), PlaceKind.ADMIN1),
    (("region",), PlaceKind.ADMIN1),
    (("oblast",), PlaceKind.ADMIN1),
    (("prefecture",), PlaceKind.CITY),
    (("city",), PlaceKind.CITY),
    (("county",), PlaceKind.COUNTY),
    (("district",), PlaceKind.COUNTY),
    # the second- and third-level divisions of Indonesia, Bangladesh, Pakistan and India ("Boyolali Regency",
    # "Mithamoin upazila", "Kharian tehsil", "Turkapalli mandal")
    (("regency",), PlaceKind.COUNTY),
    (("upazila",), PlaceKind.COUNTY),
    (("tehsil",), PlaceKind.COUNTY),
    (("taluk",), PlaceKind.COUNTY),
    (("taluka",), PlaceKind.COUNTY),
    (("mandal",), PlaceKind.COUNTY),
    # an electoral district is read as the division or town it is named after ("the Tano South constituency",
    # "Kisumu East Constituency" where the table has it whole)
    (("constituency",), PlaceKind.COUNTY),
    (("township",), PlaceKind.TOWN),
    (("town",), PlaceKind.TOWN),
    (("village",), PlaceKind.TOWN),
)

# Words before "of X" that name what X is ("the city of Ningbo", "the port city of Tianjin").
PLACE_NOUNS: dict[str, PlaceKind] = {
    "city": PlaceKind.CITY,
    "town": PlaceKind.TOWN,
    "village": PlaceKind.TOWN,
    "township": PlaceKind.TOWN,
    "county": PlaceKind.COUNTY,
    "district": PlaceKind.COUNTY,
    "regency": PlaceKind.COUNTY,
    "province": PlaceKind.ADMIN1,
    "municipality": PlaceKind.ADMIN1,
    "region": PlaceKind.ADMIN1,
    "state": PlaceKind.ADMIN1,
    "prefecture": PlaceKind.CITY,
    "capital": PlaceKind.CITY,
    "country": PlaceKind.COUNTRY,
    "nation": PlaceKind.COUNTRY,
    "kingdom": PlaceKind.COUNTRY,
    "republic": PlaceKind.COUNTRY,
}

# Ethnic words inside the names of China's autonomous regions ("Xinjiang Uygur Autonomous Region").
ETHNIC = frozenset({"uygur", "uyghur", "uighur", "zhuang", "hui", "tibetan", "mongolian"})

DIRECTIONS = frozenset(
    {
        "north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
        "northern", "southern", "eastern", "western", "north-east", "north-west", "south-east", "south-west",
        "northeastern", "northwestern", "southeastern", "southwestern", "mid", "upper", "lower",
    }
)  # fmt: skip

# Lower-case words that may sit inside a place name ("Rio de Janeiro", "Stratford upon Avon").
CONNECTORS = frozenset(
    {"of", "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "upon", "on", "am", "an", "der",
     "and", "y", "al", "en", "sur", "di", "es"}
)  # fmt: skip

# Words before a place in running text.
LOCATIVE = frozenset(
    {
        "in", "at", "near", "from", "to", "into", "toward", "towards", "across", "throughout", "around",
        "outside", "inside", "via", "through", "between", "visited", "visit", "visiting", "leaving", "left",
        "reached", "entered", "within", "and", "of", "for", "by", "off", "over", "against",
        "north", "south", "east", "west",
    }
)  # fmt: skip

# Words that open sentences and headlines in capitals without being part of a name ("In Paris").
STARTERS = frozenset(
    {
        "the", "a", "an", "in", "at", "on", "but", "and", "or", "so", "from", "to", "for", "of", "by",
        "with", "after", "before", "during", "while", "since", "as", "if", "when", "where", "meanwhile",
        "however", "also", "last", "this", "that", "these", "those", "his", "her", "their", "our", "its",
        "new", "some", "many", "most", "all", "both", "each", "every", "about", "near", "outside", "inside",
        "across", "through", "between", "like", "unlike", "despite", "under", "over", "into", "toward",
        "towards", "via", "here", "there", "today", "yesterday", "tomorrow", "then", "now", "still",
    }
)  # fmt: skip

# Words before a capitalised name that make it a person's name ("Premier Li", "Mr Jordan").
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "father",
        "president", "premier", "minister", "secretary", "chairman", "chairwoman", "chair", "governor",
        "mayor", "senator", "sen", "rep", "representative", "judge", "justice", "king", "queen", "prince",
        "princess", "pope", "general", "gen", "colonel", "col", "captain", "capt", "lt", "sgt", "sergeant",
        "officer", "detective", "coach", "chief", "director", "ceo", "spokesman", "spokeswoman", "vice",
        "deputy", "ambassador", "councilman", "councilwoman", "commissioner", "sheriff", "attorney",
        "saint", "st", "brother", "sister", "uncle", "aunt", "emperor", "sheikh", "ayatollah", "imam",
        "bishop", "cardinal", "archbishop", "lieutenant", "trooper", "deputies", "superintendent",
        "principal",
        "reporter", "columnist", "author", "actor", "actress", "singer", "star", "player", "quarterback",
        "pitcher", "striker", "midfielder", "defender", "forward", "guard", "wife", "husband", "son",
        "daughter", "mother", "dad", "mom", "friend", "manager", "premier's", "leader", "founder", "dubbed",
        "named", "called",
    }
)  # fmt: skip

# Capitalised words that are names of places somewhere but rarely in news text.
NOT_PLACES = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you",
        "i", "his", "her", "their", "our", "my", "your", "there", "here", "then", "when", "where", "what",
        "who", "why", "how", "but", "and", "or", "if", "so", "as", "at", "in", "on", "of", "for", "to", "by",
        "with", "from", "after", "before", "during", "while", "since", "until", "about", "under", "over",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "today", "tomorrow", "yesterday", "said", "says", "according", "also", "however",
        "meanwhile", "many", "most", "some", "all", "one", "two", "three", "new", "first", "last", "more",
        "other", "such", "each", "every", "no", "not", "yes", "well", "just", "now", "still", "even",
        "photo", "video", "read", "click", "email", "share", "tweet", "comment", "comments", "story",
        "news", "update", "updated", "posted", "source", "sources", "police", "officials", "official",
        "government", "state", "city", "county", "center", "centre", "university", "college", "school",
        "church", "hospital", "court", "department", "office", "house", "senate", "congress", "party",
        "council", "committee", "bureau", "agency", "company", "group", "association", "union", "bank",
        "market", "street", "road", "avenue", "park", "lake", "river", "mount", "island", "beach", "bay",
        "airport", "station",  "tower", "bridge", "memorial", "national", "international", "federal",
        "public", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "republican", "democrat", "democrats", "republicans", "democratic", "liberal", "conservative",
        "christmas", "easter", "god", "jesus", "christ", "lord", "bible", "internet", "web", "online",
        "media", "press", "times", "post", "herald", "tribune", "journal", "daily", "weekly", "ap", "reuters",
        "xinhua", "cnn", "bbc", "afp", "mr", "mrs", "ms", "dr", "jr", "sr", "inc", "co", "ltd", "corp",
        "ok", "tv", "ai", "ceo", "gop", "nfl", "nba", "fbi", "cia", "un", "eu", "nato", "hope",
        "faith", "grace", "joy", "victory", "liberty", "freedom", "independence", "justice", "unity",
        "harmony", "progress", "enterprise", "commerce", "industry", "energy", "power", "health",
        "education", "science", "technology", "security", "defense", "defence", "army", "navy", "force",
        "forces", "fire", "water", "home", "family", "life", "love", "man", "men", "women", "people",
        "children", "kids", "team", "club", "league", "cup", "game", "games", "world", "global", "earth",
        "sun", "moon", "star", "sea", "ocean", "gulf", "valley", "hill", "hills", "forest", "desert",
        "summit", "forum", "conference", "meeting", "ministry", "commission", "institute", "foundation",
        "museum", "library", "theater", "theatre", "stadium", "arena", "plaza", "square", "mall", "hotel",
        "restaurant", "cafe", "farm", "ranch", "camp", "fort", "port", "harbor", "harbour", "bar", "clinic",
        "manufacturing", "development", "research", "trade", "economy", "economic", "business", "money",
        "finance", "financial", "tax", "budget", "plan", "policy", "law", "act", "bill", "rule", "order",
        "chinese", "american", "british", "english", "french", "german", "japanese", "russian", "african",
        "european", "asian", "indian", "mexican", "canadian", "australian", "italian", "spanish",
        "app", "sci-tech", "opinion", "editorial", "sports", "entertainment", "lifestyle",
        "obituaries", "weather", "traffic", "breaking", "local", "nation", "region", "regional", "province",
        "provincial", "municipal", "town", "village", "district", "capital", "premier", "president",
        "minister", "governor", "mayor", "chairman", "secretary", "vice", "deputy", "general", "chief",
        "director", "king", "queen", "prince", "princess", "pope", "emperor", "sheriff", "judge", "senator",
        "duke", "duchess", "baron", "baroness", "countess", "marquess", "viscount",
        "representative", "ambassador", "officer", "captain", "coach", "doctor", "professor", "friday's",
        "march's", "may's", "lee", "long", "young", "gray", "grey", "white", "black", "brown", "green",
        "red", "blue", "gold", "silver", "golden", "royal", "grand", "great", "little", "big", "old", "good",
        "best", "high", "low", "early", "late", "real", "true", "free", "fair", "rich", "strong", "major",
        "minor", "prime", "senior", "junior", "middle", "standard", "special", "common",
          "bush",  "obama", "trump", "biden",
        "washington's",
               "hall", "king's", "hill's",

          "nixon", "reagan", "palin", "mccain", "romney", "sanders", "pelosi", "paul",
        "john", "james", "george", "mary", "david", "michael", "robert", "william", "richard", "joseph",
        "charles", "daniel", "matthew", "anthony", "mark", "steven", "andrew", "kevin", "brian", "jason",
        "jeff", "scott", "eric", "ryan", "adam", "peter", "kim", "sarah", "lisa", "nancy", "karen", "susan",
        "linda", "barbara", "elizabeth", "jennifer", "maria", "anna", "laura", "emily", "amy", "angela",
        "helen", "alice", "ruth", "sharon", "diana", "julia", "rose", "joan", "jean", "carol", "ann", "anne",
        "tom", "jim", "joe", "bob", "mike", "dan", "ben", "sam", "max", "chris", "matt", "nick",
        "tim", "tony", "frank", "jack", "harry", "henry", "louis", "albert", "arthur", "fred", "ray", "roy",
             "earl", "carl",

        "leon",    "zhang", "wang", "li", "liu", "chen", "yang", "zhao",
        "huang", "zhou", "wu", "xu", "hu", "zhu", "gao", "lin", "guo", "ma", "luo", "liang",
        "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng",
        "xi", "fu", "shen", "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "ye", "pan",
        "du", "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "sheng", "zou",
        "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng",
        "long's", "wan", "duan", "lei", "qian", "yin", "yi", "chang", "nguyen", "choi", "lee's",
        "baltic", "pacific", "atlantic", "mediterranean", "caribbean", "arctic", "antarctic", "adriatic",
        "ali", "ahmed", "mohammed", "muhammad", "hassan", "hussein", "omar", "khan", "singh", "kumar",
    }
)  # fmt: skip

# Demonyms and country adjectives, written as toponyms by some corpora ("French troops").
DEMONYMS: dict[str, str] = {
    "american": "US", "british": "GB", "chinese": "CN", "french": "FR", "german": "DE", "japanese": "JP",
    "russian": "RU", "indian": "IN", "mexican": "MX", "canadian": "CA", "australian": "AU",
    "italian": "IT", "spanish": "ES", "iranian": "IR", "iraqi": "IQ", "israeli": "IL", "palestinian": "PS",
    "syrian": "SY", "afghan": "AF", "pakistani": "PK", "egyptian": "EG", "turkish": "TR", "saudi": "SA",
    "korean": "KR", "north korean": "KP", "south korean": "KR", "vietnamese": "VN", "brazilian": "BR",
    "argentine": "AR", "nigerian": "NG", "kenyan": "KE", "south african": "ZA", "ukrainian": "UA",
    "polish": "PL", "dutch": "NL", "belgian": "BE", "swiss": "CH", "swedish": "SE", "norwegian": "NO",
    "danish": "DK", "finnish": "FI", "irish": "IE", "scottish": "GB", "greek": "GR", "portuguese": "PT",
    "thai": "TH", "indonesian": "ID", "filipino": "PH", "philippine": "PH", "malaysian": "MY",
    "singaporean": "SG", "taiwanese": "TW", "cuban": "CU", "venezuelan": "VE", "colombian": "CO",
    "chilean": "CL", "peruvian": "PE", "libyan": "LY", "lebanese": "LB", "jordanian": "JO",
    "yemeni": "YE", "sudanese": "SD", "somali": "SO", "ethiopian": "ET", "ugandan": "UG",
    "ghanaian": "GH", "zimbabwean": "ZW", "congolese": "CD", "haitian": "HT", "mongolian": "MN",
    "nepalese": "NP", "bangladeshi": "BD", "sri lankan": "LK", "austrian": "AT", "hungarian": "HU",
    "czech": "CZ", "romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR",
    "georgian": "GE", "cypriot": "CY", "sinhalese": "LK", "english": "GB", "welsh": "GB", "tibetan": "CN",
    "kuwaiti": "KW", "qatari": "QA", "emirati": "AE", "omani": "OM", "bahraini": "BH", "moroccan": "MA",
    "algerian": "DZ", "tunisian": "TN", "rwandan": "RW", "tanzanian": "TZ", "jamaican": "JM",
    "kazakh": "KZ", "uzbek": "UZ", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM",
    "azerbaijani": "AZ", "armenian": "AM", "belarusian": "BY", "lithuanian": "LT", "latvian": "LV",
    "estonian": "EE", "slovak": "SK", "slovenian": "SI", "new zealander": "NZ", "kiwi": "NZ",
    "european": "", "african": "", "asian": "", "arab": "",
}  # fmt: skip

# Names and adjectives of a continent, or of a union of its countries, by the continent they mean
# ("European", "the EU", "African"): GeoNames files such mentions under the continent.
CONTINENTAL: dict[str, str] = {
    "european": "Europe", "european union": "Europe", "eu": "Europe", "e u": "Europe",
    "african": "Africa", "african union": "Africa", "asian": "Asia",
    "north american": "North America", "south american": "South America",
}  # fmt: skip
