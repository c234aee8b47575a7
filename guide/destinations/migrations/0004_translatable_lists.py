from django.db import migrations

from guide.core.translatable_migration import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("guide_destinations", "0003_typed_facts_and_pool_range"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *make_translatable("destinationaccessroute", "guide_destinations.DestinationAccessRoute"),
        *make_translatable("watercomponent", "guide_destinations.WaterComponent"),
        *make_translatable("destinationwildlife", "guide_destinations.DestinationWildlife"),
        *make_translatable("destinationplant", "guide_destinations.DestinationPlant"),
        *make_translatable("relateddestination", "guide_destinations.RelatedDestination"),
        *make_translatable("destinationseasonmonth", "guide_destinations.DestinationSeasonMonth"),
    ]
