"""Phone numbers, e-mail addresses and names as people type them into a class list.

Kept apart from reading the file because these rules are about the values, whatever
the file: Excel's damage to phone numbers, Norwegian number formats, and one cell
naming two guardians ("Tone og Ola Hansen") with their numbers shared out.
"""

from __future__ import annotations

import re

from kktui.i18n import t

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EXCEL_NUMBER_RE = re.compile(r"^\d+([.,]\d+)?[eE][+-]?\d+$")
EXCEL_WHOLE_RE = re.compile(r"^(\d{9,15})[.,]0+$")  # 4790000000.0: a number cell shown with decimals
# A number Excel read as a number lost its "+": country codes whose numbers have a fixed
# length, so that "4790000000" can only be +47 900 00 000. Others stay refused.
COUNTRY_LENGTHS: dict[str, tuple[int, ...]] = {
    "47": (8,),
    "45": (8,),
    "46": (9,),
    "358": (9, 10),
    "354": (7,),
    "48": (9,),
    "44": (10,),
    "370": (8,),
    "371": (8,),
    "372": (7, 8),
}
NAME_SPLIT_RE = re.compile(r"\s*(,|&|\+|/|\bog\b|\band\b)\s*")


def normalise_phone(text: str) -> str:
    """Digits (with a leading + for a country code); Norwegian +47/0047 numbers become 8 digits.

    Raises ValueError with the reason when the text is not a phone number.
    """
    raw = text.strip()
    if not raw:
        return ""
    if EXCEL_NUMBER_RE.match(raw):  # 4.79E+09: Excel kept three digits and threw the rest away
        raise ValueError(t("import.phone_excel", phone=raw))
    whole = EXCEL_WHOLE_RE.match(raw)
    cleaned = whole.group(1) if whole else re.sub(r"[\s\-./()]", "", raw)
    plus = cleaned.startswith("+")
    digits = cleaned[1:] if plus else cleaned
    if digits.startswith("00"):
        plus, digits = True, digits[2:]
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(t("import.phone_bad", phone=raw))
    if not plus and _lost_plus(digits):  # 4790000000: Excel dropped the + of +47 900 00 000
        plus = True
    if plus and digits.startswith("47") and len(digits) == 10:
        return digits[2:]
    if not plus and len(digits) == 8:
        return digits
    if plus and 8 <= len(digits) <= 15:
        return "+" + digits
    raise ValueError(t("import.phone_bad", phone=raw))


def _lost_plus(digits: str) -> bool:
    return len(digits) > 8 and any(
        digits.startswith(code) and len(digits) - len(code) in lengths
        for code, lengths in COUNTRY_LENGTHS.items()
    )


def show_phone(phone: str) -> str:
    """Norwegian numbers the way they are written: 987 65 432."""
    if len(phone) == 8 and phone.isdigit():
        return f"{phone[:3]} {phone[3:5]} {phone[5:]}"
    return phone


def split_list(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|/|;|\+|\bog\b|\band\b|&)\s*", text.strip())
    return [p.strip() for p in parts if p.strip()]


def split_guardians(name: str) -> tuple[list[str], bool]:
    """("Tone Hansen, Ola Hansen" | "Tone og Ola Hansen") → two names; the bool says the cell
    looks like more than one person but cannot be split safely ("Tone og Ola").
    "Hansen, Tone" (surname first) is one person."""
    pieces = NAME_SPLIT_RE.split(name)
    parts, seps = [p.strip() for p in pieces[0::2]], pieces[1::2]
    if len(parts) < 2 or not all(parts):
        return [name], False
    if len(parts) > 2:
        return [name], True
    (first, second), sep = parts, seps[0]
    first_words, second_words = first.split(), second.split()
    if len(first_words) >= 2 and len(second_words) >= 2:
        return [first, second], False
    if sep == ",":
        return [name], False  # "Hansen, Tone", "Hansen, Tone Marie": surname first
    if len(first_words) == 1 and len(second_words) >= 2:  # Tone og Ola Hansen
        return [f"{first} {second_words[-1]}", second], False
    return [name], True


def _split_like(value: str, n: int, pattern: str) -> list[str] | None:
    parts = [p.strip() for p in re.split(pattern, value) if p.strip()]
    return parts if len(parts) == n else None


def one_per_guardian(values: dict[str, str], names: list[str]) -> list[dict[str, str]]:
    """The group's values for each name in one cell: two phone numbers or e-mail addresses are
    shared out in order; one phone number is the household's; one e-mail goes to the first."""
    if len(names) == 1:
        return [values]
    out = [dict(values, name=name) for name in names]
    phones = _split_like(values.get("phone", ""), len(names), r"\s*(?:/|,|;|\bog\b|\band\b)\s*")
    emails = _split_like(values.get("email", ""), len(names), r"[\s,;/]+|\bog\b|\band\b")
    for index, person in enumerate(out):
        if phones:
            person["phone"] = phones[index]
        if emails:
            person["email"] = emails[index]
        elif index:
            person.pop("email", None)
    return out
