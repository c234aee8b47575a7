"""The demo's generated pictures: title, alt text (Wagtail's image description) and scene.

The alt text describes what is actually drawn: these are illustrations, not photographs.
"""

from guide.demo.images import Scene

DAWN_SKY = {"sky_top": (38, 62, 128), "sky_horizon": (242, 178, 120)}
DAY_SKY = {"sky_top": (70, 125, 200), "sky_horizon": (200, 222, 240)}
DUSK_SKY = {"sky_top": (44, 36, 92), "sky_horizon": (232, 132, 96)}
MIST_SKY = {"sky_top": (120, 140, 160), "sky_horizon": (220, 226, 230)}

PICTURES = {
    "home": (
        "Lares trek guide: snow peaks at dawn",
        "Illustration: layered mountain ridges with snow on the highest one, under a dawn sky.",
        Scene(
            **DAWN_SKY,
            far=(120, 104, 150),
            near=(36, 46, 40),
            sun=(255, 226, 170),
            sun_x=0.25,
            snow=True,
            layers=5,
        ),
    ),
    "trek-4-days": (
        "Lares trek in 4 days: lake below the pass",
        "Illustration: a blue mountain lake below snow-capped ridges on a clear day.",
        Scene(**DAY_SKY, far=(112, 124, 150), near=(58, 78, 50), snow=True, lake=(70, 140, 170)),
    ),
    "trek-3-days": (
        "Lares trek in 3 days: ridges at sunset",
        "Illustration: dark mountain ridges against an orange and purple sunset.",
        Scene(
            **DUSK_SKY,
            far=(130, 90, 120),
            near=(30, 26, 40),
            sun=(255, 200, 140),
            sun_y=0.55,
            snow=True,
        ),
    ),
    "trek-2-days": (
        "Lares trek in 2 days: golden grassland",
        "Illustration: rolling golden-brown hills under a pale blue sky.",
        Scene(**DAY_SKY, far=(150, 140, 120), near=(150, 112, 50), layers=3, roughness=0.45),
    ),
    "lares-valley": (
        "Lares valley: houses below the peaks",
        "Illustration: small thatched houses on a valley floor beneath snowy mountains.",
        Scene(**DAY_SKY, far=(110, 120, 140), near=(70, 96, 52), snow=True, houses=4),
    ),
    "lares-hot-springs": (
        "Lares hot springs: steaming pools",
        "Illustration: turquoise pools with rising steam at the foot of brown hills.",
        Scene(**MIST_SKY, far=(130, 134, 140), near=(112, 88, 60), layers=3, steam=True),
    ),
    "ollantaytambo": (
        "Ollantaytambo: terraces in the valley",
        "Illustration: stepped green terraces with stone walls between steep hills.",
        Scene(
            **DAY_SKY,
            far=(120, 130, 130),
            near=(70, 90, 60),
            ruins=True,
            sun=(255, 240, 200),
            sun_x=0.85,
            sun_y=0.15,
        ),
    ),
    "aguas-calientes": (
        "Aguas Calientes: forested gorge in the mist",
        "Illustration: steep green forested ridges fading into mist.",
        Scene(**MIST_SKY, far=(120, 150, 130), near=(30, 70, 45), layers=6, roughness=0.6),
    ),
    "machu-picchu": (
        "Machu Picchu: terraces on a ridge",
        "Illustration: stone terraces and roofless walls on a green ridge between mountains.",
        Scene(**DAY_SKY, far=(100, 130, 130), near=(50, 84, 44), ruins=True, layers=5),
    ),
    "huacahuasi": (
        "Huacahuasi: village at dusk",
        "Illustration: stone houses with straw roofs below a ridge at dusk.",
        Scene(**DUSK_SKY, far=(110, 80, 110), near=(52, 48, 44), houses=6, snow=True),
    ),
    "patacancha": (
        "Patacancha: houses by a high valley",
        "Illustration: a few thatched houses on green slopes under a bright sky.",
        Scene(**DAY_SKY, far=(120, 130, 150), near=(84, 110, 60), houses=3, layers=3),
    ),
    "cuncani": (
        "Cuncani: pastures under the snow",
        "Illustration: high brown pastures with a snow-capped peak behind at dawn.",
        Scene(
            **DAWN_SKY,
            far=(140, 120, 150),
            near=(120, 96, 60),
            snow=True,
            houses=2,
            sun=(255, 230, 180),
            sun_x=0.8,
        ),
    ),
    "huilloc": (
        "Huilloc: green valley with houses",
        "Illustration: houses along a green valley floor between forested slopes.",
        Scene(**MIST_SKY, far=(110, 130, 120), near=(60, 100, 56), houses=5, layers=4),
    ),
    "lares-town": (
        "Lares: town in the valley",
        "Illustration: a cluster of houses in a wide valley with hills rising behind.",
        Scene(**DAY_SKY, far=(130, 130, 140), near=(96, 104, 64), houses=8, layers=3),
    ),
}
