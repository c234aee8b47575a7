"""Choices shared by several guide apps."""

from django.db import models


class TransportMode(models.TextChoices):
    BUS = "bus", "Bus"
    VAN = "van", "Van or minibus"
    TRAIN = "train", "Train"
    CAR = "car", "Car or taxi"
    WALK = "walk", "On foot"


class SeasonRating(models.TextChoices):
    BEST = "best", "Best"
    GOOD = "good", "Good"
    POSSIBLE = "possible", "Possible, with care"
    AVOID = "avoid", "Avoid"
