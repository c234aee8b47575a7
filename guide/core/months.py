"""Calendar months as stored values (1-12) with their names."""

import calendar

MONTH_CHOICES = [(number, calendar.month_name[number]) for number in range(1, 13)]
