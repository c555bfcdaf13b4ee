/**
 * The words the benchmark's Wegweiser is made of: typical offers of
 * integration work in Lower Saxony, with translations into English, Arabic
 * and Turkish, phrases for summaries and descriptions, providers, the Land's
 * municipalities and syllables for the towns of its districts.
 */
import type { ServiceKind, TargetGroup, Topic } from "../src/modules/directory/model.ts";

export const TRANSLATED = ["en", "ar", "tr"] as const;
export type TranslatedLang = (typeof TRANSLATED)[number];
export type Text = { de: string } & Record<TranslatedLang, string>;

export interface Offer {
  name: Text;
  summary: Text;
  kind: ServiceKind;
  topics: Topic[];
  targets: TargetGroup[];
}

const t = (de: string, en: string, ar: string, tr: string): Text => ({ de, en, ar, tr });

export const OFFERS: Offer[] = [
  { name: t("Migrationsberatung für Erwachsene", "Migration counselling for adults", "استشارات الهجرة للبالغين", "Yetişkinler için göç danışmanlığı"),
    summary: t("Beratung zu Aufenthalt, Arbeit und Sprache", "Advice on residence, work and language", "استشارة حول الإقامة والعمل واللغة", "Oturum, iş ve dil konularında danışmanlık"),
    kind: "migration_counselling", topics: ["residence_law", "work", "arrival"], targets: ["newcomers", "eu_citizens"] },
  { name: t("Jugendmigrationsdienst", "Youth migration service", "خدمة هجرة الشباب", "Gençlik göç servisi"),
    summary: t("Begleitung junger Zugewanderter in Schule, Ausbildung und Beruf", "Support for young migrants at school, in training and at work", "مرافقة الشباب المهاجرين في المدرسة والتدريب والعمل", "Genç göçmenlere okul, eğitim ve meslekte destek"),
    kind: "youth", topics: ["youth", "education", "arrival"], targets: ["young_people"] },
  { name: t("Sprachkurs Deutsch", "German language course", "دورة اللغة الألمانية", "Almanca dil kursu"),
    summary: t("Deutsch lernen von A1 bis B2, mit Prüfung", "Learn German from A1 to B2, with exam", "تعلم الألمانية من A1 إلى B2 مع امتحان", "A1'den B2'ye sınavlı Almanca öğrenin"),
    kind: "language_course", topics: ["language"], targets: ["newcomers", "everyone"] },
  { name: t("Integrationskurs", "Integration course", "دورة الاندماج", "Uyum kursu"),
    summary: t("Sprachkurs und Orientierungskurs nach dem Aufenthaltsgesetz", "Language and orientation course under the Residence Act", "دورة لغة ودورة توجيه وفق قانون الإقامة", "Oturum yasasına göre dil ve oryantasyon kursu"),
    kind: "language_course", topics: ["language", "arrival"], targets: ["newcomers", "refugees"] },
  { name: t("Sprachcafé", "Language café", "مقهى اللغة", "Dil kafesi"),
    summary: t("Deutsch üben in gemütlicher Runde", "Practise German in a relaxed group", "ممارسة الألمانية في جو مريح", "Rahat bir ortamda Almanca pratiği"),
    kind: "language_course", topics: ["language", "participation"], targets: ["everyone"] },
  { name: t("Sprachmittlung", "Language mediation", "الوساطة اللغوية", "Dil aracılığı"),
    summary: t("Dolmetschen für Ämter, Kitas, Schulen und Arztpraxen", "Interpreting for offices, day-care centres, schools and doctors", "ترجمة فورية للدوائر والحضانات والمدارس والأطباء", "Daireler, kreşler, okullar ve doktorlar için tercümanlık"),
    kind: "language_mediation", topics: ["language", "health", "children"], targets: ["newcomers", "public_administration"] },
  { name: t("Beratungsstelle für Frauen", "Counselling centre for women", "مركز استشارات للنساء", "Kadın danışma merkezi"),
    summary: t("Vertrauliche Beratung bei Gewalt, Trennung und Fragen zum Aufenthalt", "Confidential advice on violence, separation and residence", "استشارة سرية في حالات العنف والانفصال وأسئلة الإقامة", "Şiddet, ayrılık ve oturum konularında gizli danışmanlık"),
    kind: "women", topics: ["women", "family", "residence_law"], targets: ["women"] },
  { name: t("Frauentreff International", "International women's meeting point", "ملتقى النساء الدولي", "Uluslararası kadın buluşma noktası"),
    summary: t("Begegnung, Austausch und Beratung für Frauen", "Meeting, exchange and advice for women", "لقاء وتبادل واستشارة للنساء", "Kadınlar için buluşma, paylaşım ve danışmanlık"),
    kind: "women", topics: ["women", "participation"], targets: ["women"] },
  { name: t("Wohnberatung", "Housing advice", "استشارات السكن", "Konut danışmanlığı"),
    summary: t("Hilfe bei der Wohnungssuche und bei Fragen zum Mietvertrag", "Help with finding a flat and with tenancy agreements", "المساعدة في البحث عن سكن وفي عقود الإيجار", "Ev aramada ve kira sözleşmesinde yardım"),
    kind: "housing", topics: ["housing"], targets: ["families", "refugees"] },
  { name: t("Beratung Arbeit und Beruf", "Work and career advice", "استشارات العمل والمهنة", "İş ve meslek danışmanlığı"),
    summary: t("Unterstützung bei Arbeitssuche, Ausbildung und Bewerbung", "Support with job search, training and applications", "دعم في البحث عن عمل والتدريب والتقديم", "İş arama, eğitim ve başvuruda destek"),
    kind: "work", topics: ["work", "education"], targets: ["professionals", "young_people"] },
  { name: t("Anerkennungsberatung", "Advice on the recognition of qualifications", "استشارات الاعتراف بالشهادات", "Diploma denklik danışmanlığı"),
    summary: t("Anerkennung ausländischer Berufsabschlüsse und Qualifizierung", "Recognition of foreign qualifications and further training", "الاعتراف بالشهادات المهنية الأجنبية والتأهيل", "Yabancı meslek diplomalarının tanınması ve nitelik kazanma"),
    kind: "work", topics: ["work", "education"], targets: ["professionals"] },
  { name: t("Flüchtlingssozialarbeit", "Social work for refugees", "العمل الاجتماعي للاجئين", "Mülteciler için sosyal hizmet"),
    summary: t("Begleitung Geflüchteter in Unterkünften und Wohnungen", "Support for refugees in shelters and flats", "مرافقة اللاجئين في أماكن الإقامة والشقق", "Barınaklarda ve evlerde mültecilere destek"),
    kind: "refugee_support", topics: ["arrival", "social_benefits", "residence_law"], targets: ["refugees", "resettlement"] },
  { name: t("Asylverfahrensberatung", "Asylum procedure counselling", "استشارات إجراءات اللجوء", "İltica süreci danışmanlığı"),
    summary: t("Unabhängige Beratung zum Asylverfahren und zur Anhörung", "Independent advice on the asylum procedure and the interview", "استشارة مستقلة حول إجراءات اللجوء والمقابلة", "İltica süreci ve mülakat hakkında bağımsız danışmanlık"),
    kind: "refugee_support", topics: ["residence_law"], targets: ["refugees"] },
  { name: t("Hausaufgabenhilfe", "Homework help", "المساعدة في الواجبات المدرسية", "Ödev yardımı"),
    summary: t("Lernförderung für Schülerinnen und Schüler am Nachmittag", "Afternoon learning support for pupils", "دعم تعليمي للتلاميذ بعد الظهر", "Öğrencilere öğleden sonra ders desteği"),
    kind: "education", topics: ["education", "children"], targets: ["children"] },
  { name: t("Elterncafé", "Parents' café", "مقهى الآباء والأمهات", "Veli kafesi"),
    summary: t("Austausch für Eltern zu Kita, Schule und Erziehung", "Exchange for parents on day care, school and upbringing", "تبادل للآباء حول الحضانة والمدرسة والتربية", "Veliler için kreş, okul ve eğitim üzerine paylaşım"),
    kind: "education", topics: ["family", "children", "education"], targets: ["parents"] },
  { name: t("Bewerbungstraining", "Job application training", "تدريب على طلبات العمل", "İş başvurusu eğitimi"),
    summary: t("Lebenslauf, Anschreiben und Vorstellungsgespräch üben", "Practise CVs, cover letters and interviews", "التدرب على السيرة الذاتية ورسالة التقديم والمقابلة", "Özgeçmiş, ön yazı ve mülakat pratiği"),
    kind: "work", topics: ["work"], targets: ["young_people", "professionals"] },
  { name: t("Gesundheitslotsen", "Health guides", "مرشدو الصحة", "Sağlık rehberleri"),
    summary: t("Orientierung im Gesundheitssystem in der Muttersprache", "Finding your way in the health system in your own language", "التوجيه في النظام الصحي بلغتك الأم", "Sağlık sisteminde ana dilde rehberlik"),
    kind: "health", topics: ["health"], targets: ["newcomers", "seniors"] },
  { name: t("Psychosoziale Beratung", "Psychosocial counselling", "الاستشارة النفسية الاجتماعية", "Psikososyal danışmanlık"),
    summary: t("Unterstützung bei Belastungen, Trauma und Krisen", "Support with stress, trauma and crises", "دعم في حالات الضغط والصدمات والأزمات", "Stres, travma ve krizlerde destek"),
    kind: "health", topics: ["health"], targets: ["refugees"] },
  { name: t("Antidiskriminierungsberatung", "Anti-discrimination counselling", "استشارات مكافحة التمييز", "Ayrımcılık karşıtı danışmanlık"),
    summary: t("Beratung und Begleitung bei Diskriminierung und Rassismus", "Advice and support against discrimination and racism", "استشارة ومرافقة في حالات التمييز والعنصرية", "Ayrımcılık ve ırkçılığa karşı danışmanlık ve destek"),
    kind: "antidiscrimination", topics: ["discrimination", "equality"], targets: ["everyone"] },
  { name: t("Ehrenamtsbörse", "Volunteer exchange", "بورصة التطوع", "Gönüllülük borsası"),
    summary: t("Vermittlung von Ehrenamtlichen für Patenschaften und Begleitung", "Matching volunteers with mentoring and accompaniment", "توفيق المتطوعين مع برامج الرعاية والمرافقة", "Gönüllüleri mentorluk ve refakatle buluşturma"),
    kind: "volunteering", topics: ["volunteering", "participation"], targets: ["volunteers"] },
  { name: t("Begegnungszentrum", "Community centre", "مركز اللقاء", "Buluşma merkezi"),
    summary: t("Offener Treff mit Kursen, Festen und Beratung", "Open meeting place with courses, festivals and advice", "ملتقى مفتوح مع دورات واحتفالات واستشارات", "Kurslar, şenlikler ve danışmanlıkla açık buluşma yeri"),
    kind: "community_centre", topics: ["participation", "culture"], targets: ["everyone"] },
  { name: t("Interkultureller Garten", "Intercultural garden", "حديقة متعددة الثقافات", "Kültürlerarası bahçe"),
    summary: t("Gemeinsam gärtnern, kochen und Nachbarschaft erleben", "Gardening, cooking and neighbourhood together", "البستنة والطبخ والجيرة معاً", "Birlikte bahçecilik, yemek ve komşuluk"),
    kind: "culture", topics: ["culture", "participation"], targets: ["everyone", "families"] },
  { name: t("Ausländerbehörde", "Immigration office", "مكتب شؤون الأجانب", "Yabancılar dairesi"),
    summary: t("Aufenthaltstitel, Verlängerung und Einbürgerung", "Residence permits, extensions and naturalisation", "تصاريح الإقامة والتمديد والتجنيس", "Oturum izni, uzatma ve vatandaşlık"),
    kind: "administration", topics: ["residence_law"], targets: ["newcomers", "eu_citizens"] },
  { name: t("Migrationsbüro", "Migration office", "مكتب الهجرة", "Göç bürosu"),
    summary: t("Erste Anlaufstelle für Zugewanderte", "First point of contact for newcomers", "نقطة الاتصال الأولى للقادمين الجدد", "Yeni gelenler için ilk başvuru noktası"),
    kind: "coordination", topics: ["arrival"], targets: ["newcomers"] },
  { name: t("Koordinierungsstelle Integration", "Integration coordination office", "مكتب تنسيق الاندماج", "Uyum koordinasyon ofisi"),
    summary: t("Vernetzung der Angebote für Migration und Teilhabe", "Networking the offers for migration and participation", "ربط العروض الخاصة بالهجرة والمشاركة", "Göç ve katılım tekliflerinin ağ oluşturması"),
    kind: "coordination", topics: ["arrival", "participation", "funding"], targets: ["associations", "public_administration"] },
  { name: t("Schuldnerberatung", "Debt counselling", "استشارات الديون", "Borç danışmanlığı"),
    summary: t("Hilfe bei Schulden, Mahnungen und Kontopfändung", "Help with debts, reminders and account seizure", "المساعدة في الديون والإنذارات والحجز على الحساب", "Borç, ihtar ve hesap haczinde yardım"),
    kind: "counselling", topics: ["social_benefits"], targets: ["families", "everyone"] },
  { name: t("Sozialberatung", "Social counselling", "الاستشارة الاجتماعية", "Sosyal danışmanlık"),
    summary: t("Anträge auf Bürgergeld, Wohngeld und Kinderzuschlag", "Applications for citizen's income, housing benefit and child supplement", "طلبات إعانة المواطن وبدل السكن وعلاوة الأطفال", "Vatandaş parası, konut yardımı ve çocuk zammı başvuruları"),
    kind: "counselling", topics: ["social_benefits", "family"], targets: ["families"] },
  { name: t("Mädchentreff", "Girls' club", "نادي الفتيات", "Kız kulübü"),
    summary: t("Offener Treff für Mädchen mit Sport und Kreativangeboten", "Open club for girls with sport and creative activities", "ملتقى مفتوح للفتيات مع الرياضة والأنشطة الإبداعية", "Kızlar için spor ve yaratıcı etkinliklerle açık buluşma"),
    kind: "youth", topics: ["youth", "women", "sport"], targets: ["young_people", "women"] },
  { name: t("Sport für alle", "Sport for everyone", "رياضة للجميع", "Herkes için spor"),
    summary: t("Fußball, Schwimmen und Fitness im Sportverein", "Football, swimming and fitness at the sports club", "كرة القدم والسباحة واللياقة في النادي الرياضي", "Spor kulübünde futbol, yüzme ve fitness"),
    kind: "culture", topics: ["sport", "participation"], targets: ["everyone", "young_people"] },
  { name: t("Familienzentrum", "Family centre", "مركز الأسرة", "Aile merkezi"),
    summary: t("Beratung, Eltern-Kind-Gruppen und Familienbildung", "Advice, parent-child groups and family education", "استشارة ومجموعات الآباء والأطفال وتعليم الأسرة", "Danışmanlık, ebeveyn-çocuk grupları ve aile eğitimi"),
    kind: "education", topics: ["family", "children"], targets: ["families", "parents"] },
  { name: t("Kita-Einstiegsberatung", "Day-care entry advice", "استشارة الالتحاق بالحضانة", "Kreşe başlangıç danışmanlığı"),
    summary: t("Hilfe bei der Suche nach einem Kitaplatz", "Help with finding a place in day care", "المساعدة في إيجاد مكان في الحضانة", "Kreş yeri bulmada yardım"),
    kind: "education", topics: ["children", "family"], targets: ["parents"] },
  { name: t("Rückkehrberatung", "Return counselling", "استشارات العودة", "Geri dönüş danışmanlığı"),
    summary: t("Beratung zur freiwilligen Rückkehr und Weiterwanderung", "Advice on voluntary return and onward migration", "استشارة حول العودة الطوعية والهجرة إلى بلد آخر", "Gönüllü geri dönüş ve başka ülkeye göç danışmanlığı"),
    kind: "migration_counselling", topics: ["residence_law"], targets: ["refugees"] },
  { name: t("Integration Point im Jobcenter", "Integration Point at the job centre", "نقطة الاندماج في مركز العمل", "İş merkezinde uyum noktası"),
    summary: t("Arbeitsvermittlung und Leistungen für Geflüchtete", "Job placement and benefits for refugees", "التوظيف والإعانات للاجئين", "Mültecilere iş bulma ve yardımlar"),
    kind: "work", topics: ["work", "social_benefits"], targets: ["refugees"] },
  { name: t("Dolmetscherpool", "Interpreter pool", "مجموعة المترجمين", "Tercüman havuzu"),
    summary: t("Ehrenamtliche Dolmetscherinnen und Dolmetscher für Termine", "Volunteer interpreters for appointments", "مترجمون متطوعون للمواعيد", "Randevular için gönüllü tercümanlar"),
    kind: "language_mediation", topics: ["language", "volunteering"], targets: ["newcomers"] },
  { name: t("Wohnungslosenhilfe", "Help for the homeless", "مساعدة المشردين", "Evsizlere yardım"),
    summary: t("Notunterkunft, Beratung und Postadresse", "Emergency shelter, advice and postal address", "مأوى طارئ واستشارة وعنوان بريدي", "Acil barınak, danışmanlık ve posta adresi"),
    kind: "housing", topics: ["housing", "social_benefits"], targets: ["everyone"] },
  { name: t("Einbürgerungsberatung", "Naturalisation advice", "استشارات التجنيس", "Vatandaşlık danışmanlığı"),
    summary: t("Voraussetzungen, Einbürgerungstest und Antrag", "Requirements, naturalisation test and application", "الشروط واختبار التجنيس والطلب", "Şartlar, vatandaşlık testi ve başvuru"),
    kind: "administration", topics: ["residence_law", "participation"], targets: ["newcomers"] },
  { name: t("Bildungsberatung", "Education advice", "استشارات التعليم", "Eğitim danışmanlığı"),
    summary: t("Schulabschluss, Studium und Weiterbildung", "School leaving certificate, university and further education", "الشهادة المدرسية والدراسة الجامعية والتعليم المستمر", "Okul diploması, üniversite ve sürekli eğitim"),
    kind: "education", topics: ["education"], targets: ["young_people", "professionals"] },
  { name: t("Nachbarschaftshilfe", "Neighbourhood help", "مساعدة الجيران", "Komşuluk yardımı"),
    summary: t("Begleitung zu Ämtern und Hilfe im Alltag", "Accompaniment to offices and everyday help", "المرافقة إلى الدوائر والمساعدة اليومية", "Dairelere refakat ve günlük yardım"),
    kind: "volunteering", topics: ["volunteering", "arrival"], targets: ["seniors", "newcomers"] },
  { name: t("Hotline Gewaltschutz", "Violence protection hotline", "الخط الساخن للحماية من العنف", "Şiddetten korunma yardım hattı"),
    summary: t("Rund um die Uhr erreichbar, anonym und mehrsprachig", "Available around the clock, anonymous and multilingual", "متاح على مدار الساعة، مجهول الهوية ومتعدد اللغات", "Gece gündüz ulaşılabilir, anonim ve çok dilli"),
    kind: "women", topics: ["women", "health"], targets: ["women", "everyone"] },
];

