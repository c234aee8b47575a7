from django.urls import reverse

from guide.core.models import OperatorSettings


def test_operator_settings_are_saved_per_site(site):
    operator = OperatorSettings.for_site(site)
    operator.name = "Andean Paths"
    operator.email = "hola@andeanpaths.example"
    operator.phone = "+51 84 000 000"
    operator.save()
    reloaded = OperatorSettings.for_site(site)
    assert (reloaded.name, reloaded.email, reloaded.phone) == (
        "Andean Paths",
        "hola@andeanpaths.example",
        "+51 84 000 000",
    )
    assert OperatorSettings.objects.filter(site=site).count() == 1


def test_an_editor_sets_the_operator_in_the_admin(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["guide_core", "operatorsettings", site.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "name": "Andean Paths",
            "email": "hola@andeanpaths.example",
            "phone": "",
            "website": "https://andeanpaths.example",
            "address": "Calle Plateros, Cusco",
        },
    )
    assert response.status_code == 302
    assert OperatorSettings.for_site(site).website == "https://andeanpaths.example"


def test_the_admin_rejects_a_malformed_operator_email(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["guide_core", "operatorsettings", site.pk])
    response = admin_client.post(url, {"name": "Andean Paths", "email": "not an address"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert not OperatorSettings.objects.filter(site=site, name="Andean Paths").exists()
