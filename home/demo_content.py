"""The Resource Centre's current text, in its three languages.

Albanian is the source; English is the Centre's own published text and Serbian
its translation. Every translatable string of a source page maps to its
translations by position in these parallel structures.
"""

LANGUAGES = ("sq", "sr-latn", "en")

HOME = {
    "slug": {"sq": "ballina", "sr-latn": "pocetna", "en": "home"},
    "title": {
        "sq": "Qendra e Burimeve për Shoqëri Civile në Kosovë",
        "sr-latn": "Kosovski Resursni Centar za Civilno Društvo",
        "en": "Kosovo Resource Centre for Civil Society",
    },
    "introduction": {
        "sq": "Përveç dokumenteve në internet që ofron Tryeza e Ndihmës, Qendra e "
        "Burimeve organizon edhe sesione informuese për tema që lidhen me shoqërinë "
        "civile, pjesëmarrjen dhe integrimin evropian, në të gjitha gjuhët zyrtare "
        "dhe në përdorim në Kosovë. Sesionet informuese zgjasin nga gjysmë dite "
        "deri në një ditë, duke kombinuar sesionin informues me pyetjet dhe "
        "përgjigjet e pjesëmarrësve.",
        "sr-latn": "Pored onlajn dokumenata koje pruža Služba za pomoć, Resursni "
        "centar organizuje i informativne sesije o temama vezanim za civilno "
        "društvo, učešće i evropske integracije, na svim jezicima koji su službeni "
        "i u upotrebi na Kosovu. Informativne sesije traju od pola dana do jednog "
        "dana i kombinuju informativnu sesiju sa pitanjima i odgovorima učesnika.",
        "en": "In addition to online documents provided by the Help Desk, the "
        "Resource Center also organizes information sessions on topics related to "
        "civil society, participation and European Integration in all official "
        "languages and in use in Kosovo. The information sessions last half to one "
        "day, by combining the information session and the questions and answers "
        "with the participants.",
    },
    "paragraphs": [
        {
            "sq": "Këto sesione informuese janë të hapura për të gjitha palët e "
            "interesuara për temat e lartpërmendura, pavarësisht nga anëtarësimi "
            "apo përkatësia e tyre në OShC në Kosovë.",
            "sr-latn": "Ove informativne sesije otvorene su za sve zainteresovane "
            "strane u vezi sa navedenim temama, bez obzira na njihovo članstvo ili "
            "povezanost sa OCD na Kosovu.",
            "en": "These information sessions are open to all interested parties "
            "regarding the above mentioned topics, regardless of their membership "
            "or affiliation with CSOs in Kosovo.",
        }
    ],
}

SESSION_INDEX = {
    "slug": {
        "sq": "sesionet-informuese",
        "sr-latn": "informativne-sesije",
        "en": "information-sessions",
    },
    "title": {
        "sq": "Sesionet informuese",
        "sr-latn": "Informativne sesije",
        "en": "Information sessions",
    },
    "introduction": {
        "sq": "Të gjitha sesionet informuese të Qendrës së Burimeve, të ardhshme dhe "
        "të kaluara. Filtrojini sipas temës, formatit, gjuhës dhe vitit, ose "
        "ndiqini në kalendarin tuaj.",
        "sr-latn": "Sve informativne sesije Resursnog centra, predstojeće i "
        "prošle. Filtrirajte ih po temi, formatu, jeziku i godini ili ih pratite "
        "u svom kalendaru.",
        "en": "All the Resource Centre’s information sessions, upcoming and past. "
        "Filter them by topic, format, language and year, or follow them in your "
        "calendar.",
    },
}

SPEAKER_INDEX = {
    "slug": {"sq": "folesit", "sr-latn": "govornici", "en": "speakers"},
    "title": {"sq": "Folësit", "sr-latn": "Govornici", "en": "Speakers"},
    "introduction": {
        "sq": "Ekspertët që udhëheqin sesionet tona informuese.",
        "sr-latn": "Stručnjaci koji vode naše informativne sesije.",
        "en": "The experts who lead our information sessions.",
    },
}

