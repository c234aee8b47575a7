"""Signed, expiring preview tokens: the only way a draft leaves the admin."""

from django.core import signing

from guide.core.conf import guide_settings

SALT = "guide.preview"


class PreviewTokenExpired(Exception):
    pass


class PreviewTokenInvalid(Exception):
    pass


def make_token(preview_id: int) -> str:
    return signing.dumps({"preview": preview_id}, salt=SALT)


def read_token(token: str) -> int:
    """The preview id the token was signed for; raises when it is forged, altered or too old."""
    try:
        data = signing.loads(token, salt=SALT, max_age=guide_settings.PREVIEW_TOKEN_SECONDS)
    except signing.SignatureExpired as error:
        raise PreviewTokenExpired("This preview link has expired; open Preview again.") from error
    except signing.BadSignature as error:
        raise PreviewTokenInvalid("This preview link is not valid.") from error
    if not isinstance(data, dict) or not isinstance(data.get("preview"), int):
        raise PreviewTokenInvalid("This preview link is not valid.")
    return data["preview"]
