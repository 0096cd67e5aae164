"""URL rules: small pure functions, one place. Every URL is relative to the site root, has no
leading slash and ends with "/" (directory URLs), so the site works under a sub-path and from
disk. The default language's pages live at the root, each other language's under "<code>/" (English
under "en/"), with the same paths. A language is a `Lang` (generator/model/languages.py), which knows
its prefix; a bare code is taken as Vietnamese at the root and any other under "<code>/"."""

from __future__ import annotations

from generator.model.languages import PRIMARY, Lang

SORTS = ("name", "stars", "newest")  # "name" is the default order and has no URL segment


def prefix(lang: str) -> str:
    if isinstance(lang, Lang):
        return lang.prefix
    return "" if lang == PRIMARY else f"{lang}/"


def home(lang: str) -> str:
    return prefix(lang)


def product(slug: str, lang: str) -> str:
    return f"{prefix(lang)}products/{slug}/"


def producer(slug: str, lang: str) -> str:
    return f"{prefix(lang)}producers/{slug}/"


def producers(lang: str) -> str:
    return f"{prefix(lang)}producers/"


def locality(slug: str, lang: str) -> str:
    return f"{prefix(lang)}localities/{slug}/"


def localities(lang: str) -> str:
    return f"{prefix(lang)}localities/"


def categories(lang: str) -> str:
    return f"{prefix(lang)}categories/"


def product_set(code: str, lang: str) -> str:
    return f"{prefix(lang)}categories/{code}/"


def category(slug: str, lang: str) -> str:
    return f"{prefix(lang)}categories/{slug}/"


def fairs(lang: str) -> str:
    return f"{prefix(lang)}fairs/"


def fair(slug: str, lang: str) -> str:
    return f"{prefix(lang)}fairs/{slug}/"


def fair_ics(slug: str, lang: str) -> str:
    """One calendar file per fair and language, beside the fair's page: fairs/<slug>.ics."""
    return f"{prefix(lang)}fairs/{slug}.ics"


def fairs_feed(lang: str) -> str:
    """The calendar of all fairs in a language: fairs.ics, en/fairs.ics."""
    return f"{prefix(lang)}fairs.ics"


def plans(lang: str) -> str:
    return f"{prefix(lang)}plans/"


def plan(slug: str, lang: str) -> str:
    return f"{prefix(lang)}plans/{slug}/"


def statistics(lang: str) -> str:
    return f"{prefix(lang)}statistics/"


def search(lang: str) -> str:
    return f"{prefix(lang)}search/"


def open_data(lang: str) -> str:
    return f"{prefix(lang)}data/"


# The label check's path is a word of each language (it is said aloud and printed on posters).
_VERIFY = {"vi": "kiem-tra/", "en": "verify/"}
_LAPSED = {"vi": "het-hieu-luc/", "en": "no-longer-valid/"}


def _word(words: dict[str, str], lang: str) -> str:
    """The path word of `lang`, else of the first language of its fallback chain that has one
    (a Chinese site says "zh/verify/", its chain being zh, en, vi)."""
    for code in lang.chain if isinstance(lang, Lang) else (lang,):
        if code in words:
            return words[code]
    return words[PRIMARY]


def verify(lang: str) -> str:
    """The label check: "kiem-tra/" in Vietnamese, "en/verify/" in English."""
    return prefix(lang) + _word(_VERIFY, lang)


def lapsed(lang: str, page: int = 1) -> str:
    """The labels no longer valid, under the label check: "kiem-tra/het-hieu-luc/",
    "en/verify/no-longer-valid/page-2/"."""
    return verify(lang) + _word(_LAPSED, lang) + (f"page-{page}/" if page > 1 else "")


def rules(lang: str) -> str:
    """The staff page listing every validation rule (not per catalogue record)."""
    return f"{prefix(lang)}data/rules/"


def listing(lang: str, facet: str = "", sort: str = "name", page: int = 1) -> str:
    """The catalogue listing: `facet` like "stars-5", "status-expired", "kind-farm" ("" is all
    products), in one of SORTS, 1-based `page`.

    >>> listing("vi", "stars-5", "newest", 2)
    'catalogue/stars-5/newest/page-2/'
    """
    path = f"{prefix(lang)}catalogue/"
    if facet:
        path += f"{facet}/"
    if sort != "name":
        path += f"{sort}/"
    if page > 1:
        path += f"page-{page}/"
    return path


def src_uri(url: str) -> str:
    """The virtual Markdown file behind a page URL: "products/x/" -> "products/x/index.md"."""
    return f"{url}index.md"


def other_lang(url: str, lang: str, to: str) -> str:
    """The same page in language `to`.

    >>> other_lang("kiem-tra/het-hieu-luc/", "vi", "en")
    'en/verify/no-longer-valid/'
    """
    bare = url[len(prefix(lang)):]
    here, lapsed_here = _word(_VERIFY, lang), _word(_LAPSED, lang)
    if bare.startswith(here):  # the label check's pages have words of their language
        rest = bare[len(here):]
        if rest.startswith(lapsed_here):
            rest = _word(_LAPSED, to) + rest[len(lapsed_here):]
        return verify(to) + rest
    return prefix(to) + bare


def relative(from_url: str, to_url: str) -> str:
    """A link from the page at `from_url` to `to_url`, both root-relative directory URLs.

    Relative links keep the site working under any sub-path and when opened from disk.
    >>> relative("products/x/", "producers/y/")
    '../../producers/y/'
    """
    depth = from_url.count("/")
    return "../" * depth + to_url if depth else (to_url or "./")
