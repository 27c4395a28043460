"""Write the bundled sample intranet of the fictional "Gemeente Zuiderveen".

The demo and the tests need an old intranet with every quirk a real one from 2003-2012 has
(windows-1252 pages, copies, dead links, aliases, traps), small enough to ship and identical on
every run so that tests can count on exact numbers. Everything comes from one seeded random
generator and fixed dates; re-running writes byte-identical files.

Usage: python3 resources/generate_sample_intranet.py [OUT_DIR]
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

SEED = 20090312
DEFAULT_OUT = Path(__file__).resolve().parent / "sample_intranet"
OLD_HOST = "http://intranet.zuiderveen.example/"  # the old host name; the server rewrites it
COPY_DATE = "Tue, 14 Feb 2012 08:30:00 GMT"  # Last-Modified of most files: when they were copied

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
MONTHS_SHORT = [
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

PEOPLE = [
    ("J. de Vries", "2345"), ("M. Jansen", "2210"), ("A. Bakker", "2417"),
    ("P. van Dijk", "2101"), ("H. Smit", "2388"), ("E. Meijer", "2450"),
    ("R. de Boer", "2176"), ("W. Mulder", "2233"), ("C. de Groot", "2309"),
    ("L. Bos", "2291"), ("N. Vos", "2144"), ("F. Peters", "2366"),
    ("I. Hendriks", "2412"), ("G. van Leeuwen", "2198"), ("S. Dekker", "2275"),
    ("B. Brouwer", "2330"), ("T. van der Linden", "2187"), ("K. Willems", "2403"),
]  # fmt: skip

DEPARTMENTS = {
    "pz": "Personeelszaken",
    "ict": "ICT",
    "fac": "Facilitair",
    "com": "Communicatie",
    "fin": "Financiën",
    "org": "Bestuur en organisatie",
    "nieuws": "Nieuws",
    "agenda": "Agenda",
}

# slug, title, topic (lower-case noun phrase), style, specific sentences
# style: plain | buro | mixed | short | list
PageSpec = tuple[str, str, str, str, list[str]]


def parse_specs(text: str) -> list[PageSpec]:
    """Read a page table: "slug | title | topic | style" lines, then "- sentence" lines."""
    specs: list[PageSpec] = []
    for line in text.strip("\n").splitlines():
        if line.startswith("  - "):
            specs[-1][4].append(line[4:])
        elif line.startswith("    "):
            specs[-1][4][-1] += " " + line.strip()
        else:
            slug, title, topic, style = (part.strip() for part in line.split("|"))
            specs.append((slug, title, topic, style, []))
    return specs


PZ: list[PageSpec] = parse_specs(
    """
verlof | Verlof | verlof | mixed
  - Medewerkers met een volledige werkweek van 36 uur hebben recht op 165 uur vakantieverlof
    per jaar.
  - U vraagt verlof aan bij uw leidinggevende, via het verlofformulier of in Persoonlijk
    Dossier Online.
  - Niet opgenomen verlofuren vervallen vijf jaar na het jaar waarin ze zijn opgebouwd.
  - Bij een parttime aanstelling wordt het aantal uren naar rato berekend.
verlof-aanvragen | Verlof aanvragen | het aanvragen van verlof | plain
  - Vraag verlof altijd minstens twee weken van tevoren aan.
  - Uw leidinggevende keurt de aanvraag goed of af.
  - Voor de zomervakantie geldt: aanvragen vóór 1 maart.
bijzonder-verlof | Bijzonder verlof | bijzonder verlof | buro
  - Bijzonder verlof wordt verleend bij gebeurtenissen als huwelijk, verhuizing, overlijden
    van een bloed- of aanverwant en ambtsjubilea.
ouderschapsverlof | Ouderschapsverlof | ouderschapsverlof | mixed
  - Ouderschapsverlof is 26 keer de wekelijkse arbeidsduur en kan worden opgenomen tot uw kind
    acht jaar is.
  - Tijdens het ouderschapsverlof betaalt de gemeente 25 procent van het salaris door.
zorgverlof | Zorgverlof | zorgverlof | short
  - Kortdurend zorgverlof is er voor de zorg voor een zieke partner, ouder of kind.
ziekte | Ziekte en verzuim | ziekte en verzuim | mixed
  - Bent u ziek? Meld u dan vóór 9.00 uur ziek bij uw leidinggevende.
  - De arbodienst neemt binnen een week contact met u op.
ziekmelden | Ziekmelden | ziekmelden | plain
  - Bel voor 9.00 uur met uw leidinggevende.
  - Geef door op welk adres u te bereiken bent.
  - Bent u weer beter? Meld u dan ook beter.
arbodienst | Arbodienst | de arbodienst | buro
  - De gemeente heeft een contract met Arbodienst Zuid voor verzuimbegeleiding, preventief
    medisch onderzoek en werkplekonderzoek.
re-integratie | Re-integratie | re-integratie | buro
salaris | Salaris | uw salaris | mixed
  - Het salaris wordt uiterlijk op de 23e van de maand op uw rekening gestort.
  - In mei ontvangt u de vakantietoelage van 8 procent; in november de eindejaarsuitkering.
salarisstroken | Salarisstroken | salarisstroken | short
  - Uw salarisstrook staat vanaf 2010 alleen nog digitaal in Persoonlijk Dossier Online.
loonheffing | Loonheffing en heffingskorting | loonheffing | buro
declaraties | Declaraties | declaraties | mixed
  - Kosten die u voor uw werk maakt, kunt u declareren met het declaratieformulier.
  - Lever de bonnetjes binnen drie maanden in, anders vervalt het recht op vergoeding.
  - Voor een lunch tijdens een dienstreis geldt een maximum van € 12,50.
dienstreizen | Dienstreizen | dienstreizen | mixed
  - Reist u voor uw werk met de eigen auto, dan ontvangt u € 0,28 per kilometer.
reiskosten-woon-werk | Reiskosten woon-werkverkeer | reiskosten woon-werkverkeer | buro
cao | CAO en CAR-UWO | de CAO | buro
  - De arbeidsvoorwaarden van gemeenteambtenaren staan in de CAR-UWO, die landelijk wordt
    afgesloten tussen de VNG en de vakbonden.
cao-2007-2009 | CAO 2007-2009 | de CAO 2007-2009 | buro
  - De CAO 2007–2009 loopt van 1 juni 2007 tot 1 januari 2009 en bevat een loonsverhoging van
    2,5 procent.
functiewaardering | Functiewaardering | functiewaardering | buro
vacatures | Vacatures | vacatures | list
  - Hieronder vindt u de interne vacatures. Interne kandidaten gaan voor.
sollicitatieprocedure | Sollicitatieprocedure | de sollicitatieprocedure | buro
opleidingen | Opleidingen en cursussen | opleidingen | mixed
  - Ieder team heeft een eigen opleidingsbudget; overleg met uw leidinggevende.
functioneringsgesprek | Functioneringsgesprek | het functioneringsgesprek | plain
  - Eén keer per jaar heeft u een gesprek met uw leidinggevende over uw werk.
  - U kunt zich voorbereiden met het formulier.
beoordelingsgesprek | Beoordelingsgesprek | het beoordelingsgesprek | buro
jubilea | Jubilea | jubilea | short
  - Bij 25 en 40 jaar in overheidsdienst ontvangt u een gratificatie.
pensioen | Pensioen (ABP) | uw pensioen | mixed
  - Alle medewerkers bouwen pensioen op bij het ABP.
fietsregeling | Fietsregeling | de fietsregeling | plain
  - Eens in de drie jaar kunt u een fiets kopen met belastingvoordeel, tot € 749.
vertrouwenspersoon | Vertrouwenspersoon | de vertrouwenspersoon | plain
  - Heeft u last van pesten of ongewenst gedrag? Praat erover met de vertrouwenspersoon.
integriteit | Integriteit | integriteit | buro
nevenwerkzaamheden | Nevenwerkzaamheden | nevenwerkzaamheden | buro
formulieren | =Formulieren PZ (alle) | formulieren | list
  - Alle formulieren van Personeelszaken op één plek.
"""
)

ICT: list[PageSpec] = parse_specs(
    """
helpdesk | ICT Helpdesk | de helpdesk | plain
  - De ICT Helpdesk is bereikbaar op toestel 2500, van maandag tot en met vrijdag van 8.00 tot
    17.00 uur.
  - Meld storingen bij voorkeur via het meldingenformulier.
storing-melden | Storing melden | een storing melden | plain
  - Werkt iets niet? Meld het bij de helpdesk.
  - Noem uw naam, uw kamer en wat er mis is.
wachtwoord | Wachtwoord | uw wachtwoord | plain
  - Uw wachtwoord moet minstens 8 tekens lang zijn.
  - Gebruik letters én cijfers.
  - U moet uw wachtwoord elke 90 dagen wijzigen.
wachtwoord-wijzigen | Wachtwoord wijzigen | uw wachtwoord wijzigen | short
  - Druk op Ctrl-Alt-Del en kies 'Wachtwoord wijzigen'.
