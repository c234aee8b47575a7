/**
 * Every word the site itself writes (what the API sends is already in the page's language), in
 * each language. The English texts are the site's original wording; `es` must have every key
 * `en` has (TypeScript checks it, tests/i18n.test.ts too). Numbers reach these functions already
 * formatted for the language (src/lib/format.ts).
 */
import { DEFAULT_LOCALE, type Locale } from "./i18n";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en = {
  site: {
    skipLink: "Skip to content",
    sections: "Sections",
    search: "Find a trek",
    language: "Language",
    fallbackTitle: "Trek guide",
    /** Follows the site's name, which links home. */
    footerAbout:
      ": routes, places and people along the way. Altitudes are given in metres and feet; check conditions locally before you walk.",
    tripsRunBy: "Trips are run by ",
    contact: "Contact",
    email: "Email: ",
    phone: "Phone: ",
    website: "Website: ",
    homeLink: "Go to the home page",
  },
  units: {
    about: "about ",
    unknown: "unknown",
    /** Between the ends of a range: "3 to 6", "May to September". */
    to: " to ",
    and: " and ",
    allYear: "all year",
    none: "None",
    ahead: "ahead",
    leadUnits: {
      days: ["day", "days"],
      weeks: ["week", "weeks"],
      months: ["month", "months"],
    } as Record<string, [string, string]>,
  },
  enums: {
    pageType: {
      itinerary: "Itinerary",
      destination: "Destination",
      community: "Community",
    } as Record<string, string>,
    placeKind: {
      village: "Village",
      town: "Town",
      city: "City",
      pass: "Pass",
      lake: "Lake",
      peak: "Peak",
      hot_spring: "Hot spring",
      trailhead: "Trailhead",
      station: "Station",
      campsite: "Campsite",
      archaeological_site: "Archaeological site",
      valley: "Valley",
    } as Record<string, string>,
    difficulty: {
      easy: "Easy",
      moderate: "Moderate",
      challenging: "Challenging",
      strenuous: "Strenuous",
    } as Record<string, string>,
    /** In a list of meals: the first is capitalised by the list. */
    meal: { breakfast: "breakfast", lunch: "lunch", dinner: "dinner" } as Record<string, string>,
    mode: { bus: "Bus", van: "Van", train: "Train", car: "Car", walk: "Walk" } as Record<
      string,
      string
    >,
    overnight: { camp: "Camp", homestay: "Homestay", hotel: "Hotel" } as Record<string, string>,
    rating: { best: "Best", good: "Good", possible: "Possible", avoid: "Avoid" } as Record<
      string,
      string
    >,
    likelihood: {
      common: "Common",
      likely: "Likely",
      occasional: "Occasional",
      rare: "Rare",
    } as Record<string, string>,
    timeOfDay: {
      early_morning: "Early morning",
      morning: "Morning",
      midday: "Midday",
      afternoon: "Afternoon",
      evening: "Evening",
      night: "Night",
    } as Record<string, string>,
    experience: {
      homestay: "Homestay",
      workshop: "Workshop",
      weaving: "Weaving demonstration",
      ceremony: "Ceremony",
      cooking: "Cooking",
      market: "Market",
      meal: "Shared meal",
      walk: "Guided walk",
      bathing: "Bathing",
      festival: "Festival",
      other: "Other",
    } as Record<string, string>,
    tone: { tip: "Tip", warning: "Warning", note: "Note" } as Record<string, string>,
    status: {
      open: "Open",
      guaranteed: "Guaranteed to run",
      few_seats: "Few seats left",
      full: "Full",
      cancelled: "Cancelled",
    } as Record<string, string>,
  },
  day: (n: number) => `Day ${n}`,
  facts: {
    keyFacts: "Key facts",
    altitude: "Altitude",
    distance: "Distance",
    difficulty: "Difficulty",
    bookable: "can be booked ahead",
    comparison: "Comparison",
  },
  itinerary: {
    duration: "Duration",
    durationValue: (days: number, nights: number) =>
      `${days} ${plural(days, "day", "days")}${
        nights ? `, ${nights} ${plural(nights, "night", "nights")}` : ""
      }`,
    walkingPerDay: "Walking per day",
    maxAltitude: "Maximum altitude",
    /** Before the highest place's name. */
    at: " at ",
    ascentDescent: "Ascent / descent",
    up: (metres: string) => `${metres} up`,
    down: (metres: string) => `${metres} down`,
    bestMonths: "Best months",
    startEnd: "Start / end",
    roundTrip: (start: string) => `${start} (round trip)`,
    fromTo: (start: string, end: string) => `${start} to ${end}`,
    acclimatiseFirst: "Acclimatise first",
    acclimatiseDays: (n: number) => `${n} ${plural(n, "day", "days")} at altitude`,
    permit: "Trail permit",
    permitRequired: "Required",
    permitNotNeeded: "Not needed",
    price: "Price",
    priceFrom: "from ",
    perPerson: " per person",
    nextDeparture: "Next departure",
    bookAhead: "Book ahead",
    routeMap: "Route map",
    downloadRoute: "Download the route:",
    elevationProfile: "Elevation profile",
    dayByDay: "Day by day",
    communities: "Communities you visit",
    included: "What is included",
    includedList: "Included",
    notIncluded: "Not included",
    departures: "Departures and prices",
    anotherDate: "Another date, a private group or a question?",
    requestInformation: "Request information",
    whenToGo: "When to go",
    faqs: "Questions about this route",
    alternatives: "Other ways to walk it",
  },
  days: {
    hiking: "Hiking",
    overnight: "Overnight",
    overnightAt: (type: string, place: string, elevation: string) =>
      `${type} at ${place}, ${elevation}`,
    meals: "Meals",
    noMeals: "None included",
    route: "Route: ",
    then: ", then ",
    acclimatisation: "Acclimatisation:",
    transport: "Transport",
    /** "Train Ollantaytambo to Aguas Calientes": before the start and before the end. */
    legFrom: " ",
    legTo: " to",
  },
  departures: {
    everyPriceIncludes: "Every price includes:",
    label: "Departures",
    caption: (title: string) => `Departures of ${title}, from today on`,
    date: "Date",
    status: "Status",
    seats: "Seats",
    pricePerPerson: "Price per person",
    singleSupplement: "Single supplement",
    notes: "Notes",
    includedAndNotes: "Included and notes",
    enquire: "Enquire",
    priceOnRequest: "on request",
    notGiven: "not given",
    requestThisDate: "Request this date",
    seatsNone: "none",
    seatsFull: "full",
    seatsOnRequest: "on request",
    seatsLeft: (n: number) => `${n} ${plural(n, "seat", "seats")} left`,
    seatsOf: (left: number, total: number) => `${left} of ${total} left`,
  },
  profile: {
    chartLabel: "Elevation profile chart",
    title: (title: string) => `Elevation profile: ${title}`,
    axisTitle: "Altitude (m)",
    caption:
      "Altitude of each place along the route, in metres, by distance from the start. Each day takes its walking distance and its places sit along it in proportion to the straight-line distances between them.",
    estimated: (days: readonly number[]) =>
      ` ${plural(days.length, "Day", "Days")} ${days.join(", ")} ${plural(
        days.length,
        "has",
        "have",
      )} no walking distance and ${plural(
        days.length,
        "is",
        "are",
      )} drawn at the straight-line length (shaded).`,
    tableSummary: "The profile as a table",
    tableLabel: "Elevation profile table",
    tableCaption: "Places on the route in order, with their distance from the start and altitude",
    day: "Day",
    place: "Place",
    kind: "Kind",
    fromStart: "From the start",
    altitude: "Altitude",
    dayHigh: (day: number, metres: string, place: string) =>
      `Day ${day}: highest ${metres} at ${place}`,
    placeAt: (name: string, elevation: string) => `${name} (${elevation})`,
    describe: (p: {
      places: string;
      days: number;
      km: string | null;
      from: string;
      to: string;
      highest: string;
      lowest: string;
      passes: readonly string[];
    }) =>
      `${p.places} places over ${p.days} ${plural(p.days, "day", "days")}` +
      `${p.km ? ` and ${p.km} km` : ""}, from ${p.from} to ${p.to}. ` +
      `Highest point: ${p.highest}; lowest: ${p.lowest}.` +
      (p.passes.length
        ? ` ${plural(p.passes.length, "Pass", "Passes")}: ${p.passes.join(", ")}.`
        : ""),
  },
  map: {
    label: "Route map",
    title: (title: string) => `Route map: ${title}`,
    desc: (route: string, scale: string) => `${route} North is up; the scale bar is ${scale}.`,
    north: "N",
    caption:
      "The route day by day, straight between the places it passes; each day has its own colour and line pattern.",
    zoomable: (title: string) => `Zoomable map: ${title}`,
    start: "start",
    end: "end",
    startAndEnd: "start and end",
    nights: (count: number, list: string) => `${plural(count, "night", "nights")} ${list}`,
    symbols: {
      pass: "Pass",
      peak: "Peak",
      lake: "Lake",
      settlement: "Village or town",
      campsite: "Campsite",
      hot_spring: "Hot springs",
      other: "Other place",
    } as Record<string, string>,
    nightStop: "Night stop",
    roundTrip: (start: string) => `A round trip from ${start}`,
    fromTo: (start: string, end: string) => `From ${start} to ${end}`,
    /** A pass's name in "over the Ipsaycocha pass". */
    passName: (name: string) => (/\bpass$/i.test(name) ? `the ${name}` : name),
    over: (passes: string) => ` over ${passes}`,
    days: (n: number) => `${n} ${plural(n, "day", "days")}`,
    nightsAt: (places: string) => ` Nights at ${places}.`,
  },
  season: {
    label: "Season, month by month",
    notes: "Notes month by month",
  },
  faq: { topics: "Topics" },
  home: {
    featured: "Featured routes and places",
    explore: "Explore the guide",
  },
  index: {
    routes: (n: number) => `${n} ${plural(n, "route", "routes")}`,
    destinations: (n: number) => `${n} ${plural(n, "destination", "destinations")}`,
    communities: (n: number) => `${n} ${plural(n, "community", "communities")}`,
  },
  community: {
    languages: "Languages",
    knownFor: "Known for",
    profile: "Profile",
    traditions: "Traditions",
    experiences: "What you can do there",
    etiquette: "Being a good guest",
    itineraries: "Routes that pass through",
  },
  destination: {
    kind: "Kind",
    temperature: "Temperature",
    pools: "Pools",
    open: "Open",
    bestTime: "Best time of day",
    gettingThere: "How to get there",
    /** "Bus from Cusco: 2 h": after the mode, before the place. */
    accessFrom: " from",
    whenToGo: "When to go",
    experiences: "What you can do there",
    water: "What is in the water",
    wildlife: "Wildlife you may see",
    plants: "Plants and their traditional uses",
    facilities: "Facilities",
    faqs: "Questions and answers",
    communities: "Communities nearby",
    related: "Nearby destinations",
  },
  cards: {
    from: "From ",
    perPerson: " per person",
    next: "next",
    Next: "Next",
    departure: " departure",
    days: (n: number) => `${n} ${plural(n, "day", "days")}`,
    upTo: (elevation: string) => `Up to ${elevation}`,
  },
  enquiry: {
    choice: (date: string, price: string) => `${date} (${price} per person)`,
    error: "Error: ",
    cannotShow: "The enquiry form cannot be shown just now. Please try again in a moment",
    writeToUs: ", or write to us at ",
    intro: "Ask us anything about this trek: dates, group size, what to bring. We answer by email.",
    required: "Fields marked * are required.",
    notSent: "Your enquiry was not sent",
    problem: "There is a problem",
    askingAbout: "You are asking about the departure of ",
    chooseAnother: "Choose another date",
    or: " or ",
    ask: "ask",
    Ask: "Ask",
    withoutDate: " without a date",
    name: "Your name",
    email: "Email address",
    when: "When would you like to go?",
    whenHint: "A date if you know it, else the month; both may stay empty.",
    date: "Date",
    orMonth: "or month",
    monthHint: "Year and month, as YYYY-MM",
    partySize: "How many of you will travel?",
    partySizeHint: (min: number, max: number) => `From ${min} to ${max} people`,
    message: "Your message",
    heardFrom: "How did you hear about us?",
    chooseOne: "Choose one",
    consent: "I agree that my details are kept to answer this enquiry",
    trap: "Leave this field empty",
    sending: "Sending…",
    send: "Send enquiry",
    unavailable:
      "Your enquiry could not be sent: our booking service is not answering just now. " +
      "Nothing you typed is lost; please try again in a moment.",
    tooMany: (when: string) =>
      "Too many enquiries have come from your connection in a short time. Nothing you typed " +
      `is lost; please send it again ${when}.`,
    tooLong: "Your enquiry is too long to send. Please shorten the message and send it again.",
    checkBelow: "Please check what is marked below and send it again.",
    failedStatus: (status: number) =>
      `Your enquiry could not be sent (the booking service answered ${status}). ` +
      "Nothing you typed is lost; please try again in a moment.",
    later: "later",
    inAMinute: "in a minute",
    inMinutes: (n: number) => `in about ${n} minutes`,
    inHours: (n: number) => `in about ${n} ${plural(n, "hour", "hours")}`,
  },
  thanks: {
    title: "Thank you for your enquiry",
    eyebrow: "Enquiry received",
    receivedAbout: "We have received your enquiry about ",
    received: "We have received your enquiry.",
    willAnswer: (operator: string) =>
      `${operator || "We"} will answer you by email; please check your spam folder if nothing arrives.`,
    addSomething: "To add something, write to ",
    backTo: (title: string) => `Back to ${title}`,
    backHome: "Back to the home page",
  },
  search: {
    title: "Find a trek",
    description: "Filter the guide's routes by days, altitude, month, difficulty and passes.",
    lead: "Filter the routes by how long they take, how high they go, when they run, how hard they are and the passes they cross.",
    results: "Results",
    cannotSearch: "The routes cannot be searched just now. Please try again in a moment.",
    refused: "The search could not be run",
    count: (n: number) =>
      n === 0 ? "No route matches" : n === 1 ? "1 route matches" : `${n} routes match`,
    showingFirst: (n: number) => `Showing the first ${n}; narrow the search to see the others.`,
    tryFewer: "Try fewer filters, or ",
    seeEvery: "see every route",
    formLabel: "Routes",
    days: "Length in days",
    atLeast: "At least",
    atMost: "At most",
    maxAltitude: "Highest point at or below (metres)",
    departsIn: "Has a group departure in",
    anyMonth: "Any month",
    bestMonth: "Best season includes",
    difficulty: "Difficulty",
    any: "Any",
    pass: "Crosses the pass",
    submit: "Show routes",
    clear: "Clear the filters",
  },
  notFound: {
    title: "Page not found",
    text: "There is no page at this address. It may have moved, or the link may be mistyped.",
  },
  unavailable: {
    title: "This page is not available right now",
    text: "The guide could not fetch this page just now. Nothing is wrong with the address: please try again in a moment.",
  },
  preview: {
    label: "Preview:",
    text: " you are looking at a draft that visitors cannot see.",
    leave: "Leave preview",
  },
  untranslated: {
    notice: "This page has not been translated into English yet.",
    readOriginal: (language: Locale) =>
      `Read the page in ${language === "es" ? "Spanish" : "English"}`,
  },
};

