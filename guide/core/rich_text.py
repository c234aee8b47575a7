"""Page links in rich text follow the public rule (guide.core.visibility).

Wagtail's own handler turns every internal link into the target's URL, so an FAQ answer or a
day's description could name a draft, private or expired page. Here a link to such a page keeps
its text and loses its address, which is how Wagtail renders a link to a deleted page.
"""

from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from .locales import frontend_path
from .visibility import Visibility, note_shown, reading_visibility


class PublicPageLinkHandler(PageLinkHandler):
    """Links to public pages only, at their visitor-site path; while a page is rendered, in its
    reader's language (the target's translation where one is public)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        reader = reading_visibility()
        return [
            f'<a href="{escape(reader.link(page)["path"] if reader else frontend_path(page))}">'
            if page
            else "<a>"
            for page in cls.get_many(attrs_list)
        ]

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        pages = super().get_many(attrs_list)
        visibility = reading_visibility() or Visibility.public()
        shown = [
            page if page is not None and visibility.is_visible(page) else None for page in pages
        ]
        for page in shown:
            if page is not None:
                note_shown(page)
        return shown