printers | Printers | printers | mixed
  - Op elke verdieping staat een multifunctional die kan printen, kopiëren en scannen.
  - Afdrukken haalt u op met uw personeelspas.
printer-installeren | Printer installeren | een printer installeren | plain
  - Ga naar Start, Printers en faxapparaten, Printer toevoegen.
software-aanvragen | Software aanvragen | software aanvragen | mixed
  - Alleen software uit de standaardlijst wordt zonder meer geïnstalleerd.
  - Andere software vraagt u aan via uw leidinggevende; de kosten komen ten laste van het
    afdelingsbudget.
thuiswerken | Thuiswerken | thuiswerken | mixed
  - Via Citrix kunt u thuis bij uw bestanden en uw e-mail.
  - U heeft een token nodig; die vraagt u aan bij de helpdesk.
webmail | Webmail | webmail | short
  - Webmail vindt u op https://webmail.zuiderveen.example.
citrix | Citrix | Citrix | buro
mobiele-telefoon | Mobiele telefoon | mobiele telefoons | mixed
  - Een mobiele telefoon van de zaak krijgt u als uw functie dat vraagt.
blackberry | BlackBerry | de BlackBerry | short
  - BlackBerry's worden niet meer uitgegeven.
laptop-lenen | Laptop lenen | een laptop lenen | plain
  - Voor een presentatie of cursus kunt u een laptop lenen.
  - Reserveer minstens een dag van tevoren.
netwerkschijven | Netwerkschijven | de netwerkschijven | mixed
  - Persoonlijke bestanden zet u op de H-schijf; bestanden van de afdeling op de G-schijf.
back-up | Back-up | back-ups | buro
beveiliging | Informatiebeveiliging | informatiebeveiliging | buro
  - Het informatiebeveiligingsbeleid is vastgesteld door het college van burgemeester en
    wethouders.
virussen | Virussen en spam | virussen en spam | plain
  - Open geen bijlagen van afzenders die u niet kent.
internetgebruik | Internet- en e-mailgebruik | internet- en e-mailgebruik | buro
nieuwe-medewerker | Account nieuwe medewerker | een account voor een nieuwe medewerker | mixed
telefonie | Telefonie | telefonie | short
  - Doorschakelen doet u met *21* en het toestelnummer.
faq | Veelgestelde vragen ICT | veelgestelde vragen | list
office-2007 | Overstap naar Office 2007 | de overstap naar Office 2007 | mixed
  - In het voorjaar van 2008 gaan alle werkplekken over op Office 2007.
windows-xp | Windows XP | Windows XP | short
handleidingen | Handleidingen | handleidingen | list
"""
)

FAC: list[PageSpec] = parse_specs(
    """
vergaderzalen | Vergaderzalen | vergaderzalen | mixed
  - Het gemeentehuis heeft twaalf vergaderzalen, van 4 tot 40 personen.
  - De raadzaal is alleen beschikbaar na overleg met de griffie.
zaal-reserveren | Zaal reserveren | een zaal reserveren | plain
  - Reserveer een zaal in de agenda van Outlook.
  - Annuleer als u de zaal niet meer nodig heeft.
catering | Catering | catering | mixed
  - Koffie en thee bij een vergadering bestelt u uiterlijk de dag ervoor vóór 14.00 uur.
  - Een broodjeslunch kost € 6,75 per persoon.
lunchkaart | Lunchkaart bedrijfsrestaurant | de lunchkaart | list
post | Post | de post | plain
  - De post wordt twee keer per dag rondgebracht.
  - Uitgaande post moet vóór 15.00 uur in de postkamer zijn.
parkeren | Parkeren | parkeren | mixed
  - Medewerkers parkeren in de garage onder het gemeentehuis met hun personeelspas.
fietsenstalling | Fietsenstalling | de fietsenstalling | short
bhv | Bedrijfshulpverlening (BHV) | bedrijfshulpverlening | mixed
  - Bij brand of een ongeval belt u intern 2222.
  - Volg altijd de aanwijzingen van de BHV'ers op.
ontruimingsplan | Ontruimingsplan | het ontruimingsplan | buro
ehbo | EHBO | EHBO | short
schoonmaak | Schoonmaak | schoonmaak | plain
kantoorartikelen | Kantoorartikelen | kantoorartikelen | plain
  - Pennen, papier en nietjes haalt u bij de facilitaire servicebalie.
repro | Reproductie en drukwerk | reproductie en drukwerk | mixed
huisvesting | Huisvesting | huisvesting | buro
verbouwing-2010 | Verbouwing gemeentehuis 2010 | de verbouwing | mixed
  - Van april tot oktober 2010 wordt de tweede verdieping verbouwd tot flexwerkplekken.
sleutels-en-pasjes | Sleutels en pasjes | sleutels en pasjes | plain
receptie | Receptie | de receptie | short
gevonden-voorwerpen | Gevonden voorwerpen | gevonden voorwerpen | short
dienstauto | Dienstauto's | dienstauto's | mixed
  - De gemeente heeft vier dienstauto's; reserveren via de servicebalie.
storingen-gebouw | Storingen in het gebouw | storingen in het gebouw | plain
"""
)

COM: list[PageSpec] = parse_specs(
    """
huisstijl | Huisstijl | de huisstijl | mixed
  - Gebruik altijd het logo en de lettertypen uit het huisstijlhandboek.
sjablonen | Sjablonen | sjablonen | plain
  - Brieven, memo's en rapporten maakt u met de sjablonen in Word.
schrijfwijzer | Schrijfwijzer | helder schrijven | plain
  - Schrijf kort. Schrijf actief. Spreek de lezer aan met u.
concept-schrijfwijzer | - concept - Schrijfwijzer 2e versie | helder schrijven | mixed
persberichten | Persberichten | persberichten | buro
woordvoering | Woordvoering | woordvoering | buro
  - Alleen de woordvoerders en de portefeuillehouder staan de pers te woord.
website | Gemeentelijke website | de website | mixed
intranet-redactie | Intranetredactie | de intranetredactie | plain
  - Iedere afdeling heeft een eigen redacteur die de pagina's bijhoudt.
personeelsblad | Personeelsblad De Zuiderkrant | het personeelsblad | mixed
nieuwsbrief | Nieuwsbrief aanmelden | de nieuwsbrief | short
fotoarchief | Fotoarchief | het fotoarchief | short
social-media | Social media | social media | buro
  - Medewerkers die zich op Twitter of Hyves uitlaten over hun werk, houden rekening met de
    gedragscode.
"""
)

FIN: list[PageSpec] = parse_specs(
    """
begroting | Begroting | de begroting | buro
  - De programmabegroting 2011 is op 9 november 2010 door de gemeenteraad vastgesteld.
jaarrekening | Jaarrekening | de jaarrekening | buro
inkoop | Inkoop en aanbesteden | inkoop | buro
  - Bij opdrachten boven € 50.000 is een meervoudig onderhandse aanbesteding verplicht.
inkoopvoorwaarden | Algemene inkoopvoorwaarden | de inkoopvoorwaarden | buro
facturen | Facturen | facturen | plain
  - Stuur facturen altijd naar de centrale crediteurenadministratie.
  - Wij betalen binnen 30 dagen.
budgethouders | Budgethouders | budgethouders | buro
mandaatregeling | Mandaatregeling financiën | de mandaatregeling | buro
kasbeheer | Kasbeheer | kasbeheer | short
subsidies | Subsidies | subsidies | buro
planning-en-control | Planning en control | planning en control | buro
btw | BTW en BTW-compensatiefonds | de btw | buro
"""
)

ORG: list[PageSpec] = parse_specs(
    """
college | College van B en W | het college | mixed
  - Het college bestaat uit de burgemeester en vier wethouders.
burgemeester | Burgemeester | de burgemeester | short
  - Burgemeester mr. drs. H.J. van Zuylen is sinds 2006 burgemeester van Zuiderveen.
wethouders | Wethouders en portefeuilles | de wethouders | list
gemeenteraad | Gemeenteraad | de gemeenteraad | buro
griffie | Griffie | de griffie | short
directie | Directie | de directie | mixed
organogram | Organogram | het organogram | short
afdelingen | Afdelingen | de afdelingen | list
missie-en-visie | Missie en visie | onze missie | buro
  - Zuiderveen wil een betrouwbare, klantgerichte en financieel gezonde gemeente zijn.
collegeprogramma | Collegeprogramma 2010-2014 | het collegeprogramma | buro
ondernemingsraad | Ondernemingsraad | de ondernemingsraad | mixed
  - De OR praat namens alle medewerkers mee over besluiten van de directie.
or-vergaderingen | Vergaderingen OR | de vergaderingen van de OR | list
telefoonlijst | Telefoonlijst | de telefoonlijst | list
geschiedenis | Geschiedenis van Zuiderveen | de geschiedenis van Zuiderveen | mixed
  - Zuiderveen ontstond in 1971 uit de samenvoeging van de dorpen Zuiderveen, Oostermeer en
    Kaaidijk.
