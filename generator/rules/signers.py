"""Who signed the recognition certificate: `certificate.issued_by`, with `certificate.level`.

Who signs (`certificate.issued_by`) is read as a name, the way decisions print it: "[Chủ tịch]
UBND / Ủy ban nhân dân" + a level word + the unit's name [+ ", tỉnh X"]. The first level word
decides: "tỉnh" a province; "thành phố" / "TP" / "TP." a province only for a centrally-run city
(Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ; Huế from 01/01/2025; this catalogue's own
city when province.yml says ``kind: city``), else a district-level city; "huyện", "quận", "thị
xã" a district; "xã", "phường", "thị trấn", "đặc khu" a commune. "Bộ …" is a ministry.

`signer-level-unknown`: the name does not tell the level and `level` is not written.
    good: ``issued_by: UBND tỉnh Quảng Ninh``; ``issued_by: Ủy ban nhân dân TP. Hồ Chí Minh``
    bad:  ``issued_by: UBND Quảng Ninh`` (no level word) without ``level: province``

`signer-level-mismatch`: a `level` that contradicts a name that tells its level.
    bad: ``issued_by: UBND huyện Ba Chẽ, tỉnh Quảng Ninh`` with ``level: province`` (a district)
    bad: ``issued_by: UBND TP Thanh Hóa`` with ``level: province`` (a district-level city)

`signer-commune`: communes, wards, towns and special zones receive and pre-check dossiers but
never sign a recognition decision, whatever `level` says.
    bad: ``issued_by: UBND xã Quảng La``, ``issued_by: UBND đặc khu Vân Đồn``

`signer-district-abolished`: districts signed 3★ under Decision 148 until 30/06/2025; they were
abolished on 01/07/2025, so a district signature dated later is wrong.
    good: 3★ by ``UBND huyện Sơn Tịnh`` on 2025-06-30     bad: the same on 2025-07-02

`signer-not-allowed`: a lower body signing a higher star, or a ministry other than agriculture.
Decision 1048 (until 23/02/2023): the province signs 3★ and 4★. Decision 148 (24/02/2023 to
30/06/2025): a district signs 3★, the province 4★; from 01/07/2025 the province signs 3★ and 4★.
5★ is signed by the agriculture ministry only.
    good: 4★ by ``Chủ tịch UBND TP. Hồ Chí Minh``; 3★ by ``UBND thị xã Tịnh Biên`` on 2024-05-10
    bad:  4★ by ``UBND thành phố Hà Tĩnh`` (a district-level city); 5★ by ``Bộ Công Thương``;
          4★ by ``UBND thành phố Huế`` on 2024-06-01 (Huế became centrally run on 01/01/2025)

`signer-above-star` (warning): a higher body signing a lower star is accepted but flagged: the
province signing a 3★ under Decision 148, as provinces did while district councils were formed.
    accepted with a warning: 3★ by ``UBND tỉnh Quảng Ninh`` on 2024-04-15

`signer-not-signing` (warning): a body that prepares or advises but does not sign
("Sở Nông nghiệp và Môi trường", "Hội đồng OCOP tỉnh"): the chair of the people's committee signs.
Add ``level:`` to have the stars checked.

`ministry-name`: the ministry was "Bộ Nông nghiệp và Phát triển nông thôn" until 28/02/2025 and
"Bộ Nông nghiệp và Môi trường" from 01/03/2025. Within a month of the change either name is a
warning; further away the wrong name is an error.
    good: ``Bộ NN&PTNT`` on 2024-09-25      warning: ``Bộ Nông nghiệp và PTNT`` on 2025-03-10
    bad:  ``Bộ Nông nghiệp và Môi trường`` on 2024-08-10

`signer-other-province` (warning): a province (or a district naming its province) that is not
this catalogue's province nor one merged into it (`formerly` in province.yml).
    bad in Quảng Ninh: ``UBND tỉnh Lâm Đồng``
"""

from __future__ import annotations

import datetime as dt

