"""FAQ topics and questions. Pages refer to an FAQ by its key."""

TOPICS = [
    {"name": "Permits and booking", "sort_order": 10},
    {"name": "Weather and seasons", "sort_order": 20},
    {"name": "Altitude and fitness", "sort_order": 30},
    {"name": "Nights and meals", "sort_order": 40},
    {"name": "On the trail", "sort_order": 50},
    {"name": "Families and children", "sort_order": 60},
]

FAQS = [
    {
        "key": "permit",
        "topic": "Permits and booking",
        "question": "Do I need a permit to hike the Lares trek?",
        "answer": (
            "<p>No. Unlike the classic Inca Trail, the Lares routes cross community land and "
            "need no trail permit, so there is no quota on the path itself.</p>"
            "<p>If your trip ends at Machu Picchu you still need an entry ticket for the site, "
            "with a timed slot, and a seat on the train from Ollantaytambo.</p>"
        ),
    },
    {
        "key": "book-ahead",
        "topic": "Permits and booking",
        "question": "How far ahead should I book Machu Picchu entry and the train?",
        "answer": (
            "<p>Aim for two to three months before you travel. Entry slots and the most "
            "convenient train times are the first to go, especially from June to August.</p>"
        ),
    },
    {
        "key": "short-notice",
        "topic": "Permits and booking",
        "question": "Can I join a Lares trek at short notice?",
        "answer": (
            "<p>Often, yes: with no trail quota, a trek can be arranged a few days out. What "
            "limits a late booking is Machu Picchu, whose tickets and trains may already be "
            "gone. A short version that ends in Ollantaytambo has no such limit.</p>"
        ),
    },
    {
        "key": "vs-inca-trail",
        "topic": "Permits and booking",
        "question": "How is the Lares trek different from the classic Inca Trail?",
        "answer": (
            "<p>The Inca Trail is about archaeology: stone steps, ruins and a fixed daily "
            "quota of permits that sells out months ahead. Lares is about the people who live "
            "along it: Quechua farming and weaving villages, herds of llamas and alpacas, and "
            "far fewer hikers.</p>"
            "<p>The Lares pass is a little higher, but the days are of similar effort and the "
            "booking is far more flexible.</p>"
        ),
    },
    {
        "key": "best-season",
        "topic": "Weather and seasons",
        "question": "When is the best time of year to hike?",
        "answer": (
            "<p>The dry months from May to September bring the clearest skies and the firmest "
            "paths. April and October are good shoulder months with the odd shower.</p>"
            "<p>From November to March it rains most afternoons; trails get muddy and "
            "slippery, and January and February are the wettest.</p>"
        ),
    },
    {
        "key": "colours",
        "topic": "Weather and seasons",
        "question": "How does the landscape change through the year?",
        "answer": (
            "<p>After the rains, roughly December to June, the valleys are green and the "
            "potato fields are in leaf. From July to November the grass dries to gold and "
            "brown, and the snow on the peaks stands out against it.</p>"
        ),
    },
    {
        "key": "cold-nights",
        "topic": "Weather and seasons",
        "question": "How cold does it get at the campsites?",
        "answer": (
            "<p>On clear dry-season nights the high camps can fall to around -5 °C, so bring or "
            "rent a sleeping bag comfortable to about -10 °C. Sunny days are mild, typically "
            "15 to 20 °C, and you will walk in a T-shirt and carry warm layers.</p>"
        ),
    },
    {
        "key": "bad-weather",
        "topic": "Weather and seasons",
        "question": "What happens if the weather turns bad during the trek?",
        "answer": (
            "<p>Your guide decides on the day: the group may take a lower path, shorten the "
            "walk or wait out a storm. If the pass is unsafe, you go back down the valley and "
            "reach Machu Picchu by road and train instead. Travel insurance that covers "
            "hiking at altitude is worth having for exactly this.</p>"
        ),
    },
    {
        "key": "altitude",
        "topic": "Altitude and fitness",
        "question": "How high does the trek go, and how should I acclimatise?",
        "answer": (
            "<p>The classic route tops out at the Ipsaycocha pass, given here as "
            "[[elevation:ipsaycocha-pass]]; some "
            "longer variants cross higher passes. Spend two or three nights in Cusco or the "
            "Sacred Valley before you start, drink plenty of water and walk slowly on the "
            "first climbs.</p>"
        ),
    },
    {
        "key": "fitness",
        "topic": "Altitude and fitness",
        "question": "How fit do I need to be?",
        "answer": (
            "<p>The trek is graded moderate. It needs no climbing skills, but you should be "
            "comfortable walking four to seven hours a day on uneven paths, with a long climb "
            "to the pass in thin air. Some longer hikes at home in the weeks before will help.</p>"
        ),
    },
    {
        "key": "sleeping",
        "topic": "Nights and meals",
        "question": "Where will I sleep on the trek?",
        "answer": (
            "<p>Mostly in tents at community campsites. Some departures swap a camp night for a "
            "homestay in a village house. Routes that end at Machu Picchu spend the last night "
            "in a hotel in Aguas Calientes.</p>"
        ),
    },
    {
        "key": "meals",
        "topic": "Nights and meals",
        "question": "What do we eat, and can I ask for a special diet?",
        "answer": (
            "<p>On organised treks a cook travels with the group and serves breakfast, a hot "
            "lunch and dinner, often with local potatoes, quinoa and soups. Vegetarian and "
            "most other diets can be catered for if you say so when you book.</p>"
        ),
    },
    {
        "key": "connectivity",
        "topic": "On the trail",
        "question": "Is there phone signal or internet on the trail?",
        "answer": (
            "<p>Hardly any. Expect a weak signal in Lares and near the road at the end, and "
            "nothing on the high ground. Tell people at home you will be offline for a few "
            "days and download maps before you leave Cusco.</p>"
        ),
    },
    {
        "key": "packing",
        "topic": "On the trail",
        "question": "What should I pack?",
        "answer": (
            "<ul><li>Warm layers and a hat and gloves for the cold evenings</li>"
            "<li>A waterproof jacket, whatever the season</li>"
            "<li>Sun cream, sunglasses and a sun hat: the sun is fierce at altitude</li>"
            "<li>Swimwear and a small towel for the hot springs</li>"
            "<li>Cash in soles for entry fees and to buy textiles</li>"
            "<li>Your passport, needed for Machu Picchu and the train</li></ul>"
        ),
    },
    {
        "key": "local-guide",
        "topic": "On the trail",
        "question": "Why walk with a local guide?",
        "answer": (
            "<p>Paths split and markings are few, weather changes fast, and a guide from the "
            "area knows both. A local guide also opens doors in the villages, translates from "
            "Quechua and keeps your spending in the communities you walk through.</p>"
        ),
    },
    {
        "key": "visiting-villages",
        "topic": "On the trail",
        "question": "How should I behave when visiting the villages?",
        "answer": (
            "<p>Greet people, ask before taking a photograph and accept a no. Buy textiles "
            "from the weavers themselves rather than handing out sweets or small gifts, and "
            "keep to the paths across fields.</p>"
        ),
    },
    {
        "key": "children",
        "topic": "Families and children",
        "question": "Can children do the Lares trek?",
        "answer": (
            "<p>Yes, if they already enjoy long walks and you travel with a guide used to "
            "families. The two-day version is the gentlest start; take extra care with "
            "altitude, which children find harder to describe.</p>"
        ),
    },
]