SPEAKERS = {
    "shasha": {
        "slug": {
            "sq": "demush-shasha",
            "sr-latn": "demush-shasha",
            "en": "demush-shasha",
        },
        "title": {
            "sq": "Demush Shasha",
            "sr-latn": "Demush Shasha",
            "en": "Demush Shasha",
        },
        "initials": "DS",
        "job_title": {
            "sq": "Drejtor ekzekutiv",
            "sr-latn": "Izvršni direktor",
            "en": "Executive Director",
        },
        "organisation": {
            "sq": "Instituti EPIK",
            "sr-latn": "Institut EPIK",
            "en": "EPIK Institute",
        },
        "bio": {
            "sq": "Demush Shasha drejton Institutin EPIK, i cili punon për "
            "integrimin evropian të Kosovës.",
            "sr-latn": "Demush Shasha vodi Institut EPIK, koji se bavi evropskim "
            "integracijama Kosova.",
            "en": "Demush Shasha leads the EPIK Institute, which works on Kosovo’s "
            "European integration.",
        },
    },
    "dimitrijevic": {
        "slug": {
            "sq": "darko-dimitrijeviq",
            "sr-latn": "darko-dimitrijevic",
            "en": "darko-dimitrijevic",
        },
        "title": {
            "sq": "Darko Dimitrijeviq",
            "sr-latn": "Darko Dimitrijević",
            "en": "Darko Dimitrijevic",
        },
        "initials": "DD",
        "job_title": {"sq": "Gazetar", "sr-latn": "Novinar", "en": "Journalist"},
        "organisation": {
            "sq": "Radio Gorazhdevci",
            "sr-latn": "Radio Goraždevac",
            "en": "Radio Gorazdevac",
        },
        "bio": {
            "sq": "Darko Dimitrijeviq është gazetar në Radio Gorazhdevcin në Pejë.",
            "sr-latn": "Darko Dimitrijević je novinar Radija Goraždevac iz Peći.",
            "en": "Darko Dimitrijevic is a journalist of Radio Gorazdevac in Peja.",
        },
    },
    "puka": {
        "slug": {"sq": "dren-puka", "sr-latn": "dren-puka", "en": "dren-puka"},
        "title": {"sq": "Dren Puka", "sr-latn": "Dren Puka", "en": "Dren Puka"},
        "initials": "DP",
        "job_title": {
            "sq": "Drejtor i Hulumtimit dhe Avokimit",
            "sr-latn": "Direktor za istraživanje i zagovaranje",
            "en": "Director of Research and Advocacy",
        },
        "organisation": {
            "sq": "Fondacioni Kosovar për Shoqëri Civile (KCSF)",
            "sr-latn": "Kosovska fondacija za civilno društvo (KCSF)",
            "en": "Kosovo Civil Society Foundation (KCSF)",
        },
        "bio": {
            "sq": "Dren Puka drejton hulumtimin dhe avokimin në Fondacionin Kosovar "
            "për Shoqëri Civile.",
            "sr-latn": "Dren Puka rukovodi istraživanjem i zagovaranjem u Kosovskoj "
            "fondaciji za civilno društvo.",
            "en": "Dren Puka directs research and advocacy at the Kosovo Civil "
            "Society Foundation.",
        },
    },
}

