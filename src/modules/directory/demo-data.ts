/**
 * Demo data of the public Wegweiser Integration: the Land tenant and four
 * municipal tenants, their towns, organisations, locations and services.
 *
 * Source: the five seed pages (Wilhelmshaven, Landkreis Wesermarsch, Landkreis
 * Emsland, Stadt Wolfsburg) plus public addresses of the offices and town halls.
 * Conventions:
 * - No personal names. Personal e-mail addresses of the seeds are replaced by
 *   role addresses; addresses marked "placeholder" below are not published and
 *   must be confirmed before real use. Office phone numbers as published.
 * - Office hours: the seeds publish almost none. Unless a comment says
 *   "published", weekly hours are plausible examples for the demo, and so are
 *   the barrier-free flags where no source says anything.
 * - Coordinates are approximate (building or town centre).
 */
import type { DemoLocation, DemoService, DemoTenant, DemoTown } from "./demo-types.ts";
import type { BarrierFree, ExceptionDay, SpokenLanguage, WeeklySlot } from "./model.ts";

// ---------------------------------------------------------------------------
// Helpers for office hours and languages
// ---------------------------------------------------------------------------

type Day = "mo" | "di" | "mi" | "do" | "fr" | "sa" | "so";
const WEEKDAY: Record<Day, number> = { mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6, so: 7 };
const MO_FR: Day[] = ["mo", "di", "mi", "do", "fr"];
const MO_DO: Day[] = ["mo", "di", "mi", "do"];

/** "08:30" → 510 minutes since midnight. */
function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The same slot on several weekdays. */
function at(days: Day[], opens: string, closes: string): WeeklySlot[] {
  return days.map((d) => ({ weekday: WEEKDAY[d], opens: minutes(opens), closes: minutes(closes) }));
}

/** Restricts language codes to the keys of SPOKEN_LANGUAGES. */
function langs(...codes: SpokenLanguage[]): string[] {
  return codes;
}

/** Closed on 24 and 31 December 2026 (both Thursdays, working days in Lower Saxony). */
const YEAR_END: ExceptionDay[] = [
  { day: "2026-12-24", opens: null, closes: null, note: "Heiligabend – geschlossen" },
  { day: "2026-12-31", opens: null, closes: null, note: "Silvester – geschlossen" },
];

/** Typical hours of a city office: mornings Mo–Fr, afternoons Mo/Di, long Thursday. */
const CITY_OFFICE: WeeklySlot[] = [
  ...at(MO_FR, "08:30", "12:00"),
  ...at(["mo", "di"], "14:00", "16:00"),
  ...at(["do"], "14:00", "17:30"),
];

/** Hours of the Kreishaus Meppen (example). */
const KREISHAUS: WeeklySlot[] = [
  ...at(MO_FR, "08:30", "12:00"),
  ...at(["mo", "di", "mi"], "14:00", "15:30"),
  ...at(["do"], "14:00", "17:00"),
];

/** Hours of the Rathaus Wolfsburg offices (example). */
const RATHAUS_WOB: WeeklySlot[] = [...at(MO_DO, "08:00", "12:00"), ...at(MO_DO, "13:30", "15:30"), ...at(["fr"], "08:00", "12:00")];

// ---------------------------------------------------------------------------
// Land Niedersachsen: Land-wide offers every municipality sees
// ---------------------------------------------------------------------------

const niedersachsen: DemoTenant = {
  slug: "niedersachsen",
  kind: "state",
  name: "Land Niedersachsen",
  intro:
    "Das Land Niedersachsen fördert Koordinierungsstellen für Migration und Teilhabe in den Landkreisen und kreisfreien Städten. " +
    "Hier finden Sie landesweite Angebote, die in jeder Kommune gelten – etwa den Niedersächsischen Landesbeauftragten für Migration und Teilhabe " +
    "und den digitalen Förderatlas für Migration, Teilhabe und Zusammenhalt.",
  introTranslations: {
    en:
      "The State of Lower Saxony funds coordination offices for migration and participation in its districts and independent cities. " +
      "Here you will find statewide services that apply in every municipality, such as the Lower Saxony Commissioner for Migration and Participation " +
      "and the digital funding atlas for migration, participation and social cohesion.",
    ar:
      "تموّل ولاية سكسونيا السفلى مكاتب تنسيق الهجرة والمشاركة في الدوائر والمدن المستقلة. " +
      "تجد هنا خدمات على مستوى الولاية متاحة في كل بلدية، مثل مفوض ولاية سكسونيا السفلى لشؤون الهجرة والمشاركة، " +
      "والأطلس الرقمي للتمويل في مجالات الهجرة والمشاركة والتماسك الاجتماعي.",
    fa:
      "ایالت نیدرزاکسن دفاتر هماهنگی مهاجرت و مشارکت را در بخش‌ها و شهرهای مستقل تأمین مالی می‌کند. " +
      "در اینجا خدمات سراسری ایالت را می‌یابید که در همهٔ شهرداری‌ها معتبرند، از جمله کمیسر ایالت نیدرزاکسن در امور مهاجرت و مشارکت " +
      "و اطلس دیجیتال حمایت مالی برای مهاجرت، مشارکت و همبستگی اجتماعی.",
    tr:
      "Aşağı Saksonya Eyaleti, ilçelerde ve bağımsız şehirlerde göç ve katılım koordinasyon ofislerini finanse eder. " +
      "Burada her belediyede geçerli olan eyalet çapındaki hizmetleri bulabilirsiniz; örneğin Aşağı Saksonya Göç ve Katılım Sorumlusu " +
      "ile göç, katılım ve toplumsal birliktelik için dijital destek atlası.",
    uk:
      "Земля Нижня Саксонія фінансує координаційні офіси з питань міграції та участі в районах і позарайонних містах. " +
      "Тут ви знайдете загальноземельні пропозиції, що діють у кожній громаді, наприклад Уповноваженого Нижньої Саксонії з питань міграції та участі " +
      "та цифровий атлас фінансування у сферах міграції, участі та суспільної згуртованості.",
    ru:
      "Земля Нижняя Саксония финансирует координационные бюро по вопросам миграции и участия в районах и внерайонных городах. " +
      "Здесь вы найдёте предложения, действующие на всей территории земли и в каждой общине, например Уполномоченного Нижней Саксонии по вопросам миграции и участия " +
      "и цифровой атлас финансирования в сферах миграции, участия и сплочённости общества.",
  },
  towns: [],
  organisations: [
    {
      key: "landesbeauftragter",
      // The office has been held by a man since November 2022, hence the masculine form.
      name: "Niedersächsischer Landesbeauftragter für Migration und Teilhabe",
      kind: "public_authority",
      website: "https://www.migrationsbeauftragte-niedersachsen.de",
      locations: [
        {
          key: "hannover-ms",
          // Address of the Sozialministerium; the exact seat of the office is not confirmed.
          label: "Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung",
          street: "Hannah-Arendt-Platz 2",
          postcode: "30159",
          city: "Hannover",
          lat: 52.37,
          lng: 9.735,
          barrierFree: "unknown",
        },
      ],
    },
    {
      key: "landesamt",
      name: "Niedersächsisches Landesamt für Soziales, Jugend und Familie",
      kind: "public_authority",
      website: "https://soziales.niedersachsen.de",
      locations: [
        {
          key: "ls-oldenburg",
          label: "Außenstelle Oldenburg",
          street: "Moslestraße 3",
          postcode: "26122",
          city: "Oldenburg",
          lat: 53.1405,
          lng: 8.2175,
          barrierFree: "unknown",
        },
      ],
    },
    {
      key: "foerderatlas",
      name: "Förderatlas für Migration, Teilhabe und Zusammenhalt",
      kind: "project",
      website: "https://www.foerderatlas-teilhabe-nds.de",
      locations: [],
    },
    {
      key: "niedersachsen-packt-an",
      name: "Bündnis „Niedersachsen packt an“",
      kind: "project",
      locations: [],
    },
  ],
  services: [
    {
      slug: "landesbeauftragter-migration-teilhabe",
      name: "Niedersächsischer Landesbeauftragter für Migration und Teilhabe",
      summary:
        "Ehrenamtlicher Fürsprecher für die Belange von Menschen mit Migrationsgeschichte gegenüber Landtag und Landesregierung; nimmt Bitten und Eingaben entgegen.",
      description:
        "Der Landesbeauftragte vertritt ehrenamtlich die Belange von Migrantinnen und Migranten sowie von Spätaussiedlerinnen und Spätaussiedlern gegenüber dem Niedersächsischen Landtag und der Landesregierung. " +
        "Er unterstützt die kommunalen Integrationsbeauftragten, die Koordinierungsstellen für Migration und Teilhabe sowie Vereine und Institutionen im Integrationsbereich. " +
        "Bitten und Eingaben von Bürgerinnen und Bürgern werden entgegengenommen und bearbeitet.",
      kind: "administration",
      organisation: "landesbeauftragter",
      location: "hannover-ms",
      topics: ["participation", "residence_law", "equality", "discrimination"],
      targetGroups: ["everyone", "newcomers", "associations", "public_administration"],
      languages: langs("de"),
      website: "https://www.migrationsbeauftragte-niedersachsen.de",
      appointmentOnly: true,
      hoursNote: "Persönliche Gespräche nur nach Vereinbarung; die angegebenen Zeiten sind Zeiten telefonischer Erreichbarkeit.",
      weekly: [...at(MO_DO, "09:00", "12:00"), ...at(["di", "do"], "13:00", "15:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Lower Saxony Commissioner for Migration and Participation",
          summary:
            "Honorary advocate for the concerns of people with a migration background vis-à-vis the state parliament and government; receives requests and petitions.",
        },
        ar: {
          name: "مفوض ولاية سكسونيا السفلى لشؤون الهجرة والمشاركة",
          summary: "مدافع فخري عن مصالح الأشخاص ذوي الخلفية المهاجرة أمام برلمان الولاية وحكومتها، ويستقبل الطلبات والشكاوى.",
        },
        fa: {
          name: "کمیسر ایالت نیدرزاکسن در امور مهاجرت و مشارکت",
          summary: "مدافع افتخاری منافع افراد دارای پیشینهٔ مهاجرت در برابر پارلمان و دولت ایالتی؛ درخواست‌ها و شکایات را دریافت می‌کند.",
        },
        tr: {
          name: "Aşağı Saksonya Göç ve Katılım Sorumlusu",
          summary:
            "Göç geçmişi olan insanların çıkarlarını eyalet meclisi ve eyalet hükümeti nezdinde gönüllü olarak savunur; talep ve dilekçeleri kabul eder.",
        },
        uk: {
          name: "Уповноважений Нижньої Саксонії з питань міграції та участі",
          summary:
            "На громадських засадах відстоює інтереси людей з міграційною історією перед ландтагом і урядом землі; приймає прохання та звернення.",
        },
        ru: {
          name: "Уполномоченный Нижней Саксонии по вопросам миграции и участия",
          summary:
            "На общественных началах представляет интересы людей с миграционной историей перед ландтагом и правительством земли; принимает просьбы и обращения.",
        },
      },
    },
    {
      slug: "foerderatlas",
      name: "Förderatlas für Migration, Teilhabe und Zusammenhalt",
      summary: "Digitale Übersicht über Förderangebote von Bund, Land und Regionen für Projekte in der Migrationsarbeit.",
      description:
        "Der digitale Förderatlas zeigt bundes- und landesweite sowie regionale Förderangebote in den unterschiedlichen migrationsrelevanten Bereichen. " +
        "Wer in der Migrationsarbeit tätig ist, findet hier einen Überblick über vorhandene Fördermittel und die passende Förderung für das eigene Projekt. " +
        "Das Angebot wurde von der Niedersächsischen Lotto-Sport-Stiftung, dem Bündnis „Niedersachsen packt an“ und der Landesbeauftragten für Migration und Teilhabe verwirklicht.",
      kind: "administration",
      organisation: "foerderatlas",
      topics: ["funding", "participation", "volunteering"],
      targetGroups: ["associations", "volunteers", "professionals", "public_administration"],
      languages: langs("de"),
      website: "https://www.foerderatlas-teilhabe-nds.de",
      hoursNote: "Online-Angebot, jederzeit erreichbar.",
      weekly: [],
      translations: {
        en: {
          name: "Funding atlas for migration, participation and social cohesion",
          summary: "Digital overview of federal, state and regional funding for projects in migration work.",
        },
        ar: {
          name: "أطلس التمويل للهجرة والمشاركة والتماسك الاجتماعي",
          summary: "نظرة رقمية شاملة على فرص التمويل الاتحادية وعلى مستوى الولاية والمناطق لمشاريع العمل في مجال الهجرة.",
        },
      },
    },
    {
      slug: "foerderung-koordinierungsstellen",
      name: "Förderung der Koordinierungsstellen für Migration und Teilhabe",
      summary: "Das Land fördert anteilig den Betrieb kommunaler Koordinierungsstellen für Migration und Teilhabe.",
      description:
        "Mit der Richtlinie „Koordinierungsstellen Migration und Teilhabe“ gewährt das Land Zuwendungen für ein landesweites lokales Migrations- und Teilhabemanagement. " +
        "Antragsberechtigt sind die Landkreise, die kreisfreien Städte, die Region Hannover, die Landeshauptstadt Hannover und die Stadt Göttingen. " +
        "Voraussetzung ist eine zielorientierte Projektbeschreibung; Bewilligungsbehörde ist das Landesamt für Soziales, Jugend und Familie.",
      kind: "administration",
      organisation: "landesamt",
      location: "ls-oldenburg",
      topics: ["funding", "participation"],
      targetGroups: ["public_administration"],
      languages: langs("de"),
      // Published telephone hours of the team.
      hoursNote: "Telefonische Erreichbarkeit.",
      weekly: [...at(MO_DO, "09:00", "12:00"), ...at(["di"], "13:00", "15:30")],
      exceptions: YEAR_END,
    },
    {
      slug: "foerderprogramme-migration-teilhabe",
      name: "Förderprogramme Migration und Teilhabe des Landesamts",
      summary: "Landesförderung für Integrationsmaßnahmen, Integrationslotsen und Projekte gegen Diskriminierung.",
      description:
        "Das Team „Migration und Teilhabe“ des Landesamts fördert Maßnahmen zur Integration von Migrantinnen und Migranten, zur Stärkung des Ehrenamts sowie gegen Diskriminierung und Extremismus. " +
        "Dazu gehören unter anderem die Qualifizierung von Integrationslotsinnen und Integrationslotsen und die Förderung der Teilhabe zugewanderter Menschen. " +
        "Richtlinien und Antragsvordrucke stehen auf der Website des Landesamts.",
      kind: "administration",
      organisation: "landesamt",
      topics: ["funding", "volunteering", "discrimination", "participation"],
      targetGroups: ["associations", "volunteers", "public_administration"],
      languages: langs("de"),
      website: "https://soziales.niedersachsen.de",
      hoursNote: "Informationen und Antragsunterlagen online.",
      weekly: [],
    },
    {
      slug: "integrationspreis",
      name: "Niedersächsischer Integrationspreis",
      summary: "Landespreis für Vereine, Initiativen, Schulen und Kitas mit besonderem Engagement für Integration.",
      description:
        "Mit dem Niedersächsischen Integrationspreis werden Projekte ausgezeichnet, die mit neuen Ideen einen Beitrag zur gleichberechtigten Teilhabe am Gemeinwesen leisten. " +
        "Teilnehmen können Vereine, Verbände, Institutionen, Initiativen, Stiftungen, Kindergärten und Schulen. " +
        "Das Motto wechselt jährlich; die Ausschreibung wird vom Landesbeauftragten für Migration und Teilhabe bekanntgegeben.",
      kind: "culture",
      organisation: "landesbeauftragter",
      topics: ["participation", "funding", "volunteering"],
      targetGroups: ["associations", "volunteers"],
      languages: langs("de"),
      website: "https://www.migrationsbeauftragte-niedersachsen.de",
      hoursNote: "Ausschreibung einmal jährlich.",
      weekly: [],
      translations: {
        en: {
          name: "Lower Saxony Integration Award",
          summary: "State award for associations, initiatives, schools and day-care centres with an outstanding commitment to integration.",
        },
        ar: {
          name: "جائزة الاندماج في ولاية سكسونيا السفلى",
          summary: "جائزة الولاية للجمعيات والمبادرات والمدارس ودور الحضانة ذات الالتزام المتميز بالاندماج.",
        },
      },
    },
    {
      slug: "niedersachsen-packt-an",
      name: "Bündnis „Niedersachsen packt an“",
      summary: "Landesweites Bündnis für die Integration geflüchteter Menschen und für freiwilliges Engagement.",
      description:
        "Das Bündnis „Niedersachsen packt an“ bündelt das Engagement vieler gesellschaftlicher Akteure für die Integration geflüchteter Menschen. " +
        "Es hat den Förderatlas für Migration, Teilhabe und Zusammenhalt mit auf den Weg gebracht und vergibt einen Sonderpreis im Rahmen des Niedersächsischen Integrationspreises.",
      kind: "volunteering",
      organisation: "niedersachsen-packt-an",
      topics: ["volunteering", "participation"],
      targetGroups: ["volunteers", "associations"],
      languages: langs("de"),
      weekly: [],
    },
  ],
};

