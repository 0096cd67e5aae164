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
        return (f"a web address cannot contain {what}; write it as the browser shows it, e.g. {example}",
                f"địa chỉ web không được chứa {'dấu cách' if char == ' ' else repr(char)}; hãy ghi như trình "
                f"duyệt hiển thị, ví dụ {example}")
    if len(value) > MAX_URL:
        return (f"the web address is {len(value):,} characters long; at most {MAX_URL:,} are allowed",
                f"địa chỉ web dài {len(value):,} ký tự; tối đa {MAX_URL:,} ký tự")
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        parts, port = None, None
    schemes = ("https",) if https_only else ("http", "https")
    if parts is None or parts.scheme.lower() not in schemes or not value.lower().startswith(f"{parts.scheme.lower()}://"):
        return (f'expected a web address starting with {want}, found "{value[:60]}"',
                f'cần địa chỉ web bắt đầu bằng {want}, nhưng thấy "{value[:60]}"')
    if "@" in parts.netloc:
        return ("a web address with a user name or '@' before the host hides where it leads; "
                f"write the address itself, e.g. {example}",
                f"địa chỉ web có tên người dùng hoặc '@' trước tên miền che giấu nơi nó dẫn tới; "
                f"hãy ghi chính địa chỉ, ví dụ {example}")
    host = parts.hostname or ""
    if not _HOST.fullmatch(host) or (port is not None and not 0 < port < 65536):
        return (f'the web address has no valid host name (found "{host}"); expected e.g. {example}',
                f'địa chỉ web không có tên miền hợp lệ (thấy "{host}"); cần dạng {example}')
    return None


def email_problem(value: str) -> tuple[str, str] | None:
    """(en, vi) saying why `value` is not an e-mail address, or None when it is one."""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        return (f'"{value[:60]}" is not an e-mail address ({exc}); expected e.g. htx@example.vn',
                f'"{value[:60]}" không phải địa chỉ thư điện tử ({exc}); cần dạng htx@example.vn')
    return None
