"""Prices: ISO 4217 currencies, amounts stored as integer minor units (cents, or yen)."""

from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_name, get_currency_precision, list_currencies
from django.core.exceptions import ValidationError

CURRENCIES = frozenset(list_currencies())


def validate_currency(code: str) -> None:
    if code not in CURRENCIES:
        raise ValidationError(
            "'%(code)s' is not an ISO 4217 currency code (e.g. USD, EUR, PEN).",
            params={"code": code},
        )


def decimals(currency: str) -> int:
    """How many digits follow the decimal point in ``currency`` (2 for USD, 0 for JPY)."""
    return get_currency_precision(currency)


def to_minor(amount: Decimal, currency: str) -> int:
    """``amount`` in major units (12.50 USD) as minor units (1250); refuses amounts finer than
    the currency's smallest unit."""
    places = decimals(currency)
    try:
        minor = Decimal(amount).scaleb(places)
    except InvalidOperation as error:
        raise ValidationError("Enter a number.") from error
    if minor != minor.to_integral_value():
        raise ValidationError(
            "%(name)s have at most %(places)s decimal places.",
            params={"name": get_currency_name(currency, count=2, locale="en"), "places": places},
        )
    return int(minor)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-decimals(currency))


def price_representation(minor: int | None, currency: str) -> dict | None:
    """A price as the API gives it: the exact amount as a decimal string, the integer minor
    units it is stored in, and the currency."""
    if minor is None:
        return None
    return {
        "amount": str(from_minor(minor, currency)),
        "amount_minor": minor,
        "currency": currency,
    }