// ---------------------------------------------------------------------------
// Stadt Wilhelmshaven (seeds 000, 001)
// ---------------------------------------------------------------------------

/** Placeholder role address for the Migrationsbüro (the seed publishes only a personal address). */
const WHV_MAIL = "migrationsbuero@wilhelmshaven.de";

const wilhelmshaven: DemoTenant = {
  slug: "wilhelmshaven",
  kind: "city",
  name: "Stadt Wilhelmshaven",
  intro:
    "Das Migrationsbüro der Stadt Wilhelmshaven beherbergt die Koordinierungsstelle für Migration und Teilhabe (KMuT) und die Sprachmittlung. " +
    "Die KMuT besteht seit Mai 2013 und begleitet und koordiniert den kommunalen Integrationsprozess. " +
    "Schon 1979 wurde direkt in der Stadtverwaltung eine Beratungsstelle für Migrantinnen und Migranten geschaffen.",
  introTranslations: {
    en:
      "The Migration Office of the City of Wilhelmshaven houses the coordination office for migration and participation (KMuT) and the language mediation service. " +
      "The KMuT has existed since May 2013 and supports and coordinates the local integration process. " +
      "As early as 1979, a counselling centre for migrants was set up directly within the city administration.",
    ar:
      "يضم مكتب الهجرة في مدينة فيلهلمسهافن مكتب تنسيق الهجرة والمشاركة (KMuT) وخدمة الوساطة اللغوية. " +
      "يعمل مكتب التنسيق منذ أيار/مايو 2013، ويرافق عملية الاندماج على مستوى البلدية وينسّقها. " +
      "وقد أُنشئ مركز استشارات للمهاجرات والمهاجرين داخل إدارة المدينة مباشرةً منذ عام 1979.",
    fa:
      "دفتر مهاجرت شهر ویلهلمزهافن دفتر هماهنگی مهاجرت و مشارکت (KMuT) و خدمات میانجی‌گری زبانی را در خود جای داده است. " +
      "این دفتر هماهنگی از ماه مه 2013 فعال است و روند ادغام در سطح شهر را همراهی و هماهنگ می‌کند. " +
      "از سال 1979 یک مرکز مشاوره برای مهاجران مستقیماً در ادارهٔ شهر ایجاد شده است.",
    tr:
      "Wilhelmshaven Belediyesi Göç Bürosu, Göç ve Katılım Koordinasyon Ofisi'ni (KMuT) ve dil aracılığı hizmetini barındırır. " +
      "KMuT Mayıs 2013'ten beri faaliyet göstermekte olup kentteki uyum sürecine eşlik eder ve bu süreci koordine eder. " +
      "Göçmenler için bir danışma merkezi daha 1979 yılında doğrudan belediye yönetimi içinde kurulmuştu.",
    uk:
      "Міграційне бюро міста Вільгельмсгафен об'єднує координаційний офіс з питань міграції та участі (KMuT) і службу мовного посередництва. " +
      "KMuT працює з травня 2013 року, супроводжує та координує процес інтеграції в місті. " +
      "Ще в 1979 році безпосередньо в міській адміністрації було створено консультаційний центр для мігранток і мігрантів.",
    ru:
      "Миграционное бюро города Вильгельмсхафен объединяет координационное бюро по вопросам миграции и участия (KMuT) и службу языкового посредничества. " +
      "KMuT работает с мая 2013 года, сопровождает и координирует процесс интеграции в городе. " +
      "Ещё в 1979 году непосредственно в городской администрации была создана консультационная служба для мигранток и мигрантов.",
  },
  towns: [{ slug: "wilhelmshaven", name: "Wilhelmshaven", kind: "city" }],
  organisations: [
    {
      key: "stadt-whv",
      name: "Stadt Wilhelmshaven",
      kind: "public_authority",
      website: "https://www.wilhelmshaven.de",
      locations: [
        {
          key: "migrationsbuero",
          label: "Jugendamt, Abteilung Migration, Beratung, Prävention – Migrationsbüro",
          street: "Kieler Straße 63",
          postcode: "26382",
          city: "Wilhelmshaven",
          town: "wilhelmshaven",
          lat: 53.5245,
          lng: 8.112,
          barrierFree: "unknown",
        },
        {
          key: "auslaenderamt",
          label: "Rathaus – Ausländeramt",
          street: "Rathausplatz 10",
          postcode: "26382",
          city: "Wilhelmshaven",
          town: "wilhelmshaven",
          lat: 53.5205,
          lng: 8.1045,
          barrierFree: "yes",
        },
      ],
    },
  ],
  services: [
    {
      slug: "koordinierungsstelle-migration-teilhabe",
      name: "Koordinierungsstelle für Migration und Teilhabe (KMuT)",
      summary: "Begleitet und koordiniert den kommunalen Integrationsprozess in Wilhelmshaven und ist Ansprechpartnerin für Beteiligung.",
      description:
        "Die KMuT wird seit Mai 2013 betrieben; Wilhelmshaven nahm schon an der Testphase des vom Land geförderten Projekts teil. " +
        "Sie begleitet und koordiniert den kommunalen Integrationsprozess und betreut das Handlungskonzept Integration sowie das Modellprojekt „Weltoffene Kommune“. " +
        "Die Stelle wird aus Mitteln des Niedersächsischen Landesamtes für Soziales, Jugend und Familie gefördert.",
      kind: "coordination",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["participation", "arrival", "equality"],
      targetGroups: ["everyone", "newcomers", "associations", "public_administration"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      weekly: CITY_OFFICE,
      exceptions: [
        // One extra Saturday opening during the Interkulturelle Woche.
        { day: "2026-09-26", opens: minutes("10:00"), closes: minutes("14:00"), note: "Sonderöffnung zur Interkulturellen Woche" },
        ...YEAR_END,
      ],
      translations: {
        en: {
          name: "Coordination Office for Migration and Participation (KMuT)",
          summary: "Supports and coordinates the local integration process in Wilhelmshaven and is the contact point for participation.",
        },
        ar: {
          name: "مكتب تنسيق الهجرة والمشاركة (KMuT)",
          summary: "يرافق عملية الاندماج المحلية في فيلهلمسهافن وينسّقها، وهو جهة الاتصال في شؤون المشاركة.",
        },
        fa: {
          name: "دفتر هماهنگی مهاجرت و مشارکت (KMuT)",
          summary: "روند ادغام در شهر ویلهلمزهافن را همراهی و هماهنگ می‌کند و مرجع تماس برای مشارکت است.",
        },
        tr: {
          name: "Göç ve Katılım Koordinasyon Ofisi (KMuT)",
          summary: "Wilhelmshaven'daki yerel uyum sürecine eşlik eder, süreci koordine eder ve katılım konusunda başvuru noktasıdır.",
        },
        uk: {
          name: "Координаційний офіс з питань міграції та участі (KMuT)",
          summary: "Супроводжує та координує процес інтеграції у Вільгельмсгафені й є контактною точкою з питань участі.",
        },
        ru: {
          name: "Координационное бюро по вопросам миграции и участия (KMuT)",
          summary: "Сопровождает и координирует процесс интеграции в Вильгельмсхафене и является контактным пунктом по вопросам участия.",
        },
      },
    },
    {
      slug: "migrationsbuero",
      name: "Migrationsbüro der Stadt Wilhelmshaven",
      summary: "Anlaufstelle des Jugendamts (Abteilung Migration, Beratung, Prävention) für Fragen rund um Migration und Integration.",
      description:
        "Das Migrationsbüro gehört zum Jugendamt, Abteilung Migration, Beratung, Prävention. " +
        "Es beherbergt die Koordinierungsstelle für Migration und Teilhabe und koordiniert und steuert die Sprachmittlung der Stadt.",
      kind: "administration",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["arrival", "language", "family", "participation"],
      targetGroups: ["everyone", "newcomers", "families"],
      languages: langs("de"),
      phone: "04421 74956-14",
      email: WHV_MAIL,
      weekly: CITY_OFFICE,
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Migration Office of the City of Wilhelmshaven",
          summary: "Contact point of the Youth Welfare Office (Migration, Counselling, Prevention division) for questions about migration and integration.",
        },
        ar: {
          name: "مكتب الهجرة في مدينة فيلهلمسهافن",
          summary: "نقطة اتصال تابعة لمكتب رعاية الشباب (قسم الهجرة والاستشارة والوقاية) للأسئلة المتعلقة بالهجرة والاندماج.",
        },
      },
    },
    {
      slug: "beratungsstelle-migrantinnen-migranten",
      name: "Beratungsstelle für Migrantinnen und Migranten",
      summary: "Städtische Beratung für Zugewanderte zu Aufenthalt, Behörden, Sprache und Alltag – seit 1979 in der Stadtverwaltung.",
      description:
        "Bereits 1979 wurde in Wilhelmshaven eine Beratungsstelle für Migrantinnen und Migranten direkt in der Kommunalverwaltung geschaffen. " +
        "Mit der Zuwanderung von Geflüchteten aus Syrien, dem Irak, Afghanistan und Afrika hat ihre Arbeit stark an Bedeutung gewonnen. " +
        "Bei Bedarf kann das Migrationsbüro eine Sprachmittlung hinzuziehen.",
      kind: "migration_counselling",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["arrival", "residence_law", "social_benefits", "language", "family"],
      targetGroups: ["newcomers", "refugees", "families"],
      languages: langs("de", "en"),
      phone: "04421 74956-14",
      email: WHV_MAIL,
      hoursNote: "Mittwochs Beratung nur nach Terminvereinbarung.",
      weekly: [...at(["mo", "di", "do", "fr"], "09:00", "12:00"), ...at(["di"], "14:00", "16:00"), ...at(["do"], "14:00", "17:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Counselling centre for migrants",
          summary: "The city's counselling centre for immigrants on residence, authorities, language and everyday life – part of the city administration since 1979.",
        },
        ar: {
          name: "مركز استشارات للمهاجرات والمهاجرين",
          summary: "استشارات تقدّمها المدينة للمهاجرين في مسائل الإقامة والدوائر الرسمية واللغة والحياة اليومية – ضمن إدارة المدينة منذ عام 1979.",
        },
      },
    },
    {
      slug: "sprachmittlung",
      name: "Sprachmittlung (Arabisch, Türkisch, Farsi)",
      summary: "Sprachmittlerinnen und Sprachmittler für städtische Dienststellen sowie für Elterngespräche in Kitas und Grundschulen.",
      description:
        "Die Sprachmittlerinnen und Sprachmittler werden hauptsächlich in den Dienststellen der Stadt Wilhelmshaven eingesetzt, um Verfahren zu erleichtern und zu beschleunigen. " +
        "Ein wichtiger Einsatzbereich ist die direkte Elternarbeit vor Ort in Kindergärten und Grundschulen. " +
        "Der Einsatz wird vom Migrationsbüro koordiniert; es entscheidet nach festgelegten Kriterien, in welchen Fällen Sprachmittler eingesetzt werden.",
      kind: "language_mediation",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["language", "children", "education", "family"],
      targetGroups: ["public_administration", "parents", "families", "children"],
      languages: langs("ar", "tr", "fa", "de"),
      phone: "04421 74956-14",
      email: WHV_MAIL,
      appointmentOnly: true,
      hoursNote:
        "Einsätze nur auf Anfrage städtischer Dienststellen, Kitas und Grundschulen; das Migrationsbüro entscheidet nach festgelegten Kriterien. Anfragen zu den angegebenen Zeiten.",
      weekly: at(MO_FR, "08:30", "12:00"),
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Language mediation (Arabic, Turkish, Farsi)",
          summary: "Language mediators for municipal departments and for meetings with parents in day-care centres and primary schools.",
        },
        ar: {
          name: "الوساطة اللغوية (العربية، التركية، الفارسية)",
          summary: "وسطاء لغويون لدوائر المدينة وللقاءات مع أولياء الأمور في دور الحضانة والمدارس الابتدائية.",
        },
        fa: {
          name: "میانجی‌گری زبانی (عربی، ترکی، فارسی)",
          summary: "میانجی‌های زبانی برای ادارات شهرداری و برای گفت‌وگو با والدین در مهدکودک‌ها و دبستان‌ها.",
        },
        tr: {
          name: "Dil aracılığı (Arapça, Türkçe, Farsça)",
          summary: "Belediye birimleri ile kreş ve ilkokullardaki veli görüşmeleri için dil aracıları.",
        },
        uk: {
          name: "Мовне посередництво (арабська, турецька, фарсі)",
          summary: "Мовні посередники для міських служб, а також для розмов з батьками в дитячих садках і початкових школах.",
        },
        ru: {
          name: "Языковое посредничество (арабский, турецкий, фарси)",
          summary: "Языковые посредники для городских служб, а также для бесед с родителями в детских садах и начальных школах.",
        },
      },
    },
    {
      slug: "modellprojekt-weltoffene-kommune",
      name: "Modellprojekt „Weltoffene Kommune“",
      summary: "Wilhelmshaven ist eine von 40 Modellkommunen, die ihre Integrations- und Vielfaltpolitik gemeinsam mit der Stadtgesellschaft weiterentwickeln.",
      description:
        "Die Stadt hat sich im bundesweiten Modellprojekt „Weltoffene Kommune“ erfolgreich als Modellkommune beworben; der Prozess wurde am 31. Mai 2021 mit einer Online-Auftaktveranstaltung eröffnet. " +
        "Bausteine sind ein Selbstcheck, ein Selbstcheck-Workshop, eine breit angelegte Dialogveranstaltung, Angebote für kommunale Entscheidungsträger und der Erfahrungsaustausch mit anderen Modellkommunen. " +
        "Das Modellprojekt wird von PHINEO und der Bertelsmann Stiftung mit Unterstützung der Bundesbeauftragten für Migration, Flüchtlinge und Integration durchgeführt.",
      kind: "administration",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["participation", "equality"],
      targetGroups: ["everyone", "associations", "public_administration"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      website: "https://www.weltoffene-kommune.de",
      hoursNote: "Kontakt über die Koordinierungsstelle für Migration und Teilhabe.",
      weekly: [],
      translations: {
        en: {
          name: "Model project “Cosmopolitan Municipality”",
          summary: "Wilhelmshaven is one of 40 model municipalities developing their integration and diversity policy together with local society.",
        },
        ar: {
          name: "المشروع النموذجي «البلدية المنفتحة على العالم»",
          summary: "فيلهلمسهافن واحدة من 40 بلدية نموذجية تطوّر سياستها في مجال الاندماج والتنوع بالتعاون مع مجتمع المدينة.",
        },
      },
    },
    {
      slug: "selbstcheck-workshop",
      name: "Selbstcheck-Workshop „Weltoffene Kommune“",
      summary: "Workshop, in dem Verwaltung und Stadtgesellschaft einschätzen, wie weit Wilhelmshaven auf dem Weg zur Weltoffenen Kommune ist.",
      description:
        "Mit Hilfe eines Selbstchecks wird eingeschätzt, wie weit Verwaltung und Stadtgesellschaft auf dem Weg zu einer Weltoffenen Kommune sind. " +
        "Im Selbstcheck-Workshop werden die Ergebnisse gemeinsam mit den Akteuren der Integrationsarbeit besprochen und Schritte zur Weiterentwicklung der Integrations- und Vielfaltpolitik vereinbart.",
      kind: "education",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["participation", "equality"],
      targetGroups: ["public_administration", "associations", "professionals"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      hoursNote: "Termine werden von der Koordinierungsstelle bekanntgegeben.",
      weekly: [],
    },
    {
      slug: "dialogveranstaltung-mitwirken",
      name: "Dialogveranstaltung: Mitwirken für Menschen mit Migrationsgeschichte",
      summary: "Wilhelmshavenerinnen und Wilhelmshavener mit Migrationshintergrund können sich für die Dialogveranstaltung bei der KMuT melden.",
      description:
        "In einer breit angelegten Dialogveranstaltung werden Migrantinnen und Migranten sowie alle relevanten Akteure der Integrationsarbeit in den Prozess „Weltoffene Kommune“ eingebunden. " +
        "Wer sich aktiv und kreativ einbringen möchte, meldet sich telefonisch oder per E-Mail bei der Koordinierungsstelle für Migration und Teilhabe. " +
        "Ein besonderer Fokus liegt auf der Beteiligung migrantischer Frauen.",
      kind: "volunteering",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["participation", "women", "equality"],
      targetGroups: ["newcomers", "everyone", "women"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      hoursNote: "Anmeldung zu den Öffnungszeiten der Koordinierungsstelle.",
      weekly: [],
      translations: {
        en: {
          name: "Dialogue event: get involved",
          summary: "Wilhelmshaven residents with a migration background can register with the coordination office to take part in the dialogue event.",
        },
        ar: {
          name: "فعالية الحوار: شارك معنا",
          summary: "يمكن لسكان فيلهلمسهافن من ذوي الخلفية المهاجرة التسجيل لدى مكتب التنسيق للمشاركة في فعالية الحوار.",
        },
      },
    },
    {
      slug: "angebote-entscheidungstraeger",
      name: "Angebote für kommunale Entscheidungsträgerinnen und Entscheidungsträger",
      summary: "Fortbildung und Erfahrungsaustausch mit anderen Modellkommunen für Politik und Verwaltungsspitze.",
      description:
        "Im Modellprojekt „Weltoffene Kommune“ gibt es eigene Angebote für kommunale Entscheidungsträgerinnen und Entscheidungsträger. " +
        "Dazu gehört der Erfahrungsaustausch mit den anderen Modellkommunen.",
      kind: "education",
      organisation: "stadt-whv",
      topics: ["participation", "equality"],
      targetGroups: ["public_administration"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      weekly: [],
    },
    {
      slug: "interkulturelle-woche",
      name: "Interkulturelle Woche Wilhelmshaven",
      summary: "Jährliches Veranstaltungsprogramm zu Vielfalt und Zusammenleben; 2023 vom 18. September bis 24. November.",
      description:
        "Zur Interkulturellen Woche stellt Wilhelmshaven jedes Jahr ein Programm mit Veranstaltungen von Vereinen, Trägern und Stadt zusammen. " +
        "2023 lief das Programm vom 18. September bis 24. November. Das Programmheft ist im Migrationsbüro erhältlich.",
      kind: "culture",
      organisation: "stadt-whv",
      location: "migrationsbuero",
      topics: ["culture", "participation"],
      targetGroups: ["everyone", "associations"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      hoursNote: "Veranstaltungen jährlich im Herbst; Termine im Programmheft.",
      weekly: [],
      exceptions: [{ day: "2026-09-26", opens: minutes("10:00"), closes: minutes("14:00"), note: "Aktionstag mit Informationsstand im Migrationsbüro" }],
      translations: {
        en: {
          name: "Intercultural Week in Wilhelmshaven",
          summary: "Annual programme of events on diversity and living together; in 2023 it ran from 18 September to 24 November.",
        },
        ar: {
          name: "الأسبوع بين الثقافات في فيلهلمسهافن",
          summary: "برنامج فعاليات سنوي حول التنوع والعيش المشترك؛ امتد في عام 2023 من 18 أيلول/سبتمبر حتى 24 تشرين الثاني/نوفمبر.",
        },
      },
    },
    {
      slug: "handlungskonzept-integration",
      name: "Handlungskonzept Integration 2020–2025",
      summary: "Ziele und Maßnahmen für den kommunalen Integrationsprozess, vom Rat am 29.04.2020 beschlossen.",
      description:
        "Die Fortschreibung des Handlungskonzeptes Integration der Stadt Wilhelmshaven für die Jahre 2020–2025 wurde am 29.04.2020 im Rat der Stadt beschlossen. " +
        "Es bietet einen umfassenden Blick auf Integration und Zuwanderung vor Ort mit Zielen und Maßnahmen für das Gelingen des kommunalen Integrationsprozesses.",
      kind: "administration",
      organisation: "stadt-whv",
      topics: ["participation"],
      targetGroups: ["everyone", "public_administration", "associations"],
      languages: langs("de"),
      email: WHV_MAIL,
      weekly: [],
    },
    {
      slug: "beteiligung-migrantischer-frauen",
      name: "Beteiligung migrantischer Frauen",
      summary: "Die städtische Gleichstellungsbeauftragte arbeitet im Modellprojekt „Weltoffene Kommune“ für die Einbindung migrantischer Frauen mit.",
      description:
        "Um den Fokus auf die Einbindung und Beteiligung von migrantischen Frauen zu legen, arbeitet die Gleichstellungsbeauftragte der Stadt von Anfang an im Modellprojekt mit. " +
        "Frauen mit Migrationsgeschichte sind ausdrücklich eingeladen, sich an der Dialogveranstaltung zu beteiligen.",
      kind: "women",
      organisation: "stadt-whv",
      topics: ["women", "equality", "participation"],
      targetGroups: ["women"],
      languages: langs("de"),
      phone: "04421 7495611",
      email: WHV_MAIL,
      weekly: [],
      translations: {
        en: {
          name: "Involving migrant women",
          summary: "The city's equal opportunities officer works on the “Cosmopolitan Municipality” project to involve migrant women.",
        },
        ar: {
          name: "إشراك النساء المهاجرات",
          summary: "تعمل مفوضة المساواة في المدينة ضمن مشروع «البلدية المنفتحة على العالم» على إشراك النساء المهاجرات.",
        },
      },
    },
    {
      slug: "auslaenderamt",
      name: "Ausländerbehörde der Stadt Wilhelmshaven",
      summary: "Aufenthaltstitel, Einbürgerung und Beratung in ausländerrechtlichen Fragen für Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit.",
      description:
        "Die Ausländerbehörde ist für die ausländerrechtlichen Angelegenheiten aller Einwohnerinnen und Einwohner zuständig, die nicht die deutsche Staatsangehörigkeit besitzen und ihren ersten Wohnsitz in Wilhelmshaven haben. " +
        "Dazu gehören die Erteilung von Aufenthaltstiteln, die Beratung bei ausländerrechtlichen Fragen, Terminvergaben und Einbürgerungen.",
      kind: "administration",
      organisation: "stadt-whv",
      location: "auslaenderamt",
      topics: ["residence_law", "arrival"],
      targetGroups: ["newcomers", "refugees", "eu_citizens"],
      languages: langs("de"),
      phone: "04421 16-3240",
      hoursNote: "Mittwochs geschlossen. Für viele Anliegen ist ein Termin erforderlich.",
      // Published Sprechzeiten of the Ausländeramt.
      weekly: [...at(["mo", "di", "fr"], "08:00", "12:30"), ...at(["di"], "14:00", "16:00"), ...at(["do"], "08:00", "17:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Immigration Office of the City of Wilhelmshaven",
          summary: "Residence permits, naturalisation and advice on residence law for residents without German citizenship.",
        },
        ar: {
          name: "دائرة شؤون الأجانب في مدينة فيلهلمسهافن",
          summary: "تصاريح الإقامة والتجنيس والاستشارة في مسائل قانون الإقامة للسكان الذين لا يحملون الجنسية الألمانية.",
        },
      },
    },
  ],
};

// ---------------------------------------------------------------------------
// Landkreis Wesermarsch (seed 002)
// ---------------------------------------------------------------------------

const wesermarsch: DemoTenant = {
  slug: "wesermarsch",
  kind: "district",
  name: "Landkreis Wesermarsch",
  intro:
    "Die Koordinierungsstelle für Migration und Teilhabe im Landkreis Wesermarsch wird vom Landkreis gefördert, der die Koordinierungsaufgabe dem Refugium Wesermarsch e.V. übertragen hat. " +
    "Sie steuert die kommunalen Integrationsaufgaben, entwickelt verbindliche Strukturen für die Teilhabe von Zugewanderten und verankert das Thema Integration in der Öffentlichkeit. " +
    "Die Koordinierungsstelle ist keine Beratungsstelle.",
  introTranslations: {
    en:
      "The coordination office for migration and participation in the district of Wesermarsch is funded by the district, which has entrusted the coordination task to Refugium Wesermarsch e.V. " +
      "It steers local integration tasks, develops binding structures for the participation of immigrants and anchors the topic of integration in public life. " +
      "The coordination office is not a counselling service.",
    ar:
      "تموّل دائرة فيزرمارش مكتبَ تنسيق الهجرة والمشاركة فيها، وقد أوكلت مهمة التنسيق إلى جمعية Refugium Wesermarsch e.V. " +
      "يوجّه المكتب مهام الاندماج المحلية، ويطوّر هياكل ملزمة لمشاركة المهاجرين، ويرسّخ موضوع الاندماج في الحياة العامة. " +
      "مكتب التنسيق ليس مركزاً للاستشارات.",
    fa:
      "دفتر هماهنگی مهاجرت و مشارکت در بخش وزرمارش از سوی همین بخش تأمین مالی می‌شود که وظیفهٔ هماهنگی را به انجمن Refugium Wesermarsch e.V. سپرده است. " +
      "این دفتر وظایف ادغام در سطح محلی را هدایت می‌کند، ساختارهای الزام‌آور برای مشارکت مهاجران ایجاد می‌کند و موضوع ادغام را در عرصهٔ عمومی جا می‌اندازد. " +
      "دفتر هماهنگی مرکز مشاوره نیست.",
    tr:
      "Wesermarsch ilçesindeki Göç ve Katılım Koordinasyon Ofisi, koordinasyon görevini Refugium Wesermarsch e.V. derneğine devreden ilçe tarafından finanse edilir. " +
      "Ofis, yerel uyum görevlerini yönlendirir, göçmenlerin katılımı için bağlayıcı yapılar geliştirir ve uyum konusunu kamuoyunda yerleştirir. " +
      "Koordinasyon ofisi bir danışma merkezi değildir.",
    uk:
      "Координаційний офіс з питань міграції та участі в районі Везермарш фінансується районом, який доручив завдання координації організації Refugium Wesermarsch e.V. " +
      "Офіс керує виконанням місцевих інтеграційних завдань, розбудовує обов'язкові структури для участі іммігрантів і утверджує тему інтеграції в суспільному житті. " +
      "Координаційний офіс не є консультаційним центром.",
    ru:
      "Координационное бюро по вопросам миграции и участия в районе Везермарш финансируется районом, который передал задачу координации объединению Refugium Wesermarsch e.V. " +
      "Бюро управляет местными задачами интеграции, создаёт обязательные структуры для участия иммигрантов и закрепляет тему интеграции в общественной жизни. " +
      "Координационное бюро не является консультационной службой.",
  },
  towns: [
    { slug: "brake-unterweser", name: "Brake (Unterweser)", kind: "city" },
    { slug: "elsfleth", name: "Elsfleth", kind: "city" },
    { slug: "nordenham", name: "Nordenham", kind: "city" },
    { slug: "berne", name: "Berne", kind: "municipality" },
    { slug: "butjadingen", name: "Butjadingen", kind: "municipality" },
    { slug: "jade", name: "Jade", kind: "municipality" },
    { slug: "lemwerder", name: "Lemwerder", kind: "municipality" },
    { slug: "ovelgoenne", name: "Ovelgönne", kind: "municipality" },
    { slug: "stadland", name: "Stadland", kind: "municipality" },
  ],
  organisations: [
    {
      key: "refugium",
      name: "Refugium Wesermarsch e.V. – Verein für interkulturelle Arbeit",
      kind: "association",
      website: "https://www.refugium-wesermarsch.de",
      locations: [
        {
          key: "refugium-brake",
          label: "Refugium Wesermarsch, Hauptsitz",
          street: "Grüne Straße 5",
          postcode: "26919",
          city: "Brake (Unterweser)",
          town: "brake-unterweser",
          lat: 53.3317,
          lng: 8.48,
          barrierFree: "unknown",
        },
        {
          // Office in the Stadtteiltreff Einswarden, known from an older public source; to be confirmed.
          key: "refugium-nordenham",
          label: "Refugium Wesermarsch, Büro Nordenham-Einswarden",
          street: "Friesenstraße 13",
          postcode: "26954",
          city: "Nordenham",
          town: "nordenham",
          lat: 53.507,
          lng: 8.497,
          barrierFree: "no",
        },
      ],
    },
  ],
  services: [
    {
      slug: "koordinierungsstelle-migration-teilhabe",
      name: "Koordinierungsstelle für Migration und Teilhabe im Landkreis Wesermarsch",
      summary: "Steuert die kommunalen Integrationsaufgaben im Landkreis und vernetzt die Träger der Integrationsarbeit – keine Beratungsstelle.",
      description:
        "Der Landkreis Wesermarsch fördert die Koordinierungsstelle und hat die Koordinierungsaufgabe an das Refugium Wesermarsch e.V. übertragen. " +
        "Zu ihren Aufgaben gehören Bestandsaufnahme und Analyse der Bedarfe, die Weiterentwicklung des lokalen Handlungskonzeptes, die Bündelung kommunaler Integrationsaufgaben und der Aufbau kooperativer Strukturen mit den Trägern der Integrationsarbeit. " +
        "Die Koordinierungsstelle ist keine Beratungsstelle: Für persönliche Beratung wenden Sie sich bitte an die Migrationsberatung oder die Flüchtlingssozialarbeit.",
      kind: "coordination",
      organisation: "refugium",
      location: "refugium-brake",
      topics: ["participation", "volunteering", "education"],
      targetGroups: ["associations", "professionals", "public_administration", "volunteers"],
      languages: langs("de"),
      phone: "04401 829 1212",
      // Role address replacing the personal address published in the seed.
      email: "koordinierung@refugium-wesermarsch.de",
      // The seed publishes this mobile number as a contact of the office; it stays.
      hoursNote: "Auch mobil erreichbar: 0176 4320 8303. Keine Beratungsstelle.",
      weekly: [...at(MO_DO, "09:00", "12:00"), ...at(["di", "do"], "14:00", "16:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Coordination Office for Migration and Participation in the District of Wesermarsch",
          summary: "Steers local integration tasks in the district and connects the organisations working on integration – not a counselling service.",
        },
        ar: {
          name: "مكتب تنسيق الهجرة والمشاركة في دائرة فيزرمارش",
          summary: "يوجّه مهام الاندماج المحلية في الدائرة ويربط بين الجهات العاملة في مجال الاندماج – وليس مركزاً للاستشارات.",
        },
        fa: {
          name: "دفتر هماهنگی مهاجرت و مشارکت در بخش وزرمارش",
          summary: "وظایف ادغام محلی در این بخش را هدایت می‌کند و نهادهای فعال در حوزهٔ ادغام را به هم پیوند می‌دهد – مرکز مشاوره نیست.",
        },
        tr: {
          name: "Wesermarsch İlçesi Göç ve Katılım Koordinasyon Ofisi",
          summary: "İlçedeki yerel uyum görevlerini yönlendirir ve uyum alanında çalışan kurumları bir araya getirir – danışma merkezi değildir.",
        },
        uk: {
          name: "Координаційний офіс з питань міграції та участі в районі Везермарш",
          summary: "Керує місцевими інтеграційними завданнями в районі та об'єднує організації, що працюють у сфері інтеграції, — не є консультаційним центром.",
        },
        ru: {
          name: "Координационное бюро по вопросам миграции и участия в районе Везермарш",
          summary: "Управляет местными задачами интеграции в районе и объединяет организации, работающие в сфере интеграции, — не является консультационной службой.",
        },
      },
    },
    {
      slug: "fluechtlingssozialarbeit",
      name: "Flüchtlingssozialarbeit",
      summary: "Unterstützung für Geflüchtete im Alltag, bei Behörden und beim Ankommen in der Wesermarsch.",
      description:
        "Die Flüchtlingssozialarbeit des Refugium Wesermarsch begleitet geflüchtete Menschen beim Ankommen im Landkreis. " +
        "Sie hilft bei Anträgen und Behördenkontakten, bei der Wohnungssuche und beim Zugang zu Sprachkursen und vermittelt an Fachstellen weiter.",
      kind: "refugee_support",
      organisation: "refugium",
      location: "refugium-nordenham",
      topics: ["arrival", "social_benefits", "housing", "language"],
      targetGroups: ["refugees", "families"],
      languages: langs("de", "en"),
      phone: "04731 9207889",
      email: "flueso@refugium-wesermarsch.de",
      // The seed publishes this mobile number as a contact of the office; it stays.
      hoursNote: "Auch mobil erreichbar: 0179 4613 127.",
      weekly: [...at(["mo", "mi"], "09:00", "12:00"), ...at(["do"], "14:00", "17:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Refugee social work",
          summary: "Support for refugees in everyday life, with authorities and in settling in the Wesermarsch.",
        },
        ar: {
          name: "العمل الاجتماعي مع اللاجئين",
          summary: "دعم اللاجئين في الحياة اليومية وفي التعامل مع الدوائر الرسمية وفي الاستقرار في منطقة فيزرمارش.",
        },
      },
    },
    {
      slug: "migrationsberatung-refugium",
      name: "Migrationsberatung des Refugium Wesermarsch",
      summary: "Beratung und Hilfestellung für Migrantinnen und Migranten zu Aufenthalt, Behörden, Arbeit und Alltag.",
      description:
        "Das Refugium Wesermarsch leistet seit 1984 Migrationsarbeit im Landkreis. " +
        "In der Migrationsberatung in Brake erhalten Zugewanderte Beratung und Hilfestellung in den verschiedensten Lebensbereichen – vom Aufenthaltsrecht über Arbeit und Wohnen bis zu Schule und Kindergarten.",
      kind: "migration_counselling",
      organisation: "refugium",
      location: "refugium-brake",
      topics: ["residence_law", "work", "housing", "social_benefits", "arrival"],
      targetGroups: ["newcomers", "refugees", "eu_citizens", "families"],
      languages: langs("de", "en", "ar", "tr"),
      hoursNote: "Offene Sprechstunde; weitere Termine nach Vereinbarung.",
      weekly: [...at(["di", "do"], "09:00", "12:00"), ...at(["do"], "14:00", "16:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Migration counselling at Refugium Wesermarsch",
          summary: "Advice and assistance for migrants on residence, authorities, work and everyday life.",
        },
        ar: {
          name: "استشارات الهجرة لدى جمعية Refugium Wesermarsch",
          summary: "استشارات ومساعدة للمهاجرين في مسائل الإقامة والدوائر الرسمية والعمل والحياة اليومية.",
        },
      },
    },
    {
      slug: "sprachmittlung",
      name: "Sprachmittlung und Dolmetschereinsätze",
      summary: "Das Refugium koordiniert Einsätze von Sprachmittlerinnen und Sprachmittlern, zum Beispiel für Arzt- und Behördentermine.",
      description:
        "Neben Sprachkursen setzt das Refugium auf die Verständigung mit Hilfe von Sprachmittlerinnen und Sprachmittlern. " +
        "Die Einsätze werden zentral in Brake koordiniert; angefragt werden können sie für Termine bei Ärzten, Behörden, Schulen und Kindergärten.",
      kind: "language_mediation",
      organisation: "refugium",
      location: "refugium-brake",
      topics: ["language", "health", "arrival"],
      targetGroups: ["refugees", "newcomers", "public_administration"],
      languages: langs("ar", "fa", "ku", "tr", "ru", "de"),
      appointmentOnly: true,
      hoursNote: "Einsätze nur nach Anfrage und Terminvereinbarung.",
      weekly: at(MO_FR, "09:00", "12:00"),
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Language mediation and interpreting assignments",
          summary: "Refugium coordinates assignments of language mediators, for example for appointments with doctors and authorities.",
        },
        ar: {
          name: "الوساطة اللغوية ومهام الترجمة الشفوية",
          summary: "تنسّق جمعية Refugium مهام الوسطاء اللغويين، مثلاً لمواعيد الأطباء والدوائر الرسمية.",
        },
        fa: {
          name: "میانجی‌گری زبانی و اعزام مترجم شفاهی",
          summary: "انجمن Refugium اعزام میانجی‌های زبانی را هماهنگ می‌کند، برای مثال برای وقت پزشک یا مراجعه به ادارات.",
        },
        tr: {
          name: "Dil aracılığı ve tercümanlık görevlendirmeleri",
          summary: "Refugium, örneğin doktor ve resmi daire randevuları için dil aracılarının görevlendirilmesini koordine eder.",
        },
        uk: {
          name: "Мовне посередництво та послуги усних перекладачів",
          summary: "Refugium координує залучення мовних посередників, наприклад для візитів до лікаря чи державних установ.",
        },
        ru: {
          name: "Языковое посредничество и услуги устных переводчиков",
          summary: "Refugium координирует привлечение языковых посредников, например для визитов к врачу или в государственные учреждения.",
        },
      },
    },
    {
      slug: "gebrauchtmoebelhaus",
      name: "Gebrauchtmöbelhaus",
      summary: "Gut erhaltene gebrauchte Möbel und praktische Hilfen rund ums Wohnen für alle Bedürftigen.",
      description:
        "Das Gebrauchtmöbelhaus des Refugium Wesermarsch stattet Wohnungen von Geflüchteten und anderen bedürftigen Menschen mit gespendeten Möbeln aus. " +
        "Gut erhaltene Möbel, Elektrogeräte und Kinderbetten werden als Spende angenommen.",
      kind: "housing",
      organisation: "refugium",
      location: "refugium-brake",
      topics: ["housing", "social_benefits"],
      targetGroups: ["refugees", "families", "everyone"],
      languages: langs("de"),
      weekly: [...at(["di", "do"], "14:00", "17:00"), ...at(["sa"], "09:00", "12:00")],
      exceptions: YEAR_END,
    },
    {
      slug: "ehrenamtliche-begleitung",
      name: "Ehrenamtliche Patenschaften und Begleitung",
      summary: "Ehrenamtliche begleiten Geflüchtete zu Terminen, helfen bei Anträgen und unterstützen beim Deutschlernen.",
      description:
        "Ehrenamtliche Patinnen und Paten begleiten geflüchtete Menschen zum Arzt, helfen bei der Anmeldung in Schule und Kindergarten und füllen gemeinsam Anträge aus. " +
        "Das Refugium sucht laufend Menschen, die sich engagieren möchten, etwa als Patin oder Pate oder in Sprachkursen.",
      kind: "volunteering",
      organisation: "refugium",
      location: "refugium-brake",
      topics: ["volunteering", "language", "arrival"],
      targetGroups: ["volunteers", "refugees"],
      languages: langs("de"),
      email: "koordinierung@refugium-wesermarsch.de",
      weekly: [],
      translations: {
        en: {
          name: "Volunteering: mentoring and support",
          summary: "Volunteers accompany refugees to appointments, help with applications and support German learning.",
        },
        ar: {
          name: "التطوع: الرعاية والمرافقة",
          summary: "يرافق المتطوعون اللاجئين إلى المواعيد، ويساعدون في تعبئة الطلبات، ويدعمون تعلّم اللغة الألمانية.",
        },
      },
    },
    {
      slug: "netzwerk-fortbildungen",
      name: "Netzwerk, Projekte und Fortbildungen für die Integrationsarbeit",
      summary: "Die Koordinierungsstelle koordiniert Projekte, Veranstaltungen und Fortbildungen mit den Trägern der Integrationsarbeit.",
      description:
        "Die Koordinierungsstelle baut kooperative Strukturen mit den Trägern der Integrationsarbeit auf und pflegt sie. " +
        "Sie ist Impulsgeberin für Maßnahmen und Projekte und koordiniert Projekte, Veranstaltungen, Fortbildungen und Maßnahmen im Landkreis.",
      kind: "education",
      organisation: "refugium",
      location: "refugium-brake",
      topics: ["participation", "education", "volunteering"],
      targetGroups: ["professionals", "volunteers", "associations"],
      languages: langs("de"),
      phone: "04401 829 1212",
      email: "koordinierung@refugium-wesermarsch.de",
      weekly: [],
    },
    {
      slug: "integrationsbericht-handlungskonzept",
      name: "Integrationsbericht und lokales Handlungskonzept",
      summary: "Bestandsaufnahme der Bedarfe und Fortschreibung des Handlungskonzepts für die Teilhabe von Zugewanderten im Landkreis.",
      description:
        "Die Koordinierungsstelle erstellt eine Bestandsaufnahme und Analyse der Bedarfe. " +
        "Auf dieser Grundlage wird das lokale Handlungskonzept im Rahmen der Fortschreibung des Integrationsberichtes weiterentwickelt.",
      kind: "administration",
      organisation: "refugium",
      topics: ["participation"],
      targetGroups: ["public_administration", "associations", "everyone"],
      languages: langs("de"),
      email: "koordinierung@refugium-wesermarsch.de",
      weekly: [],
    },
  ],
};

// ---------------------------------------------------------------------------
// Landkreis Emsland (seed 003)
// ---------------------------------------------------------------------------

interface EmslandTown {
  slug: string;
  name: string;
  kind: DemoTown["kind"];
  /** Street of the town hall; "Rathaus" where the street could not be confirmed. */
  street: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  barrierFree: BarrierFree;
  /** Example Sprechstunden of the Migrationsberatung (the seed names none). */
  weekly: WeeklySlot[];
  languages: string[];
  appointmentOnly?: boolean;
  /** Whether the Migrationsberatung entry gets en/ar translations. */
  translate: boolean;
}

const EMSLAND_TOWNS: EmslandTown[] = [
  // Städte
  {
    slug: "haren-ems", name: "Haren (Ems)", kind: "city", street: "Neuer Markt 1", postcode: "49733", city: "Haren (Ems)",
    lat: 52.7935, lng: 7.2405, barrierFree: "yes", weekly: [...at(["di"], "09:00", "12:00"), ...at(["do"], "14:00", "16:00")],
    languages: langs("de", "ar", "ru"), translate: true,
  },
  {
    slug: "haseluenne", name: "Haselünne", kind: "city", street: "Markt 1", postcode: "49740", city: "Haselünne",
    lat: 52.6724, lng: 7.4846, barrierFree: "unknown", weekly: at(["mi"], "09:00", "12:00"),
    languages: langs("de", "ar"), translate: true,
  },
  {
    slug: "lingen-ems", name: "Lingen (Ems)", kind: "city", street: "Elisabethstraße 14–16", postcode: "49808", city: "Lingen (Ems)",
    lat: 52.5225, lng: 7.317, barrierFree: "yes",
    weekly: [...at(MO_DO, "09:00", "12:00"), ...at(["di"], "14:00", "16:00"), ...at(["do"], "14:00", "17:00")],
    languages: langs("de", "en", "ar", "ru", "pl", "ro", "bg"), translate: true,
  },
  {
    slug: "meppen", name: "Meppen", kind: "city", street: "Markt 43", postcode: "49716", city: "Meppen",
    lat: 52.6917, lng: 7.296, barrierFree: "yes", weekly: [...at(["mo", "mi"], "09:00", "12:00"), ...at(["do"], "14:00", "17:00")],
    languages: langs("de", "en", "ar", "ru"), translate: true,
  },
  {
    slug: "papenburg", name: "Papenburg", kind: "city", street: "Rathausstraße 2", postcode: "26871", city: "Papenburg",
    lat: 53.0778, lng: 7.396, barrierFree: "yes", weekly: [...at(["mo", "di", "do"], "08:30", "12:00"), ...at(["di"], "14:00", "16:00")],
    languages: langs("de", "ar", "ru", "ro", "bg"), translate: true,
  },
  // Gemeinden
  {
    // The administration moved into a new building in 2019; its street is not confirmed here.
    slug: "emsbueren", name: "Emsbüren", kind: "municipality", street: "Rathaus", postcode: "48488", city: "Emsbüren",
    lat: 52.3945, lng: 7.292, barrierFree: "unknown", weekly: at(["mi"], "14:00", "16:00"),
    languages: langs("de"), translate: true,
  },
  {
    slug: "geeste", name: "Geeste", kind: "municipality", street: "Am Rathaus 3", postcode: "49744", city: "Geeste",
    lat: 52.596, lng: 7.27, barrierFree: "yes", weekly: at(["do"], "09:00", "11:30"),
    languages: langs("de", "ru"), translate: true,
  },
  {
    slug: "rhede-ems", name: "Rhede (Ems)", kind: "municipality", street: "Gerhardyweg 1", postcode: "26899", city: "Rhede (Ems)",
    lat: 53.059, lng: 7.27, barrierFree: "unknown", weekly: at(["fr"], "09:00", "11:00"),
    languages: langs("de"), appointmentOnly: true, translate: true,
  },
  {
    slug: "salzbergen", name: "Salzbergen", kind: "municipality", street: "Franz-Schratz-Straße 12", postcode: "48499", city: "Salzbergen",
    lat: 52.327, lng: 7.349, barrierFree: "yes", weekly: at(["di"], "14:00", "16:30"),
    languages: langs("de", "ar"), translate: true,
  },
  {
    slug: "twist", name: "Twist", kind: "municipality", street: "Flensbergstraße 7", postcode: "49767", city: "Twist",
    lat: 52.633, lng: 7.062, barrierFree: "unknown", weekly: at(["mo"], "09:00", "12:00"),
    languages: langs("de", "pl"), translate: true,
  },
  // Samtgemeinden
  {
    slug: "doerpen", name: "Dörpen", kind: "joint_municipality", street: "Hauptstraße 25", postcode: "26892", city: "Dörpen",
    lat: 52.959, lng: 7.328, barrierFree: "yes", weekly: at(["di"], "09:00", "12:00"),
    languages: langs("de", "ro", "bg"), translate: false,
  },
  {
    slug: "freren", name: "Freren", kind: "joint_municipality", street: "Markt 1", postcode: "49832", city: "Freren",
    lat: 52.4865, lng: 7.543, barrierFree: "unknown", weekly: at(["mi"], "09:00", "11:00"),
    languages: langs("de"), translate: false,
  },
  {
    slug: "herzlake", name: "Herzlake", kind: "joint_municipality", street: "Neuer Markt 4", postcode: "49770", city: "Herzlake",
    lat: 52.687, lng: 7.601, barrierFree: "unknown", weekly: at(["do"], "09:00", "11:00"),
    languages: langs("de"), translate: false,
  },
  {
    slug: "lathen", name: "Lathen", kind: "joint_municipality", street: "Große Straße 3", postcode: "49762", city: "Lathen",
    lat: 52.8675, lng: 7.3205, barrierFree: "yes", weekly: [...at(["mo"], "14:00", "16:00"), ...at(["mi"], "09:00", "11:00")],
    languages: langs("de", "ru"), translate: false,
  },
  {
    slug: "lengerich", name: "Lengerich", kind: "joint_municipality", street: "Mittelstraße 15", postcode: "49838", city: "Lengerich",
    lat: 52.553, lng: 7.5275, barrierFree: "unknown", weekly: at(["fr"], "09:00", "11:00"),
    languages: langs("de"), translate: false,
  },
  {
    slug: "nordhuemmling", name: "Nordhümmling", kind: "joint_municipality", street: "Poststraße 13", postcode: "26897", city: "Esterwegen",
    lat: 52.9935, lng: 7.633, barrierFree: "unknown", weekly: at(["di"], "14:00", "16:00"),
    languages: langs("de", "ar"), translate: false,
  },
  {
    slug: "soegel", name: "Sögel", kind: "joint_municipality", street: "Ludmillenhof", postcode: "49751", city: "Sögel",
    lat: 52.8445, lng: 7.523, barrierFree: "no", weekly: [...at(["mo"], "09:00", "12:00"), ...at(["do"], "14:00", "16:00")],
    languages: langs("de", "ru", "ar"), translate: false,
  },
  {
    slug: "spelle", name: "Spelle", kind: "joint_municipality", street: "Hauptstraße 43", postcode: "48480", city: "Spelle",
    lat: 52.368, lng: 7.466, barrierFree: "yes", weekly: at(["mi"], "14:00", "16:00"),
    languages: langs("de", "pl"), translate: false,
  },
  {
    // Street of the Samtgemeinde town hall not confirmed here.
    slug: "werlte", name: "Werlte", kind: "joint_municipality", street: "Rathaus", postcode: "49757", city: "Werlte",
    lat: 52.8525, lng: 7.677, barrierFree: "unknown", weekly: at(["di"], "09:00", "12:00"),
    languages: langs("de", "ru"), translate: false,
  },
];

const TOWN_PREFIX: Record<DemoTown["kind"], string> = { city: "Stadt", municipality: "Gemeinde", joint_municipality: "Samtgemeinde" };

function emslandLocation(t: EmslandTown): DemoLocation {
  const loc: DemoLocation = {
    key: `rathaus-${t.slug}`,
    street: t.street,
    postcode: t.postcode,
    city: t.city,
    town: t.slug,
    lat: t.lat,
    lng: t.lng,
    barrierFree: t.barrierFree,
  };
  // Where only "Rathaus" is known, the street already says it.
  if (t.street !== "Rathaus") loc.label = `Rathaus der ${TOWN_PREFIX[t.kind]} ${t.name}`;
  return loc;
}

function emslandMigrationsberatung(t: EmslandTown): DemoService {
  const of = `der ${TOWN_PREFIX[t.kind]} ${t.name}`;
  const service: DemoService = {
    slug: `migrationsberatung-${t.slug}`,
    name: `Migrationsberatung ${TOWN_PREFIX[t.kind]} ${t.name}`,
    summary: `Sprechstunde der hauptamtlichen Migrationsberatung im Rathaus ${of}.`,
    description:
      `Die hauptamtliche Migrationsberatung ist mit einer regelmäßigen Sprechstunde im Rathaus ${of} vertreten. ` +
      "Beraten wird zu Aufenthalt, Sprachkursen, Arbeit, Wohnen, Familie und Behördenschreiben; bei Bedarf wird an Fachstellen weitervermittelt. " +
      "Die Beratung ist kostenlos, wird von Bund, Land und Landkreis gefördert und arbeitet eng mit Ehrenamtlichen zusammen.",
    kind: "migration_counselling",
    organisation: "migrationsberatung-emsland",
    location: `rathaus-${t.slug}`,
    topics: ["arrival", "residence_law", "language", "work", "housing", "social_benefits"],
    targetGroups: ["newcomers", "refugees", "eu_citizens", "families"],
    languages: t.languages,
    appointmentOnly: t.appointmentOnly ?? false,
    hoursNote: t.appointmentOnly
      ? "Nur nach vorheriger Terminvereinbarung über die Fachstelle Integration."
      : "Termine außerhalb der Sprechstunde nach Vereinbarung.",
    weekly: t.weekly,
    exceptions: YEAR_END,
  };
  if (t.translate) {
    service.translations = {
      en: {
        name: `Migration counselling – ${t.name}`,
        summary: `Office hours of the professional migration counselling service at the town hall in ${t.name}.`,
      },
      ar: {
        name: `استشارات الهجرة – ${t.name}`,
        summary: `ساعات استقبال خدمة استشارات الهجرة المهنية في مبنى البلدية في ${t.name}.`,
      },
    };
  }
  return service;
}

/** Role address replacing the personal address published in the seed. */
const EL_MAIL = "integration@emsland.de";

const emsland: DemoTenant = {
  slug: "emsland",
  kind: "district",
  name: "Landkreis Emsland",
  intro:
    "Integration geschieht vor Ort – in der Nachbarschaft, im Sportverein oder in der Kirchengemeinde. " +
    "Innerhalb der Fachstelle Integration begleitet die seit 2014 vom Land Niedersachsen kofinanzierte Koordinierungsstelle Migration und Teilhabe diesen Prozess gemeinsam mit den emsländischen Kommunen. " +
    "In allen Städten, Gemeinden und Samtgemeinden gibt es Standorte oder Sprechstunden der hauptamtlichen Migrationsberatung.",
  introTranslations: {
    en:
      "Integration happens locally – in the neighbourhood, in the sports club or in the parish. " +
      "Within the Integration Unit (Fachstelle Integration), the coordination office for migration and participation, co-funded by the State of Lower Saxony since 2014, supports this process together with the municipalities of the Emsland. " +
      "Professional migration counselling is available in every town and municipality of the district, either at a permanent office or during regular office hours.",
    ar:
      "يحدث الاندماج على المستوى المحلي: في الحي، وفي النادي الرياضي، وفي الرعية الكنسية. " +
      "وضمن الوحدة المختصة بالاندماج، يرافق مكتبُ تنسيق الهجرة والمشاركة، الذي تشارك ولاية سكسونيا السفلى في تمويله منذ عام 2014، هذه العملية بالتعاون مع بلديات إمسلاند. " +
      "وتتوفر استشارات الهجرة المهنية في جميع مدن الدائرة وبلدياتها، إما في مقرات ثابتة أو خلال ساعات استقبال منتظمة.",
    fa:
      "ادغام در محل اتفاق می‌افتد؛ در محله، در باشگاه ورزشی یا در جامعهٔ کلیسایی. " +
      "در چارچوب واحد تخصصی ادغام، دفتر هماهنگی مهاجرت و مشارکت که از سال 2014 با مشارکت مالی ایالت نیدرزاکسن فعالیت می‌کند، این روند را همراه با شهرداری‌های امسلند پیش می‌برد. " +
      "در همهٔ شهرها و شهرداری‌های این بخش، مشاورهٔ حرفه‌ای مهاجرت در دفتر ثابت یا در ساعات مشاورهٔ منظم ارائه می‌شود.",
    tr:
      "Uyum yerel düzeyde gerçekleşir: mahallede, spor kulübünde ya da kilise cemaatinde. " +
      "Uyum Birimi (Fachstelle Integration) bünyesinde, 2014'ten bu yana Aşağı Saksonya Eyaleti tarafından ortak finanse edilen Göç ve Katılım Koordinasyon Ofisi, bu süreci Emsland belediyeleriyle birlikte yürütür. " +
      "İlçedeki tüm şehir ve belediyelerde profesyonel göç danışmanlığı, sabit ofislerde veya düzenli danışma saatlerinde sunulmaktadır.",
    uk:
      "Інтеграція відбувається на місцях — у сусідстві, у спортивному клубі чи в церковній громаді. " +
      "У складі Фахового відділу з питань інтеграції координаційний офіс з питань міграції та участі, який з 2014 року співфінансує земля Нижня Саксонія, супроводжує цей процес разом із громадами Емсланду. " +
      "Професійне міграційне консультування доступне в усіх містах і громадах району — в постійних офісах або під час регулярних консультаційних годин.",
    ru:
      "Интеграция происходит на местах — в соседстве, в спортивном клубе или в церковной общине. " +
      "В составе Отдела по вопросам интеграции координационное бюро по вопросам миграции и участия, которое с 2014 года софинансирует земля Нижняя Саксония, сопровождает этот процесс вместе с общинами Эмсланда. " +
      "Профессиональные миграционные консультации доступны во всех городах и общинах района — в постоянных пунктах или в часы регулярного приёма.",
  },
  towns: EMSLAND_TOWNS.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind })),
  organisations: [
    {
      key: "landkreis-emsland",
      name: "Landkreis Emsland – Fachstelle Integration",
      kind: "public_authority",
      website: "https://www.emsland.de",
      locations: [
        {
          key: "kreishaus",
          label: "Kreishaus",
          street: "Ordeniederung 1",
          postcode: "49716",
          city: "Meppen",
          town: "meppen",
          lat: 52.6935,
          lng: 7.2905,
          barrierFree: "yes",
        },
      ],
    },
    {
      key: "migrationsberatung-emsland",
      name: "Hauptamtliche Migrationsberatung im Emsland",
      kind: "welfare_organisation",
      locations: EMSLAND_TOWNS.map(emslandLocation),
    },
    {
      key: "jmd-emsland",
      name: "Jugendmigrationsdienst im Emsland",
      kind: "welfare_organisation",
      locations: [],
    },
    {
      key: "bildungstraeger-emsland",
      name: "Bildungsträger der Sprachförderung im Emsland",
      kind: "education_provider",
      locations: [],
    },
    {
      key: "fluechtlingssozialarbeit-emsland",
      name: "Flüchtlingssozialarbeit im Emsland (SKM Lingen, SKM Meppen, DRK Emsland)",
      kind: "welfare_organisation",
      locations: [],
    },
  ],
  services: [
    {
      slug: "koordinierungsstelle-migration-teilhabe",
      name: "Koordinierungsstelle Migration und Teilhabe (Fachstelle Integration)",
      summary: "Koordiniert die Integrationsarbeit im Landkreis Emsland mit den Kommunen, der Migrationsberatung und den Integrationslotsen.",
      description:
        "Die seit 2014 vom Land Niedersachsen kofinanzierte Koordinierungsstelle trägt innerhalb der Fachstelle Integration zur chancengerechten Teilhabe von Menschen mit Migrationshintergrund bei. " +
        "Zu ihren Aufgaben gehören die Bestandsaufnahme vor Ort, das lokale Handlungskonzept, die Koordination kommunaler Integrationsaufgaben, die Zusammenarbeit mit Migrantenorganisationen und der Einsatz von Integrationslotsen. " +
        "Schwerpunkte sind Ehrenamt, Gesundheit, Sport, Jugend und Gleichstellung; die Koordinierungsstelle steht für Fragen und Anregungen zur Verfügung.",
      kind: "coordination",
      organisation: "landkreis-emsland",
      location: "kreishaus",
      topics: ["participation", "volunteering", "health", "sport", "youth", "equality"],
      targetGroups: ["everyone", "associations", "volunteers", "public_administration"],
      languages: langs("de"),
      phone: "05931 44-2229",
      email: EL_MAIL,
      weekly: KREISHAUS,
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Coordination Office for Migration and Participation (Integration Unit)",
          summary: "Coordinates integration work in the district of Emsland with the municipalities, migration counselling services and volunteer integration guides.",
        },
        ar: {
          name: "مكتب تنسيق الهجرة والمشاركة (الوحدة المختصة بالاندماج)",
          summary: "ينسّق أعمال الاندماج في دائرة إمسلاند مع البلديات وخدمات استشارات الهجرة ومرشدي الاندماج المتطوعين.",
        },
        fa: {
          name: "دفتر هماهنگی مهاجرت و مشارکت (واحد تخصصی ادغام)",
          summary: "کارهای ادغام در بخش امسلند را با شهرداری‌ها، مشاوره‌های مهاجرت و راهنمایان داوطلب ادغام هماهنگ می‌کند.",
        },
        tr: {
          name: "Göç ve Katılım Koordinasyon Ofisi (Uyum Birimi)",
          summary: "Emsland ilçesindeki uyum çalışmalarını belediyeler, göç danışmanlığı hizmetleri ve gönüllü uyum rehberleriyle birlikte koordine eder.",
        },
        uk: {
          name: "Координаційний офіс з питань міграції та участі (Фаховий відділ з питань інтеграції)",
          summary: "Координує інтеграційну роботу в районі Емсланд разом із громадами, міграційними консультаціями та волонтерами — провідниками інтеграції.",
        },
        ru: {
          name: "Координационное бюро по вопросам миграции и участия (Отдел по вопросам интеграции)",
          summary: "Координирует работу по интеграции в районе Эмсланд вместе с общинами, миграционными консультациями и волонтёрами — лоцманами интеграции.",
        },
      },
    },
    ...EMSLAND_TOWNS.map(emslandMigrationsberatung),
    {
      slug: "jugendmigrationsdienst",
      name: "Jugendmigrationsdienst (JMD)",
      summary: "Beratung und Begleitung junger Zugewanderter von 12 bis 27 Jahren, besonders beim Übergang von der Schule in Ausbildung und Beruf.",
      description:
        "Der Jugendmigrationsdienst berät junge Menschen mit Migrationshintergrund im Alter von 12 bis 27 Jahren. " +
        "Schwerpunkte sind Sprachförderung, Schule, der Übergang in Ausbildung und Beruf sowie Unterstützung im Umgang mit Behörden. " +
        "Die Kontaktdaten der Standorte stehen im Wegweiser Integration des Landkreises.",
      kind: "youth",
      organisation: "jmd-emsland",
      topics: ["youth", "education", "work", "language"],
      targetGroups: ["young_people", "newcomers", "parents"],
      languages: langs("de", "en", "ar", "ru"),
      hoursNote: "Beratung an mehreren Standorten im Landkreis; Termine nach Vereinbarung.",
      weekly: [],
      translations: {
        en: {
          name: "Youth Migration Service (JMD)",
          summary: "Counselling and support for young immigrants aged 12 to 27, especially in the transition from school to training and work.",
        },
        ar: {
          name: "خدمة الشباب المهاجرين (JMD)",
          summary: "استشارات ومرافقة للشباب المهاجرين من عمر 12 إلى 27 عاماً، ولا سيما في الانتقال من المدرسة إلى التدريب المهني والعمل.",
        },
      },
    },
    {
      slug: "sprachfoerderung-integrationskurse",
      name: "Sprachförderung und Integrationskurse",
      summary: "Bildungsträger im Emsland bieten Deutschkurse, Integrationskurse und berufsbezogene Sprachkurse an.",
      description:
        "Im Wegweiser Integration des Landkreises sind die Bildungsträger der Sprachförderung mit ihren Kontaktdaten aufgeführt. " +
        "Sie bieten Integrationskurse, berufsbezogene Deutschkurse und weitere Sprachangebote an mehreren Orten im Landkreis an. " +
        "Die Migrationsberatung hilft bei der Wahl eines passenden Kurses.",
      kind: "language_course",
      organisation: "bildungstraeger-emsland",
      topics: ["language", "work", "education"],
      targetGroups: ["newcomers", "refugees", "eu_citizens"],
      languages: langs("de"),
      hoursNote: "Kurszeiten je nach Bildungsträger.",
      weekly: [],
      translations: {
        en: {
          name: "Language support and integration courses",
          summary: "Education providers in the Emsland offer German courses, integration courses and job-related language courses.",
        },
        ar: {
          name: "دعم اللغة ودورات الاندماج",
          summary: "تقدّم مؤسسات التعليم في إمسلاند دورات في اللغة الألمانية ودورات اندماج ودورات لغة مهنية.",
        },
      },
    },
    {
      slug: "integrationslotsenprojekt",
      name: "Integrationslotsenprojekt",
      summary: "Schulungen und Vernetzung für Ehrenamtliche, die Zugewanderte im Emsland unterstützen.",
      description:
        "Im Integrationslotsenprojekt werden Ehrenamtliche durch Schulungen und Vernetzung in ihrem Engagement gestärkt. " +
        "Sie erhalten wichtige Informationen zum Ausländerrecht, zur Ausgestaltung des eigenen Engagements sowie zur Struktur der hauptamtlichen Migrationsarbeit im Landkreis Emsland.",
      kind: "volunteering",
      organisation: "landkreis-emsland",
      location: "kreishaus",
      topics: ["volunteering", "residence_law"],
      targetGroups: ["volunteers"],
      languages: langs("de"),
      phone: "05931 44-2229",
      email: EL_MAIL,
      hoursNote: "Schulungstermine werden von der Koordinierungsstelle bekanntgegeben.",
      weekly: [],
      translations: {
        en: {
          name: "Integration guides project",
          summary: "Training and networking for volunteers who support immigrants in the Emsland.",
        },
        ar: {
          name: "مشروع مرشدي الاندماج",
          summary: "تدريب وتشبيك للمتطوعين الذين يدعمون المهاجرين في إمسلاند.",
        },
      },
    },
    {
      slug: "gesundheitsprojekt-mimi",
      name: "Gesundheitsprojekt MiMi – Mit Migranten für Migranten",
      summary: "Geschulte Gesundheitsmediatorinnen und -mediatoren informieren in der Muttersprache über das deutsche Gesundheitssystem und Vorsorge.",
      description:
        "Im Gesundheitsprojekt „MiMi – Mit Migranten für Migranten“ wurden Neuzugewanderte zu Gesundheitsmediatorinnen und -mediatoren ausgebildet. " +
        "Sie informieren ihre Landsleute muttersprachlich und kultursensibel über das deutsche Gesundheitssystem und über Vorsorgethemen wie Impfschutz oder Kindergesundheit. " +
        "So bauen sie „gesunde Brücken“ zwischen den Kulturen.",
      kind: "health",
      organisation: "landkreis-emsland",
      location: "kreishaus",
      topics: ["health", "children", "family"],
      targetGroups: ["newcomers", "refugees", "families", "parents"],
      languages: langs("de", "ar", "fa", "ku", "ru", "pl", "ro", "bg", "ti"),
      phone: "05931 44-2229",
      email: EL_MAIL,
      hoursNote: "Informationsveranstaltungen in verschiedenen Sprachen nach Ankündigung.",
      weekly: [],
      translations: {
        en: {
          name: "MiMi health project – With migrants for migrants",
          summary: "Trained health mediators provide information in people's native languages about the German health system and prevention.",
        },
        ar: {
          name: "مشروع الصحة MiMi – مع المهاجرين من أجل المهاجرين",
          summary: "يقدّم وسطاء صحيون مدرَّبون معلومات باللغة الأم عن النظام الصحي الألماني والوقاية.",
        },
        fa: {
          name: "پروژهٔ سلامت MiMi – با مهاجران برای مهاجران",
          summary: "میانجی‌های سلامتِ آموزش‌دیده به زبان مادری دربارهٔ نظام سلامت آلمان و پیشگیری اطلاع‌رسانی می‌کنند.",
        },
        tr: {
          name: "MiMi Sağlık Projesi – Göçmenlerle göçmenler için",
          summary: "Eğitimli sağlık arabulucuları, Alman sağlık sistemi ve koruyucu sağlık konusunda ana dilde bilgi verir.",
        },
        uk: {
          name: "Проєкт здоров'я MiMi — з мігрантами для мігрантів",
          summary: "Підготовлені медіатори з питань здоров'я рідною мовою розповідають про німецьку систему охорони здоров'я та профілактику.",
        },
        ru: {
          name: "Проект здоровья MiMi — с мигрантами для мигрантов",
          summary: "Обученные медиаторы по вопросам здоровья на родном языке рассказывают о немецкой системе здравоохранения и профилактике.",
        },
      },
    },
    {
      slug: "arbeitsbuendnis-gesellschaft",
      name: "Arbeitsbündnis Gesellschaft",
      summary: "Arbeitsbündnis zu Ehrenamt, Freizeit, Sprache und interkultureller Öffnung mit einem gemeinsamen Arbeitspapier.",
      description:
        "Im Arbeitsbündnis Gesellschaft wurden die Themenfelder Ehrenamt, Freizeit, Sprache und Interkulturelle Öffnung in den Blick genommen. " +
        "Bisher Erreichtes, bestehende Probleme, Bedarfe und Lösungsmöglichkeiten sind in einem Arbeitspapier festgehalten, das beim Landkreis heruntergeladen werden kann.",
      kind: "administration",
      organisation: "landkreis-emsland",
      topics: ["volunteering", "language", "culture", "participation"],
      targetGroups: ["associations", "professionals", "volunteers", "public_administration"],
      languages: langs("de"),
      email: EL_MAIL,
      weekly: [],
    },
    {
      slug: "netzwerk-migration-integration",
      name: "Netzwerk für Migration und Integration im Landkreis Emsland",
      summary: "Kreisweiter Zusammenschluss haupt- und ehrenamtlicher Akteure der Integrationsarbeit.",
      description:
        "Das Netzwerk verbindet die Akteure der Integrationsarbeit über die weiten Distanzen des Landkreises hinweg und legt gemeinsame Ziele und Handlungsfelder fest. " +
        "Die Koordinierungsstelle baut verbindliche kooperative Strukturen mit den Trägern der Integrationsarbeit auf und koordiniert ihr Zusammenwirken.",
      kind: "administration",
      organisation: "landkreis-emsland",
      location: "kreishaus",
      topics: ["participation", "volunteering"],
      targetGroups: ["professionals", "associations", "volunteers"],
      languages: langs("de"),
      email: EL_MAIL,
      weekly: [],
    },
    {
      slug: "fluechtlingssozialarbeit",
      name: "Flüchtlingssozialarbeit im nördlichen, mittleren und südlichen Emsland",
      summary: "Sozialarbeiterinnen und Sozialarbeiter unterstützen Geflüchtete vor Ort im Norden, in der Mitte und im Süden des Landkreises.",
      description:
        "Im nördlichen, mittleren und südlichen Emsland gibt es je eine Stelle für Flüchtlingssozialarbeit, getragen vom SKM Lingen, vom SKM Meppen und vom DRK Emsland. " +
        "Der Landkreis beteiligt sich an den Kosten, damit die Zusammenarbeit mit der Migrationsberatung, den Integrationslotsen und ehrenamtlichen Projekten vor Ort gut gelingt.",
      kind: "refugee_support",
      organisation: "fluechtlingssozialarbeit-emsland",
      topics: ["arrival", "housing", "social_benefits"],
      targetGroups: ["refugees", "families"],
      languages: langs("de", "ar"),
      hoursNote: "Kontakt über die Migrationsberatung vor Ort oder die Fachstelle Integration.",
      weekly: [],
      translations: {
        en: {
          name: "Refugee social work in the Emsland",
          summary: "Social workers support refugees on site in the north, centre and south of the district.",
        },
        ar: {
          name: "العمل الاجتماعي مع اللاجئين في إمسلاند",
          summary: "يدعم عاملون اجتماعيون اللاجئين ميدانياً في شمال الدائرة ووسطها وجنوبها.",
        },
      },
    },
    {
      slug: "ehrenamtliche-migrationsberatung",
      name: "Ehrenamtliche Migrationsberatung und Begleitung",
      summary: "Ehrenamtliche unterstützen Zugewanderte in enger Zusammenarbeit mit der hauptamtlichen Migrationsberatung.",
      description:
        "Bei der Unterstützung von Zugewanderten arbeitet die hauptamtliche Migrationsberatung eng mit Ehrenamtlichen zusammen. " +
        "Die Ehrenamtlichen werden in die Arbeit eingebunden und in ihrem Engagement gestärkt, unter anderem über das Integrationslotsenprojekt.",
      kind: "volunteering",
      organisation: "migrationsberatung-emsland",
      topics: ["volunteering", "arrival"],
      targetGroups: ["newcomers", "volunteers"],
      languages: langs("de"),
      email: EL_MAIL,
      weekly: [],
    },
    {
      slug: "interkulturelle-oeffnung-vereine",
      name: "Interkulturelle Öffnung von Vereinen und Verbänden",
      summary: "Beratung und Impulse für Vereine, Verbände und Organisationen, die sich interkulturell öffnen wollen.",
      description:
        "Die Koordinierungsstelle fördert die interkulturelle Öffnung von Vereinen, Verbänden und sonstigen Organisationen. " +
        "Besondere Schwerpunkte sind Sport, Jugend und Ehrenamt.",
      kind: "education",
      organisation: "landkreis-emsland",
      topics: ["sport", "volunteering", "equality"],
      targetGroups: ["associations"],
      languages: langs("de"),
      phone: "05931 44-2229",
      email: EL_MAIL,
      weekly: [],
    },
    {
      slug: "migrantenorganisationen",
      name: "Zusammenarbeit mit Migrantenorganisationen",
      summary: "Vernetzung mit Migrantenorganisationen und Unterstützung ihrer Arbeit durch die Koordinierungsstelle.",
      description:
        "Die Koordinierungsstelle arbeitet mit den Migrantenorganisationen im Emsland zusammen, vernetzt sie mit anderen Akteuren und unterstützt sie. " +
        "Migrantenorganisationen können sich mit Fragen und Anregungen direkt an die Koordinierungsstelle wenden.",
      kind: "culture",
      organisation: "landkreis-emsland",
      location: "kreishaus",
      topics: ["participation", "culture"],
      targetGroups: ["associations"],
      languages: langs("de"),
      phone: "05931 44-2229",
      email: EL_MAIL,
      weekly: [],
      translations: {
        en: {
          name: "Cooperation with migrant organisations",
          summary: "The coordination office networks with migrant organisations and supports their work.",
        },
        ar: {
          name: "التعاون مع منظمات المهاجرين",
          summary: "يتواصل مكتب التنسيق مع منظمات المهاجرين ويشبّكها ويدعم عملها.",
        },
      },
    },
    {
      slug: "fortbildung-interkulturelle-oeffnung-verwaltung",
      name: "Fortbildungen zur interkulturellen Öffnung der Kommunalverwaltung",
      summary: "Fort- und Weiterbildungen für Beschäftigte der emsländischen Kommunalverwaltungen.",
      description:
        "Die Koordinierungsstelle wirkt an Fort- und Weiterbildungen zur interkulturellen Öffnung der Kommunalverwaltung mit. " +
        "Angesprochen sind Beschäftigte des Landkreises und der Städte, Gemeinden und Samtgemeinden.",
      kind: "education",
      organisation: "landkreis-emsland",
      location: "kreishaus",
      topics: ["education", "equality"],
      targetGroups: ["public_administration"],
      languages: langs("de"),
      email: EL_MAIL,
      weekly: [],
    },
  ],
};