TOPICS = {
    "civil-society": {
        "slug": {
            "sq": "koncepti-i-shoqerise-civile",
            "sr-latn": "koncept-civilnog-drustva",
            "en": "concept-of-civil-society",
        },
        "title": {
            "sq": "Koncepti i shoqërisë civile",
            "sr-latn": "Koncept civilnog društva",
            "en": "The concept of civil society",
        },
        "colour": (11, 79, 138),
        "introduction": {
            "sq": "Çfarë është shoqëria civile, si është zhvilluar në Kosovë dhe si "
            "marrin pjesë qytetarët në jetën publike.",
            "sr-latn": "Šta je civilno društvo, kako se razvijalo na Kosovu i kako "
            "građani učestvuju u javnom životu.",
            "en": "What civil society is, how it developed in Kosovo, and how "
            "citizens take part in public life.",
        },
    },
    "governance": {
        "slug": {
            "sq": "qeverisja-e-brendshme-e-oshc-ve",
            "sr-latn": "unutrasnje-upravljanje-ocd",
            "en": "internal-governance-of-csos",
        },
        "title": {
            "sq": "Qeverisja e brendshme e OShC-ve",
            "sr-latn": "Unutrašnje upravljanje OCD",
            "en": "Internal governance of CSOs",
        },
        "colour": (31, 110, 67),
        "introduction": {
            "sq": "Si drejtohen organizatat e shoqërisë civile nga brenda: statuti, "
            "bordet, transparenca dhe llogaridhënia.",
            "sr-latn": "Kako se organizacije civilnog društva vode iznutra: statut, "
            "upravni odbori, transparentnost i odgovornost.",
            "en": "How civil-society organisations are run from the inside: "
            "statutes, boards, transparency and accountability.",
        },
    },
    "eu": {
        "slug": {
            "sq": "bashkimi-evropian-ne-nje-dite",
            "sr-latn": "evropska-unija-u-jednom-danu",
            "en": "european-union-in-one-day",
        },
        "title": {
            "sq": "Bashkimi Evropian në një ditë",
            "sr-latn": "Evropska unija u jednom danu",
            "en": "European Union in One Day",
        },
        "colour": (0, 51, 153),
        "introduction": {
            "sq": "Rruga e Kosovës drejt Bashkimit Evropian: Marrëveshja e "
            "Stabilizim-Asociimit, agjenda e reformave dhe roli i shoqërisë civile.",
            "sr-latn": "Put Kosova ka Evropskoj uniji: Sporazum o stabilizaciji i "
            "pridruživanju, agenda reformi i uloga civilnog društva.",
            "en": "Kosovo’s path to the European Union: the Stabilisation and "
            "Association Agreement, the reform agenda and the role of civil society.",
        },
    },
}

ZOOM = "Zoom"

