"""Helpers shared by the guide's routes."""

from typing import Annotated

from ninja import Path

from ..filters import MAX_ID
from ..schemas.common import GuideError

# No larger than a bigint column holds, so no lookup can overflow in the database.
PageId = Annotated[int, Path(ge=1, le=MAX_ID, description="The page's id.")]

ERRORS = {400: GuideError, 404: GuideError}


def window_ids(queryset, params) -> tuple[list[int], int]:
    """The ids of the requested slice of ``queryset`` and the total count; the count costs no
    query when the first page already holds everything."""
    ids = list(params.window(queryset.values_list("pk", flat=True)))
    if params.offset == 0 and len(ids) < params.limit:
        return ids, len(ids)
    return ids, queryset.count()