// ---------------------------------------------------------------------------
// Stadt Wolfsburg (seed 004)
// ---------------------------------------------------------------------------

const WOB_SEKRETARIAT = "sekretariat.integrationsreferat@stadt.wolfsburg.de";
/** Placeholder role address replacing the personal address published in the seed. */
const WOB_FOERDERUNG = "foerderung.integrationsreferat@stadt.wolfsburg.de";

/** Rathaus B, Porschestraße 49, with the room in the label. */
function rathausB(key: string, room: string, barrierFree: BarrierFree = "yes"): DemoLocation {
  return {
    key,
    label: `Rathaus B, ${room}`,
    street: "Porschestraße 49",
    postcode: "38440",
    city: "Wolfsburg",
    town: "wolfsburg",
    lat: 52.4227,
    lng: 10.7865,
    barrierFree,
  };
}

/** Das WEST, Samlandweg 17 (Laagberg), for each organisation housed there. */
function dasWest(key: string): DemoLocation {
  return {
    key,
    label: "Das WEST (ehemaliges Freizeitheim West)",
    street: "Samlandweg 17",
    postcode: "38440",
    city: "Wolfsburg",
    town: "wolfsburg",
    lat: 52.4125,
    lng: 10.766,
    barrierFree: "unknown",
  };
}

