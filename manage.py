#!/usr/bin/env python
"""Django's command-line utility for the guide project."""

import os
import sys
from pathlib import Path

# site/ is a plain folder, not a package: the standard library's `site` module would shadow it.
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guide_site.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
