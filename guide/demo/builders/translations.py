"""The Spanish demo pages, translated with wagtail-localize from their English originals.

Each original gets a translation source; its segments whose English text has a Spanish version
in `content/spanish.py` are translated, and wagtail-localize then saves and publishes the
Spanish page or snippet, copying the figures (places, hours, distances, departures) as they are.
An original that already has a Spanish version is left alone, so a second run changes nothing
and translators' work survives it.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from guide.communities.models import CommunityProfilePage
from guide.demo.content.spanish import SPANISH, TRANSLATED_PAGES
from guide.destinations.models import DestinationPage
from guide.faqs.models import FAQ, FAQTopic
from guide.itineraries.models import ItineraryPage

from .base import Demo

PAGE_MODELS = {
    "itinerary": ItineraryPage,
    "destination": DestinationPage,
    "community": CommunityProfilePage,
}


def build_translations(demo: Demo, home: Page, indexes: dict) -> None:
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    originals = [
        *FAQTopic.objects.filter(locale=home.locale),
        *FAQ.objects.filter(locale=home.locale, live=True),
        *Page.objects.filter(pk__in=[home.pk, *(i.pk for i in indexes.values())])
        .order_by("path")
        .specific(),  # fresh from the database: the objects built earlier predate publishing
        *(
            PAGE_MODELS[kind].objects.child_of(indexes[index]).get(slug=slug)
            for kind, index, slug in TRANSLATED_PAGES
        ),
    ]
    new = 0
    for original in originals:
        if not original.has_translation(spanish):
            translate(original, spanish, SPANISH)
            new += 1
    demo.report("Spanish translations", len(originals), new)


def translate(original, locale: Locale, words: dict[str, str]):
    """Translate ``original`` into ``locale`` as an editor would with wagtail-localize: each
    segment whose text is a key of ``words`` gets its value; the rest stays as it is. Returns
    the published translation."""
    source, _ = TranslationSource.get_or_create_from_instance(original)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = words.get(segment.string.data)
        if text is not None:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    TranslationCreator(user=None, target_locales=[locale]).create_translations(
        original, include_related_objects=False
    )
    return original.get_translation(locale)
