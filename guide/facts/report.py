"""Findings as text for people: the editor's warning and the command's report."""

from django.utils.html import format_html, format_html_join


def describe(finding) -> str:
    return (
        f"“{finding.sentence}” states {finding.stated}; {finding.subject} is recorded as "
        f"{finding.recorded}."
    )


def where(finding) -> str:
    return finding.field + (f" › {finding.block_path}" if finding.block_path else "")


def warning_html(found: list) -> str:
    """One warning listing every finding; it does not stop the save."""
    count = len(found)
    heading = f"{count} number{'s' if count != 1 else ''} in the text disagree"
    heading += "s" if count == 1 else ""
    items = format_html_join(
        "", "<li>{} ({})</li>", ((describe(finding), where(finding)) for finding in found)
    )
    return format_html("{} with the recorded facts:<ul>{}</ul>", heading, items)
