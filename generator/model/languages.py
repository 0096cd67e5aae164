"""The site's languages, as configured (mkdocs.yml: `plugins: - ocop: {languages: [...], fallbacks: {...}}`).

No other module lists languages. The first configured language is the default one, published at the
site root; each other one under "<code>/". Records are written in Vietnamese first (SPEC §2), so
every fallback chain ends with Vietnamese: a text missing in a language is shown in the first
language of the chain that has it.

A language travels through the code as a `Lang`: a `str` (so "zh" == Lang("zh"), it is a dict key
and prints as its code) that also carries its fallback chain and its URL prefix. `Text.get(lang)`
reads the chain from it, so the functions that take `(value, lang)` keep their signatures, and no
page does more work than following one short chain.
"""

from __future__ import annotations

from dataclasses import dataclass

PRIMARY = "vi"  # the language every record is written in (required), the end of every chain
DEFAULT = ("vi", "en")  # the `languages` option when mkdocs.yml does not set it


class Lang(str):
    """A language code with its fallback `chain` (itself first, Vietnamese last) and URL `prefix`."""

    chain: tuple[str, ...]
    prefix: str

    def __new__(cls, code: str, chain: tuple[str, ...] = (), prefix: str | None = None) -> Lang:
        self = super().__new__(cls, code)
        self.chain = chain or _chain(code, ())
        self.prefix = ("" if code == PRIMARY else f"{code}/") if prefix is None else prefix
        return self

    def __reduce__(self):  # pickled for the search index's child process
        return (Lang, (str(self), self.chain, self.prefix))


def _chain(code: str, fallbacks) -> tuple[str, ...]:
    out = [code]
    for other in [*fallbacks, PRIMARY]:
        if other not in out:
            out.append(other)
    return tuple(out)


@dataclass(frozen=True)
class Languages:
    """The configured languages in order; the first is the default (at the site root)."""

    langs: tuple[Lang, ...]

    @classmethod
    def of(cls, codes=DEFAULT, fallbacks: dict | None = None) -> Languages:
        """`codes` in order; `fallbacks` maps a code to the languages tried after it, e.g.
        {"zh": ["en", "vi"]}. Raises ValueError on an unusable configuration."""
        codes, fallbacks = tuple(codes), dict(fallbacks or {})
        problem = _problem(codes, fallbacks)
        if problem:
            raise ValueError(problem)
        return cls(tuple(Lang(code, _chain(code, fallbacks.get(code, ())), "" if i == 0 else f"{code}/")
                         for i, code in enumerate(codes)))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(str(lang) for lang in self.langs)

    @property
    def default(self) -> Lang:
        return self.langs[0]

    def __iter__(self):
        return iter(self.langs)

    def __len__(self) -> int:
        return len(self.langs)

    def __contains__(self, code) -> bool:
        return code in self.langs

    def __getitem__(self, code: str) -> Lang:
        for lang in self.langs:
            if lang == code:
                return lang
        raise KeyError(code)


def _problem(codes: tuple[str, ...], fallbacks: dict) -> str | None:
    if not codes:
        return "languages: expected a list of language codes, e.g. [vi, en], found none"
    if PRIMARY not in codes:
        return f"languages: records are written in Vietnamese; the list must include {PRIMARY}"
    if len(set(codes)) != len(codes):
        return f"languages: a language is listed twice: {', '.join(codes)}"
    for code in codes:
        if not isinstance(code, str) or not code.isascii() or not code.replace("-", "").isalnum() or code != code.lower():
            return f"languages: expected language codes such as vi, en, zh, found {code!r}"
    for code, chain in fallbacks.items():
        if code not in codes:
            return f"fallbacks: {code} is not one of the languages ({', '.join(codes)})"
        for other in chain:
            if other not in codes:
                return f"fallbacks: {code} falls back to {other}, which is not one of the languages"
    return None
