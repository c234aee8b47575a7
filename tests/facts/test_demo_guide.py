"""The Lares demo guide agrees with its own typed facts."""

import json
from io import StringIO

from django.core.management import call_command

from guide.facts.models import Finding


def test_the_demo_guide_reports_no_contradiction(db):
    call_command("load_demo_guide", stdout=StringIO())
    output = StringIO()
    call_command("check_facts", "--json", stdout=output)  # exits 0: no CommandError
    assert json.loads(output.getvalue()) == {"count": 0, "findings": []}
    assert not Finding.objects.exists()
