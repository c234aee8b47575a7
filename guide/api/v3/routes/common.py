"""Helpers shared by the guide's routes."""

from typing import Annotated

from ninja import Path

from ..filters import MAX_ID
from ..schemas.common import GuideError

# No larger than a bigint column holds, so no lookup can overflow in the database.
PageId = Annotated[int, Path(ge=1, le=MAX_ID, description="The page's id.")]

ERRORS = {400: GuideError, 404: GuideError}
