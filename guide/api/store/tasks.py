"""The background half of keeping stored JSON current (django-tasks, Wagtail's task library).

The site picks the backend with Django's TASKS setting: Wagtail's default runs tasks at once;
a database or Redis backend with a worker runs them beside the web processes.
"""

from django_tasks import task

from guide.core import revalidation

from .changes import rendered


@task()
def render_pages_task(page_ids: list[int]) -> int:
    """Render the pages again, then tell the visitor site which of its paths changed."""
    paths = rendered(page_ids)
    revalidation.send(paths)
    return len(paths)
