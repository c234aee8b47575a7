from django.db import models
from django.utils import timezone
from wagtail.models import Page, Site


class StoredPage(models.Model):
    """A public page's API JSON, rendered when its content (or anything it shows) changes.

    Requests serve these texts as they are. A row exists only while the page is public: making a
    page private, unpublishing, moving or deleting it removes its row at once, and everything
    that showed it is queued for rendering again (see guide.api.store).
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="+")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    url_path = models.CharField(max_length=1024, db_index=True)  # the page's, for by-path
    type_name = models.CharField(max_length=40)  # the payload's "type": itinerary, home, ...
    detail = models.TextField()
    card = models.TextField(blank=True)  # its listing card, for page types that have one
    search_card = models.TextField(blank=True)  # the card search results and featured use
    etag = models.CharField(max_length=40)
    # The first moment something it shows may stop being public by date (an expiry); from then
    # on the row is rendered again before it is served.
    stale_after = models.DateTimeField(null=True, blank=True)
    rendered_at = models.DateTimeField(default=timezone.now)
    # The other pages its JSON names (links and cards): when one of them changes, this row is
    # rendered again.
    shows = models.ManyToManyField(Page, related_name="+", blank=True)

    class Meta:
        indexes = [models.Index(fields=["site", "url_path"])]

    def __str__(self):
        return f"Stored JSON of {self.url_path}"

    @property
    def frontend_path(self) -> str:
        """'/lares/trek-4-days/', '/es/lares/trek-4-dias/': the page's path on the visitor site."""
        from guide.core.visibility import locale_roots

        for prefix, root in locale_roots(self.site.root_page):
            if self.url_path.startswith(root.url_path):
                return prefix + "/" + self.url_path[len(root.url_path) :]
        return "/" + self.url_path[len(self.site.root_page.url_path) :]

    def is_fresh(self, now) -> bool:
        return self.stale_after is None or self.stale_after > now
