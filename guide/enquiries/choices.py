"""The fixed limits of an enquiry and the operator's "how did you hear of us?" answers."""

from guide.core.conf import guide_settings

PARTY_SIZE_MIN = 1
PARTY_SIZE_MAX = 30
NAME_MAX_LENGTH = 120
EMAIL_MAX_LENGTH = 254
MESSAGE_MAX_LENGTH = 5000
HEARD_FROM_MAX_LENGTH = 50
# A trip is rarely planned further ahead than this; a later date is most likely a typo.
YEARS_AHEAD = 3


def heard_from_choices() -> list[tuple[str, str]]:
    """The configured answers as (value, label) pairs, in the operator's order."""
    return [(str(value), str(label)) for value, label in guide_settings.ENQUIRY_HEARD_FROM]


def heard_from_label(value: str) -> str:
    """The label of a stored answer; an answer the operator has since removed shows as is."""
    return dict(heard_from_choices()).get(value, value)
