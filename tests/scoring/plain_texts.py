"""Texts for the word-level B1 tests, written for these tests.

The B1 texts follow the usual advice for B1 (short sentences, common words, "u" and active
verbs, one message per paragraph); the officialese texts say the same things the way old
intranet pages and letters often do.
"""

B1_TEXTS = {
    "verlof": (
        "Verlof aanvragen\n\n"
        "Wilt u een dag vrij? Vraag dan verlof aan bij uw leidinggevende. Doe dat op tijd. "
        "Voor een lange vakantie vraagt u het minstens vier weken van tevoren aan.\n\n"
        "Zo vraagt u verlof aan\n\n"
        "Open het formulier op het intranet. Vul de dagen in die u vrij wilt zijn. "
        "Stuur het formulier naar uw leidinggevende. Die laat binnen een week weten of het "
        "goed is.\n\n"
        "Bent u ziek tijdens uw vakantie? Bel dan meteen uw leidinggevende. U krijgt de "
        "zieke dagen terug als vakantiedagen.\n\n"
        "Hoeveel dagen heeft u nog?\n\n"
        "Kijk in het overzicht op het intranet. Daar ziet u hoeveel dagen u nog heeft. "
        "Klopt er iets niet? Mail dan naar de afdeling personeelszaken. Zij helpen u graag.\n\n"
        "Let op: niet gebruikte dagen kunt u vijf jaar lang opnemen. Daarna vervallen ze."
    ),
    "thuiswerken": (
        "Thuiswerken\n\n"
        "U mag twee dagen per week thuiswerken. Maak daar afspraken over met uw team. "
        "Zo weet iedereen wie er op kantoor is.\n\n"
        "Wat heeft u nodig?\n\n"
        "U krijgt een laptop en een telefoon van ons. Heeft u thuis een goede stoel en een "
        "bureau nodig? Dan krijgt u daar een vergoeding voor. Vraag die aan met het formulier "
        "op het intranet.\n\n"
        "Per dag dat u thuiswerkt, krijgt u een vaste thuiswerkvergoeding. Die staat op uw "
        "loonstrook. U hoeft daar zelf niets voor te doen.\n\n"
        "Werkt uw laptop niet? Bel de servicedesk. Die is elke werkdag open van acht tot vijf "
        "uur. U kunt ook een bericht sturen via de chat.\n\n"
        "Tip: neem af en toe pauze. Loop even naar buiten. Dat is goed voor uw rug en uw hoofd."
    ),
    "verjaardag": (
        "Het verjaardagsfeest van de afdeling\n\n"
        "Elk jaar vieren we samen de verjaardag van onze afdeling. Dit jaar is het feest op "
        "vrijdag 14 juni. We beginnen om vier uur in de kantine.\n\n"
        "Er is eten en drinken voor iedereen. Heeft u een dieet? Laat het ons dan voor 1 juni "
        "weten. Dan zorgen we dat er ook iets lekkers voor u is.\n\n"
        "Neemt u uw partner of kinderen mee? Dat is goed. Meld wel even hoeveel mensen er "
        "komen. Dat kan met een mail aan het secretariaat.\n\n"
        "We hebben ook een quiz. De winnaar krijgt een mooie prijs. Doet u mee? Geef u dan op "
        "bij Anna of Peter. Zij maken de teams.\n\n"
        "We hopen dat u komt. Tot dan!"
    ),
}

OFFICIALESE_TEXTS = {
    "verlof": (
        "Regeling aanvraagprocedure verlof\n\n"
        "Indien een medewerker voornemens is verlof op te nemen, dient deze teneinde een "
        "zorgvuldige personeelsplanning te bewerkstelligen het daartoe bestemde "
        "aanvraagformulier onverwijld doch uiterlijk vier weken voorafgaand aan de beoogde "
        "verlofperiode middels het intranet in te dienen bij de direct leidinggevende.\n\n"
        "Het verzoek wordt door de leidinggevende in behandeling genomen en met inachtneming "
        "van de bedrijfsbelangen beoordeeld, waarna de betrokkene zo spoedig mogelijk "
        "schriftelijk omtrent de beslissing wordt geïnformeerd.\n\n"
        "In het kader van de Arbeidstijdenwet alsmede de toepasselijke bepalingen van de "
        "collectieve arbeidsovereenkomst worden niet-genoten verlofuren derhalve uitsluitend "
        "gedurende de wettelijke vervaltermijn gehonoreerd, behoudens hetgeen in onderhavige "
        "regeling anderszins is bepaald.\n\n"
        "Ten aanzien van arbeidsongeschiktheid gedurende de verlofperiode geldt dat de "
        "medewerker terstond zorg draagt voor melding bij de leidinggevende, waarna de "
        "desbetreffende uren na verificatie door de bedrijfsarts alsnog worden gecrediteerd."
    ),
    "thuiswerken": (
        "Beleidskader plaats- en tijdonafhankelijk werken\n\n"
        "Teneinde de flexibiliteit van de organisatie te optimaliseren worden medewerkers "
        "thans in de gelegenheid gesteld maximaal twee dagen per week plaatsonafhankelijk "
        "werkzaamheden te verrichten, mits zulks in overeenstemming is met de "
        "operationele continuïteit van de desbetreffende organisatorische eenheid.\n\n"
        "Ten behoeve van het faciliteren van adequate thuiswerkplekken wordt door de werkgever "
        "een forfaitaire tegemoetkoming verstrekt, welke middels de salarisadministratie "
        "maandelijks wordt uitgekeerd. Aanvullende voorzieningen worden uitsluitend op basis "
        "van een arbo-technische beoordeling toegekend.\n\n"
        "Voorts dient de medewerker te allen tijde zorg te dragen voor de vertrouwelijkheid "
        "van gegevens conform het vigerende informatiebeveiligingsbeleid. Verstoringen dienen "
        "onverwijld aan de servicedesk te worden gerapporteerd, welke derhalve tevens als "
        "eerstelijns aanspreekpunt fungeert."
    ),
    "verjaardag": (
        "Aankondiging jubileumbijeenkomst\n\n"
        "In het kader van het jaarlijkse jubileum van de afdeling wordt door de "
        "personeelsvereniging een bijeenkomst georganiseerd, welke zal plaatsvinden op "
        "vrijdag 14 juni aanstaande, aanvang 16.00 uur, in het bedrijfsrestaurant.\n\n"
        "Ten behoeve van een adequate catering worden deelnemers met dieetwensen verzocht "
        "zulks uiterlijk 1 juni kenbaar te maken bij het secretariaat, teneinde voorzieningen "
        "te kunnen treffen.\n\n"
        "Introducés zijn, behoudens nadere berichtgeving, eveneens welkom, mits het aantal "
        "deelnemers voorafgaand aan de bijeenkomst middels elektronische berichtgeving aan het "
        "secretariaat wordt gecommuniceerd.\n\n"
        "Tevens wordt een kennisquiz georganiseerd. De winnaar wordt een prijs in natura "
        "verstrekt. Aanmeldingen worden door de organisatiecommissie in ontvangst genomen."
    ),
}
