"""Validators for the physical facts a guide states. Messages say what is allowed."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator

# The shore of the Dead Sea and the summit of Everest bound every elevation on Earth's land.
LOWEST_ELEVATION_M = -430
HIGHEST_ELEVATION_M = 8849

elevation_validators = [
    MinValueValidator(
        LOWEST_ELEVATION_M,
        message=f"Elevation must be at least {LOWEST_ELEVATION_M} m (the Dead Sea shore).",
    ),
    MaxValueValidator(
        HIGHEST_ELEVATION_M,
        message=f"Elevation must be at most {HIGHEST_ELEVATION_M:,} m (the summit of Everest).",
    ),
]

latitude_validators = [
    MinValueValidator(-90, message="Latitude must be between -90 and 90 degrees."),
    MaxValueValidator(90, message="Latitude must be between -90 and 90 degrees."),
]

longitude_validators = [
    MinValueValidator(-180, message="Longitude must be between -180 and 180 degrees."),
    MaxValueValidator(180, message="Longitude must be between -180 and 180 degrees."),
]

positive_distance_validators = [
    MinValueValidator(Decimal("0.1"), message="Distance must be greater than zero."),
]

positive_duration_validators = [
    MinValueValidator(1, message="Duration must be at least one minute."),
]

positive_hours_validators = [
    MinValueValidator(Decimal("0.1"), message="Hours must be greater than zero."),
    MaxValueValidator(Decimal("24"), message="A day has at most 24 hours."),
]