gemeentehuis | Het gemeentehuis | het gemeentehuis | short
klachtenregeling | Klachtenregeling | de klachtenregeling | buro
"""
)

# pages that exist, are in sitemap.xml, but no page links to
ORPHANS = [
    ("pz", "thuiswerkregeling-2008", "Thuiswerkregeling 2008 (vervallen)", "thuiswerken", "buro"),
    ("ict", "oude-helpdesk", "Helpdesk (oude pagina)", "de helpdesk", "plain"),
    ("fac", "kerstpakketten-2006", "Kerstpakketten 2006", "de kerstpakketten", "short"),
]

NEWS_TEMPLATES = [
    ("Nieuwe koffieautomaten op alle verdiepingen", "fac"),
    ("Storing e-mail verholpen", "ict"),
    ("Kerstborrel {y} in de raadzaal", "com"),
    ("Resultaten medewerkerstevredenheidsonderzoek {y}", "pz"),
    ("Griepprik {y}: meld u aan", "pz"),
    ("Afscheid van {p}", "pz"),
    ("Welkom aan onze nieuwe collega {p}", "pz"),
    ("Begroting {y1} aangenomen", "fin"),
    ("Verhuizing afdeling Burgerzaken", "fac"),
    ("Nieuw intranet in de lucht", "com"),
    ("Onderhoud aan het netwerk dit weekend", "ict"),
    ("Ondernemingsraad zoekt nieuwe leden", "org"),
    ("Gemeentehuis gesloten op Hemelvaartsdag", "fac"),
    ("Sportdag {y}: schrijf u in", "pz"),
    ("Nieuwe CAO afgesloten", "pz"),
    ("Parkeergarage tijdelijk dicht", "fac"),
    ("Overstap naar Office 2007", "ict"),
    ("Raad stemt in met collegeprogramma", "org"),
    ("Wethouder opent nieuw sportpark", "org"),
    ("Bezuinigingen: wat betekent het voor u?", "fin"),
]


def plain_sentences() -> list[str]:
    return [
        "Op deze pagina leest u alles over {t}.",
        "Heeft u een vraag over {t}? Bel dan met {c}, toestel {x}.",
        "Vraag het eerst aan uw leidinggevende.",
        "Dit duurt meestal twee weken.",
        "Doe dit op tijd.",
        "De regels staan hieronder.",
        "Lees ze goed door.",
        "Let op: de regels zijn per 1 januari veranderd.",
        "Wij helpen u graag.",
        "Stuur het formulier naar {d}.",
        "Het loket is open van 9.00 tot 12.00 uur.",
        "Weet u het niet zeker? Kijk dan bij de veelgestelde vragen.",
        "U krijgt binnen vijf werkdagen antwoord.",
        "Mail uw vraag naar {d} als u niet kunt bellen.",
        "Het formulier staat op deze pagina.",
        "Ook op vrijdag zijn wij bereikbaar.",
        "Geef wijzigingen zo snel mogelijk door.",
        "Dit geldt voor alle medewerkers, ook voor tijdelijke krachten.",
        "Kijk voor meer informatie in het personeelshandboek.",
        "Onze collega's van {d} staan voor u klaar – ook ’s morgens vroeg.",
    ]


BURO_OPEN = [
    "Met inachtneming van het bepaalde in de Collectieve Arbeidsvoorwaardenregeling Gemeenten",
    "Teneinde de uniformiteit van de uitvoeringspraktijk te waarborgen",
    "Onverminderd het voorgaande",
    "In het licht van de financiële taakstelling die voortvloeit uit de kerntakendiscussie",
    "Conform de uitgangspunten van het kwaliteitshandvest dienstverlening",
    "Ter voorkoming van misverstanden",
    "Gelet op de uitkomsten van de evaluatie door de ondernemingsraad",
    "Naar aanleiding van de gewijzigde wet- en regelgeving",
    "Vooruitlopend op de definitieve besluitvorming door het managementteam",
    "Behoudens uitdrukkelijke andersluidende schriftelijke afspraken",
    "In afwachting van de herijking van het integrale personeelsbeleid",
    "Met ingang van het nieuwe begrotingsjaar",
    "Op grond van de bevoegdhedenverdeling in de organisatieverordening",
    "Blijkens de rapportage van de concerncontroller",
]
BURO_SUBJ = [
    "wordt ten aanzien van {t} opgemerkt dat",
    "is besloten dat met betrekking tot {t}",
    "geldt inzake {t} dat",
    "wordt benadrukt dat bij {t}",
    "dient bij de uitvoering van {t} in acht te worden genomen dat",
    "is het college van oordeel dat voor {t}",
    "heeft de directie vastgesteld dat in het kader van {t}",
]
BURO_CLAUSE = [
    "de besluitvorming plaatsvindt overeenkomstig de vigerende mandaatregeling",
    "de verantwoordelijkheidsverdeling tussen de sectoren en de concernstaf nader wordt "
    "geëxpliciteerd",
    "aanvragen na het verstrijken van de indieningstermijn in beginsel niet in behandeling "
    "worden genomen",
    "de procesverantwoordelijke functionaris zorgdraagt voor een adequate terugkoppeling",
    "de kosten, voor zover niet gedekt uit de exploitatiebudgetten, ten laste komen van de "
    "algemene reserve",
    "de coördinatie berust bij de afdeling {d}",
    "uitgaven kritisch worden getoetst op doelmatigheid en rechtmatigheid",
    "de medewerker gehouden is schade of verlies onverwijld te melden",
    "klantcontacten binnen de servicenormen worden afgehandeld en geregistreerd in het zaaksysteem",
    "een tegemoetkoming van maximaal € {n},– per medewerker per kalenderjaar geldt",
    "de regeling tussentijds kan worden gewijzigd indien bedrijfseconomische overwegingen "
    "daartoe aanleiding geven",
    "de implementatie gefaseerd geschiedt in nauw overleg met de medezeggenschap",
    "de verantwoording plaatsvindt via de reguliere planning-en-controlcyclus",
    "een schriftelijk verzoek met redenen omkleed bij het afdelingshoofd wordt ingediend",
]
BURO_TAIL = [
    "",
    "",
    ", tenzij naar het oordeel van het afdelingshoofd sprake is van bijzondere omstandigheden",
    ", met dien verstande dat de uitvoeringsnotitie leidend is",
    ", een en ander conform het advies van de ondernemingsraad",
    ", waarbij de geldende privacywetgeving onverkort van toepassing is",
    " en dat hierover periodiek wordt gerapporteerd in de bestuursrapportage",
    ", zoals verwoord in de „notitie {T}” van {y}",
]


def buro_sentence(rng: random.Random, fill: dict[str, str]) -> str:
    """A long official sentence; built from parts so that no two pages read alike."""
    parts = (
        rng.choice(BURO_OPEN),
        rng.choice(BURO_SUBJ),
        rng.choice(BURO_CLAUSE),
        rng.choice(BURO_TAIL),
    )
    extra = {
        "n": str(rng.choice([150, 225, 300, 450, 500, 750])),
        "y": str(rng.randint(2003, 2011)),
    }
    extra["T"] = fill["t"][0].upper() + fill["t"][1:]
    return (f"{parts[0]} {parts[1]} {parts[2]}{parts[3]}.").format(**fill, **extra)


def mixed_sentences() -> list[str]:
    return [
        "In deze regeling staat wat u moet weten over {t}.",
        "De afdeling {d} beheert deze regeling en houdt haar actueel.",
        "Als uw situatie afwijkt, kan het afdelingshoofd een uitzondering maken.",
        "Wijzigingen worden aangekondigd op de nieuwspagina van het intranet.",
        "Het beleid wordt elk jaar geëvalueerd met de ondernemingsraad.",
        "Voor vragen over de uitvoering kunt u terecht bij {c} (toestel {x}).",
        "De bedragen in deze regeling worden jaarlijks per 1 januari geïndexeerd.",
        "Houd er rekening mee dat de verwerking in drukke perioden langer kan duren.",
        "De regeling geldt niet voor ingehuurde medewerkers en stagiairs.",
        "Zie ook de veelgestelde vragen onderaan deze pagina.",
    ]


ENGLISH = [
    "This page gives a short overview in English for visitors and new colleagues.",
    "The town hall is open from Monday to Friday, 8.30 to 17.00.",
    "Please report to the reception desk on the ground floor when you arrive.",
    "Most information on this intranet is only available in Dutch.",
    "If you need help, please contact the communications department.",
    "Wireless internet is available in all meeting rooms; ask the reception for a code.",
    "Parking for visitors is available behind the town hall.",
]


@dataclass
class Page:
    path: str
    title: str
    dept: str | None
    crumbs: list[str]
    blocks: list[str]
    year: int
    date_iso: str | None = None
    date_text: str | None = None
    date_kind: str | None = None  # modified | published
    owner: str | None = None
    encoding: str = "utf-8"  # utf-8 | cp1252 | cp1252-latin1 | cp1252-none
    lang: str = "nl"
    template: str = "dw"  # dw (Dreamweaver, newer) | fp (FrontPage, older)
    print_link: bool = False
    in_sitemap: bool = True
    copy_of: str | None = None  # exact duplicate: same bytes as this path


@dataclass
class Site:
    rng: random.Random
    pages: dict[str, Page] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    docs: dict[str, dict[str, str]] = field(default_factory=dict)
    menus: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, page: Page) -> Page:
        self.pages[page.path] = page
        return page


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rel(from_path: str, to_path: str) -> str:
    """A relative link as FrontPage wrote them ("../ict/index.html")."""
    if not to_path.startswith("/"):
        return to_path
    src = from_path.split("/")[1:-1]
    dst_full = to_path.split("?")[0].split("#")[0]
    suffix = to_path[len(dst_full) :]
    dst = dst_full.split("/")[1:]
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    parts = [".."] * (len(src) - common) + dst[common:]
    out = "/".join(parts) or "./"
    return out + suffix


def pick_date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return year, rng.randint(1, 12), rng.randint(1, 28)


def date_footer(rng: random.Random, page: Page, y: int, m: int, d: int) -> None:
    iso = f"{y:04d}-{m:02d}-{d:02d}"
    if page.lang == "en":
        page.date_text = f"Last updated {MONTHS_EN[m - 1]} {y}"
        page.date_iso, page.date_kind = f"{y:04d}-{m:02d}", "modified"
        return
    style = rng.choices(
        ["long", "numeric", "short", "iso", "none", "published"], [5, 3, 2, 2, 2, 1]
    )[0]
    if style == "none":
        return
    page.date_iso, page.date_kind = iso, "modified"
    if style == "long":
        page.date_text = f"Laatst gewijzigd: {d} {MONTHS[m - 1]} {y}"
    elif style == "numeric":
        page.date_text = f"bijgewerkt op {d}-{m}-{y}"
    elif style == "short":
        page.date_text = f"{d} {MONTHS_SHORT[m - 1]} {y}"
    elif style == "iso":
        page.date_text = f"Gewijzigd: {iso}"
    else:
        page.date_text = f"Gepubliceerd op {d} {MONTHS[m - 1]} {y}"
        page.date_kind = "published"


def body_for(
    rng: random.Random, style: str, topic: str, dept: str, specific: list[str]
) -> list[str]:
    person, ext = rng.choice(PEOPLE)
    fill = {"t": topic, "d": DEPARTMENTS.get(dept, "Communicatie"), "c": person, "x": ext}

    used: set[str] = set()

    def sentences(pool: list[str], n: int) -> list[str]:
        fresh = [s for s in pool if s not in used]
        chosen = rng.sample(fresh, min(n, len(fresh)))
        used.update(chosen)
        return [s.format(**fill) for s in chosen]

    paras: list[list[str]] = []
    if style == "plain":
        paras = [specific[:2] + sentences(plain_sentences(), 3), sentences(plain_sentences(), 3)]
        if len(specific) > 2:
            paras.append(specific[2:])
    elif style == "short":
        paras = [specific + sentences(plain_sentences(), 2)]
    elif style == "buro":
        n = rng.randint(3, 6)
        paras = [specific + [buro_sentence(rng, fill) for _ in range(2)]]
        paras += [
            [buro_sentence(rng, fill) for _ in range(rng.randint(2, 3))] for _ in range(n - 1)
        ]
    elif style == "mixed":
        paras = [specific[:2] + sentences(mixed_sentences(), 2)]
        paras.append([buro_sentence(rng, fill), *sentences(mixed_sentences(), 2)])
        if specific[2:]:
            paras.append(specific[2:])
        paras.append([buro_sentence(rng, fill), *sentences(mixed_sentences(), 2)])
        paras.append(sentences(plain_sentences(), 2))
    else:  # list: intro only, the caller adds a list
        paras = [specific or sentences(plain_sentences(), 2)]
    blocks = [f"<p>{esc(' '.join(p))}</p>" for p in paras if p]
    if style in ("buro", "mixed") and rng.random() < 0.5:
        blocks.insert(1, f"<h2>{esc(topic[0].upper() + topic[1:])}: de regels</h2>")
    return blocks


def build_department(site: Site, dept: str, specs: list[PageSpec]) -> None:
    rng = site.rng
    name = DEPARTMENTS[dept]
    menu = [(f"/{dept}/{slug}.html", re.sub(r"^[=+\-\s]+", "", title)) for slug, title, *_ in specs]
    site.menus[dept] = menu[:14]
    for slug, title, topic, style, specific in specs:
        year = rng.randint(2003, 2012)
        page = Page(
            path=f"/{dept}/{slug}.html",
            title=title,
            dept=dept,
            crumbs=[name, re.sub(r"^[=+\-\s]+", "", title)],
            blocks=body_for(rng, style, topic, dept, specific),
            year=year,
            template="fp" if year < 2007 else "dw",
        )
        if style == "list":
            siblings = rng.sample(menu, min(6, len(menu)))
            items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in siblings)
            page.blocks.append(f"<ul>{items}</ul>")
        if rng.random() < 0.55:
            person, ext = rng.choice(PEOPLE)
            page.owner = f"{person} (toestel {ext})"
        site.add(page)
    intro = f"Welkom op de pagina's van {name}. Hier vindt u informatie, regelingen en formulieren."
    links = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in menu)
    site.add(
        Page(
            path=f"/{dept}/index.html",
            title=f"{name} - Intranet Zuiderveen",
            dept=dept,
            crumbs=[name],
            blocks=[f"<p>{esc(intro)}</p>", f"<ul>{links}</ul>"],
            year=2011,
            template="dw",
        )
    )


def build_news(site: Site) -> None:
    rng = site.rng
    by_year: dict[int, list[Page]] = {}
    n = 0
    for year in range(2004, 2013):
        for _ in range(rng.randint(5, 8)):
            n += 1
            tpl, dept = rng.choice(NEWS_TEMPLATES)
            person = rng.choice(PEOPLE)[0]
            title = tpl.format(y=year, y1=year + 1, p=person)
            y, m, d = pick_date(rng, year)
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40]
            page = Page(
                path=f"/nieuws/{year}/{n:03d}-{slug}.html",
                title=title,
                dept="nieuws",
                crumbs=["Nieuws", str(year), title],
                blocks=[],
                year=year,
                template="fp" if year < 2007 else "dw",
            )
            topic = title[0].lower() + title[1:]
            style = rng.choice(["plain", "short", "mixed", "mixed", "buro"])
            page.blocks = [
                f'<p class="datum">{d} {MONTHS[m - 1]} {y}</p>',
                *body_for(rng, style, topic, dept, []),
            ]
            page.date_iso = f"{y:04d}-{m:02d}-{d:02d}"
            page.date_kind = "published"
            page.date_text = f"Gepubliceerd op {d} {MONTHS[m - 1]} {y}"
            page.owner = "Redactie intranet"
            site.add(page)
            by_year.setdefault(year, []).append(page)
    site.menus["nieuws"] = [(f"/nieuws/archief-{y}.html", f"Archief {y}") for y in by_year]
    for year, items in by_year.items():
        lis = "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in items)
        site.add(
            Page(
                path=f"/nieuws/archief-{year}.html",
                title=f"Nieuwsarchief {year}",
                dept="nieuws",
                crumbs=["Nieuws", f"Archief {year}"],
                blocks=[f"<p>Alle nieuwsberichten uit {year}.</p>", f"<ul>{lis}</ul>"],
                year=year,
                template="fp" if year < 2007 else "dw",
            )
        )
    latest = [p for y in sorted(by_year)[-2:] for p in by_year[y]][-8:]
    lis = "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in reversed(latest))
    arch = "".join(f'<li><a href="archief-{y}.html">Archief {y}</a></li>' for y in by_year)
    site.add(
        Page(
            path="/nieuws/index.html",
            title="Nieuws",
            dept="nieuws",
            crumbs=["Nieuws"],
            blocks=[
                "<h2>Laatste nieuws</h2>",
                f"<ul>{lis}</ul>",
                "<h2>Archief</h2>",
                f"<ul>{arch}</ul>",
            ],
            year=2012,
        )
    )


AGENDA = [
    ("2009-nieuwjaarsreceptie", "Nieuwjaarsreceptie 2009", 2009, 1, 8),
    ("2010-nieuwjaarsreceptie", "Nieuwjaarsreceptie 2010", 2010, 1, 7),
    ("2011-nieuwjaarsreceptie", "Nieuwjaarsreceptie 2011", 2011, 1, 6),
    ("2010-personeelsuitje", "Personeelsuitje 2010", 2010, 9, 17),
    ("2011-sportdag", "Sportdag 2011", 2011, 6, 10),
    (
        "2011-informatiebijeenkomst-reorganisatie",
        "Informatiebijeenkomst reorganisatie",
        2011,
        3,
        22,
    ),
    ("2012-bhv-herhalingscursus", "BHV-herhalingscursus", 2012, 2, 14),
    ("2012-or-verkiezingen", "Verkiezingen ondernemingsraad", 2012, 4, 3),
    ("2008-kerstborrel", "Kerstborrel 2008", 2008, 12, 19),
    ("2012-lunchlezing-duurzaamheid", "Lunchlezing duurzaamheid", 2012, 5, 24),
]


def build_agenda(site: Site) -> None:
    rng = site.rng
    lis = []
    for slug, title, y, m, d in AGENDA:
        body = body_for(rng, rng.choice(["plain", "short"]), title.lower(), "com", [])
        page = Page(
            path=f"/agenda/{slug}.html",
            title=title,
            dept="agenda",
            crumbs=["Agenda", title],
            blocks=[f"<p><b>Datum:</b> {d} {MONTHS[m - 1]} {y}, 16.00 uur</p>", *body],
            year=y,
            template="dw",
        )
        date_footer(rng, page, y, max(1, m - 1), d)
        site.add(page)
        lis.append(f'<li><a href="{page.path}">{d} {MONTHS[m - 1]} {y}: {esc(title)}</a></li>')
    site.menus["agenda"] = [
        ("/agenda/index.html", "Overzicht"),
        ("/agenda/kalender.asp?maand=2009-03", "Kalender"),
    ]
    site.add(
        Page(
            path="/agenda/index.html",
            title="Agenda",
            dept="agenda",
            crumbs=["Agenda"],
            blocks=[
                "<p>Activiteiten voor medewerkers.</p>",
                f"<ul>{''.join(lis)}</ul>",
                '<p><a href="/agenda/kalender.asp?maand=2009-03">Bekijk de maandkalender</a></p>',
            ],
            year=2012,
        )
    )


def extra_pages(site: Site) -> None:
    rng = site.rng
    root_pages = [
        ("/contact.html", "Contact", "contact met de redactie", "plain"),
        ("/disclaimer.html", "Disclaimer", "de disclaimer", "buro"),
        ("/colofon.html", "Colofon", "dit intranet", "short"),
        ("/zoeken.html", "Zoeken", "zoeken op het intranet", "short"),
        ("/wie-is-wie.html", "Wie is wie", "collega's", "list"),
    ]
    for path, title, topic, style in root_pages:
        page = Page(path, title, None, [title], body_for(rng, style, topic, "com", []), 2008)
        if style == "list":
            lis = "".join(f"<li>{esc(p)} – toestel {x}</li>" for p, x in PEOPLE[:10])
            page.blocks.append(f"<ul>{lis}</ul>")
        site.add(page)
    site.pages["/contact.html"].blocks.append(
        '<p><a href="mailto:redactie@zuiderveen.example">redactie@zuiderveen.example</a> | '
        "<a href=\"javascript:openVenster('/contactformulier.asp')\">Contactformulier</a></p>"
    )
    site.add(
        Page(
            "/links.html",
            "Handige links",
            None,
            ["Handige links"],
            [
                "<p>Websites die u vaak nodig heeft.</p>",
                '<ul><li><a href="http://www.rijksoverheid.example/">Rijksoverheid</a></li>'
                '<li><a href="http://www.vng.example/cao/">VNG - CAO gemeenten</a></li>'
                '<li><a href="https://www.abp.example/werknemers/">ABP pensioen</a></li>'
                '<li><a href="http://www.arbodienst-zuid.example">Arbodienst Zuid</a></li>'
                '<li><a href="http://www.zuiderveen.example/">Gemeentelijke website</a></li>'
                f'<li><a href="{OLD_HOST}pz/verlof.html">Verlof (oude link)</a></li></ul>',
            ],
            2007,
            template="fp",
        )
    )
    for slug, title, y in [
        ("index", "Welcome to the Zuiderveen intranet", 2005),
        ("visitors", "Information for visitors", 2005),
        ("about", "About the municipality of Zuiderveen", 2004),
        ("contact", "Contact", 2006),
    ]:
        page = Page(
            f"/en/{slug}.html", title, "en", ["English", title], [], y, lang="en", template="fp"
        )
        page.blocks = [f"<p>{' '.join(rng.sample(ENGLISH, rng.randint(2, 5)))}</p>"]
        if slug == "index":
            page.blocks.append(
                '<ul><li><a href="visitors.html">Visitors</a></li><li><a href="about.html">About'
                '</a></li><li><a href="contact.html">Contact</a></li></ul>'
            )
        site.add(page)
    site.menus["en"] = [
        ("/en/index.html", "English"),
        ("/en/visitors.html", "Visitors"),
        ("/en/about.html", "About"),
        ("/en/contact.html", "Contact"),
    ]
    oud = [
        ("/oud/huisstijl.html", "Huisstijl", "de huisstijl"),
        ("/oud/intranet-2003.html", "Intranet 2003", "het oude intranet"),
        ("/oud/millennium.html", "Millenniumproblematiek", "het millenniumprobleem"),
    ]
    for path, title, topic in oud:
        site.add(
            Page(
                path,
                title,
                "oud",
                ["Archief", title],
                body_for(rng, "buro", topic, "com", []),
                2003,
                template="fp",
            )
        )
    site.add(
        Page(
            "/oud/index.html",
            "Archief oude pagina's",
            "oud",
            ["Archief"],
            [
                "<p>Deze pagina's worden niet meer bijgewerkt.</p>",
                '<ul><li><a href="intranet-2003.html">Intranet 2003</a></li>'
                '<li><a href="millennium.html">Millennium</a></li>'
                '<li><a href="huisstijl.html">Huisstijl (oud)</a></li>'
                '<li><a href="redirect-lus.asp">Oude zoekfunctie</a></li></ul>',
            ],
            2004,
            template="fp",
        )
    )
    site.menus["oud"] = [("/oud/index.html", "Archief")]
    for path, title in [
        ("/prive/index.html", "Afgeschermd"),
        ("/prive/salarisgegevens.html", "Salarisgegevens"),
    ]:
        site.add(
            Page(
                path,
                title,
                "prive",
                ["Prive", title],
                body_for(rng, "short", "vertrouwelijke gegevens", "pz", []),
                2010,
            )
        )
    site.pages["/prive/index.html"].blocks.append(
        '<p><a href="salarisgegevens.html">Salarisgegevens</a></p>'
    )
    site.menus["prive"] = []
    for dept, slug, title, topic, style in ORPHANS:
        page = Page(
            f"/{dept}/{slug}.html",
            title,
            dept,
            [DEPARTMENTS[dept], title],
            body_for(rng, style, topic, dept, []),
            2006,
            template="fp",
        )
        site.add(page)


# Pages the communication team still keeps up to date. Their footer carries RECENT_TOKEN, which
# the sample server replaces by a date this many days before the day it serves them, so the
# demo always has recent, readable pages (the "behouden: recent en goed leesbaar" rule).
RECENT_TOKEN = "{{recente-datum}}"
RECENT = [
    (
        "/com/nieuw-intranet.html", "Het nieuwe intranet komt eraan", "com", 21,
        "Jolanda Smit (Communicatie, toestel 2231)",
        [
            "We werken aan een nieuw intranet. Het oude intranet is vaak traag en veel pagina's "
            "kloppen niet meer. Daarom kijken we samen naar elke pagina.",
            "Wat blijft er staan? Wat moet anders? Wat kan weg? Dat kiezen we in een paar korte "
            "sessies met collega's van alle afdelingen. U kunt ook meedoen.",
            "Het nieuwe intranet is eenvoudig. U vindt snel wat u zoekt, ook op uw telefoon. "
            "Heeft u een vraag of een idee? Mail dan naar de redactie. We horen graag van u.",
            "Elke afdeling kiest een of twee mensen die de pagina's van hun afdeling kennen. "
            "Zij kijken mee en helpen bij het schrijven. Zo staat er straks alleen nog tekst "
            "die klopt en die iedereen snapt.",
            "In het voorjaar gaat het nieuwe intranet open. Tot die tijd werkt het oude intranet "
            "gewoon. Op deze pagina leest u steeds hoe ver we zijn.",
        ],
    ),
    (
        "/pz/banen-voor-collegas.html", "Banen voor collega's", "pz", 9,
        "Karin Bos (Personeelszaken, toestel 2140)",
        [
            "Op deze pagina staan de banen die nu open zijn bij de gemeente. Collega's mogen "
            "altijd als eerste reageren.",
            "Wilt u een baan? Stuur dan een korte brief en uw cv naar Personeelszaken. Doe dat "
            "binnen twee weken. Daarna praten we met u.",
            "Kent u iemand die goed past bij een baan? Vertel het ons. Wie een nieuwe collega "
            "aanbrengt, krijgt een leuke bon. Kijk elke week even op deze pagina.",
            "Nu zoeken we een collega voor de balie van het gemeentehuis en een collega voor de "
            "buitendienst. Beide banen zijn voor vier dagen in de week.",
            "Wilt u eerst weten hoe het werk echt is? Loop dan een dag mee. Dat kan bijna altijd. "
            "Vraag het aan uw eigen baas en bel ons.",
        ],
    ),
    (
        "/fac/parkeren-bij-het-station.html", "Parkeren bij het station", "fac", 140,
        "Peter de Wit (Facilitair, toestel 2310)",
        [
            "Naast het gemeentehuis is een parkeerplaats voor collega's. Er is niet genoeg plek "
            "voor iedereen. Kom daarom liever met de fiets of de bus.",
            "Komt u toch met de auto? Zet de auto dan op het grote terrein achter het station. "
            "Daar is altijd plek en het is gratis.",
            "Wie slecht kan lopen, mag wel naast het gemeentehuis staan. Vraag dan een kaart "
            "aan bij de balie. Heeft u vragen? Bel dan de balie.",
            "Van het station loopt u in vijf minuten naar het gemeentehuis. Bij slecht weer "
            "kunt u een paraplu lenen bij de balie. Breng hem wel weer terug.",
            "Heeft u een fiets van de zaak? Zet die dan in de nieuwe stalling onder het "
            "gemeentehuis. Daar staat hij droog en veilig.",
        ],
    ),
]  # fmt: skip


def recent_pages(site: Site) -> None:
    """Added after every random choice, so the rest of the site stays byte for byte the same."""
    links = []
    for path, title, dept, _days, owner, paras in RECENT:
        assert path not in site.pages, path
        page = Page(
            path,
            title,
            dept,
            [DEPARTMENTS[dept], title],
            [f"<p>{esc(text)}</p>" for text in paras],
            2012,
            owner=owner,
        )
        page.date_text = f"Laatst gewijzigd: {RECENT_TOKEN}"
        page.date_kind = "modified"
        site.add(page)
        links.append(f'<li><a href="{path}">{esc(title)}</a></li>')
    site.pages["/index.html"].blocks.append(f"<h2>Actueel</h2><ul>{''.join(links)}</ul>")


# The old statistics package's export (last 12 months), bundled for the demo; not served.
VIEWS_FILE = "_bezoekcijfers.csv"
UNVISITED = ("/oud/millennium.html", "/oud/intranet-2003.html", "/en/about.html")


def views_csv(pages: list[str]) -> bytes:
    """Page views per address as the statistics package exports them (";" and Dutch headers).
    A separate random source: the site itself does not change with it."""
    rng = random.Random(SEED + 1)
    lines = ["Statistieken intranet Zuiderveen, afgelopen 12 maanden", "", "Pagina;Weergaven"]
    for path in pages:
        if path in UNVISITED:
            continue
        if path == "/index.html":
            views = 48210
        elif path.endswith("/index.html") or path in {r[0] for r in RECENT}:
            views = rng.randint(400, 3000)
        elif path.startswith(("/oud/", "/en/", "/nieuws/", "/agenda/")):
            views = rng.randint(1, 40)
        else:
            views = rng.randint(20, 900)
        lines.append(f"{path};{views}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def home(site: Site) -> None:
    news = sorted(
        (p for p in site.pages.values() if p.path.startswith("/nieuws/2012/")), key=lambda p: p.path
    )
    lis = "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in news[:5])
    site.add(
        Page(
            "/index.html",
            "Intranet Gemeente Zuiderveen",
            None,
            [],
            [
                "<h1>Welkom op het intranet</h1>",
                "<p>Het intranet van de gemeente Zuiderveen: nieuws, regelingen, formulieren en "
                "de telefoonlijst op één plek.</p>",
                f"<h2>Nieuws</h2><ul>{lis}</ul>",
                '<h2>Snel naar</h2><ul><li><a href="/PZ/Verlof.html">Verlof</a></li>'
                '<li><a href="/ict/">ICT Helpdesk</a></li>'
                '<li><a href="/ICT/Wachtwoord.html">Wachtwoord vergeten</a></li>'
                '<li><a href="/org/telefoonlijst.html">Telefoonlijst</a></li>'
                '<li><a href="/links.html">Handige links</a></li>'
                '<li><a href="/en/index.html">English</a></li>'
                '<li><a href="/zoeken.html">Zoeken</a></li>'
                '<li><a href="/wie-is-wie.html">Wie is wie</a></li>'
                '<li><a href="/colofon.html">Colofon</a></li>'
                '<li><a href="/oud/index.html">Archief</a></li></ul>',
            ],
            2012,
        )
    )


def specials(site: Site) -> list[tuple[str, str]]:
    """Quirks added to particular pages; returns (page, missing target) for broken links."""
    p = site.pages
    broken = [
        ("/pz/declaraties.html", "/pz/reiskosten.html", "Reiskosten (zie ook)"),
        ("/pz/verlof_oud.html", "/docs/verlofregeling-2006.pdf", "Verlofregeling 2006 (PDF)"),
        ("/ict/handleidingen.html", "/ict/handleiding-lotus-notes.html", "Handleiding Lotus Notes"),
        ("/fac/catering.html", "/fac/menukaart-2005.html", "Menukaart"),
        ("/nieuws/archief-2004.html", "/nieuws/2004/personeelsfeest.html", "Personeelsfeest 2004"),
        ("/com/huisstijl.html", "/docs/logo-zuiderveen.zip", "Logo downloaden"),
    ]
    for page, target, text in broken:
        p[page].blocks.append(f'<p><a href="{target}">{esc(text)}</a></p>')
    add = {
        "/ict/index.html": '<p>Let op: <a href="/ict/verhuisd.html">Thuiswerken</a> is verhuisd. '
        'Meldingen: <a href="/ict/helpdesk.html;jsessionid=8F3A2C91D4E5B6A7">Helpdesk-portaal'
        "</a>.</p>",
        "/ict/helpdesk.html": '<p><a href="/ict/storing-melden.html;jsessionid=0C1D2E3F4A5B6C7D">'
        'Storing melden</a> | <a href="/ICT/Wachtwoord.html">Wachtwoord</a></p>',
        "/fac/vergaderzalen.html": '<p><a href="/fac/zaal-reserveren.html?sid=a81f93c0e2">'
        'Reserveren</a> of <a href="/fac/zaal-reserveren.html?sid=77b0d4e1f9">hier</a>.</p>',
        "/fin/index.html": '<p><a href="/fout/500.asp">Budgetoverzicht (database)</a></p>',
        "/org/telefoonlijst.html": '<p><a href="/traag.asp?zoek=">Zoek in het telefoonboek</a></p>',
        "/pz/salaris.html": '<p><a href="/prive/index.html">Salarisgegevens (alleen PZ)</a></p>',
        "/pz/index.html": '<p>Zie ook <a href="/pz/verlof_oud.html">de oude verlofregeling</a> en '
        '<a href="/Pz/VERLOF.HTML">verlof</a>. <a href="/docs/formulier-declaratie.docx">'
        "Declaratieformulier (Word)</a></p>",
        "/pz/verlof.html": '<p><a href="/docs/verlofregeling-2009.pdf">Verlofregeling 2009 (PDF)'
        '</a> | <a href="javascript:window.print()">Afdrukken</a></p>',
        "/pz/cao-2007-2009.html": '<p><a href="/docs/cao-2007-2009.pdf">CAO-tekst (PDF)</a></p>',
        "/fac/bhv.html": '<p><a href="/docs/ontruimingsplan.pdf">Ontruimingsplan (PDF)</a></p>',
        "/com/huisstijl.html": '<p><a href="/docs/huisstijlhandboek-2006.pdf">Huisstijlhandboek'
        "</a></p>",
        "/ict/handleidingen.html": '<ul><li><a href="/docs/handleiding-webmail.pdf">Webmail</a>'
        '</li><li><a href="/docs/handleiding-citrix.pdf">Citrix</a></li></ul>',
        "/fin/begroting.html": '<p><a href="/docs/begroting-2011.pdf">Begroting 2011 (PDF)</a></p>',
        "/org/ondernemingsraad.html": '<p><a href="mailto:or@zuiderveen.example">Mail de OR</a>'
        "</p>",
        "/com/index.html": '<p><a href="/fac/bhv_kopie.html">BHV (kopie)</a></p>',
    }
    for page, html in add.items():
        p[page].blocks.append(html)
    for page in p.values():
        if page.dept == "pz" and page.template == "dw" and not page.path.endswith("index.html"):
            page.print_link = True
    return [(page, target) for page, target, _ in broken]


def duplicates(site: Site) -> tuple[list[list[str]], list[list[str]]]:
    src = site.pages["/pz/verlof.html"]
    near = Page(**{**src.__dict__})
    near.path = "/pz/verlof_oud.html"
    near.title = "Verlof (oud)"
    near.blocks = [
        b.replace("165 uur", "160 uur").replace("vijf jaar", "drie jaar") for b in src.blocks
    ]
    near.blocks = [b for b in near.blocks if "verlofregeling-2009" not in b]
    near.year, near.template, near.print_link = 2006, "fp", False
    near.date_iso, near.date_text, near.date_kind = (
        "2006-04-03",
        "Laatst gewijzigd: 3 april 2006",
        "modified",
    )
    site.add(near)
    site.pages["/fac/bhv_kopie.html"] = Page(**{**site.pages["/fac/bhv.html"].__dict__})
    site.pages["/fac/bhv_kopie.html"].path = "/fac/bhv_kopie.html"
    site.pages["/fac/bhv_kopie.html"].copy_of = "/fac/bhv.html"
    site.pages["/oud/huisstijl.html"].copy_of = "/com/huisstijl.html"
    site.pages["/com/huisstijl.html"].template = "dw"  # absolute links survive the copy
    return [
        ["/com/huisstijl.html", "/oud/huisstijl.html"],
        ["/fac/bhv.html", "/fac/bhv_kopie.html"],
    ], [["/pz/verlof.html", "/pz/verlof_oud.html"]]


TOP = [
    ("/index.html", "Home"), ("/pz/", "Personeelszaken"), ("/ict/", "ICT"), ("/fac/", "Facilitair"),
    ("/com/", "Communicatie"), ("/fin/", "Financiën"), ("/org/", "Organisatie"),
    ("/nieuws/", "Nieuws"), ("/agenda/", "Agenda"),
]  # fmt: skip


def link(page: Page, target: str) -> str:
    if page.template == "fp" and target.startswith("/"):
        if target.endswith("/"):
            target += "index.html"
        return rel(page.path, target)
    return target


def render(site: Site, page: Page) -> str:
    charset = {"utf-8": "utf-8", "cp1252": "windows-1252", "cp1252-latin1": "iso-8859-1"}
    fp = page.template == "fp"
    meta = ""
    if page.encoding in charset:
        declared = charset[page.encoding]
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">\n'
    lang_attr = ' lang="en"' if page.lang == "en" else ""
    if fp:
        head = (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            f"<HTML{lang_attr}>\n<HEAD>\n{meta}"
            '<meta name="GENERATOR" content="Microsoft FrontPage 5.0">\n'
            '<meta name="ProgId" content="FrontPage.Editor.Document">\n'
            f"<TITLE>{esc(page.title)}</TITLE>\n"
            f'<link rel="stylesheet" type="text/css" href="{rel(page.path, "/css/stijl.css")}">\n'
            "</HEAD>\n"
        )
    else:
        head = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{page.lang}">'
            '<!-- InstanceBegin template="/Templates/intranet.dwt" '
            'codeOutsideHTMLIsLocked="false" -->\n'
            f'<head>\n{meta}<!-- InstanceBeginEditable name="doctitle" -->\n'
            f"<title>{esc(page.title)}</title>\n<!-- InstanceEndEditable -->\n"
            '<link href="/css/stijl.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/js/menu.js"></script>\n'
        )
        if page.owner:
            head += f'<meta name="author" content="{esc(page.owner.split(" (")[0])}" />\n'
        head += "</head>\n"
    top = " | ".join(f'<a href="{link(page, h)}" class="topmenu">{esc(t)}</a>' for h, t in TOP)
    logo = link(page, "/images/logo.gif")
    banner = (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#003366">\n'
        f'<tr><td width="180"><a href="{link(page, "/index.html")}"><img src="{logo}" '
        'alt="Gemeente Zuiderveen" width="160" height="60" border="0"></a></td>\n'
        '<td valign="bottom"><font face="Verdana" size="1" color="#FFFFFF">'
        f"{top}</font></td></tr>\n"
        "</table>\n"
    )
    menu_items = site.menus.get(page.dept or "", [])
    menu = "".join(
        f'<tr><td><img src="{link(page, "/images/spacer.gif")}" width="8" height="8">'
        f'<a href="{link(page, h)}" class="menu">{esc(t)}</a></td></tr>\n'
        for h, t in menu_items
    )
    menu += (
        f'<tr><td><a href="{link(page, "/index.html")}" class="menu">&laquo; Home</a></td></tr>\n'
    )
    if page.crumbs:
        crumb_links = [f'<a href="{link(page, "/index.html")}">Home</a>']
        if page.dept in DEPARTMENTS and len(page.crumbs) > 1:
            crumb_links.append(
                f'<a href="{link(page, f"/{page.dept}/")}">{esc(page.crumbs[0])}</a>'
            )
            crumb_links += [esc(c) for c in page.crumbs[1:]]
        else:
            crumb_links += [esc(c) for c in page.crumbs]
        label = "You are here" if page.lang == "en" else "U bent hier"
        crumbs = f'<p class="kruimelpad">{label}: {" &gt; ".join(crumb_links)}</p>\n'
    else:
        crumbs = ""
    foot = []
    if page.date_text:
        foot.append(esc(page.date_text))
    if page.owner:
        foot.append(f"Contactpersoon: {esc(page.owner)}")
    if page.print_link:
        foot.append(f'<a href="{page.path}?print=1">Printversie</a>')
    foot.append(f'<a href="{link(page, "/disclaimer.html")}">Disclaimer</a>')
    foot.append(f'<a href="{link(page, "/contact.html")}">Contact</a>')
    foot.append("© Gemeente Zuiderveen – Intranet")
    h1 = "" if page.path == "/index.html" else f"<h1>{esc(page.title.lstrip('=+- '))}</h1>\n"
    content = "\n".join(page.blocks)
    body = (
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
        f"{banner}"
        '<table width="100%" border="0" cellpadding="4" cellspacing="0">\n<tr>\n'
        '<td width="170" valign="top" bgcolor="#E6EEF5">\n<table width="100%" border="0">\n'
        f"{menu}</table>\n</td>\n"
        '<td valign="top"><font face="Verdana, Arial, Helvetica" size="2">\n'
        f'{crumbs}<!-- InstanceBeginEditable name="inhoud" -->\n{h1}{content}\n'
        "<!-- InstanceEndEditable -->\n</font></td>\n</tr>\n</table>\n"
        '<table width="100%" border="0" cellpadding="4"><tr><td class="voet"><font size="1">'
        f"{' | '.join(foot)}</font></td></tr></table>\n"
        "</body>\n"
    )
    html = head + body + ("</HTML>\n" if fp else "<!-- InstanceEnd --></html>\n")
    return html


def encode(page: Page, html: str) -> bytes:
    if page.encoding == "utf-8":
        return html.encode("utf-8")
    return html.encode("cp1252")


def make_pdf(title: str, lines: list[str], created: str, modified: str) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    ops = ["BT", "/F1 16 Tf", "60 780 Td", f"({title}) Tj", "/F1 11 Tf"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops += ["0 -22 Td", f"({safe}) Tj"]
    ops.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": "Gemeente Zuiderveen",
            "/Producer": "Acrobat Distiller 7.0 (Windows)",
            "/CreationDate": created,
            "/ModDate": modified,
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_date(iso: str) -> str:
    return "D:" + iso.replace("-", "") + "101500+01'00'"


PDFS = [
    ("verlofregeling-2009.pdf", "Verlofregeling 2009", "2009-01-05", "2009-03-12"),
    ("cao-2007-2009.pdf", "CAO 2007-2009", "2007-06-01", "2007-06-15"),
    ("ontruimingsplan.pdf", "Ontruimingsplan gemeentehuis", "2008-09-01", "2010-11-23"),
    ("huisstijlhandboek-2006.pdf", "Huisstijlhandboek", "2006-02-10", "2006-02-10"),
    ("handleiding-webmail.pdf", "Handleiding webmail", "2010-05-04", "2011-01-03"),
    ("handleiding-citrix.pdf", "Handleiding Citrix", "2009-10-12", "2009-10-12"),
    ("begroting-2011.pdf", "Programmabegroting 2011", "2010-10-01", "2010-11-09"),
]

DOCX_TIME = (2008, 5, 14, 9, 30, 0)


def make_docx(title: str, paragraphs: list[str], created: str, modified: str) -> bytes:
    """A minimal but valid Word file, zipped with fixed times so the bytes never change."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ox = "http://schemas.openxmlformats.org"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="{ox}/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{ox}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ox}/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            f'<Relationship Id="rId2" Type="{ox}/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{w}"><w:body>'
            + "".join(f"<w:p><w:r><w:t>{esc(p)}</w:t></w:r></w:p>" for p in [title, *paragraphs])
            + "</w:body></w:document>"
        ),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<cp:coreProperties xmlns:cp="{ox}/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{esc(title)}</dc:title><dc:creator>M. Jansen</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}T09:00:00Z</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}T14:30:00Z</dcterms:modified>'
            "</cp:coreProperties>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, DOCX_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return out.getvalue()