/** Optional words added to an offer's name. */
export const QUALIFIERS: { text: Text; targets: TargetGroup[] }[] = [
  { text: t("für Frauen", "for women", "للنساء", "kadınlar için"), targets: ["women"] },
  { text: t("für Jugendliche", "for young people", "للشباب", "gençler için"), targets: ["young_people"] },
  { text: t("für Familien", "for families", "للعائلات", "aileler için"), targets: ["families"] },
  { text: t("für Geflüchtete", "for refugees", "للاجئين", "mülteciler için"), targets: ["refugees"] },
  { text: t("für Eltern", "for parents", "للآباء", "ebeveynler için"), targets: ["parents"] },
  { text: t("für Seniorinnen und Senioren", "for senior citizens", "لكبار السن", "yaşlılar için"), targets: ["seniors"] },
  { text: t("mit Kinderbetreuung", "with childcare", "مع رعاية الأطفال", "çocuk bakımıyla"), targets: ["parents"] },
  { text: t("am Abend", "in the evening", "في المساء", "akşamları"), targets: [] },
  { text: t("am Wochenende", "at the weekend", "في عطلة نهاية الأسبوع", "hafta sonu"), targets: [] },
  { text: t("online", "online", "عبر الإنترنت", "çevrimiçi"), targets: [] },
  { text: t("in leichter Sprache", "in plain language", "بلغة مبسطة", "kolay dilde"), targets: [] },
  { text: t("für Fachkräfte", "for skilled workers", "للعمالة الماهرة", "nitelikli çalışanlar için"), targets: ["professionals"] },
];