from generator.issues import emits, error, warning
from generator.model import bodies
from generator.model.regimes import (
    ABOLISHED, OCOP_STARS, allowed_signers, ministry_name_verdict, ministry_on, regime_on, signer_verdict,
)
from generator.rules.context import dmy
from generator.i18n import en_vi

LEVEL_VI = {"commune": "cấp xã", "district": "cấp huyện", "province": "cấp tỉnh", "ministry": "cấp bộ"}


@emits("ministry-name", "signer-above-star", "signer-commune", "signer-district-abolished", "signer-level-mismatch", "signer-level-unknown", "signer-not-allowed", "signer-not-signing", "signer-other-province")
def signer(cat, ctx):
    for p in cat.products.values():
        if p.certificate.issued_by:
            yield from _signer(p, ctx)


def _signer(p, ctx):
    c = p.certificate
    at = p.source.at("certificate.issued_by")
    body = bodies.parse(c.issued_by)
    derived = bodies.level_of(body, c.issued_on, ctx.home)
    if derived == "commune":
        yield _commune(at, c.issued_by)
        return
    if body and body.kind == "advisory":
        yield _advisory(at, c.issued_by)
    elif derived is None and c.level is None:
        yield _unknown(at, c.issued_by)
        return
    if derived and c.level and derived != c.level:
        en, vi = _what(body, derived, c.issued_on, ctx.home)
        yield error(p.source.at("certificate.level"), "signer-level-mismatch",
                    *en_vi('certificate.level: "{level}" contradicts issued_by "{issued_by}", which is {en}; '
                           "remove level or correct it", level=c.level, issued_by=c.issued_by, en=en, vi=vi))
        return
    level = c.level or derived
    if level is None:
        return
    if body and body.kind == "ministry":
        problem = _ministry(at, body, c, ctx.today)
        if problem:
            yield problem
            if problem.severity == "error":
                return
    yield from _allowed(p, level, body, at, ctx.home)
    yield from _other_province(at, body, level, c.issued_by, ctx)


def _commune(at, issued_by):
    return error(at, "signer-commune",
                 *en_vi('certificate.issued_by: "{issued_by}" is a commune-level body; communes, wards, towns '
                        "and special zones receive and pre-check dossiers but never sign a recognition decision: "
                        "write the body that signed, as printed on the decision", issued_by=issued_by))


def _advisory(at, issued_by):
    return warning(at, "signer-not-signing",
                   *en_vi('certificate.issued_by: "{issued_by}" prepares or advises but does not sign '
                          "recognition decisions; the chair of the people's committee signs (UBND tỉnh … for 3 and "
                          "4 stars) and the ministry signs 5 stars: write the body named at the decision's "
                          "signature", issued_by=issued_by))


def _unknown(at, issued_by):
    return error(at, "signer-level-unknown",
                 *en_vi('certificate.issued_by: cannot tell whether "{issued_by}" is a district, a province or '
                        "the ministry; write the body as printed (e.g. UBND tỉnh …, UBND huyện …) or add level: "
                        "district, province or ministry", issued_by=issued_by))


def _what(body, level, day, home) -> tuple[str, str]:
    """The level of `body` in words, saying why when a "thành phố" is not a province."""
    en, vi = f"{level} level", LEVEL_VI[level]
    if body is None or body.tier != "city" or level != "district":
        return en, vi
    if body.parent:
        return en_vi("{en}: a city within {parent}", en=en, parent=body.parent, vi=vi)
    central, since = bodies.central_city(body.unit, home)
    if central and since:
        return en_vi("{en}: {unit} became a centrally-run city only on {since}", en=en, unit=body.unit, since=since,
                       vi=vi, since_vi=dmy(since))
    return en_vi("{en}: {unit} is not a centrally-run city", en=en, unit=body.unit, vi=vi)