SESSIONS = [
    {
        "topic": "eu",
        "number": 1,
        "start": (2021, 3, 30, 10, 0),
        "end": (2021, 3, 30, 13, 0),
        "format": "online",
        "platform": ZOOM,
        "languages": ["sq", "sr", "en"],
        "participants": None,
        "speakers": [("shasha", "speaker")],
        "slug": {
            "sq": "be-ne-nje-dite-5-vjet-nga-msa",
            "sr-latn": "eu-u-jednom-danu-5-godina-od-ssp",
            "en": "eu-in-one-day-5-years-from-the-saa",
        },
        "title": {
            "sq": "BE në një ditë: 5 vjet nga Marrëveshja e Stabilizim-Asociimit",
            "sr-latn": "EU u jednom danu: 5 godina od Sporazuma o stabilizaciji i "
            "pridruživanju",
            "en": "EU in One Day: 5 years from the Stabilization and Association "
            "Agreement",
        },
        "venue": None,
        "summary": {
            "sq": "Më 30 mars u mbajt sesioni i parë informues online “BE në një "
            "ditë”, me Demush Shashën, drejtor ekzekutiv i Institutit EPIK. Z. Shasha "
            "dha informacione për ngjarjet dhe pengesat më të rëndësishme në kuadër "
            "të Marrëveshjes së Stabilizim-Asociimit, 5 vjet pas hyrjes së saj në "
            "fuqi.",
            "sr-latn": "Prva onlajn informativna sesija „EU u jednom danu” održana "
            "je 30. marta, sa Demushom Shashom, izvršnim direktorom Instituta EPIK. "
            "G. Shasha je govorio o najvažnijim događajima i preprekama u okviru "
            "Sporazuma o stabilizaciji i pridruživanju, pet godina nakon njegovog "
            "stupanja na snagu.",
            "en": "On March 30, the first online information session on “EU in a "
            "day” was held, with Demush Shasha, Executive Director of the EPIK "
            "Institute. Mr. Shasha provided information on the most important "
            "events and obstacles under the Stabilization and Association "
            "Agreement, 5 years after its entry into force.",
        },
        "paragraphs": [
            {
                "sq": "Përveç kësaj, pjesëmarrësit patën mundësinë të informohen "
                "dhe të diskutojnë për tema si roli dhe rëndësia e MSA-së, procesi "
                "i integrimit të Kosovës në BE, mësimet e nxjerra gjatë këtyre pesë "
                "viteve, roli i OShC-ve në pjesëmarrjen në proceset e MSA-së, "
                "rëndësia e Agjendës së Reformave Evropiane dhe roli i OShC-ve në "
                "këtë proces.",
                "sr-latn": "Pored toga, učesnici su imali priliku da se informišu i "
                "razgovaraju o temama kao što su uloga i značaj SSP-a, proces "
                "evropskih integracija Kosova, pouke naučene tokom ovih pet "
                "godina, uloga OCD u učešću u procesima SSP-a, značaj Evropske "
                "agende reformi i uloga OCD u tom procesu.",
                "en": "In addition, participants also had the opportunity to be "
                "informed and discuss topics such as the role and importance of "
                "the SAA, Kosovo’s EU integration process, lessons learned during "
                "these five years, the role of CSOs in participation in the SAA "
                "processes, the importance of the European Reform Agenda and the "
                "role of CSOs in this process.",
            },
            {
                "sq": "Sesioni informues ishte i hapur për të gjithë individët dhe "
                "OShC-të në Kosovë dhe u zhvillua virtualisht në platformën Zoom.",
                "sr-latn": "Informativna sesija bila je otvorena za sve pojedince i "
                "OCD na Kosovu i održana je virtuelno na platformi Zoom.",
                "en": "The information session was open to all individuals and CSOs "
                "in Kosovo and was conducted virtually on the Zoom platform.",
            },
        ],
        "points": {
            "heading": {
                "sq": "Temat e diskutuara",
                "sr-latn": "Teme o kojima se razgovaralo",
                "en": "Topics discussed",
            },
            "items": [
                {
                    "sq": "Roli dhe rëndësia e MSA-së",
                    "sr-latn": "Uloga i značaj SSP-a",
                    "en": "The role and importance of the SAA",
                },
                {
                    "sq": "Procesi i integrimit të Kosovës në BE",
                    "sr-latn": "Proces evropskih integracija Kosova",
                    "en": "Kosovo’s EU integration process",
                },
                {
                    "sq": "Mësimet e nxjerra gjatë pesë viteve",
                    "sr-latn": "Pouke naučene tokom pet godina",
                    "en": "Lessons learned during five years",
                },
                {
                    "sq": "Agjenda e Reformave Evropiane dhe roli i OShC-ve",
                    "sr-latn": "Evropska agenda reformi i uloga OCD",
                    "en": "The European Reform Agenda and the role of CSOs",
                },
            ],
        },
    },
    {
        "topic": "eu",
        "number": 2,
        "start": (2021, 5, 6, 10, 0),
        "end": (2021, 5, 6, 14, 0),
        "format": "hybrid",
        "platform": ZOOM,
        "languages": ["sr", "sq"],
        "participants": 20,
        "speakers": [("dimitrijevic", "speaker")],
        "slug": {
            "sq": "be-ne-nje-dite-ne-diten-e-evropes",
            "sr-latn": "eu-u-jednom-danu-na-dan-evrope",
            "en": "eu-in-one-day-in-europe-day",
        },
        "title": {
            "sq": "BE në një ditë në Ditën e Evropës",
            "sr-latn": "EU u jednom danu na Dan Evrope",
            "en": "EU in One Day in Europe Day",
        },
        "venue": {
            "sq": "Mitrovica e Veriut",
            "sr-latn": "Severna Mitrovica",
            "en": "North Mitrovica",
        },
        "summary": {
            "sq": "Më 6 maj, në Mitrovicën e Veriut, u mbajt sesioni i dytë "
            "informues me temë “Rëndësia e lirisë së medieve në procesin e "
            "integrimit evropian të Kosovës”.",
            "sr-latn": "Druga informativna sesija održana je 6. maja u Severnoj "
            "Mitrovici na temu „Značaj slobode medija u procesu evropskih "
            "integracija Kosova”.",
            "en": "On May 6, in North Mitrovica, the second information session was "
            "held on the topic “The importance of media freedom in the process of "
            "European Integration of Kosovo.”",
        },
        "paragraphs": [
            {
                "sq": "Darko Dimitrijeviq, gazetar i Radio Gorazhdevcit në Pejë, i "
                "informoi pjesëmarrësit për tema si rekomandimet e BE-së për "
                "mbrojtjen e gazetarëve dhe mediet e lira në Kosovë, rekomandimet "
                "për Ligjin për lirinë e medieve, monitorimi i procesit të "
                "financimit të medieve, roli i medieve në procesin e MSA-së në "
                "Kosovë dhe roli aktiv i BE-së në lirinë e medieve në Kosovë.",
                "sr-latn": "Darko Dimitrijević, novinar Radija Goraždevac iz Peći, "
                "informisao je učesnike o temama kao što su preporuke EU za zaštitu "
                "novinara i slobodnih medija na Kosovu, preporuke o Zakonu o "
                "slobodi medija, praćenje procesa finansiranja medija, uloga medija "
                "u procesu SSP-a na Kosovu i aktivna uloga EU u slobodi medija na "
                "Kosovu.",
                "en": "Darko Dimitrijevic, journalist of Radio Gorazdevac in Peja, "
                "informed the participants about topics such as EU recommendations "
                "for the protection of journalists and free media in Kosovo, "
                "recommendations on the Law on Media Freedom, monitoring the media "
                "funding process, the role of the media in the SAA process in "
                "Kosovo and the active role of the EU in media freedom in Kosovo.",
            },
            {
                "sq": "Sesioni informues u zhvillua në Mitrovicën e Veriut dhe "
                "njëkohësisht online përmes platformës ZOOM, ku morën pjesë më "
                "shumë se 20 pjesëmarrës. Ky sesion u mbajt në përputhje me të "
                "gjitha kërkesat e Institutit Kombëtar të Shëndetit Publik të "
                "Kosovës.",
                "sr-latn": "Informativna sesija održana je u Severnoj Mitrovici i "
                "istovremeno onlajn putem platforme ZOOM, a prisustvovalo joj je "
                "više od 20 učesnika. Sesija je održana u skladu sa svim zahtevima "
                "Nacionalnog instituta za javno zdravlje Kosova.",
                "en": "The information session took place remotely in North "
                "Mitrovica and simultaneously online through the ZOOM platform, "
                "which was attended by more than 20 participants. This session was "
                "held in accordance with all the requirements of the National "
                "Institute of Public Health of Kosovo.",
            },
        ],
        "points": None,
    },
    {
        "topic": "civil-society",
        "number": 3,
        "start": (2021, 7, 29, 10, 0),
        "end": (2021, 7, 29, 13, 0),
        "format": "online",
        "platform": ZOOM,
        "languages": ["sq", "sr"],
        "participants": 25,
        "speakers": [("puka", "speaker")],
        "slug": {
            "sq": "cfare-eshte-shoqeria-civile",
            "sr-latn": "sta-je-civilno-drustvo",
            "en": "what-is-civil-society",
        },
        "title": {
            "sq": "Çfarë është shoqëria civile",
            "sr-latn": "Šta je civilno društvo",
            "en": "What is Civil Society",
        },
        "venue": None,
        "summary": {
            "sq": "Më 29 korrik, Qendra e Burimeve mbajti sesionin e tretë "
            "informues me temë ‘Çfarë është shoqëria civile?’, me Dren Pukën, "
            "drejtor i Hulumtimit dhe Avokimit në Fondacionin Kosovar për Shoqëri "
            "Civile (KCSF).",
            "sr-latn": "Resursni centar je 29. jula održao treću informativnu "
            "sesiju na temu ‘Šta je civilno društvo?’, sa Drenom Pukom, direktorom "
            "za istraživanje i zagovaranje u Kosovskoj fondaciji za civilno "
            "društvo (KCSF).",
            "en": "On July 29, the third information session was held by the "
            "Resource Center on the topic ‘What is civil society?’, with Dren "
            "Puka, Director of Research and Advocacy at the Kosovo Civil Society "
            "Foundation (KCSF).",
        },
        "paragraphs": [
            {
                "sq": "Sesioni u përqendrua në tema si historia e zhvillimit të "
                "shoqërisë civile dhe struktura e organizatave të shoqërisë civile "
                "(OShC) në Kosovë; roli dhe funksioni i OShC-ve në demokratizimin e "
                "vendit; dallimet dhe ngjashmëritë ndërmjet formave kryesore të "
                "OShC-ve në Kosovë; mundësitë ligjore dhe praktike për "
                "pjesëmarrjen qytetare në jetën publike në përgjithësi, me fokus të "
                "veçantë në organizimin e komuniteteve dhe adresimin e nevojave të "
                "tyre në institucionet publike të nivelit qendror dhe lokal.",
                "sr-latn": "Sesija se bavila temama kao što su istorija razvoja "
                "civilnog društva i struktura organizacija civilnog društva (OCD) "
                "na Kosovu; uloga i funkcija OCD u demokratizaciji zemlje; razlike "
                "i sličnosti između glavnih oblika OCD na Kosovu; pravne i "
                "praktične mogućnosti za građansko učešće u javnom životu uopšte, "
                "sa posebnim fokusom na organizovanje zajednica i rešavanje njihovih "
                "potreba u javnim institucijama na centralnom i lokalnom nivou.",
                "en": "The session focused on topics such as the history of civil "
                "society development and the structure of Civil Society "
                "Organizations (CSOs) in Kosovo; the role and function of CSOs in "
                "democratizing the country; differences and similarities between "
                "the main forms of CSOs in Kosovo; legal and practical "
                "opportunities for civic participation in public life in general, "
                "with a special focus on community organization and addressing "
                "their needs in central and local level public institutions.",
            },
            {
                "sq": "Sesioni informues u mbajt në platformën Zoom dhe në të morën "
                "pjesë më shumë se 25 pjesëmarrës nga OShC-të në Kosovë dhe "
                "qytetarë.",
                "sr-latn": "Informativna sesija održana je na platformi Zoom, a "
                "prisustvovalo joj je više od 25 učesnika iz OCD na Kosovu i "
                "građana.",
                "en": "The Information Session was held on the Zoom platform which "
                "was attended by more than 25 participants from CSOs in Kosovo and "
                "citizens.",
            },
        ],
        "points": None,
    },
]

