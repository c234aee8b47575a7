"""Template tags for the page types that show communities without importing this app."""

from django import template

from guide.core.visibility import Visibility

from ..models import CommunityProfilePage

register = template.Library()


@register.simple_tag(takes_context=True)
def communities_visited(context, itinerary):
    """{% communities_visited page as communities %}: the public communities on the route."""
    request = context.get("request")
    visibility = Visibility.for_request(request) if request else Visibility.public()
    return CommunityProfilePage.visited_by(itinerary, visibility.pages(CommunityProfilePage))
