"""The OCOP product classification of Decision 26/2026/QĐ-TTg, Phụ lục I/II, as data:
6 categories (ngành) and 26 product sets (bộ sản phẩm) numbered 01–26.

Records name a set by its number. Older names (Decision 148 wording, Decision 1048 subgroups)
are accepted through `ALIASES` and reported as the canonical set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model.text import Text, name_key


@dataclass(frozen=True, slots=True)
class Category:
    code: str  # Roman numeral, as in Phụ lục I
    slug: str
    name: Text


@dataclass(frozen=True, slots=True)
class ProductSet:
    code: str  # "01".."26"
    category: str  # Category.code
    name: Text


CATEGORIES = (
    Category("I", "thuc-pham", Text("Thực phẩm", "Food", zh="食品")),
    Category("II", "do-uong", Text("Đồ uống", "Beverages", zh="饮料")),
    Category("III", "duoc-lieu", Text("Dược liệu và sản phẩm từ dược liệu", "Medicinal herbs and herbal products", zh="药材及药材制品")),
    Category("IV", "thu-cong-my-nghe", Text("Hàng thủ công mỹ nghệ", "Handicrafts", zh="手工艺品")),
    Category("V", "sinh-vat-canh", Text("Sinh vật cảnh", "Ornamental plants and animals", zh="观赏动植物")),
    Category("VI", "du-lich", Text(
        "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        "Community tourism, eco-tourism and tourist sites", zh="社区旅游、生态旅游和旅游景点")),
)

_SETS = [
    ("01", "I", "Rau, củ, quả, hạt tươi", "Fresh vegetables, tubers, fruit and nuts"),
    ("02", "I", "Thịt, thủy sản, trứng, sữa tươi", "Fresh meat, aquatic products, eggs and milk"),
    ("03", "I", "Gạo, ngũ cốc, hạt sơ chế khác", "Rice, cereals and other minimally processed grains"),
    ("04", "I", "Mật ong, mật khác và nông sản thực phẩm khác", "Honey, other syrups and other farm food"),
    ("05", "I", "Đồ ăn nhanh", "Convenience food"),
    ("06", "I", "Chế biến từ gạo, ngũ cốc", "Processed rice and cereal products"),
    ("07", "I", "Chế biến từ rau, củ, quả, hạt", "Processed vegetable, fruit and nut products"),
    ("08", "I", "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản thực phẩm khác",
     "Processed meat, egg, dairy, seafood, honey and other farm food"),
    ("09", "I", "Tương, nước mắm, gia vị dạng lỏng khác", "Sauces, fish sauce and other liquid condiments"),
    ("10", "I", "Gia vị khác (muối, hành, tỏi, tiêu)", "Other condiments: salt, shallot, garlic, pepper"),
    ("11", "I", "Chè tươi, chè chế biến", "Tea, fresh and processed"),
    ("12", "I", "Sản phẩm trà từ thực vật khác", "Herbal and other plant teas"),
    ("13", "I", "Cà phê, ca cao", "Coffee and cocoa"),
    ("14", "II", "Rượu trắng", "White spirits"),
    ("15", "II", "Đồ uống có cồn khác", "Other alcoholic drinks"),
    ("16", "II", "Nước khoáng thiên nhiên, nước uống đóng chai", "Natural mineral and bottled water"),
    ("17", "II", "Đồ uống không cồn khác", "Other non-alcoholic drinks"),
    ("18", "III", "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
     "Functional foods, herbal and traditional medicines"),
    ("19", "III", "Mỹ phẩm có thành phần từ dược liệu", "Cosmetics with herbal ingredients"),
    ("20", "III", "Tinh dầu và dược liệu khác", "Essential oils and other herbal materials"),
    ("21", "IV", "Thủ công mỹ nghệ gia dụng, trang trí", "Household and decorative handicrafts"),
    ("22", "IV", "Vải, may mặc", "Textiles and garments"),
    ("23", "V", "Hoa", "Flowers"),
    ("24", "V", "Cây cảnh", "Ornamental plants"),
    ("25", "V", "Động vật cảnh", "Ornamental animals"),
    ("26", "VI", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
     "Community tourism, eco-tourism and tourist sites"),
]
# Names of the sets in the other interface languages (generator/pages/labels.py has the rest of
# the interface); a language without an entry shows its fallback's.
_SET_NAMES = {
    "zh": {
        "01": "新鲜蔬菜、块茎、水果和坚果", "02": "鲜肉、水产品、蛋和鲜奶", "03": "大米、谷物及其他初加工籽粒",
        "04": "蜂蜜、其他糖浆及其他农产食品", "05": "方便食品", "06": "大米和谷物加工品",
        "07": "蔬菜、块茎、水果和坚果加工品", "08": "肉、蛋、奶、水产品、蜂蜜、其他糖浆及其他农产食品加工品",
        "09": "酱料、鱼露及其他液体调味品", "10": "其他调味品（盐、葱、蒜、胡椒）", "11": "鲜茶和加工茶",
        "12": "其他植物茶", "13": "咖啡和可可", "14": "白酒", "15": "其他酒精饮料",
        "16": "天然矿泉水和瓶装饮用水", "17": "其他无酒精饮料", "18": "保健食品、药材药品和传统药物",
        "19": "含药材成分的化妆品", "20": "精油及其他药材", "21": "家用和装饰手工艺品", "22": "纺织品和服装",
        "23": "花卉", "24": "观赏植物", "25": "观赏动物", "26": "社区旅游、生态旅游和旅游景点",
    },
}
SETS = {code: ProductSet(code, cat, Text(vi, en, **{lang: names[code] for lang, names in _SET_NAMES.items()}))
        for code, cat, vi, en in _SETS}
CATEGORY_BY_CODE = {c.code: c for c in CATEGORIES}
TOURISM_SET = "26"

# Older names seen on Decision 148 and 1048 certificates, mapped to the 26/2026 set.
_ALIAS_NAMES = {
    "Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai": "16",
    "Nước khoáng thiên nhiên, nước uống tinh khiết": "16",
    "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền": "18",
    "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền": "18",
    "Mỹ phẩm có thành phần từ thảo dược": "19",
    "Mỹ phẩm": "19",
    "Tinh dầu và thảo dược khác": "20",
    "Thảo dược khác": "20",
    "Gia vị khác (muối, hành, tỏi, tiêu,…)": "10",
    "Gia vị khác": "10",
    "Sản phẩm cà phê, ca cao": "13",
    "Thịt, trứng, sữa tươi": "02",
    "Gạo, ngũ cốc": "03",
    "Mật ong, các sản phẩm từ mật ong, mật khác": "04",
    "Chế biến từ thịt, trứng, sữa": "08",
    "Chế biến từ thủy, hải sản": "08",
    "Tương, nước mắm, gia vị lỏng khác": "09",
    "Chè tươi, chế biến": "11",
    "Các sản phẩm khác từ chè, trà": "12",
    "Đồ uống không cồn": "17",
    "Thủ công mỹ nghệ, trang trí": "21",
    "Thủ công mỹ nghệ gia dụng": "21",
    "Dịch vụ du lịch – truyền thống – lễ hội": "26",
    "Dịch vụ du lịch nông thôn": "26",
}


def _key(name: str) -> str:
    """Case, punctuation and tone placement ("thuỷ"/"thủy") do not matter."""
    folded = name_key(name).replace("…", "").replace("...", "")
    return re.sub(r"[\s,.;()–-]+", " ", folded).strip()


ALIASES = {_key(name): code for name, code in _ALIAS_NAMES.items()}
NAMES = {_key(s.name.vi): s.code for s in SETS.values()}


def resolve(value: str) -> tuple[str | None, str | None]:
    """The set number for `value` and how it was written: "number", "name" (the set's current
    name), "alias" (an older name), or None for unknown values.

    ``resolve("14") == ("14", "number")``; ``resolve("Rượu trắng") == ("14", "name")``;
    ``resolve("Gia vị khác") == ("10", "alias")``; ``resolve("27") == (None, None)``.
    """
    text = value.strip()
    if text.isdigit() and len(text) <= 2:
        code = text.zfill(2)
        return (code, "number") if code in SETS else (None, None)
    key = _key(text)
    if key in NAMES:
        return NAMES[key], "name"
    code = ALIASES.get(key)
    return (code, "alias") if code else (None, None)


# Everyday words that find a set by search (`ocop new`) and in suggestions for a mistyped name.
KEYWORDS = {
    "01": "rau củ quả trái cây hạt", "02": "thịt cá tôm mực thủy sản trứng sữa", "03": "gạo nếp ngũ cốc",
    "04": "mật ong", "05": "đồ ăn nhanh", "06": "bánh bún phở miến", "07": "mứt sấy dưa muối",
    "08": "chả ruốc nem mắm tôm cá khô", "09": "nước mắm tương", "10": "muối tiêu tỏi hành ớt gia vị",
    "11": "chè trà xanh", "12": "trà thảo mộc trà hoa", "13": "cà phê ca cao", "14": "rượu",
    "15": "rượu vang rượu ngâm bia", "16": "nước khoáng nước uống", "17": "nước ép nước giải khát",
    "18": "thực phẩm chức năng thuốc", "19": "mỹ phẩm dầu gội xà phòng", "20": "tinh dầu dược liệu",
    "21": "thủ công mỹ nghệ gốm mây tre đũa", "22": "vải lụa thổ cẩm may mặc", "23": "hoa lan",
    "24": "cây cảnh bonsai", "25": "cá cảnh chim cảnh", "26": "du lịch homestay",
}
_COMMON = {"và", "khác", "các", "sản", "phẩm", "từ", "chế", "biến", "có", "dạng", "tươi"}


def suggest(value: str, n: int = 3) -> list[str]:
    """The sets whose names or everyday words share most words with `value`: "Trà" gives
    ["11", "12"]. Diacritics count when typed (trà is not trang)."""
    from generator.model.typed import matches, words

    typed = [w for w in words(value) if len(w) > 1 and w not in _COMMON]
    scores = {}
    for code, product_set in SETS.items():
        text = f"{product_set.name.vi} {KEYWORDS[code]}"
        score = sum(1 for word in typed if matches(word, text))
        if score:
            scores[code] = score
    return sorted(scores, key=lambda code: (-scores[code], code))[:n]


def category_of(set_code: str) -> Category:
    return CATEGORY_BY_CODE[SETS[set_code].category]
