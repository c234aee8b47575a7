from django.db import migrations

from guide.core.translatable_migration import make_translatable


class Migration(migrations.Migration):
    dependencies = [("guide_itineraries", "0004_translatable_days")]

    operations = [
        *make_translatable("itineraryalternative", "guide_itineraries.ItineraryAlternative"),
        *make_translatable(
            "itinerarybookingleadtime", "guide_itineraries.ItineraryBookingLeadTime"
        ),
        *make_translatable("itineraryseasonmonth", "guide_itineraries.ItinerarySeasonMonth"),
    ]