/** Second sentences of summaries. */
export const SUMMARY_EXTRAS: Text[] = [
  t("Kostenlos und vertraulich.", "Free and confidential.", "مجاني وسري.", "Ücretsiz ve gizli."),
  t("Termine nach Vereinbarung.", "Appointments by arrangement.", "المواعيد بالاتفاق.", "Randevu ile."),
  t("Offene Sprechstunde ohne Termin.", "Open consultation hours without appointment.", "ساعات استشارة مفتوحة بدون موعد.", "Randevusuz açık görüşme saatleri."),
  t("Auch telefonisch und per Videoberatung.", "Also by phone and video call.", "أيضاً عبر الهاتف والفيديو.", "Telefonla ve görüntülü görüşmeyle de."),
  t("Barrierefreier Zugang.", "Step-free access.", "مدخل خالٍ من العوائق.", "Engelsiz erişim."),
  t("Mit Kinderbetreuung.", "With childcare.", "مع رعاية الأطفال.", "Çocuk bakımı ile."),
];

/** Sentences of descriptions. */
export const DESCRIPTION_SENTENCES: Text[] = [
  t("Wir beraten Zugewanderte, Geflüchtete und ihre Familien.", "We advise immigrants, refugees and their families.", "نقدم الاستشارة للمهاجرين واللاجئين وعائلاتهم.", "Göçmenlere, mültecilere ve ailelerine danışmanlık veriyoruz."),
  t("Die Beratung ist kostenlos, vertraulich und unabhängig vom Aufenthaltsstatus.", "Advice is free, confidential and independent of residence status.", "الاستشارة مجانية وسرية ومستقلة عن وضع الإقامة.", "Danışmanlık ücretsiz, gizli ve oturum durumundan bağımsızdır."),
  t("Bitte bringen Sie Ihre Unterlagen mit, zum Beispiel Pass und Bescheide.", "Please bring your documents, for example passport and notices.", "يرجى إحضار وثائقك، مثل جواز السفر والقرارات.", "Lütfen belgelerinizi getirin, örneğin pasaport ve kararlar."),
  t("Bei Bedarf vermitteln wir an Fachdienste und Behörden weiter.", "If needed we refer you to specialist services and authorities.", "عند الحاجة نحيلك إلى الخدمات المتخصصة والسلطات.", "Gerekirse sizi uzman servislere ve makamlara yönlendiriyoruz."),
  t("Das Angebot wird gefördert vom Bundesamt für Migration und Flüchtlinge.", "The offer is funded by the Federal Office for Migration and Refugees.", "هذا العرض ممول من المكتب الاتحادي للهجرة واللاجئين.", "Bu hizmet Federal Göç ve Mülteciler Dairesi tarafından desteklenmektedir."),
  t("Während der Kurse ist eine Kinderbetreuung möglich.", "Childcare is available during the courses.", "رعاية الأطفال متاحة أثناء الدورات.", "Kurslar sırasında çocuk bakımı mümkündür."),
  t("Unsere Mitarbeiterinnen sprechen mehrere Sprachen.", "Our staff speak several languages.", "موظفاتنا يتحدثن عدة لغات.", "Çalışanlarımız birçok dil konuşuyor."),
  t("Die Räume sind mit Bus und Bahn gut erreichbar.", "The rooms are easy to reach by bus and train.", "يسهل الوصول إلى المكان بالحافلة والقطار.", "Mekâna otobüs ve trenle kolayca ulaşılabilir."),
  t("Wir helfen beim Ausfüllen von Anträgen und Formularen.", "We help with filling in applications and forms.", "نساعد في ملء الطلبات والاستمارات.", "Başvuru ve formların doldurulmasında yardımcı oluyoruz."),
  t("Ehrenamtliche Patinnen und Paten begleiten Sie zu Terminen.", "Volunteer mentors accompany you to appointments.", "يرافقك رعاة متطوعون إلى المواعيد.", "Gönüllü mentorlar randevularınızda size eşlik eder."),
  t("Anmeldung telefonisch oder per E-Mail.", "Registration by phone or e-mail.", "التسجيل عبر الهاتف أو البريد الإلكتروني.", "Kayıt telefonla veya e-postayla."),
  t("Im Sommer finden zusätzliche Ferienangebote statt.", "Additional holiday activities take place in summer.", "تقام أنشطة عطلة إضافية في الصيف.", "Yazın ek tatil etkinlikleri düzenlenir."),
];

