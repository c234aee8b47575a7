"""The migration from one pool count to a range keeps every recorded count, on the page and in
its revisions, both ways."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

BEFORE = ("guide_destinations", "0002_page_links")
AFTER = ("guide_destinations", "0003_typed_facts_and_pool_range")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.mark.django_db(transaction=True)
def test_a_pool_count_becomes_a_range_of_that_number_and_back(destination):
    revision = destination.get_latest_revision()
    assert revision.content["pool_count_min"] == 5

    old_apps = migrate(BEFORE)
    try:
        old_page = old_apps.get_model("guide_destinations", "DestinationPage")
        assert old_page.objects.get(pk=destination.pk).pool_count == 5
        old_page.objects.filter(pk=destination.pk).update(pool_count=3)
        old_revision = Revision.objects.get(pk=revision.pk)
        assert old_revision.content["pool_count"] == 5
    finally:
        new_apps = migrate(AFTER)

    page = new_apps.get_model("guide_destinations", "DestinationPage").objects.get(
        pk=destination.pk
    )
    assert (page.pool_count_min, page.pool_count_max) == (3, 3)
    content = Revision.objects.get(pk=revision.pk).content
    assert (content["pool_count_min"], content["pool_count_max"]) == (5, 5)
    assert "pool_count" not in content