GIF_1PX = bytes.fromhex(
    "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"
)

CSS = """body { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; }
a.menu { color: #003366; text-decoration: none; }
a.topmenu { color: #FFFFFF; font-weight: bold; }
.kruimelpad { font-size: 10px; color: #666666; }
.voet { border-top: 1px solid #CCCCCC; color: #666666; }
"""

JS = """function openVenster(url) {
  window.open(url, 'venster', 'width=600,height=400,scrollbars=yes');
}
"""


def assign_encodings(site: Site) -> None:
    rng = site.rng
    for path in sorted(site.pages):
        page = site.pages[path]
        if page.template == "fp":
            page.encoding = rng.choices(["cp1252", "cp1252-latin1", "cp1252-none"], [3, 3, 2])[0]
        else:
            page.encoding = rng.choices(["utf-8", "cp1252", "cp1252-latin1"], [6, 1, 1])[0]
    site.pages["/index.html"].encoding = "utf-8"
    site.pages["/pz/verlof.html"].encoding = "utf-8"
    site.pages["/pz/verlof_oud.html"].encoding = "cp1252-latin1"
    site.pages["/fac/bhv.html"].encoding = "cp1252-none"


def assign_dates(site: Site) -> None:
    rng = site.rng
    for path in sorted(site.pages):
        page = site.pages[path]
        if page.date_kind or page.path.endswith("/index.html"):
            continue
        y, m, d = pick_date(rng, page.year)
        date_footer(rng, page, y, m, d)