/** Providers; a town or district name is appended. */
export const PROVIDERS = [
  "Caritasverband", "Diakonisches Werk", "AWO Kreisverband", "DRK Kreisverband", "Paritätischer Wohlfahrtsverband",
  "Volkshochschule", "Internationaler Bund", "Kinderschutzbund", "Arbeit und Leben", "Evangelische Jugend",
  "Türkischer Elternverein", "Deutsch-Arabischer Kulturverein", "Flüchtlingshilfe", "Frauenhaus e.V.", "Kulturverein Mosaik",
  "Migrantenselbstorganisation Brücke", "Jobcenter", "Stadtverwaltung", "Kreisverwaltung", "Sportbund",
];

export const STREETS = [
  "Hauptstraße", "Bahnhofstraße", "Marktplatz", "Kirchstraße", "Schulstraße", "Lindenallee", "Am Rathaus", "Gartenstraße",
  "Mühlenweg", "Friedrich-Ebert-Straße", "Goethestraße", "Schillerplatz", "Weserstraße", "Am Hafen", "Grüner Weg",
];

/** Kreisfreie and große selbständige Städte: one town each, the city itself. */
export const CITIES = [
  "Braunschweig", "Delmenhorst", "Emden", "Oldenburg", "Osnabrück", "Salzgitter", "Wilhelmshaven", "Wolfsburg",
  "Göttingen", "Hildesheim", "Celle", "Lüneburg",
];

