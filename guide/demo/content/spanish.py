"""The Spanish demo pages: which originals are translated, and each English segment's Spanish."""

# (page kind, index key, slug) of the pages translated besides the home and index pages.
TRANSLATED_PAGES = [
    ("itinerary", "itineraries", "trek-4-days"),
    ("destination", "destinations", "lares-hot-springs"),
    ("community", "communities", "huacahuasi"),
]

SPANISH: dict[str, str] = {
    "Permits and booking": "Permisos y reservas",
    "permits-and-booking": "permisos-y-reservas",
    "Weather and seasons": "Clima y temporadas",
    "weather-and-seasons": "clima-y-temporadas",
    "Altitude and fitness": "Altitud y condición física",
    "altitude-and-fitness": "altitud-y-condicion-fisica",
    "Nights and meals": "Noches y comidas",
    "nights-and-meals": "noches-y-comidas",
    "On the trail": "En el camino",
    "on-the-trail": "en-el-camino",
    "Families and children": "Familias y niños",
    "families-and-children": "familias-y-ninos",
    "Do I need a permit to hike the Lares trek?": (
        "¿Necesito un permiso para hacer la caminata de Lares?"
    ),
    (
        "No. Unlike the classic Inca Trail, the Lares routes cross community land and "
        "need no trail permit, so there is no quota on the path itself."
    ): (
        "No. A diferencia del Camino Inca clásico, las rutas de Lares atraviesan tierras "
        "comunales y no requieren permiso de caminata, así que el sendero en sí no tiene "
        "cupo limitado."
    ),
    (
        "If your trip ends at Machu Picchu you still need an entry ticket for the site, "
        "with a timed slot, and a seat on the train from Ollantaytambo."
    ): (
        "Si su viaje termina en Machu Picchu, igual necesitará una entrada al santuario, "
        "con horario asignado, y un asiento en el tren desde Ollantaytambo."
    ),
    "How far ahead should I book Machu Picchu entry and the train?": (
        "¿Con cuánta anticipación debo reservar la entrada a Machu Picchu y el tren?"
    ),
    (
        "Aim for two to three months before you travel. Entry slots and the most "
        "convenient train times are the first to go, especially from June to August."
    ): (
        "Conviene hacerlo de dos a tres meses antes del viaje. Los horarios de ingreso y "
        "los trenes a las horas más cómodas son lo primero que se agota, sobre todo de "
        "junio a agosto."
    ),
    "Can I join a Lares trek at short notice?": (
        "¿Puedo sumarme a una caminata de Lares con poca anticipación?"
    ),
    (
        "Often, yes: with no trail quota, a trek can be arranged a few days out. What "
        "limits a late booking is Machu Picchu, whose tickets and trains may already be "
        "gone. A short version that ends in Ollantaytambo has no such limit."
    ): (
        "Muchas veces, sí: como el sendero no tiene cupo, la caminata puede organizarse "
        "con pocos días de antelación. Lo que limita una reserva tardía es Machu Picchu, "
        "cuyas entradas y trenes quizá ya estén agotados. Una versión corta que termina "
        "en Ollantaytambo no tiene esa limitación."
    ),
    "How is the Lares trek different from the classic Inca Trail?": (
        "¿En qué se diferencia la caminata de Lares del Camino Inca clásico?"
    ),
    (
        "The Inca Trail is about archaeology: stone steps, ruins and a fixed daily quota "
        "of permits that sells out months ahead. Lares is about the people who live along "
        "it: Quechua farming and weaving villages, herds of llamas and alpacas, and far "
        "fewer hikers."
    ): (
        "El Camino Inca gira en torno a la arqueología: escalinatas de piedra, ruinas y "
        "un cupo diario fijo de permisos que se agota con meses de anticipación. Lares "
        "gira en torno a la gente que vive a lo largo de la ruta: pueblos quechuas de "
        "agricultores y tejedores, rebaños de llamas y alpacas, y muchos menos "
        "caminantes."
    ),
    (
        "The Lares pass is a little higher, but the days are of similar effort and the "
        "booking is far more flexible."
    ): (
        "El abra de Lares es un poco más alta, pero las jornadas exigen un esfuerzo "
        "parecido y la reserva es mucho más flexible."
    ),
    "When is the best time of year to hike?": "¿Cuál es la mejor época del año para caminar?",
    (
        "The dry months from May to September bring the clearest skies and the firmest "
        "paths. April and October are good shoulder months with the odd shower."
    ): (
        "Los meses secos, de mayo a septiembre, traen los cielos más despejados y los "
        "senderos más firmes. Abril y octubre son buenos meses de transición, con algún "
        "chaparrón ocasional."
    ),
    (
        "From November to March it rains most afternoons; trails get muddy and slippery, "
        "and January and February are the wettest."
    ): (
        "De noviembre a marzo llueve casi todas las tardes; los senderos se vuelven "
        "barrosos y resbaladizos, y enero y febrero son los meses más lluviosos."
    ),
    "How does the landscape change through the year?": (
        "¿Cómo cambia el paisaje a lo largo del año?"
    ),
    (
        "After the rains, roughly December to June, the valleys are green and the potato "
        "fields are in leaf. From July to November the grass dries to gold and brown, and "
        "the snow on the peaks stands out against it."
    ): (
        "Después de las lluvias, más o menos de diciembre a junio, los valles están "
        "verdes y los campos de papa llenos de hojas. De julio a noviembre el pasto se "
        "seca y toma tonos dorados y marrones, sobre los que resalta la nieve de las "
        "cumbres."
    ),
    "How cold does it get at the campsites?": "¿Cuánto frío hace en los campamentos?",
    (
        "On clear dry-season nights the high camps can fall to around -5 °C, so bring or "
        "rent a sleeping bag comfortable to about -10 °C. Sunny days are mild, typically "
        "15 to 20 °C, and you will walk in a T-shirt and carry warm layers."
    ): (
        "En las noches despejadas de la temporada seca, los campamentos altos pueden "
        "bajar a unos -5 °C, así que traiga o alquile una bolsa de dormir cómoda hasta "
        "unos -10 °C. Los días soleados son templados, normalmente entre 15 y 20 °C: "
        "caminará en camiseta y llevará capas de abrigo en la mochila."
    ),
    "What happens if the weather turns bad during the trek?": (
        "¿Qué pasa si el tiempo empeora durante la caminata?"
    ),
    (
        "Your guide decides on the day: the group may take a lower path, shorten the walk "
        "or wait out a storm. If the pass is unsafe, you go back down the valley and "
        "reach Machu Picchu by road and train instead. Travel insurance that covers "
        "hiking at altitude is worth having for exactly this."
    ): (
        "Su guía decide en el momento: el grupo puede tomar un sendero más bajo, acortar "
        "la jornada o esperar a que pase la tormenta. Si el abra no es segura, se regresa "
        "valle abajo y se llega a Machu Picchu por carretera y en tren. Precisamente para "
        "estos casos vale la pena contar con un seguro de viaje que cubra el senderismo "
        "en altura."
    ),
    "How high does the trek go, and how should I acclimatise?": (
        "¿Hasta qué altura llega la caminata y cómo debo aclimatarme?"
    ),
    (
        "The classic route tops out at the Ipsaycocha pass, given here as 4,450 m (14,600 "
        "ft); some longer variants cross higher passes. Spend two or three nights in "
        "Cusco or the Sacred Valley before you start, drink plenty of water and walk "
        "slowly on the first climbs."
    ): (
        "La ruta clásica alcanza su punto más alto en el abra Ipsaycocha, que aquí "
        "indicamos a 4.450 m (14.600 pies); algunas variantes más largas cruzan abras más "
        "altas. Pase dos o tres noches en Cusco o en el Valle Sagrado antes de empezar, "
        "beba mucha agua y camine despacio en las primeras subidas."
    ),
    "How fit do I need to be?": "¿Qué condición física necesito?",
    (
        "The trek is graded moderate. It needs no climbing skills, but you should be "
        "comfortable walking four to seven hours a day on uneven paths, with a long climb "
        "to the pass in thin air. Some longer hikes at home in the weeks before will "
        "help."
    ): (
        "La caminata tiene una dificultad moderada. No requiere técnica de escalada, pero "
        "debe poder caminar sin problema de cuatro a siete horas al día por senderos "
        "irregulares, con una larga subida hasta el abra en un aire con poco oxígeno. "
        "Hacer algunas caminatas largas cerca de casa en las semanas previas le será de "
        "ayuda."
    ),
    "Where will I sleep on the trek?": "¿Dónde dormiré durante la caminata?",
    (
        "Mostly in tents at community campsites. Some departures swap a camp night for a "
        "homestay in a village house. Routes that end at Machu Picchu spend the last "
        "night in a hotel in Aguas Calientes."
    ): (
        "Sobre todo en carpas, en campamentos comunales. En algunas salidas se cambia una "
        "noche de campamento por una estadía en la casa de una familia del pueblo. Las "
        "rutas que terminan en Machu Picchu pasan la última noche en un hotel de Aguas "
        "Calientes."
    ),
    "What do we eat, and can I ask for a special diet?": (
        "¿Qué comemos y puedo pedir una dieta especial?"
    ),
    (
        "On organised treks a cook travels with the group and serves breakfast, a hot "
        "lunch and dinner, often with local potatoes, quinoa and soups. Vegetarian and "
        "most other diets can be catered for if you say so when you book."
    ): (
        "En las caminatas organizadas, un cocinero viaja con el grupo y sirve desayuno, "
        "almuerzo caliente y cena, a menudo con papas de la zona, quinua y sopas. Se "
        "pueden atender dietas vegetarianas y casi cualquier otra si lo indica al hacer "
        "la reserva."
    ),
    "Is there phone signal or internet on the trail?": (
        "¿Hay señal de celular o internet en el camino?"
    ),
    (
        "Hardly any. Expect a weak signal in Lares and near the road at the end, and "
        "nothing on the high ground. Tell people at home you will be offline for a few "
        "days and download maps before you leave Cusco."
    ): (
        "Casi nada. Cuente con una señal débil en Lares y cerca de la carretera al final, "
        "y ninguna en las zonas altas. Avise en casa que pasará unos días sin conexión y "
        "descargue los mapas antes de salir de Cusco."
    ),
    "What should I pack?": "¿Qué debo llevar?",
    "Warm layers and a hat and gloves for the cold evenings": (
        "Capas de abrigo, gorro y guantes para las noches frías"
    ),
    "A waterproof jacket, whatever the season": (
        "Una chaqueta impermeable, sea cual sea la temporada"
    ),
    "Sun cream, sunglasses and a sun hat: the sun is fierce at altitude": (
        "Protector solar, lentes de sol y sombrero: en la altura el sol es muy intenso"
    ),
    "Swimwear and a small towel for the hot springs": (
        "Traje de baño y una toalla pequeña para las aguas termales"
    ),
    "Cash in soles for entry fees and to buy textiles": (
        "Efectivo en soles para las entradas y para comprar textiles"
    ),
    "Your passport, needed for Machu Picchu and the train": (
        "Su pasaporte, necesario para Machu Picchu y el tren"
    ),
    "Why walk with a local guide?": "¿Por qué caminar con un guía local?",
    (
        "Paths split and markings are few, weather changes fast, and a guide from the "
        "area knows both. A local guide also opens doors in the villages, translates from "
        "Quechua and keeps your spending in the communities you walk through."
    ): (
        "Los senderos se bifurcan y hay pocas señales, el clima cambia rápido, y un guía "
        "de la zona conoce bien ambas cosas. Un guía local también le abre puertas en los "
        "pueblos, traduce del quechua y hace que lo que usted gaste se quede en las "
        "comunidades por las que pasa."
    ),
    "How should I behave when visiting the villages?": (
        "¿Cómo debo comportarme al visitar los pueblos?"
    ),
    (
        "Greet people, ask before taking a photograph and accept a no. Buy textiles from "
        "the weavers themselves rather than handing out sweets or small gifts, and keep "
        "to the paths across fields."
    ): (
        "Salude a la gente, pida permiso antes de tomar una foto y acepte un no. Compre "
        "los textiles directamente a las tejedoras en lugar de repartir caramelos o "
        "regalitos, y no se salga de los senderos que cruzan los campos."
    ),
    "Can children do the Lares trek?": "¿Pueden los niños hacer la caminata de Lares?",
    (
        "Yes, if they already enjoy long walks and you travel with a guide used to "
        "families. The two-day version is the gentlest start; take extra care with "
        "altitude, which children find harder to describe."
    ): (
        "Sí, si ya disfrutan de las caminatas largas y viajan con un guía acostumbrado a "
        "trabajar con familias. La versión de dos días es el comienzo más suave; tenga "
        "especial cuidado con la altura, porque a los niños les cuesta más explicar cómo "
        "se sienten."
    ),
    "Lares Trek Guide": "Guía de la caminata de Lares",
    "home": "inicio",
    (
        "Routes, villages and practical advice for walking through the Lares valley to "
        "Machu Picchu: day-by-day itineraries, the places and people along the way, and "
        "answers to the questions walkers ask before they go."
    ): (
        "Rutas, pueblos y consejos prácticos para recorrer a pie el valle de Lares hasta "
        "Machu Picchu: itinerarios día por día, los lugares y la gente del camino, y "
        "respuestas a las preguntas que se hacen los caminantes antes de partir."
    ),
    "The Lares Trek": "La caminata de Lares",
    "lares": "lares",
    (
        "Two, three or four days over the Ipsaycocha pass: compare the route variants and "
        "pick the one that fits your time and legs."
    ): (
        "Dos, tres o cuatro días cruzando el abra Ipsaycocha: compare las variantes de la "
        "ruta y elija la que mejor se adapte a su tiempo y a sus piernas."
    ),
    "Destinations": "Destinos",
    "destinations": "destinos",
    "The valley, the hot springs and the towns the trek starts and ends in.": (
        "El valle, las aguas termales y los pueblos donde empieza y termina la caminata."
    ),
    "Communities": "Comunidades",
    "communities": "comunidades",
    (
        "The Quechua villages the routes pass through: what they are known for, what you "
        "can do there and how to be a good guest."
    ): (
        "Los pueblos quechuas por los que pasan las rutas: por qué son conocidos, qué se "
        "puede hacer en ellos y cómo ser un buen visitante."
    ),
    "Questions and answers": "Preguntas y respuestas",
    "faq": "preguntas-frecuentes",
    "Permits, seasons, altitude, nights on the trail and more, grouped by topic.": (
        "Permisos, temporadas, altitud, noches en el camino y más, agrupados por tema."
    ),
    "Lares Trek in 4 Days": "Caminata de Lares en 4 días",
    "trek-4-days": "trek-de-4-dias",
    (
        "The classic route: hot springs, two nights camping by Quechua villages, the "
        "Ipsaycocha pass and a final morning at Machu Picchu."
    ): (
        "La ruta clásica: aguas termales, dos noches de campamento junto a pueblos "
        "quechuas, el abra Ipsaycocha y una última mañana en Machu Picchu."
    ),
    (
        "No trail permit needed. Book Machu Picchu entry, with a timed slot, and the "
        "train from Ollantaytambo two to three months ahead."
    ): (
        "No se necesita permiso de caminata. Reserve con dos a tres meses de anticipación "
        "la entrada a Machu Picchu, con horario asignado, y el tren desde Ollantaytambo."
    ),
    "Transport from Cusco to the trailhead": "Transporte de Cusco al inicio del sendero",
    "Bilingual local guide (Spanish, English, some Quechua)": (
        "Guía local bilingüe (español, inglés y algo de quechua)"
    ),
    "Tents, sleeping mats and a dining tent": "Carpas, colchonetas y carpa comedor",
    "Cook and the meals listed day by day": "Cocinero y las comidas indicadas día por día",
    "Horses or llamas to carry the camping gear": (
        "Caballos o llamas para cargar el equipo de campamento"
    ),
    "Entry to the Lares hot springs": "Entrada a las aguas termales de Lares",
    "Train from Ollantaytambo to Aguas Calientes and back": (
        "Tren de Ollantaytambo a Aguas Calientes, ida y vuelta"
    ),
    "One night in a hotel in Aguas Calientes": "Una noche de hotel en Aguas Calientes",
    "Machu Picchu entry ticket and guided tour": "Entrada a Machu Picchu y visita guiada",
    "Bus up to Machu Picchu and back down": "Bus de subida a Machu Picchu y de bajada",
    "Sleeping bag (can be rented in Cusco)": "Bolsa de dormir (se puede alquilar en Cusco)",
    "Travel insurance covering hiking at altitude": (
        "Seguro de viaje que cubra el senderismo en altura"
    ),
    "Tips for the guide, cook and horsemen": "Propinas para el guía, el cocinero y los arrieros",
    "Meals not listed in the day-by-day plan": "Comidas no indicadas en el plan día por día",
    "Dinner in Aguas Calientes": "Cena en Aguas Calientes",
    "Why four days": "Por qué cuatro días",
    (
        "Four days is the pace most walkers enjoy on this route. The climb to the pass "
        "gets a day of its own, the highest camp comes after a night at 3,800 m (12,467 "
        "ft), and there is still time to reach Machu Picchu rested rather than worn out."
    ): (
        "Cuatro días es el ritmo que la mayoría de los caminantes prefiere en esta ruta. "
        "La subida al abra tiene un día propio, el campamento más alto llega después de "
        "una noche a 3.800 m (12.467 pies), y aún queda tiempo para llegar a Machu Picchu "
        "con energía y no con el cansancio acumulado."
    ),
    "The highest point of the route.": "El punto más alto de la ruta.",
    "Acclimatise first": "Primero, aclimátese",
    "Plan two or three nights in Cusco or the Sacred Valley before day one.": (
        "Planifique dos o tres noches en Cusco o en el Valle Sagrado antes del primer día."
    ),
    "Cusco to Huacahuasi by way of the Lares hot springs": (
        "De Cusco a Huacahuasi, pasando por las aguas termales de Lares"
    ),
    (
        "A long drive comes first: down to Calca on the Urubamba, then up and over into "
        "the Lares valley. The reward at the end of it is a soak in the hot pools before "
        "any walking starts."
    ): (
        "Primero hay un largo trayecto por carretera: bajada a Calca, a orillas del "
        "Urubamba, y luego subida y cruce hacia el valle de Lares. La recompensa al final "
        "es un baño en las pozas termales antes de empezar a caminar."
    ),
    (
        "After lunch the path follows the river upstream, past potato plots and stone "
        "corrals, and climbs gently to Huacahuasi. Stone-walled, straw-roofed houses line "
        "the trail and weavers often set out their work by the doors."
    ): (
        "Después del almuerzo, el sendero sigue el río aguas arriba, entre chacras de "
        "papa y corrales de piedra, y sube suavemente hasta Huacahuasi. Casas con muros "
        "de piedra y techos de paja bordean el camino, y las tejedoras suelen exponer sus "
        "trabajos junto a las puertas."
    ),
    "Over the Ipsaycocha pass to the lake": "Por el abra Ipsaycocha hasta la laguna",
    (
        "The shortest day on the map and the steepest on the legs. A steady climb over "
        "open grassland brings you to the pass, where the ice of Mount Veronica fills the "
        "view to the west."
    ): (
        "El día más corto en el mapa y el más empinado para las piernas. Una subida "
        "constante por pastizales abiertos conduce al abra, donde el hielo del nevado "
        "Verónica llena la vista hacia el oeste."
    ),
    (
        "The way down is brief: the path drops to the shores of Ipsaycocha lake, where "
        "alpacas graze and the tents go up for the coldest night of the trek."
    ): (
        "El descenso es breve: el sendero baja hasta las orillas de la laguna Ipsaycocha, "
        "donde pastan las alpacas y se arman las carpas para la noche más fría de la "
        "caminata."
    ),
    "Down through Patacancha and Huilloc, then the train": (
        "Bajada por Patacancha y Huilloc, y luego el tren"
    ),
    (
        "Almost all of today is downhill. The trail follows the stream past Patacancha, "
        "known for its weavers, and on to Huilloc, where the fields widen and the valley "
        "turns greener with every hour."
    ): (
        "Casi todo el día es de bajada. El sendero sigue el arroyo, pasa por Patacancha, "
        "conocida por sus tejedoras, y continúa hasta Huilloc, donde los campos se "
        "ensanchan y el valle se vuelve más verde a cada hora."
    ),
    (
        "From Ollantaytambo the train runs along the Urubamba into the cloud forest. A "
        "hotel bed and a hot shower wait in Aguas Calientes."
    ): (
        "Desde Ollantaytambo, el tren avanza junto al Urubamba hasta adentrarse en el "
        "bosque nuboso. En Aguas Calientes esperan una cama de hotel y una ducha "
        "caliente."
    ),
    "Machu Picchu, then back to Cusco": "Machu Picchu y regreso a Cusco",
    (
        "Catch an early bus up to the citadel to see the terraces in the first light, "
        "cloud permitting. A guided tour of about two hours covers the temples, plazas "
        "and houses; with the right ticket you can then stay on or climb a neighbouring "
        "hill."
    ): (
        "Tome un bus temprano hasta la ciudadela para ver las terrazas con la primera "
        "luz, si las nubes lo permiten. Una visita guiada de unas dos horas recorre los "
        "templos, las plazas y las viviendas; con la entrada adecuada, después puede "
        "quedarse más tiempo o subir a uno de los cerros vecinos."
    ),
    (
        "In the afternoon the train takes you back up the valley to Ollantaytambo, where "
        "a bus waits for the last stretch to Cusco."
    ): (
        "Por la tarde, el tren regresa valle arriba hasta Ollantaytambo, donde un bus "
        "espera para el último tramo hasta Cusco."
    ),
    "Wettest month: daily downpours, mud and cloud over the pass.": (
        "El mes más lluvioso: aguaceros diarios, barro y nubes sobre el abra."
    ),
    "Still very wet; landslides can close the road to Lares.": (
        "Sigue muy lluvioso; los deslizamientos pueden cerrar la carretera a Lares."
    ),
    "Rains easing but paths stay slippery; green valleys.": (
        "Las lluvias amainan, pero los senderos siguen resbaladizos; valles verdes."
    ),
    "Mostly dry with the odd shower; fields still green.": (
        "Mayormente seco, con algún chaparrón; los campos siguen verdes."
    ),
    "Dry season begins: clear mornings, cold nights.": (
        "Empieza la temporada seca: mañanas despejadas, noches frías."
    ),
    "Dry and clear; the coldest nights at the high camps.": (
        "Seco y despejado; las noches más frías en los campamentos altos."
    ),
    "Dry and clear; busiest month, so book trains early.": (
        "Seco y despejado; el mes de mayor afluencia, así que reserve los trenes con tiempo."
    ),
    "Dry, windy afternoons; grass turning golden.": (
        "Seco, con tardes ventosas; el pasto se vuelve dorado."
    ),
    "Dry and a little warmer; fewer visitors than midyear.": (
        "Seco y algo más cálido; menos visitantes que a mitad de año."
    ),
    "Clouds build in the afternoons; showers possible.": (
        "Las nubes se forman por las tardes; posibles chubascos."
    ),
    "Rainy season starts; expect wet afternoons.": (
        "Comienza la temporada de lluvias; cuente con tardes lluviosas."
    ),
    "Regular rain and muddy paths; quiet trails.": (
        "Lluvias regulares y senderos embarrados; rutas tranquilas."
    ),
    "One day shorter: the pass and the descent in a single long day.": (
        "Un día menos: el abra y el descenso en una sola jornada larga."
    ),
    "Just the trek, no Machu Picchu, for walkers short of time.": (
        "Solo la caminata, sin Machu Picchu, para quienes tienen poco tiempo."
    ),
    "Machu Picchu entry ticket with a timed slot": "Entrada a Machu Picchu con horario asignado",
    "Visitor numbers are capped each day, and dry-season slots are the first to go.": (
        "El número de visitantes tiene un tope diario, y los horarios de la temporada "
        "seca son los primeros en agotarse."
    ),
    "Train Ollantaytambo–Aguas Calientes": "Tren Ollantaytambo–Aguas Calientes",
    "Book it together with the entry ticket so that the train times fit the slot.": (
        "Resérvelo junto con la entrada para que los horarios del tren encajen con su "
        "turno de ingreso."
    ),
    "Lares Hot Springs": "Aguas termales de Lares",
    "lares-hot-springs": "aguas-termales-de-lares",
    (
        "Open-air thermal pools a short walk from Lares town, where most treks begin with "
        "a warm soak among the mountains."
    ): (
        "Pozas termales al aire libre a poca distancia a pie del pueblo de Lares, donde "
        "la mayoría de las caminatas empiezan con un baño caliente entre montañas."
    ),
    (
        "Warm, mineral-laden water rises from the hillside and fills a row of concrete "
        "pools open to the sky. After the long drive from Cusco it loosens stiff legs; "
        "some walkers come back at the end of a longer route for the same reason."
    ): (
        "Agua tibia y cargada de minerales brota de la ladera y llena una hilera de pozas "
        "de concreto a cielo abierto. Después del largo viaje desde Cusco, relaja las "
        "piernas entumecidas; algunos caminantes vuelven al final de una ruta más larga "
        "por la misma razón."
    ),
    "Bring swimwear and cash": "Lleve traje de baño y efectivo",
    (
        "Keep swimwear and a small towel in your day pack, not in the bags that go ahead "
        "on the horses."
    ): (
        "Guarde el traje de baño y una toalla pequeña en su mochila de día, no en los "
        "bolsos que se adelantan en los caballos."
    ),
    "Several pools at different temperatures": "Varias pozas a distintas temperaturas",
    "Changing rooms and toilets": "Vestuarios y baños",
    "Food stalls near the entrance": "Puestos de comida cerca de la entrada",
    "Entry fee paid in cash at the gate": "La entrada se paga en efectivo en la puerta",
    "Groups leaving Cusco at dawn arrive about then and soak before the walk.": (
        "Los grupos que salen de Cusco al amanecer llegan más o menos a esa hora y se "
        "bañan antes de la caminata."
    ),
    "A soak in the open-air pools": "Un baño en las pozas al aire libre",
    "Pools of different warmth under the open sky; pay the entry fee at the gate.": (
        "Pozas de distinta temperatura a cielo abierto; la entrada se paga en la puerta."
    ),
    "Via Calca; most trekking groups arrive by private bus.": (
        "Por Calca; la mayoría de los grupos de trekking llegan en bus privado."
    ),
    "Along the road beside the river.": "Por la carretera que bordea el río.",
    "Heavy rain most afternoons; roads can be cut for hours.": (
        "Lluvias intensas casi todas las tardes; las carreteras pueden quedar cortadas "
        "durante horas."
    ),
    "Wettest weeks of the year; mornings are often dry.": (
        "Las semanas más lluviosas del año; las mañanas suelen estar secas."
    ),
    "Showers easing; everything green.": "Los chubascos amainan; todo está verde.",
    "Mostly dry, green and quiet.": "Mayormente seco, verde y tranquilo.",
    "Dry, sunny days and cool nights.": "Días secos y soleados, noches frescas.",
    "Dry and sunny; festivals in the Cusco region.": (
        "Seco y soleado; fiestas en la región de Cusco."
    ),
    "Dry and busy with visitors.": "Seco y con mucha afluencia de visitantes.",
    "Dry; windy afternoons.": "Seco; tardes ventosas.",
    "Dry and a little warmer.": "Seco y algo más cálido.",
    "Afternoon clouds and the first showers.": "Nubes por la tarde y primeros chubascos.",
    "Showers more frequent, still plenty of sun.": (
        "Chubascos más frecuentes, aunque sigue habiendo mucho sol."
    ),
    "Rainy season: carry a waterproof.": "Temporada de lluvias: lleve un impermeable.",
    "Dissolved minerals": "Minerales disueltos",
    "Volcanic water, valued locally for its healing effect on tired muscles.": (
        "Agua de origen volcánico, apreciada en la zona por su efecto reparador en los "
        "músculos cansados."
    ),
    "The valley the treks climb into from the pools.": (
        "El valle hacia el que suben las caminatas desde las pozas."
    ),
    "More thermal baths, at the far end of the route.": (
        "Más baños termales, en el otro extremo de la ruta."
    ),
    "Huacahuasi": "Huacahuasi",
    "huacahuasi": "huacahuasi",
    (
        "A Quechua village of stone and thatch, known for its weavers and for hosting the "
        "first night's camp of the classic Lares route."
    ): (
        "Un pueblo quechua de piedra y paja, conocido por sus tejedoras y por acoger el "
        "campamento de la primera noche de la ruta clásica de Lares."
    ),
    "Quechua": "Quechua",
    "Spanish": "Español",
    "Weaving in alpaca and sheep wool": "Tejidos en lana de alpaca y de oveja",
    "Potato farming": "Cultivo de papa",
    "Llama and alpaca herding": "Crianza de llamas y alpacas",
    (
        "Weaving here is taught from childhood. Patterns carry meaning: some mark the "
        "village, others record rivers, lakes or the seasons of the farming year, and "
        "colours come from plants and minerals gathered nearby."
    ): (
        "Aquí el tejido se aprende desde la infancia. Los diseños tienen significado: "
        "algunos identifican al pueblo, otros representan ríos, lagunas o las estaciones "
        "del año agrícola, y los colores se obtienen de plantas y minerales recogidos en "
        "los alrededores."
    ),
    (
        "Houses are built of fieldstone with straw roofs, as they have been for "
        "generations, and neighbours still help one another with sowing and harvest."
    ): (
        "Las casas se construyen con piedras del campo y techos de paja, como se ha hecho "
        "durante generaciones, y los vecinos todavía se ayudan unos a otros en la siembra "
        "y la cosecha."
    ),
    "A night with a family": "Una noche con una familia",
    (
        "Sleep in a village house, share supper by the kitchen fire and help with the "
        "morning chores if you like."
    ): (
        "Duerma en una casa del pueblo, comparta la cena junto al fogón de la cocina y, "
        "si lo desea, ayude con las tareas de la mañana."
    ),
    "Learn to weave": "Aprenda a tejer",
    (
        "Watch spinning, dyeing and backstrap weaving, then try a few rows yourself: the "
        "weavers are glad to teach visitors who ask."
    ): (
        "Observe cómo se hila, se tiñe y se teje en telar de cintura, y luego pruebe a "
        "tejer unas cuantas pasadas: las tejedoras enseñan con gusto a los visitantes que "
        "se lo piden."
    ),
    "Greet people with a simple 'buenos días' or the Quechua 'allillanchu'.": (
        "Salude con un sencillo 'buenos días' o con el 'allillanchu' quechua."
    ),
    "Ask before photographing anyone, and accept a no.": (
        "Pida permiso antes de fotografiar a alguien y acepte un no."
    ),
    "Buy directly from the weavers instead of handing out sweets or coins.": (
        "Compre directamente a las tejedoras en lugar de repartir caramelos o monedas."
    ),
    "Keep to the paths at the edge of fields and close gates behind you.": (
        "No se salga de los senderos al borde de los campos y vuelva a cerrar los "
        "portones al pasar."
    ),
    "If you stay with a family, eat what is offered or politely take a small portion.": (
        "Si se aloja con una familia, coma lo que le ofrezcan o acepte con cortesía una "
        "porción pequeña."
    ),
    (
        "Most groups reach Huacahuasi in the afternoon of the first day, after the climb "
        "from the hot springs. The campsite sits at the edge of the village, close enough "
        "to visit the weavers before dark."
    ): (
        "La mayoría de los grupos llega a Huacahuasi por la tarde del primer día, después "
        "de la subida desde las aguas termales. El campamento está al borde del pueblo, "
        "lo bastante cerca como para visitar a las tejedoras antes de que oscurezca."
    ),
}