def normalise(base_path: str, href: str) -> tuple[str, str] | None:
    """Resolve a link the way the sample server would: (kind, path) or None when not followed."""
    if href.startswith(("mailto:", "javascript:")):
        return ("special", href.split(":")[0])
    url = urljoin("http://h" + base_path, href)
    parts = urlsplit(url)
    if parts.netloc != "h":
        return ("external", url)
    path = parts.path.split(";")[0].lower()
    if path.endswith("/"):
        path += "index.html"
    return ("internal", path)


def crawl_graph(out: Path, html_paths: set[str], doc_paths: set[str]) -> dict[str, object]:
    """Breadth-first walk over the written files, as a polite crawler starting at / would."""
    lower = {p.lower(): p for p in html_paths | doc_paths}
    seen_pages, seen_docs, broken, dynamic = {"/index.html"}, set(), set(), set()
    externals: set[str] = set()
    inlinks: dict[str, int] = {}
    queue = ["/index.html"]
    href_re = re.compile(r'href="([^"]*)"', re.I)
    while queue:
        current = queue.pop(0)
        text = (out / current.lstrip("/")).read_bytes().decode("cp1252", errors="replace")
        for href in href_re.findall(text):
            res = normalise(current, href)
            if res is None or res[0] == "special":
                continue
            if res[0] == "external":
                externals.add(res[1])
                continue
            target = res[1]
            if target.startswith("/prive/") or target.endswith((".css", ".js")):
                continue
            if target.endswith(".asp") or target == "/ict/verhuisd.html":
                dynamic.add(target)
                continue
            if target not in lower:
                broken.add(target)
                continue
            real = lower[target]
            inlinks[real] = inlinks.get(real, 0) + 1
            if real in doc_paths:
                seen_docs.add(real)
            elif real not in seen_pages:
                seen_pages.add(real)
                queue.append(real)
    return {
        "reachable_pages": sorted(seen_pages),
        "reachable_documents": sorted(seen_docs),
        "broken_links": sorted(broken),
        "dynamic_routes_linked": sorted(dynamic),
        "external_links": sorted(externals),
    }


