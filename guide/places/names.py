"""How place names compare: "Ipsaycocha pass", "ipsaycocha  Pass" and "Ípsaycocha-pass" are
one name."""

import re
import unicodedata


def name_key(text: str | None) -> str:
    """``text`` without accents, case, punctuation or repeated spaces, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", " ", letters.casefold()).strip()