# The seed has no session on internal governance: the demo shows one upcoming
# session there, clearly marked as an example and dated from the day of loading.
EXAMPLE_SESSION = {
    "topic": "governance",
    "number": 4,
    "days_from_today": 21,
    "hours": (10, 13),
    "format": "hybrid",
    "platform": ZOOM,
    "join_url": "https://example.org/register",
    "languages": ["sq", "sr"],
    "participants": None,
    "speakers": [],
    "slug": {
        "sq": "sesion-shembull-qeverisja-e-brendshme",
        "sr-latn": "primer-sesije-unutrasnje-upravljanje",
        "en": "example-session-internal-governance",
    },
    "title": {
        "sq": "Sesion shembull: Qeverisja e brendshme e OShC-ve në praktikë",
        "sr-latn": "Primer sesije: Unutrašnje upravljanje OCD u praksi",
        "en": "Example session: Internal governance of CSOs in practice",
    },
    "venue": {"sq": "Prishtinë", "sr-latn": "Priština", "en": "Prishtina"},
    "summary": {
        "sq": "Ky është një sesion shembull i përmbajtjes demonstruese, me datë "
        "tri javë pas ngarkimit të saj: kështu duket një sesion i ardhshëm. "
        "Trajton statutin, bordet drejtuese, transparencën financiare dhe "
        "llogaridhënien e OShC-ve.",
        "sr-latn": "Ovo je primer sesije iz demonstracionog sadržaja, zakazan tri "
        "nedelje nakon njegovog učitavanja: ovako izgleda predstojeća sesija. "
        "Obrađuje statut, upravne odbore, finansijsku transparentnost i "
        "odgovornost OCD.",
        "en": "This is an example session from the demo content, dated three weeks "
        "after it was loaded: this is how an upcoming session looks. It covers "
        "statutes, governing boards, financial transparency and accountability "
        "of CSOs.",
    },
    "paragraphs": [],
    "points": None,
}
