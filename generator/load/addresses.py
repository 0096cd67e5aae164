"""Web and e-mail addresses, parsed rather than prefix-matched.

A web address is what `urllib.parse` splits into scheme http or https (https only where asked)
and a host name, with no user name or password (`https://gov.vn@evil.example` names the host
evil.example), and without spaces, quotes, angle brackets, backslashes or control characters
anywhere: so it can be written into an `href` and shown as text without ever reading as anything
else. An e-mail address is checked by email-validator, offline (no DNS look-up).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email
from generator.i18n import en_vi

MAX_URL = 1000
_FORBIDDEN = re.compile(r"[\s\"'<>\\`\x00-\x1f\x7f-\x9f]")
_HOST = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_](?:[\w-]*[^\W_])?", re.UNICODE)


def web_address_problem(value: str, https_only: bool = False) -> tuple[str, str] | None:
    """(en, vi) saying why `value` is not an acceptable web address, or None when it is."""
    want = "https://" if https_only else "http:// or https://"
    example = "https://example.vn/path"
    forbidden = _FORBIDDEN.search(value)
    if forbidden:
        char = forbidden.group()
        what = "a space" if char == " " else f"the character {char!r}"
        return en_vi("a web address cannot contain {what}; write it as the browser shows it, e.g. {example}",
                       what=what, example=example, what_vi='dấu cách' if char == ' ' else repr(char))
    if len(value) > MAX_URL:
        return en_vi("the web address is {n_value:,} characters long; at most {MAX_URL:,} are allowed",
                       n_value=len(value), MAX_URL=MAX_URL)
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        parts, port = None, None
    schemes = ("https",) if https_only else ("http", "https")
    if parts is None or parts.scheme.lower() not in schemes or not value.lower().startswith(f"{parts.scheme.lower()}://"):
        return en_vi('expected a web address starting with {want}, found "{value}"', want=want, value=value[:60])
    if "@" in parts.netloc:
        return en_vi("a web address with a user name or '@' before the host hides where it leads; write the "
                       "address itself, e.g. {example}", example=example)
    host = parts.hostname or ""
    if not _HOST.fullmatch(host) or (port is not None and not 0 < port < 65536):
        return en_vi('the web address has no valid host name (found "{host}"); expected e.g. {example}',
                       host=host, example=example)
    return None


def email_problem(value: str) -> tuple[str, str] | None:
    """(en, vi) saying why `value` is not an e-mail address, or None when it is one."""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        return en_vi('"{value}" is not an e-mail address ({exc}); expected e.g. htx@example.vn', value=value[:60],
                       exc=exc)
    return None
