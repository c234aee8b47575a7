"""Month-by-month season calendars: (month, rating, note), January first."""

TREK = [
    (1, "avoid", "Wettest month: daily downpours, mud and cloud over the pass."),
    (2, "avoid", "Still very wet; landslides can close the road to Lares."),
    (3, "possible", "Rains easing but paths stay slippery; green valleys."),
    (4, "good", "Mostly dry with the odd shower; fields still green."),
    (5, "best", "Dry season begins: clear mornings, cold nights."),
    (6, "best", "Dry and clear; the coldest nights at the high camps."),
    (7, "best", "Dry and clear; busiest month, so book trains early."),
    (8, "best", "Dry, windy afternoons; grass turning golden."),
    (9, "best", "Dry and a little warmer; fewer visitors than midyear."),
    (10, "good", "Clouds build in the afternoons; showers possible."),
    (11, "possible", "Rainy season starts; expect wet afternoons."),
    (12, "possible", "Regular rain and muddy paths; quiet trails."),
]

VALLEY_TOWN = [
    (1, "possible", "Heavy rain most afternoons; roads can be cut for hours."),
    (2, "possible", "Wettest weeks of the year; mornings are often dry."),
    (3, "possible", "Showers easing; everything green."),
    (4, "good", "Mostly dry, green and quiet."),
    (5, "best", "Dry, sunny days and cool nights."),
    (6, "best", "Dry and sunny; festivals in the Cusco region."),
    (7, "best", "Dry and busy with visitors."),
    (8, "best", "Dry; windy afternoons."),
    (9, "best", "Dry and a little warmer."),
    (10, "good", "Afternoon clouds and the first showers."),
    (11, "good", "Showers more frequent, still plenty of sun."),
    (12, "possible", "Rainy season: carry a waterproof."),
]

MACHU_PICCHU = [
    (1, "possible", "Rain and mist, but fewer visitors and green terraces."),
    (2, "possible", "Wettest month; the site stays open though the Inca Trail closes."),
    (3, "good", "Showers easing; mist often lifts by mid-morning."),
    (4, "good", "Mostly dry, green and uncrowded."),
    (5, "best", "Dry, clear and not yet at peak crowds."),
    (6, "best", "Dry and clear; busy, so book entry slots early."),
    (7, "best", "Dry and at its busiest; morning slots sell out first."),
    (8, "best", "Dry and busy."),
    (9, "best", "Dry with thinner crowds than midyear."),
    (10, "good", "Warmer; afternoon showers possible."),
    (11, "good", "Showers increase; quieter."),
    (12, "possible", "Rainy season; bring a poncho for the bus queue."),
]
