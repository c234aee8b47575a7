from django.db import migrations

from guide.core.translatable_migration import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("guide_itineraries", "0003_departures"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = make_translatable("itineraryday", "guide_itineraries.ItineraryDay")