def _ministry(at, body, c, today):
    day = c.issued_on or today
    if body.ministry is None:
        name = ministry_on(day).name
        return error(at, "signer-not-allowed",
                     *en_vi('certificate.issued_by: "{issued_by}" does not sign OCOP certificates; only the '
                            'agriculture ministry does ("{name}" on {day}), and only 5-star ones',
                            issued_by=c.issued_by, name=name, day=day, day_vi=dmy(day)))
    if c.issued_on is None:
        return None
    verdict, change = ministry_name_verdict(body.ministry, day)
    expected = ministry_on(day).name
    if verdict == "renamed":
        return warning(at, "ministry-name",
                       *en_vi('certificate.issued_by: on {day} the ministry was called "{expected}"; the name '
                              "written is accepted this close to the renaming ({change}), but write the name "
                              "printed on the decision", day=day, expected=expected, change=change, day_vi=dmy(day),
                              change_vi=dmy(change)))
    if verdict == "wrong":
        return error(at, "ministry-name",
                     *en_vi('certificate.issued_by: on {day} the ministry was called "{expected}", not '
                            '"{issued_by}" (the name changed on {change}); write the name printed on the '
                            "decision and check the date", day=day, expected=expected, issued_by=c.issued_by,
                            change=change, day_vi=dmy(day), change_vi=dmy(change)))
    return None


def _allowed(p, level, body, at, home):
    c = p.certificate
    if c.issued_on is None or p.stars not in OCOP_STARS:
        return
    verdict = signer_verdict(level, p.stars, c.issued_on)
    if verdict == "ok":
        return
    regime = regime_on(c.issued_on)
    allowed = allowed_signers(regime, p.stars)
    who, who_vi = " or ".join(allowed), " hoặc ".join(LEVEL_VI[a] for a in allowed)
    what, what_vi = _what(body, level, c.issued_on, home)
    if verdict == "abolished":
        ended = ABOLISHED[level] + dt.timedelta(days=1)
        yield error(at, "signer-district-abolished",
                    *en_vi('certificate.issued_by: districts were abolished on {ended}, so "{issued_by}" cannot '
                           "have signed a decision dated {issued_on}; from that day a {stars}-star certificate is "
                           "signed at {who} level: check the signer and the date", ended=ended, issued_by=c.issued_by,
                           issued_on=c.issued_on, stars=p.stars, who=who, ended_vi=dmy(ended),
                           issued_on_vi=dmy(c.issued_on), who_vi=who_vi))
    elif verdict == "above":
        yield warning(at, "signer-above-star",
                      *en_vi("certificate.issued_by: under {name} (in force on {issued_on}) a {stars}-star "
                             'certificate is signed at {who} level; "{issued_by}" ({what}) is higher. Accepted, '
                             "but check the stars and the signer", name=regime.name, issued_on=c.issued_on,
                             stars=p.stars, who=who, issued_by=c.issued_by, what=what, issued_on_vi=dmy(c.issued_on),
                             who_vi=who_vi, what_vi=what_vi))
    else:
        yield error(at, "signer-not-allowed",
                    *en_vi("certificate.issued_by: under {name} (in force on {issued_on}) a {stars}-star "
                           'certificate is signed at {who} level, not by "{issued_by}" ({what}); check the '
                           "signer, the stars and the date", name=regime.name, issued_on=c.issued_on, stars=p.stars,
                           who=who, issued_by=c.issued_by, what=what, issued_on_vi=dmy(c.issued_on), who_vi=who_vi,
                           what_vi=what_vi))


def _other_province(at, body, level, issued_by, ctx):
    home = ctx.home
    named = bodies.province_named(body, level) if body else None
    if not home or not named or bodies.place_key(named) in home.names:
        return
    here = ctx.catalogue.province.name.vi
    yield warning(at, "signer-other-province",
                  *en_vi('certificate.issued_by: "{issued_by}" belongs to {named}, but this catalogue is {here}; '
                         "if {named} was merged into {here}, list it under formerly in province.yml, else check "
                         "the signer", issued_by=issued_by, named=named, here=here))


RULES = (signer,)