def build(out: Path) -> dict[str, object]:
    site = Site(rng=random.Random(SEED))
    for dept, specs in (
        ("pz", PZ),
        ("ict", ICT),
        ("fac", FAC),
        ("com", COM),
        ("fin", FIN),
        ("org", ORG),
    ):
        build_department(site, dept, specs)
    build_news(site)
    build_agenda(site)
    extra_pages(site)
    home(site)
    exact, near = duplicates(site)
    broken_expected = specials(site)
    assign_encodings(site)
    assign_dates(site)
    site.pages["/pz/verlof_oud.html"].date_iso = "2006-04-03"
    recent_pages(site)
    for path, *_ in RECENT:
        site.pages[path].encoding = "utf-8"

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written: dict[str, bytes] = {}
    for path in sorted(site.pages):
        page = site.pages[path]
        if page.copy_of:
            continue
        written[path] = encode(page, render(site, page))
    for path in sorted(site.pages):
        page = site.pages[path]
        if page.copy_of:
            written[path] = written[page.copy_of]
            orig = site.pages[page.copy_of]
            for attr in (
                "title",
                "date_iso",
                "date_text",
                "date_kind",
                "owner",
                "encoding",
                "lang",
            ):
                setattr(page, attr, getattr(orig, attr))
    docs: dict[str, bytes] = {}
    for name, title, created, modified in PDFS:
        lines = [f"Gemeente Zuiderveen - {title}", f"Vastgesteld {modified}", "Versie 1.0"]
        docs[f"/docs/{name}"] = make_pdf(title, lines, pdf_date(created), pdf_date(modified))
    docs["/docs/formulier-declaratie.docx"] = make_docx(
        "Declaratieformulier",
        ["Naam:", "Afdeling:", "Bedrag in euro:", "Handtekening leidinggevende:"],
        "2008-05-14",
        "2009-11-02",
    )
    assets = {
        "/images/logo.gif": GIF_1PX,
        "/images/spacer.gif": GIF_1PX,
        "/css/stijl.css": CSS.encode("ascii"),
        "/js/menu.js": JS.encode("ascii"),
        "/robots.txt": (
            "# robots.txt intranet Zuiderveen\nUser-agent: *\nDisallow: /prive/\n\n"
            f"Sitemap: {OLD_HOST}sitemap.xml\n"
        ).encode("ascii"),
    }
    locs = []
    for path in sorted(written):
        page = site.pages[path]
        if path.startswith("/prive/"):
            continue
        lastmod = (
            f"<lastmod>{page.date_iso}</lastmod>"
            if page.date_iso and len(page.date_iso) == 10
            else ""
        )
        locs.append(f"  <url><loc>{OLD_HOST}{path.lstrip('/')}</loc>{lastmod}</url>\n")
    assets["/sitemap.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(locs)
        + "</urlset>\n"
    ).encode("utf-8")
    for path, data in {**written, **docs, **assets}.items():
        target = out / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    graph = crawl_graph(out, set(written), set(docs))
    (out / VIEWS_FILE).write_bytes(views_csv(graph["reachable_pages"]))  # type: ignore[arg-type]
    orphans = sorted(
        set(written)
        - set(graph["reachable_pages"])
        - {p for p in written if p.startswith("/prive/")}
    )  # type: ignore[arg-type]
    expected_broken = sorted({t for _, t in broken_expected})
    assert graph["broken_links"] == expected_broken, graph["broken_links"]
    assert orphans == sorted(f"/{d}/{s}.html" for d, s, *_ in ORPHANS), orphans
    digests: dict[str, list[str]] = {}
    for path, data in written.items():
        digests.setdefault(hashlib.sha256(data).hexdigest(), []).append(path)
    assert sorted(sorted(g) for g in digests.values() if len(g) > 1) == sorted(exact)
    manifest = {
        "about": "Expected numbers for tests; see docs/sample-intranet.md. Not served.",
        "copy_date_last_modified": COPY_DATE,
        "old_host": OLD_HOST,
        "html_files": len(written),
        **graph,
        "orphans": orphans,
        "robots_disallowed": sorted(p for p in written if p.startswith("/prive/")),
        "exact_duplicates": exact,
        "near_duplicates": near,
        "trap_entry": "/agenda/kalender.asp?maand=2009-03",
        "recent_token": RECENT_TOKEN,
        "recent_pages": {path: days for path, _t, _d, days, *_ in RECENT},
        "views_file": VIEWS_FILE,
        "unvisited": sorted(UNVISITED),
        "documents": {
            **{f"/docs/{n}": {"created": c, "modified": m} for n, _, c, m in PDFS},
            "/docs/formulier-declaratie.docx": {"created": "2008-05-14", "modified": "2009-11-02"},
        },
        "pages": {
            path: {
                "title": site.pages[path].title,
                "encoding": site.pages[path].encoding.split("-")[0],
                "declared_charset": {
                    "utf-8": "utf-8",
                    "cp1252": "windows-1252",
                    "cp1252-latin1": "iso-8859-1",
                    "cp1252-none": None,
                }[site.pages[path].encoding],
                "lang": site.pages[path].lang,
                "section": " > ".join(site.pages[path].crumbs[:-1]) or None,
                "visible_date": site.pages[path].date_iso,
                "visible_date_text": site.pages[path].date_text,
                "visible_date_kind": site.pages[path].date_kind,
                "owner": site.pages[path].owner,
                "template": {"fp": "FrontPage", "dw": "Dreamweaver"}[site.pages[path].template],
            }
            for path in sorted(written)
        },
    }
    (out / "_manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def tree_digest(root: Path) -> str:
    """One hash over every file's relative path and bytes; equal trees give equal digests."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    manifest = build(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(
        f"{out}: {manifest['html_files']} HTML-pagina's, "
        f"{len(manifest['reachable_pages'])} bereikbaar, {size // 1024} KB, "  # type: ignore[arg-type]
        f"digest {tree_digest(out)[:12]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
