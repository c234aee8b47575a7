"""Findings follow the facts: a published place edit can make prose anywhere agree or disagree."""

from django_tasks import task

from .site import check_site


@task()
def check_site_task() -> int:
    """Check every page and snippet again and store the findings; returns how many there are."""
    return sum(len(found) for _, found in check_site())