/** Landkreise (and the Region Hannover): several towns each. */
export const DISTRICTS = [
  "Ammerland", "Aurich", "Celle", "Cloppenburg", "Cuxhaven", "Diepholz", "Emsland", "Friesland", "Gifhorn", "Goslar",
  "Göttingen", "Grafschaft Bentheim", "Hameln-Pyrmont", "Harburg", "Heidekreis", "Helmstedt", "Hildesheim", "Holzminden",
  "Leer", "Lüchow-Dannenberg", "Lüneburg", "Nienburg/Weser", "Northeim", "Oldenburg", "Osnabrück", "Osterholz", "Peine",
  "Rotenburg (Wümme)", "Schaumburg", "Stade", "Uelzen", "Vechta", "Verden", "Wesermarsch", "Wittmund", "Wolfenbüttel",
  "Region Hannover",
];

/** Syllables of invented but plausible town names (Lindenhausen, Mühlenbrück, Süderfehn …). */
export const TOWN_STEMS = [
  "Linden", "Eichen", "Buchen", "Birken", "Wiesen", "Rosen", "Stein", "Mühlen", "Brücken", "Wald", "Berg", "Moor", "Heide",
  "Marsch", "Sand", "Kirch", "Hagen", "Wester", "Oster", "Süder", "Norder", "Bram", "Hasel", "Wolfs", "Fuchs", "Hirsch",
  "Kranich", "Storch", "Schwanen", "Groß ", "Klein ", "Alt", "Neu", "Ober", "Nieder", "Schön", "Grün", "Lüder", "Höven",
];
export const TOWN_SUFFIXES = [
  "hausen", "dorf", "stedt", "burg", "feld", "bühren", "beck", "horst", "loh", "brück", "wede", "ingen", "rode", "siel",
  "fehn", "moor", "hude", "büttel", "kamp", "heim", "münde", "ahlen", "lage", "förde",
];
