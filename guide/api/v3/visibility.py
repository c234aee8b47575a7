"""The public rule now lives in guide.core.visibility; this name stays for the modules that
import it from the API package."""

from guide.core.visibility import Visibility

__all__ = ["Visibility"]
