"""Page links in rich text follow the public rule (guide.core.visibility).

Wagtail's own handler turns every internal link into the target's URL, so an FAQ answer or a
day's description could name a draft, private or expired page. Here a link to such a page keeps
its text and loses its address, which is how Wagtail renders a link to a deleted page.
"""

from wagtail.rich_text.pages import PageLinkHandler

from .visibility import Visibility, note_shown


class PublicPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        pages = super().get_many(attrs_list)
        visibility = Visibility.public()
        shown = [
            page if page is not None and visibility.is_visible(page) else None for page in pages
        ]
        for page in shown:
            if page is not None:
                note_shown(page)
        return shown
