"""Whole numbers written in query strings and paths."""


def is_whole_number(text: str) -> bool:
    """'42', but not '4.2', '-1' or '¹': str.isdigit() accepts digits that int() refuses."""
    return text.isascii() and text.isdigit()