export type Messages = typeof en;

const es: Messages = {
  site: {
    skipLink: "Saltar al contenido",
    sections: "Secciones",
    search: "Buscar una ruta",
    language: "Idioma",
    fallbackTitle: "Guía de trekking",
    footerAbout:
      ": rutas, lugares y gente a lo largo del camino. Las altitudes se indican en metros y en pies; consulte las condiciones en el lugar antes de caminar.",
    tripsRunBy: "Los viajes los organiza ",
    contact: "Contacto",
    email: "Correo: ",
    phone: "Teléfono: ",
    website: "Sitio web: ",
    homeLink: "Ir a la página de inicio",
  },
  units: {
    about: "aprox. ",
    unknown: "desconocida",
    to: " a ",
    and: " y ",
    allYear: "todo el año",
    none: "Ninguno",
    ahead: "de anticipación",
    leadUnits: {
      days: ["día", "días"],
      weeks: ["semana", "semanas"],
      months: ["mes", "meses"],
    },
  },
  enums: {
    pageType: {
      itinerary: "Itinerario",
      destination: "Destino",
      community: "Comunidad",
    },
    placeKind: {
      village: "Poblado",
      town: "Pueblo",
      city: "Ciudad",
      pass: "Abra",
      lake: "Laguna",
      peak: "Cumbre",
      hot_spring: "Aguas termales",
      trailhead: "Inicio del sendero",
      station: "Estación",
      campsite: "Campamento",
      archaeological_site: "Sitio arqueológico",
      valley: "Valle",
    },
    difficulty: {
      easy: "Fácil",
      moderate: "Moderada",
      challenging: "Exigente",
      strenuous: "Muy exigente",
    },
    meal: { breakfast: "desayuno", lunch: "almuerzo", dinner: "cena" },
    mode: { bus: "Bus", van: "Van", train: "Tren", car: "Auto", walk: "A pie" },
    overnight: { camp: "Campamento", homestay: "Casa de familia", hotel: "Hotel" },
    rating: { best: "Ideal", good: "Buena", possible: "Posible", avoid: "Evitar" },
    likelihood: {
      common: "Frecuente",
      likely: "Probable",
      occasional: "Ocasional",
      rare: "Raro",
    },
    timeOfDay: {
      early_morning: "Muy temprano",
      morning: "Por la mañana",
      midday: "Al mediodía",
      afternoon: "Por la tarde",
      evening: "Al atardecer",
      night: "De noche",
    },
    experience: {
      homestay: "Estadía en casa de familia",
      workshop: "Taller",
      weaving: "Demostración de tejido",
      ceremony: "Ceremonia",
      cooking: "Cocina",
      market: "Mercado",
      meal: "Comida compartida",
      walk: "Caminata guiada",
      bathing: "Baño",
      festival: "Fiesta",
      other: "Otra",
    },
    tone: { tip: "Consejo", warning: "Advertencia", note: "Nota" },
    status: {
      open: "Abierta",
      guaranteed: "Salida garantizada",
      few_seats: "Quedan pocas plazas",
      full: "Completa",
      cancelled: "Cancelada",
    },
  },
  day: (n) => `Día ${n}`,
  facts: {
    keyFacts: "Datos clave",
    altitude: "Altitud",
    distance: "Distancia",
    difficulty: "Dificultad",
    bookable: "se puede reservar con anticipación",
    comparison: "Comparación",
  },
  itinerary: {
    duration: "Duración",
    durationValue: (days, nights) =>
      `${days} ${plural(days, "día", "días")}${
        nights ? `, ${nights} ${plural(nights, "noche", "noches")}` : ""
      }`,
    walkingPerDay: "Caminata por día",
    maxAltitude: "Altitud máxima",
    at: " en ",
    ascentDescent: "Subida / bajada",
    up: (metres) => `${metres} de subida`,
    down: (metres) => `${metres} de bajada`,
    bestMonths: "Mejores meses",
    startEnd: "Inicio / fin",
    roundTrip: (start) => `${start} (ida y vuelta)`,
    fromTo: (start, end) => `${start} a ${end}`,
    acclimatiseFirst: "Aclimatarse antes",
    acclimatiseDays: (n) => `${n} ${plural(n, "día", "días")} en altura`,
    permit: "Permiso de sendero",
    permitRequired: "Obligatorio",
    permitNotNeeded: "No se necesita",
    price: "Precio",
    priceFrom: "desde ",
    perPerson: " por persona",
    nextDeparture: "Próxima salida",
    bookAhead: "Reservar con anticipación",
    routeMap: "Mapa de la ruta",
    downloadRoute: "Descargar la ruta:",
    elevationProfile: "Perfil de elevación",
    dayByDay: "Día a día",
    communities: "Comunidades que visita",
    included: "Qué incluye",
    includedList: "Incluye",
    notIncluded: "No incluye",
    departures: "Salidas y precios",
    anotherDate: "¿Otra fecha, un grupo privado o alguna pregunta?",
    requestInformation: "Solicitar información",
    whenToGo: "Cuándo ir",
    faqs: "Preguntas sobre esta ruta",
    alternatives: "Otras formas de recorrerla",
  },
  days: {
    hiking: "Caminata",
    overnight: "Noche",
    overnightAt: (type, place, elevation) => `${type} en ${place}, ${elevation}`,
    meals: "Comidas",
    noMeals: "Ninguna incluida",
    route: "Ruta: ",
    then: ", luego ",
    acclimatisation: "Aclimatación:",
    transport: "Transporte",
    legFrom: " de ",
    legTo: " a",
  },
  departures: {
    everyPriceIncludes: "Todos los precios incluyen:",
    label: "Salidas",
    caption: (title) => `Salidas de ${title}, a partir de hoy`,
    date: "Fecha",
    status: "Estado",
    seats: "Plazas",
    pricePerPerson: "Precio por persona",
    singleSupplement: "Suplemento individual",
    notes: "Notas",
    includedAndNotes: "Qué incluye y notas",
    enquire: "Consultar",
    priceOnRequest: "a consultar",
    notGiven: "no indicado",
    requestThisDate: "Solicitar esta fecha",
    seatsNone: "ninguna",
    seatsFull: "completa",
    seatsOnRequest: "a consultar",
    seatsLeft: (n) => (n === 1 ? "queda 1 plaza" : `quedan ${n} plazas`),
    seatsOf: (left, total) => `${left === 1 ? "queda" : "quedan"} ${left} de ${total}`,
  },
  profile: {
    chartLabel: "Gráfico del perfil de elevación",
    title: (title) => `Perfil de elevación: ${title}`,
    axisTitle: "Altitud (m)",
    caption:
      "Altitud de cada lugar de la ruta, en metros, según la distancia desde el inicio. Cada día ocupa su distancia a pie y sus lugares se reparten en ella en proporción a las distancias en línea recta entre ellos.",
    estimated: (days) =>
      days.length === 1
        ? ` El día ${days[0]} no tiene distancia a pie y se dibuja con su longitud en línea recta (sombreado).`
        : ` Los días ${days.join(", ")} no tienen distancia a pie y se dibujan con su longitud en línea recta (sombreados).`,
    tableSummary: "El perfil en una tabla",
    tableLabel: "Tabla del perfil de elevación",
    tableCaption: "Lugares de la ruta en orden, con su distancia desde el inicio y su altitud",
    day: "Día",
    place: "Lugar",
    kind: "Tipo",
    fromStart: "Desde el inicio",
    altitude: "Altitud",
    dayHigh: (day, metres, place) => `Día ${day}: punto más alto ${metres} en ${place}`,
    placeAt: (name, elevation) => `${name} (${elevation})`,
    describe: (p) =>
      `${p.places} lugares en ${p.days} ${plural(p.days, "día", "días")}` +
      `${p.km ? ` y ${p.km} km` : ""}, de ${p.from} a ${p.to}. ` +
      `Punto más alto: ${p.highest}; más bajo: ${p.lowest}.` +
      (p.passes.length
        ? ` ${plural(p.passes.length, "Abra", "Abras")}: ${p.passes.join(", ")}.`
        : ""),
  },
  map: {
    label: "Mapa de la ruta",
    title: (title) => `Mapa de la ruta: ${title}`,
    desc: (route, scale) => `${route} El norte está arriba; la barra de escala mide ${scale}.`,
    north: "N",
    caption:
      "La ruta día a día, en línea recta entre los lugares por los que pasa; cada día tiene su propio color y tipo de línea.",
    zoomable: (title) => `Mapa ampliable: ${title}`,
    start: "inicio",
    end: "fin",
    startAndEnd: "inicio y fin",
    nights: (count, list) => `${plural(count, "noche", "noches")} ${list}`,
    symbols: {
      pass: "Abra",
      peak: "Cumbre",
      lake: "Laguna",
      settlement: "Poblado o ciudad",
      campsite: "Campamento",
      hot_spring: "Aguas termales",
      other: "Otro lugar",
    },
    nightStop: "Pernocte",
    roundTrip: (start) => `Ida y vuelta desde ${start}`,
    fromTo: (start, end) => `De ${start} a ${end}`,
    passName: (name) => name,
    over: (passes) => ` por ${passes}`,
    days: (n) => `${n} ${plural(n, "día", "días")}`,
    nightsAt: (places) => ` Noches en ${places}.`,
  },
  season: {
    label: "Temporada, mes a mes",
    notes: "Notas mes a mes",
  },
  faq: { topics: "Temas" },
  home: {
    featured: "Rutas y lugares destacados",
    explore: "Explore la guía",
  },
  index: {
    routes: (n) => `${n} ${plural(n, "ruta", "rutas")}`,
    destinations: (n) => `${n} ${plural(n, "destino", "destinos")}`,
    communities: (n) => `${n} ${plural(n, "comunidad", "comunidades")}`,
  },
  community: {
    languages: "Idiomas",
    knownFor: "Conocida por",
    profile: "Perfil",
    traditions: "Tradiciones",
    experiences: "Qué se puede hacer",
    etiquette: "Cómo ser un buen visitante",
    itineraries: "Rutas que pasan por aquí",
  },
  destination: {
    kind: "Tipo",
    temperature: "Temperatura",
    pools: "Pozas",
    open: "Horario",
    bestTime: "Mejor momento del día",
    gettingThere: "Cómo llegar",
    accessFrom: " desde",
    whenToGo: "Cuándo ir",
    experiences: "Qué se puede hacer",
    water: "Qué contiene el agua",
    wildlife: "Fauna que puede ver",
    plants: "Plantas y sus usos tradicionales",
    facilities: "Servicios",
    faqs: "Preguntas y respuestas",
    communities: "Comunidades cercanas",
    related: "Destinos cercanos",
  },
  cards: {
    from: "Desde ",
    perPerson: " por persona",
    next: "próxima",
    Next: "Próxima",
    departure: " salida",
    days: (n) => `${n} ${plural(n, "día", "días")}`,
    upTo: (elevation) => `Hasta ${elevation}`,
  },
  enquiry: {
    choice: (date, price) => `${date} (${price} por persona)`,
    error: "Error: ",
    cannotShow:
      "El formulario de consulta no se puede mostrar en este momento. Vuelva a intentarlo en unos instantes",
    writeToUs: ", o escríbanos a ",
    intro:
      "Pregúntenos lo que quiera sobre esta ruta: fechas, tamaño del grupo, qué llevar. Le respondemos por correo electrónico.",
    required: "Los campos marcados con * son obligatorios.",
    notSent: "Su consulta no se envió",
    problem: "Hay un problema",
    askingAbout: "Está consultando por la salida del ",
    chooseAnother: "Elegir otra fecha",
    or: " o ",
    ask: "consultar",
    Ask: "Consultar",
    withoutDate: " sin fecha",
    name: "Su nombre",
    email: "Correo electrónico",
    when: "¿Cuándo le gustaría viajar?",
    whenHint: "Una fecha si la sabe, si no el mes; ambos pueden quedar vacíos.",
    date: "Fecha",
    orMonth: "o mes",
    monthHint: "Año y mes, como AAAA-MM",
    partySize: "¿Cuántas personas viajarán?",
    partySizeHint: (min, max) => `De ${min} a ${max} personas`,
    message: "Su mensaje",
    heardFrom: "¿Cómo se enteró de nosotros?",
    chooseOne: "Elija una opción",
    consent: "Acepto que se guarden mis datos para responder a esta consulta",
    trap: "Deje este campo vacío",
    sending: "Enviando…",
    send: "Enviar consulta",
    unavailable:
      "Su consulta no se pudo enviar: nuestro servicio de reservas no responde en este momento. " +
      "No se ha perdido nada de lo que escribió; vuelva a intentarlo en unos instantes.",
    tooMany: (when) =>
      "Han llegado demasiadas consultas desde su conexión en poco tiempo. No se ha perdido nada " +
      `de lo que escribió; vuelva a enviarla ${when}.`,
    tooLong: "Su consulta es demasiado larga para enviarla. Acorte el mensaje y vuelva a enviarla.",
    checkBelow: "Revise lo que está marcado abajo y vuelva a enviarla.",
    failedStatus: (status) =>
      `Su consulta no se pudo enviar (el servicio de reservas respondió ${status}). ` +
      "No se ha perdido nada de lo que escribió; vuelva a intentarlo en unos instantes.",
    later: "más tarde",
    inAMinute: "en un minuto",
    inMinutes: (n) => `en unos ${n} minutos`,
    inHours: (n) => `en ${plural(n, "una hora", `unas ${n} horas`)}`,
  },
  thanks: {
    title: "Gracias por su consulta",
    eyebrow: "Consulta recibida",
    receivedAbout: "Hemos recibido su consulta sobre ",
    received: "Hemos recibido su consulta.",
    willAnswer: (operator) =>
      `${operator ? `${operator} le responderá` : "Le responderemos"} por correo electrónico; si no le llega nada, revise su carpeta de correo no deseado.`,
    addSomething: "Para agregar algo, escriba a ",
    backTo: (title) => `Volver a ${title}`,
    backHome: "Volver a la página de inicio",
  },
  search: {
    title: "Buscar una ruta",
    description:
      "Filtre las rutas de la guía por días, altitud, mes, dificultad y abras que cruzan.",
    lead: "Filtre las rutas según cuánto duran, qué altura alcanzan, cuándo salen, qué tan exigentes son y las abras que cruzan.",
    results: "Resultados",
    cannotSearch:
      "No se pueden buscar rutas en este momento. Vuelva a intentarlo en unos instantes.",
    refused: "No se pudo realizar la búsqueda",
    count: (n) =>
      n === 0 ? "Ninguna ruta coincide" : n === 1 ? "1 ruta coincide" : `${n} rutas coinciden`,
    showingFirst: (n) => `Se muestran las primeras ${n}; afine la búsqueda para ver las demás.`,
    tryFewer: "Pruebe con menos filtros o ",
    seeEvery: "vea todas las rutas",
    formLabel: "Rutas",
    days: "Duración en días",
    atLeast: "Mínimo",
    atMost: "Máximo",
    maxAltitude: "Punto más alto igual o inferior a (metros)",
    departsIn: "Con salida grupal en",
    anyMonth: "Cualquier mes",
    bestMonth: "La mejor temporada incluye",
    difficulty: "Dificultad",
    any: "Cualquiera",
    pass: "Cruza el abra",
    submit: "Mostrar rutas",
    clear: "Quitar los filtros",
  },
  notFound: {
    title: "Página no encontrada",
    text: "No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.",
  },
  unavailable: {
    title: "Esta página no está disponible en este momento",
    text: "La guía no pudo obtener esta página ahora. La dirección es correcta: vuelva a intentarlo en unos instantes.",
  },
  preview: {
    label: "Vista previa:",
    text: " está viendo un borrador que los visitantes no pueden ver.",
    leave: "Salir de la vista previa",
  },
  untranslated: {
    notice: "Esta página aún no está traducida al español.",
    readOriginal: (language) => `Leer la página en ${language === "es" ? "español" : "inglés"}`,
  },
};

export const MESSAGES: Record<Locale, Messages> = { en, es };

/** The site's words in `locale` (the default language's for anything else). */
export function messagesFor(locale: Locale | null | undefined): Messages {
  return MESSAGES[locale ?? DEFAULT_LOCALE] ?? en;
}

export type EnumGroup = keyof Messages["enums"];

/**
 * An API enum value in words ("hot_spring" → "Hot spring", "Aguas termales"); a value the
 * dictionary does not know yet is written as it is, underscores as spaces, first letter up.
 */
export function enumLabel(locale: Locale, group: EnumGroup, value: string): string {
  const known = messagesFor(locale).enums[group][value];
  if (known) return known;
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
