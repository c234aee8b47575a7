"""Prose as the checker reads it: plain sentences, split into clauses, in a folded form.

Folding (accents dropped, lower case, typographic quotes and spaces made plain) keeps every
character's position, so a match in the folded sentence points into the same clause.
"""

import html
import re
import unicodedata

BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|li|ul|ol|h[1-6]|div|br|tr|td|th|blockquote)\b[^>]*>", re.I)
ANY_TAG = re.compile(r"<[^>]+>")
# A sentence ends at . ! or ? followed by a space and a capital, a quote or an opening bracket
# ("approx. 4,500 m" is not split).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ\"“‘(¡¿])")
# Clauses: a semicolon, a colon, a spaced dash that is not a range, or a comma and a conjunction.
CLAUSE_BREAK = re.compile(
    r";|:(?!\d)|(?<!\d)\s[–—-]\s(?!\d)|,\s+(?=(?:and|but|while|so|then|whereas|although|though|yet)\b)"
)
# Thousands grouped by a no-break space ("4 450 m") read as a comma.
GROUPING_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}\b)")


def html_to_text(value: str) -> str:
    """Rich text (Wagtail's database format or display HTML) as plain text, a paragraph a line."""
    text = BLOCK_TAG.sub("\n", value)
    text = ANY_TAG.sub("", text)
    return html.unescape(text)


def tidy(text: str) -> str:
    """Spellings that fold() could not keep one character long, and grouping spaces."""
    text = text.replace("℃", "°C").replace("℉", "°F")
    return GROUPING_SPACE.sub(",", text)


def sentences(text: str) -> list[str]:
    found = []
    for paragraph in tidy(text).splitlines():
        paragraph = " ".join(paragraph.split())
        found.extend(part for part in SENTENCE_END.split(paragraph) if part.strip())
    return found


def _fold_char(char: str) -> str:
    if char in "’‘`´":
        return "'"
    if char in "º˚":
        return "°"
    if char == "−":
        return "-"
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    # One character in, one out, so that positions match the original sentence.
    return kept[:1].lower() or " "


def fold(text: str) -> str:
    """Lower case, without accents, one character for each character of `text`."""
    return "".join(_fold_char(char) for char in text)


def clause_spans(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in CLAUSE_BREAK.finditer(folded):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(folded)))
    return spans


def clause_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= position <= end:
            return start, end
    return spans[-1]