const wolfsburg: DemoTenant = {
  slug: "wolfsburg",
  kind: "city",
  name: "Stadt Wolfsburg",
  intro:
    "Das Integrationsreferat der Stadt Wolfsburg setzt sich seit einem halben Jahrhundert für Vielfalt, Zusammenhalt und Chancengleichheit in der Stadtgesellschaft ein. " +
    "Es bietet interkulturelle Beratung, fördert internationale Kulturvereine und Integrationsmaßnahmen und entwickelt Projekte für Zufluchtsuchende und Neuzuwandernde. " +
    "Grundlage ist das Integrationskonzept „Vielfalt leben“.",
  introTranslations: {
    en:
      "For half a century, the Integration Department of the City of Wolfsburg has been working for diversity, cohesion and equal opportunities in the city's society. " +
      "It offers intercultural counselling, supports international cultural associations and integration measures, and develops projects for refugees and newly arrived immigrants. " +
      "Its basis is the integration concept “Vielfalt leben” (Living diversity).",
    ar:
      "يعمل قسم الاندماج في مدينة فولفسبورغ منذ نصف قرن من أجل التنوع والتماسك وتكافؤ الفرص في مجتمع المدينة. " +
      "ويقدّم استشارات بين الثقافات، ويدعم الجمعيات الثقافية الدولية ومبادرات الاندماج، ويطوّر مشاريع للاجئين والقادمين الجدد. " +
      "ويستند عمله إلى مفهوم الاندماج «Vielfalt leben» (عيش التنوع).",
    fa:
      "ادارهٔ ادغام شهر ولفسبورگ نیم قرن است که برای تنوع، همبستگی و برابری فرصت‌ها در جامعهٔ شهری تلاش می‌کند. " +
      "این اداره مشاورهٔ میان‌فرهنگی ارائه می‌دهد، از انجمن‌های فرهنگی بین‌المللی و اقدامات ادغام حمایت می‌کند و برای پناه‌جویان و تازه‌واردان پروژه طراحی می‌کند. " +
      "پایهٔ کار آن مفهوم ادغام «Vielfalt leben» (زیستن با تنوع) است.",
    tr:
      "Wolfsburg Belediyesi Uyum Dairesi yarım asırdır kent toplumunda çeşitlilik, birliktelik ve fırsat eşitliği için çalışmaktadır. " +
      "Kültürlerarası danışmanlık sunar, uluslararası kültür derneklerini ve uyum projelerini destekler, sığınmacılar ve yeni gelen göçmenler için projeler geliştirir. " +
      "Çalışmalarının temelini “Vielfalt leben” (Çeşitliliği yaşamak) uyum konsepti oluşturur.",
    uk:
      "Відділ інтеграції міста Вольфсбург уже півстоліття працює задля розмаїття, згуртованості та рівних можливостей у міській спільноті. " +
      "Він надає міжкультурні консультації, підтримує міжнародні культурні товариства та інтеграційні заходи і розробляє проєкти для біженців і новоприбулих. " +
      "Основою роботи є інтеграційна концепція «Vielfalt leben» («Жити в розмаїтті»).",
    ru:
      "Отдел интеграции города Вольфсбург уже полвека работает ради многообразия, сплочённости и равных возможностей в городском обществе. " +
      "Он проводит межкультурные консультации, поддерживает международные культурные объединения и интеграционные проекты, а также разрабатывает проекты для беженцев и недавно прибывших. " +
      "Основой работы служит интеграционная концепция «Vielfalt leben» («Жить в многообразии»).",
  },
  towns: [{ slug: "wolfsburg", name: "Wolfsburg", kind: "city" }],
  organisations: [
    {
      key: "integrationsreferat",
      name: "Stadt Wolfsburg – Integrationsreferat",
      kind: "public_authority",
      website: "https://www.wolfsburg.de",
      locations: [
        rathausB("rathaus-b-227", "Zimmer B 227 (Sekretariat)"),
        rathausB("rathaus-b-224", "Zimmer 224"),
        rathausB("rathaus-b-225", "Zimmer 225"),
        rathausB("rathaus-b-226", "Zimmer 226"),
        rathausB("rathaus-b-267", "Zimmer 267"),
        dasWest("das-west"),
      ],
    },
    {
      key: "fluechtlingshilfe-wolfsburg",
      name: "Flüchtlingshilfe Wolfsburg e.V.",
      kind: "association",
      locations: [dasWest("das-west-fluechtlingshilfe")],
    },
    {
      key: "awo-wolfsburg",
      name: "AWO – Projekt „Arbeit nach Maß“",
      kind: "welfare_organisation",
      locations: [dasWest("das-west-awo")],
    },
    {
      key: "diakonie-wolfsburg",
      name: "Diakonie – Schwangerenberatung",
      kind: "welfare_organisation",
      locations: [dasWest("das-west-diakonie")],
    },
  ],
  services: [
    {
      slug: "integrationsreferat",
      name: "Integrationsreferat der Stadt Wolfsburg",
      summary: "Zentrale Anlaufstelle der Stadt für Migration, Integration, Beratung und Bildung.",
      description:
        "Das Integrationsreferat bietet interkulturelle Beratung, unterstützt internationale Kulturvereine und fördert Maßnahmen im Sinne des Integrationskonzeptes „Vielfalt leben“. " +
        "Es entwickelt Projekte für Zufluchtsuchende und Neuzuwandernde, betreut die Gemeinschaftsaufgabe „Interkulturelle Stadtverwaltung Wolfsburg“ und leistet Antirassismus- und Antidiskriminierungsarbeit. " +
        "Außerdem veröffentlicht es die Berichte zum Integrationskonzept.",
      kind: "coordination",
      organisation: "integrationsreferat",
      location: "rathaus-b-227",
      topics: ["participation", "arrival", "funding", "discrimination", "culture"],
      targetGroups: ["everyone", "newcomers", "associations", "public_administration"],
      languages: langs("de"),
      phone: "05361 28-2672",
      email: WOB_SEKRETARIAT,
      weekly: RATHAUS_WOB,
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Integration Department of the City of Wolfsburg",
          summary: "The city's central contact point for migration, integration, counselling and education.",
        },
        ar: {
          name: "قسم الاندماج في مدينة فولفسبورغ",
          summary: "نقطة الاتصال المركزية في المدينة لشؤون الهجرة والاندماج والاستشارات والتعليم.",
        },
        fa: {
          name: "ادارهٔ ادغام شهر ولفسبورگ",
          summary: "مرکز اصلی تماس شهر برای امور مهاجرت، ادغام، مشاوره و آموزش.",
        },
        tr: {
          name: "Wolfsburg Belediyesi Uyum Dairesi",
          summary: "Göç, uyum, danışmanlık ve eğitim konularında kentin merkezi başvuru noktası.",
        },
        uk: {
          name: "Відділ інтеграції міста Вольфсбург",
          summary: "Центральна контактна точка міста з питань міграції, інтеграції, консультацій та освіти.",
        },
        ru: {
          name: "Отдел интеграции города Вольфсбург",
          summary: "Центральная контактная точка города по вопросам миграции, интеграции, консультаций и образования.",
        },
      },
    },
    {
      slug: "interkulturelle-beratung",
      name: "Interkulturelle Beratung",
      summary: "Individuelle Unterstützung für Wolfsburgerinnen und Wolfsburger unterschiedlicher Herkunftsländer in den verschiedensten Bedarfslagen.",
      description:
        "Im Rahmen der interkulturellen Beratung erhalten Einwohnerinnen und Einwohner unterschiedlicher Herkunftsländer individuelle Unterstützung zu den verschiedensten Bedarfslagen. " +
        "Die Beratung findet nach Terminvereinbarung im Rathaus statt; bei Bedarf wird an Fachstellen und Migrationsberatungsstellen weitervermittelt.",
      kind: "counselling",
      organisation: "integrationsreferat",
      location: "rathaus-b-227",
      topics: ["arrival", "residence_law", "social_benefits", "family", "work"],
      targetGroups: ["newcomers", "everyone", "families"],
      languages: langs("de", "en"),
      phone: "05361 28-2672",
      email: WOB_SEKRETARIAT,
      appointmentOnly: true,
      hoursNote: "Nur nach Terminvereinbarung über das Sekretariat.",
      weekly: [...at(["di"], "09:00", "12:00"), ...at(["do"], "14:00", "17:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Intercultural counselling",
          summary: "Individual support for Wolfsburg residents from different countries of origin in a wide range of situations.",
        },
        ar: {
          name: "الاستشارة بين الثقافات",
          summary: "دعم فردي لسكان فولفسبورغ من بلدان منشأ مختلفة في شتى الاحتياجات.",
        },
      },
    },
    {
      slug: "foerderung-internationale-kulturvereine",
      name: "Förderung internationaler Kulturvereine",
      summary: "Zuschüsse für internationale Kulturvereine und Maßnahmen für eine weltoffene Gesellschaft, mit Onlineantrag.",
      description:
        "Das Integrationsreferat unterstützt und fördert internationale Kulturvereine nach der Zuschussrichtlinie für internationale Kulturvereine und Maßnahmen für eine weltoffene Gesellschaft. " +
        "Die Richtlinie beschreibt die Rahmenbedingungen der Förderung; der Antrag wird online gestellt.",
      kind: "culture",
      organisation: "integrationsreferat",
      location: "rathaus-b-227",
      topics: ["funding", "culture"],
      targetGroups: ["associations"],
      languages: langs("de"),
      phone: "05361 281840",
      email: WOB_FOERDERUNG,
      hoursNote: "Anträge online; telefonische Beratung zu den Öffnungszeiten des Integrationsreferats.",
      weekly: [],
      translations: {
        en: {
          name: "Funding for international cultural associations",
          summary: "Grants for international cultural associations and measures for an open society, applied for online.",
        },
        ar: {
          name: "دعم الجمعيات الثقافية الدولية",
          summary: "منح للجمعيات الثقافية الدولية ولمبادرات تعزّز مجتمعاً منفتحاً، ويُقدَّم الطلب عبر الإنترنت.",
        },
      },
    },
    {
      slug: "foerderung-integrationsmassnahmen",
      name: "Förderung von Integrationsmaßnahmen („Vielfalt leben“)",
      summary: "Vereine, Gruppen und Einzelpersonen können Förderung für Maßnahmen im Sinne des Integrationskonzeptes „Vielfalt leben“ beantragen.",
      description:
        "Die Stadt Wolfsburg fördert Vereine, Gruppen und Einzelpersonen, die in Wolfsburg aktiv sind, einen Beitrag für die Vielfaltsgesellschaft leisten und Ziele verfolgen, die zu einer guten Verständigung beitragen. " +
        "Die Richtlinie zur Förderung von Integrationsmaßnahmen gibt einen Überblick über die Rahmenbedingungen; mit dem Onlineantrag können Gelder beim Integrationsreferat abgerufen werden.",
      kind: "administration",
      organisation: "integrationsreferat",
      location: "rathaus-b-227",
      topics: ["funding", "participation"],
      targetGroups: ["associations", "volunteers", "everyone"],
      languages: langs("de"),
      phone: "05361 281840",
      email: WOB_FOERDERUNG,
      hoursNote: "Anträge online.",
      weekly: [],
      translations: {
        en: {
          name: "Funding for integration measures (“Vielfalt leben”)",
          summary: "Associations, groups and individuals can apply for funding for projects in line with the integration concept “Vielfalt leben”.",
        },
        ar: {
          name: "تمويل مبادرات الاندماج («Vielfalt leben»)",
          summary: "يمكن للجمعيات والمجموعات والأفراد التقدّم بطلب تمويل لمشاريع تتوافق مع مفهوم الاندماج «Vielfalt leben».",
        },
      },
    },
    {
      slug: "integrationsmanagement-monitoring",
      name: "Integrationsmanagement und Monitoring",
      summary: "Transparenz über die Integrationsaktivitäten, datenbasierte Steuerung und Integrationsberichte der Stadt Wolfsburg.",
      description:
        "Zur Weiterentwicklung des Integrationskonzeptes „Vielfalt leben“ wurde ein Integrationsmanagement mit einem Monitoringsystem eingerichtet. " +
        "Der Integrationsbericht zeigt die Umsetzung von Integrationsvorhaben anhand von Indikatoren und formuliert Handlungsempfehlungen. " +
        "Der erste Bericht stammt aus dem Jahr 2019; ein neuer Integrationsbericht ist in Bearbeitung.",
      kind: "administration",
      organisation: "integrationsreferat",
      location: "rathaus-b-226",
      topics: ["participation"],
      targetGroups: ["public_administration", "professionals", "everyone"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      weekly: [],
    },
    {
      slug: "integrationskonzept-vielfalt-leben",
      name: "Integrationskonzept „Vielfalt leben“",
      summary: "Grundlage der Wolfsburger Integrationsarbeit mit Zielen und Herausforderungen in vier Handlungsfeldern.",
      description:
        "Das Integrationskonzept „Vielfalt leben“ von 2021 bildet die Basis für die agile Steuerung der Wolfsburger Integrationsarbeit. " +
        "Auf 48 Seiten enthält es Informationen zu Zuwanderung und Integration sowie Ziele und Herausforderungen in vier Handlungsfeldern. " +
        "Es lädt dazu ein, den Dialog über Ziele und Wirkungen der Integration gemeinsam fortzuführen.",
      kind: "administration",
      organisation: "integrationsreferat",
      topics: ["participation", "equality"],
      targetGroups: ["everyone", "associations", "public_administration"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      weekly: [],
    },
    {
      slug: "interkulturelle-stadtverwaltung",
      name: "Interkulturelle Stadtverwaltung Wolfsburg",
      summary: "Interkulturelle Trainings und Workshops für alle Mitarbeitenden der Stadtverwaltung.",
      description:
        "Das Handlungskonzept „Interkulturelle Stadtverwaltung Wolfsburg“ soll helfen, Angebote und Leistungen an eine durch Zuwanderung veränderte Stadtgesellschaft anzupassen; es wird von allen Geschäftsbereichen als Gemeinschaftsaufgabe wahrgenommen. " +
        "Allen Mitarbeitenden werden interkulturelle Trainings und Workshops zur Maßnahmenerarbeitung angeboten. " +
        "Ziel ist auch, mehr Beschäftigte mit Zuwanderungsgeschichte einzustellen.",
      kind: "education",
      organisation: "integrationsreferat",
      location: "rathaus-b-267",
      topics: ["education", "equality", "work"],
      targetGroups: ["public_administration"],
      languages: langs("de"),
      phone: "05361 28-1078",
      email: WOB_SEKRETARIAT,
      weekly: [],
    },
    {
      slug: "resettlement",
      name: "Resettlement – Beratung für aufgenommene Flüchtlinge",
      summary: "Begleitung besonders schutzbedürftiger Flüchtlinge, die über das Resettlement-Programm dauerhaft in Wolfsburg aufgenommen wurden.",
      description:
        "Im Resettlement-Programm wird seit 2012 jährlich ein Kontingent besonders schutzbedürftiger Flüchtlinge dauerhaft in Deutschland aufgenommen, die ein Verfahren beim UNHCR durchlaufen haben und eine Aufenthaltserlaubnis nach § 23 AufenthG erhalten. " +
        "Diese berechtigt von Anfang an zur Erwerbstätigkeit; es besteht Anspruch auf Leistungen nach SGB II bzw. SGB XII, eine angemessene Unterkunft und die Teilnahme an Integrationskursen. " +
        "Das Team in Zimmer 224 berät auf Farsi, Dari, Arabisch, Englisch und Deutsch.",
      kind: "refugee_support",
      organisation: "integrationsreferat",
      location: "rathaus-b-224",
      topics: ["arrival", "residence_law", "social_benefits", "housing", "language", "work"],
      targetGroups: ["resettlement", "refugees", "families"],
      languages: langs("fa", "prs", "ar", "en", "de"),
      phone: "05361 28-2765",
      email: "resettlement@stadt.wolfsburg.de",
      hoursNote: "Weitere Rufnummer: 05361 5011 (Arabisch, Englisch). Farsi, Dari und Deutsch: 05361 28-2765.",
      weekly: [...at(MO_DO, "09:00", "12:00"), ...at(["di"], "14:00", "16:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Resettlement – counselling for resettled refugees",
          summary: "Support for particularly vulnerable refugees who have been permanently admitted to Wolfsburg through the resettlement programme.",
        },
        ar: {
          name: "إعادة التوطين – استشارات للاجئين المستقبَلين",
          summary: "مرافقة اللاجئين الأكثر حاجة إلى الحماية الذين استُقبلوا بشكل دائم في فولفسبورغ عبر برنامج إعادة التوطين.",
        },
        fa: {
          name: "اسکان مجدد (ری‌ستلمنت) – مشاوره برای پناهندگان پذیرفته‌شده",
          summary: "همراهی پناهندگانی که به‌طور ویژه نیازمند حمایت‌اند و از طریق برنامهٔ اسکان مجدد به‌طور دائم در ولفسبورگ پذیرفته شده‌اند.",
        },
        tr: {
          name: "Yeniden yerleştirme (Resettlement) – kabul edilen mültecilere danışmanlık",
          summary: "Yeniden yerleştirme programı kapsamında Wolfsburg'a kalıcı olarak kabul edilen, özellikle korunmaya muhtaç mültecilere destek.",
        },
        uk: {
          name: "Переселення (Resettlement) — консультації для прийнятих біженців",
          summary: "Супровід особливо вразливих біженців, яких на постійній основі прийняли у Вольфсбурзі за програмою переселення.",
        },
        ru: {
          name: "Переселение (Resettlement) — консультации для принятых беженцев",
          summary: "Сопровождение особо уязвимых беженцев, которые были приняты в Вольфсбурге на постоянной основе по программе переселения.",
        },
      },
    },
    {
      slug: "operative-integrationsarbeit",
      name: "Operative Integrationsarbeit",
      summary: "Begleitet Projekte im Themenfeld Flucht und Zuwanderung und organisiert Netzwerktreffen und Informationsveranstaltungen.",
      description:
        "Die Operative Integrationsarbeit arbeitet im Themenfeld „Flucht und Zuwanderung“ und richtet sich mittelbar an Geflüchtete und neu Zugewanderte. " +
        "Sie hat Schnittstellen zur Stadtverwaltung, zum Jobcenter, zu den Migrationsberatungsstellen, zu Migrantenhilfsorganisationen und zu ehrenamtlichen Unterstützerkreisen. " +
        "Integrationsfördernde Projekte werden begleitet, mit Netzwerkstellen abgestimmt und teilweise selbst durchgeführt.",
      kind: "refugee_support",
      organisation: "integrationsreferat",
      location: "rathaus-b-225",
      topics: ["arrival", "housing", "health", "women"],
      targetGroups: ["refugees", "newcomers", "professionals", "volunteers"],
      languages: langs("de"),
      phone: "05361 28-2740",
      email: WOB_SEKRETARIAT,
      weekly: RATHAUS_WOB,
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Operational integration work",
          summary: "Supports projects on refuge and immigration and organises network meetings and information events.",
        },
        ar: {
          name: "العمل التنفيذي في مجال الاندماج",
          summary: "يرافق المشاريع في مجال اللجوء والهجرة، وينظّم لقاءات الشبكات وفعاليات إعلامية.",
        },
      },
    },
    {
      slug: "netzwerk-frauen-flucht-zuwanderung",
      name: "Netzwerk Frauen, Flucht und Zuwanderung",
      summary: "Netzwerk der Beratungsstellen und Ehrenamtlichen zur Situation geflüchteter und zugewanderter Frauen.",
      description:
        "Im Netzwerk Frauen, Flucht und Zuwanderung tauschen sich Beratungsstellen, Träger und ehrenamtliche Unterstützerinnen zur Lage geflüchteter und zugewanderter Frauen aus. " +
        "Die Operative Integrationsarbeit organisiert die Treffen; die Netzwerkarbeit ist von einer wertschätzenden und lösungsorientierten Haltung geprägt.",
      kind: "women",
      organisation: "integrationsreferat",
      location: "rathaus-b-225",
      topics: ["women", "equality"],
      targetGroups: ["women", "professionals", "volunteers"],
      languages: langs("de"),
      phone: "05361 28-2740",
      email: WOB_SEKRETARIAT,
      weekly: [],
      translations: {
        en: {
          name: "Network women, refuge and immigration",
          summary: "Network of counselling services and volunteers on the situation of refugee and immigrant women.",
        },
        ar: {
          name: "شبكة النساء واللجوء والهجرة",
          summary: "شبكة لمراكز الاستشارة والمتطوعين حول أوضاع النساء اللاجئات والمهاجرات.",
        },
      },
    },
    {
      slug: "netzwerk-beratung-unterstuetzung",
      name: "Netzwerk Beratung und Unterstützung für Zugewanderte",
      summary: "Netzwerktreffen der Beratungsstellen für Zugewanderte und der ehrenamtlichen Unterstützerkreise.",
      description:
        "Die Operative Integrationsarbeit organisiert Netzwerktreffen, Informationsveranstaltungen und Gesprächsmöglichkeiten für die Beratungsstellen für Zugewanderte und die ehrenamtlichen Unterstützerkreise. " +
        "Ziel ist eine abgestimmte Beratung und Unterstützung für Geflüchtete und neu Zugewanderte in Wolfsburg.",
      kind: "administration",
      organisation: "integrationsreferat",
      location: "rathaus-b-225",
      topics: ["arrival", "volunteering"],
      targetGroups: ["professionals", "volunteers"],
      languages: langs("de"),
      phone: "05361 28-2740",
      email: WOB_SEKRETARIAT,
      weekly: [],
    },
    {
      slug: "sozialpaedagogische-arbeit-unterkuenfte",
      name: "Sozialpädagogische Arbeit in Geflüchtetenunterkünften",
      summary: "Sozialpädagogische Begleitung der Menschen in den städtischen Unterkünften für Geflüchtete.",
      description:
        "Die sozialpädagogische Arbeit in den Geflüchtetenunterkünften ist eines der Themen und Netzwerke der Operativen Integrationsarbeit. " +
        "Sie unterstützt die Bewohnerinnen und Bewohner beim Ankommen und beim Übergang in eigenen Wohnraum.",
      kind: "refugee_support",
      organisation: "integrationsreferat",
      topics: ["housing", "arrival", "family"],
      targetGroups: ["refugees", "families"],
      languages: langs("de"),
      phone: "05361 28-2740",
      weekly: [],
      translations: {
        en: {
          name: "Social pedagogical work in refugee accommodation",
          summary: "Social pedagogical support for people living in the city's refugee accommodation.",
        },
        ar: {
          name: "العمل الاجتماعي التربوي في مساكن اللاجئين",
          summary: "دعم اجتماعي تربوي للأشخاص المقيمين في مساكن اللاجئين التابعة للمدينة.",
        },
      },
    },
    {
      slug: "gesundheitskonzept-gefluechtete",
      name: "Gesundheitskonzept für Geflüchtete",
      summary: "Abgestimmter Zugang zu Gesundheitsversorgung und Gesundheitsinformationen für Geflüchtete in Wolfsburg.",
      description:
        "Das Gesundheitskonzept für Geflüchtete ist ein Themenfeld der Operativen Integrationsarbeit. " +
        "Es stimmt die Angebote von Stadtverwaltung, Beratungsstellen und Gesundheitswesen ab, damit Geflüchtete Zugang zu Versorgung und Information erhalten.",
      kind: "health",
      organisation: "integrationsreferat",
      topics: ["health"],
      targetGroups: ["refugees", "professionals"],
      languages: langs("de"),
      phone: "05361 28-2740",
      weekly: [],
    },
    {
      slug: "broschuere-wohnen-ohne-sorgen",
      name: "Broschüre „Wohnen ohne Sorgen“",
      summary: "Informationsbroschüre rund um Mieten und Wohnen für neu Zugewanderte.",
      description:
        "Die Operative Integrationsarbeit erstellt Publikationen zu Bedarfsthemen. " +
        "Die Broschüre „Wohnen ohne Sorgen“ informiert über Mieten, Nebenkosten und das Zusammenleben im Haus; sie ist im Integrationsreferat erhältlich.",
      kind: "housing",
      organisation: "integrationsreferat",
      location: "rathaus-b-225",
      topics: ["housing", "arrival"],
      targetGroups: ["newcomers", "refugees"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      weekly: [],
    },
    {
      slug: "antidiskriminierungsarbeit",
      name: "Antirassismus- und Antidiskriminierungsarbeit",
      summary: "Ansprechstelle bei Erfahrungen mit Rassismus und Diskriminierung in Wolfsburg und für Präventionsarbeit.",
      description:
        "Das Integrationsreferat leistet Antirassismus- und Antidiskriminierungsarbeit vor Ort. " +
        "Wer Diskriminierung erlebt oder beobachtet hat, kann sich an das Integrationsreferat wenden; Hinweise werden vertraulich behandelt.",
      kind: "antidiscrimination",
      organisation: "integrationsreferat",
      location: "rathaus-b-227",
      topics: ["discrimination", "equality"],
      targetGroups: ["everyone", "newcomers"],
      languages: langs("de", "en"),
      phone: "05361 28-2672",
      email: WOB_SEKRETARIAT,
      weekly: RATHAUS_WOB,
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Anti-racism and anti-discrimination work",
          summary: "Contact point for experiences of racism and discrimination in Wolfsburg and for prevention work.",
        },
        ar: {
          name: "العمل ضد العنصرية والتمييز",
          summary: "جهة اتصال بشأن تجارب العنصرية والتمييز في فولفسبورغ وللعمل الوقائي.",
        },
      },
    },
    {
      slug: "das-west",
      name: "Das WEST – soziokultureller Begegnungsort",
      summary: "Interkultureller Begegnungsort am Laagberg mit Beratungsangeboten, Kursen, Gruppen und Räumen für Vereine.",
      description:
        "Vielen ist das Gebäude am Laagberg als ehemaliges Freizeitheim West bekannt; seit 2019 wird es vom Integrationsreferat verwaltet. " +
        "Als soziokultureller Begegnungsort steht es vielfältigen und interkulturellen Nutzungen offen, insbesondere für Menschen aus dem Ortsratsbereich Mitte-West. " +
        "Die Flüchtlingshilfe Wolfsburg e.V., die AWO mit „Arbeit nach Maß“ und die Schwangerenberatung der Diakonie sind feste Bestandteile des Hauses.",
      kind: "community_centre",
      organisation: "integrationsreferat",
      location: "das-west",
      topics: ["culture", "participation", "language"],
      targetGroups: ["everyone", "associations", "families"],
      languages: langs("de"),
      phone: "05361 8938044",
      email: "das-west@stadt.wolfsburg.de",
      hoursNote: "Abends Gruppen und Kurse nach Programm.",
      weekly: [...at(MO_FR, "09:00", "12:00"), ...at(MO_DO, "14:00", "18:00"), ...at(["di", "do"], "18:00", "21:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Das WEST – socio-cultural meeting place",
          summary: "Intercultural meeting place in Laagberg with counselling services, courses, groups and rooms for associations.",
        },
        ar: {
          name: "Das WEST – ملتقى اجتماعي وثقافي",
          summary: "ملتقى بين الثقافات في حي لاغبيرغ يضم خدمات استشارية ودورات ومجموعات وقاعات للجمعيات.",
        },
      },
    },
    {
      slug: "das-west-raeume",
      name: "Räume mieten im Das WEST",
      summary: "Vereine und Vereinigungen können Räume im Das WEST für einmalige oder regelmäßige Nutzungen mieten.",
      description:
        "Im Das WEST gibt es verschiedene Räume, die von Vereinen und Vereinigungen gemietet werden können. " +
        "Möglich sind einmalige und regelmäßige Nutzungen; Anfragen richten Sie an das Team des Hauses.",
      kind: "community_centre",
      organisation: "integrationsreferat",
      location: "das-west",
      topics: ["culture", "participation"],
      targetGroups: ["associations"],
      languages: langs("de"),
      phone: "05361 8938044",
      email: "das-west@stadt.wolfsburg.de",
      hoursNote: "Raumanfragen bitte per E-Mail.",
      weekly: [],
    },
    {
      slug: "das-west-internationale-gruppen",
      name: "Internationale Gruppen im Das WEST",
      summary: "Internationale Vereine und Gruppen treffen sich hier, zum Beispiel zu afrikanischem Trommeln, Tanzen, Singen und Töpfern.",
      description:
        "Im Das WEST treffen sich mehrere internationale Vereine und Gruppen. " +
        "Angeboten werden unter anderem afrikanisches Trommeln, Tanzen, Singen und Töpfern; neue Teilnehmende sind willkommen.",
      kind: "culture",
      organisation: "integrationsreferat",
      location: "das-west",
      topics: ["culture", "participation"],
      targetGroups: ["everyone", "families"],
      languages: langs("de", "en", "fr"),
      phone: "05361 8938044",
      email: "das-west@stadt.wolfsburg.de",
      weekly: [...at(["di"], "18:00", "20:00"), ...at(["do"], "18:30", "20:30")],
      translations: {
        en: {
          name: "International groups at Das WEST",
          summary: "International associations and groups meet here, for example for African drumming, dancing, singing and pottery.",
        },
        ar: {
          name: "المجموعات الدولية في Das WEST",
          summary: "تلتقي هنا جمعيات ومجموعات دولية، مثلاً لقرع الطبول الأفريقية والرقص والغناء وصناعة الفخار.",
        },
      },
    },
    {
      slug: "das-west-deutschkurse",
      name: "Deutschkurse und Lernen am PC im Das WEST",
      summary: "Deutschkurse und Lernangebote am Computer im soziokulturellen Begegnungsort Das WEST.",
      description:
        "Zu den Bildungsangeboten im Das WEST gehören Deutschkurse und das Lernen mit dem PC. " +
        "Kurszeiten und Anmeldung erfahren Sie beim Team des Hauses.",
      kind: "language_course",
      organisation: "integrationsreferat",
      location: "das-west",
      topics: ["language", "education"],
      targetGroups: ["newcomers", "refugees"],
      languages: langs("de"),
      phone: "05361 8938044",
      email: "das-west@stadt.wolfsburg.de",
      weekly: [...at(["mo", "mi"], "09:30", "11:30"), ...at(["mi"], "16:00", "18:00")],
      exceptions: YEAR_END,
    },
    {
      slug: "fluechtlingshilfe-wolfsburg",
      name: "Flüchtlingshilfe Wolfsburg e.V. – Beratung",
      summary: "Die Beraterinnen und Berater des Vereins unterstützen Geflüchtete im Das WEST.",
      description:
        "Die Flüchtlingshilfe Wolfsburg e.V. ist mit ihren Beraterinnen und Beratern fester Bestandteil im Das WEST. " +
        "Sie unterstützt Geflüchtete bei Fragen zu Alltag, Behörden und Aufenthalt und ist Teil des Netzwerks Beratung und Unterstützung für Zugewanderte.",
      kind: "refugee_support",
      organisation: "fluechtlingshilfe-wolfsburg",
      location: "das-west-fluechtlingshilfe",
      topics: ["arrival", "residence_law", "social_benefits"],
      targetGroups: ["refugees", "newcomers"],
      languages: langs("de", "en", "ar"),
      weekly: [...at(["mo", "mi"], "10:00", "13:00"), ...at(["do"], "14:00", "17:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Flüchtlingshilfe Wolfsburg e.V. – counselling",
          summary: "The association's counsellors support refugees at Das WEST.",
        },
        ar: {
          name: "جمعية مساعدة اللاجئين في فولفسبورغ – استشارات",
          summary: "يدعم مستشارو الجمعية اللاجئين في مركز Das WEST.",
        },
      },
    },
    {
      slug: "awo-arbeit-nach-mass",
      name: "„Arbeit nach Maß“ (AWO)",
      summary: "Projekt der AWO im Das WEST, das Menschen auf dem Weg in Arbeit begleitet.",
      description:
        "Die AWO ist mit dem Projekt „Arbeit nach Maß“ fester Bestandteil im Das WEST. " +
        "Das Projekt gehört zu den Bausteinen der interkulturellen Beratung im Haus und unterstützt Menschen auf dem Weg in Arbeit.",
      kind: "work",
      organisation: "awo-wolfsburg",
      location: "das-west-awo",
      topics: ["work", "education"],
      targetGroups: ["newcomers", "refugees", "everyone"],
      languages: langs("de"),
      weekly: [...at(["di", "do"], "09:00", "12:00")],
      exceptions: YEAR_END,
    },
    {
      slug: "diakonie-schwangerenberatung",
      name: "Schwangerenberatung der Diakonie",
      summary: "Beratung für Schwangere und Familien, angeboten von der Diakonie im Das WEST.",
      description:
        "Die Diakonie ist mit ihrer Schwangerenberatung fester Bestandteil im Das WEST. " +
        "Die Beratung ist vertraulich und richtet sich an Schwangere, werdende Eltern und Familien.",
      kind: "women",
      organisation: "diakonie-wolfsburg",
      location: "das-west-diakonie",
      topics: ["health", "family", "women"],
      targetGroups: ["women", "families", "parents"],
      languages: langs("de"),
      appointmentOnly: true,
      hoursNote: "Beratung nach Terminvereinbarung.",
      weekly: [...at(["mo"], "13:00", "16:00"), ...at(["mi"], "09:00", "12:00")],
      exceptions: YEAR_END,
      translations: {
        en: {
          name: "Pregnancy counselling (Diakonie)",
          summary: "Counselling for pregnant women and families, offered by Diakonie at Das WEST.",
        },
        ar: {
          name: "استشارات الحمل (Diakonie)",
          summary: "استشارات للنساء الحوامل والأسر تقدّمها منظمة Diakonie في مركز Das WEST.",
        },
      },
    },
    {
      slug: "step-by-step",
      name: "Step by Step",
      summary: "Projekt für eine sichere Ankommenssituation schulpflichtiger Geflüchteter.",
      description:
        "In den letzten Jahren hat das Projekt Step by Step einen wichtigen Beitrag dazu geleistet, eine Ankommenssituation für schulpflichtige Geflüchtete zu schaffen, die ihnen Sicherheit und Stabilität geboten hat. " +
        "Derzeit finden keine Angebote statt; Auskunft gibt das Integrationsreferat.",
      kind: "education",
      organisation: "integrationsreferat",
      topics: ["education", "children", "youth", "arrival"],
      targetGroups: ["children", "young_people", "refugees"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      temporarilyClosed: true,
      hoursNote: "Zurzeit keine Angebote.",
      weekly: [],
    },
    {
      slug: "weltfluechtlingstag",
      name: "Weltflüchtlingstag in Wolfsburg",
      summary: "Jährliche Begegnung zum Weltflüchtlingstag mit den internationalen Kulturvereinen und weiteren Partnern.",
      description:
        "Gemeinsam mit den internationalen Kulturvereinen und weiteren gesellschaftlichen Akteuren schafft das Integrationsreferat regelmäßig Gelegenheiten zur Begegnung und zum offenen Austausch. " +
        "Dazu gehört der jährlich stattfindende Weltflüchtlingstag. Wer mitwirken möchte, meldet sich per E-Mail beim Integrationsreferat.",
      kind: "culture",
      organisation: "integrationsreferat",
      topics: ["culture", "participation"],
      targetGroups: ["everyone", "refugees", "associations"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      hoursNote: "Jährlich um den 20. Juni; Ort und Programm werden rechtzeitig bekanntgegeben.",
      weekly: [],
      exceptions: [{ day: "2026-06-20", opens: minutes("14:00"), closes: minutes("19:00"), note: "Weltflüchtlingstag 2026 – Begegnungsfest" }],
      translations: {
        en: {
          name: "World Refugee Day in Wolfsburg",
          summary: "Annual get-together on World Refugee Day with the international cultural associations and other partners.",
        },
        ar: {
          name: "اليوم العالمي للاجئين في فولفسبورغ",
          summary: "لقاء سنوي في اليوم العالمي للاجئين مع الجمعيات الثقافية الدولية وشركاء آخرين.",
        },
      },
    },
    {
      slug: "interkultureller-dialog",
      name: "Kulturelle Identitäten stärken – interkulturellen Dialog fördern",
      summary: "Begegnungen und offener Austausch zwischen allen in Wolfsburg lebenden Nationalitäten, gemeinsam mit den internationalen Kulturvereinen.",
      description:
        "Gemeinsam mit den internationalen Kulturvereinen und weiteren Akteuren schafft das Integrationsreferat Gelegenheiten zur geselligen Begegnung zwischen allen in Wolfsburg lebenden Nationalitäten. " +
        "Anregungen und Interesse an einer Mitwirkung nimmt das Sekretariat des Integrationsreferats per E-Mail entgegen.",
      kind: "culture",
      organisation: "integrationsreferat",
      topics: ["culture", "participation"],
      targetGroups: ["associations", "everyone"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      weekly: [],
    },
    {
      slug: "50-jahre-integrationsreferat",
      name: "50 Jahre Integrationsreferat: „Vielfalt leben – Demokratie stärken!“",
      summary: "Veranstaltungsreihe zum 50-jährigen Jubiläum des Integrationsreferats im Jahr 2024.",
      description:
        "Im Jahr 2024 feierte das Integrationsreferat sein 50-jähriges Jubiläum mit einer Reihe von Veranstaltungen unter dem Motto „Vielfalt leben – Demokratie stärken!“. " +
        "Die Reihe wurde gemeinsam mit Kooperationspartnerinnen und -partnern geplant und richtete den Blick auf eine inklusive und demokratische Zukunft. " +
        "Der Flyer zur Veranstaltungsreihe ist beim Integrationsreferat erhältlich.",
      kind: "culture",
      organisation: "integrationsreferat",
      topics: ["culture", "participation", "equality"],
      targetGroups: ["everyone"],
      languages: langs("de"),
      email: WOB_SEKRETARIAT,
      hoursNote: "Veranstaltungsreihe im Jubiläumsjahr 2024.",
      weekly: [],
    },
  ],
};

export const demoTenants: DemoTenant[] = [niedersachsen, wilhelmshaven, wesermarsch, emsland, wolfsburg];
