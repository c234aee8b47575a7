"""The form token: a signed timestamp saying when the enquiry form was handed out.

A person needs a few seconds to fill in a form, a script needs none; and a form left open for
days is better reloaded than trusted. The token carries a random nonce only so that no two
forms share one; nothing is stored for it.
"""

import secrets
import time

from django.core import signing

from guide.core.conf import guide_settings

SALT = "guide.enquiries.form"


class TokenRefused(Exception):
    """Why a token is not accepted, in a sentence for the visitor."""


class _Signer(signing.TimestampSigner):
    def __init__(self, at: float | None = None):
        super().__init__(salt=SALT)
        self.at = at

    def timestamp(self):
        # Issuing at a given time lets a token be made for any moment (an old one included).
        return signing.b62_encode(int(self.at if self.at is not None else time.time()))


def issue_token(at: float | None = None) -> str:
    return _Signer(at).sign(secrets.token_urlsafe(9))


def check_token(token: str, now: float | None = None) -> None:
    """Raises TokenRefused when the token is missing, forged, too fresh or too old."""
    if not token:
        raise TokenRefused("The form's token is missing; please reload the page and send again.")
    signer = _Signer()
    try:
        signer.unsign(token)
    except signing.BadSignature as error:
        raise TokenRefused(
            "The form's token is not valid; please reload the page and send again."
        ) from error
    issued = signing.b62_decode(token.rsplit(signer.sep, 2)[1])
    age = (now if now is not None else time.time()) - issued
    if age > guide_settings.ENQUIRY_TOKEN_MAX_AGE:
        raise TokenRefused(
            "This form has expired; please reload the page, check your enquiry and send it again."
        )
    if age < guide_settings.ENQUIRY_MIN_SECONDS:
        raise TokenRefused("The form was sent too fast; please submit it again.")
