<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../audit_app/ui/app.py" line="80"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/app.py" line="81"/>
        <source>Your name is recorded with every decision you make in an audit:</source>
        <translation>Uw naam wordt vastgelegd bij elk besluit dat u in een audit neemt:</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/app.py" line="113"/>
        <source>The demo could not start</source>
        <translation>De demo kon niet starten</translation>
    </message>
</context>
<context>
    <name>CrawlPanel</name>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="53"/>
        <source>No crawl running</source>
        <translation>Er loopt geen crawl</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="68"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="69"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="70"/>
        <source>Per second</source>
        <translation>Per seconde</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="71"/>
        <source>Elapsed</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="72"/>
        <source>Remaining (estimate)</source>
        <translation>Nog te gaan (schatting)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="80"/>
        <location filename="../../audit_app/ui/crawl_panel.py" line="146"/>
        <location filename="../../audit_app/ui/crawl_panel.py" line="183"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="82"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="84"/>
        <source>Stop now; what was fetched is kept and the crawl can be resumed later.</source>
        <translation>Nu stoppen; wat al is opgehaald blijft bewaard en de crawl kan later verder.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="127"/>
        <source>Crawling the old intranet…</source>
        <translation>Het oude intranet wordt doorlopen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="133"/>
        <source>Scoring pages…</source>
        <translation>Pagina&apos;s worden beoordeeld…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="147"/>
        <source>Continuing…</source>
        <translation>Verder…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="150"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="152"/>
        <source>Paused: nothing is fetched until you press Resume. Nothing is lost.</source>
        <translation>Gepauzeerd: er wordt niets opgehaald tot u op Hervatten drukt. Er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="158"/>
        <source>Stopping after the pages being fetched…</source>
        <translation>Stoppen na de pagina&apos;s die nu worden opgehaald…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="192"/>
        <source>%1 pages fetched, %2 errors, %3 still waiting.</source>
        <translation>%1 pagina&apos;s opgehaald, %2 fouten, %3 nog in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="206"/>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="209"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="211"/>
        <source>Stopped. Everything fetched so far is saved; start again to resume.</source>
        <translation>Gestopt. Alles wat tot nu toe is opgehaald is bewaard; start opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_panel.py" line="214"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="194"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="195"/>
        <source>Age of the content</source>
        <translation>Leeftijd van de inhoud</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="196"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="199"/>
        <location filename="../../audit_app/ui/dashboard.py" line="213"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="199"/>
        <location filename="../../audit_app/ui/dashboard.py" line="204"/>
        <location filename="../../audit_app/ui/dashboard.py" line="403"/>
        <location filename="../../audit_app/ui/dashboard.py" line="417"/>
        <location filename="../../audit_app/ui/dashboard.py" line="436"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="199"/>
        <location filename="../../audit_app/ui/dashboard.py" line="205"/>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="199"/>
        <location filename="../../audit_app/ui/dashboard.py" line="207"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="203"/>
        <location filename="../../audit_app/ui/dashboard.py" line="213"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="206"/>
        <source>To discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="210"/>
        <source>Per old section</source>
        <translation>Per oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="211"/>
        <source>Per reviewer</source>
        <translation>Per reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="213"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="213"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="216"/>
        <source>Workshop agenda: pages to discuss</source>
        <translation>Workshopagenda: te bespreken pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="280"/>
        <source>No pages yet</source>
        <translation>Nog geen pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="283"/>
        <source>Crawl the old intranet first; this overview fills itself as pages come in.</source>
        <translation>Crawl eerst het oude intranet; dit overzicht vult zich zodra er pagina&apos;s binnenkomen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="290"/>
        <source>%1 of %2 pages decided (%3%)</source>
        <translation>%1 van %2 pagina&apos;s beslist (%3%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="299"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n behouden</numerusform>
            <numerusform>%n behouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="300"/>
        <source>%n to rewrite</source>
        <translation>
            <numerusform>%n herschrijven</numerusform>
            <numerusform>%n herschrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="301"/>
        <source>%n to delete</source>
        <translation>
            <numerusform>%n verwijderen</numerusform>
            <numerusform>%n verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="302"/>
        <source>%n to discuss in the workshop</source>
        <translation>
            <numerusform>%n bespreken in de workshop</numerusform>
            <numerusform>%n bespreken in de workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="303"/>
        <source>%n without a place in the new navigation</source>
        <translation>
            <numerusform>%n zonder plek in de nieuwe navigatie</numerusform>
            <numerusform>%n zonder plek in de nieuwe navigatie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="307"/>
        <source>Nothing decided yet.</source>
        <translation>Nog niets beslist.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="315"/>
        <source>No pages yet. Crawl the old intranet to start the audit.</source>
        <translation>Nog geen pagina&apos;s. Crawl het oude intranet om de audit te beginnen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="321"/>
        <source>No decisions yet. Open the workshop mode and mark pages keep, rewrite or delete.</source>
        <translation>Nog geen besluiten. Open de workshopmodus en kies per pagina behouden, herschrijven of verwijderen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="329"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="330"/>
        <source>Rewrite</source>
        <translation>Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="331"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="332"/>
        <source>Undecided</source>
        <translation>Geen besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="388"/>
        <source>No ages yet. Score the project to see how old the pages are.</source>
        <translation>Nog geen leeftijden. Laat het project scoren om te zien hoe oud de pagina&apos;s zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="390"/>
        <source>Crawl and score the intranet to see how old the pages are.</source>
        <translation>Crawl en scoor het intranet om te zien hoe oud de pagina&apos;s zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="395"/>
        <source>Under 1 year</source>
        <translation>Jonger dan 1 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="396"/>
        <source>1 to 2 years</source>
        <translation>1 tot 2 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="397"/>
        <source>2 to 5 years</source>
        <translation>2 tot 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="398"/>
        <source>Over 5 years</source>
        <translation>Ouder dan 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="399"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="411"/>
        <source>B1 or easier</source>
        <translation>B1 of eenvoudiger</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="412"/>
        <source>Maybe above B1</source>
        <translation>Mogelijk boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="413"/>
        <source>Above B1</source>
        <translation>Boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="414"/>
        <source>Not measured</source>
        <translation>Niet gemeten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="422"/>
        <source>very easy</source>
        <translation>zeer makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="423"/>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="424"/>
        <source>fairly easy</source>
        <translation>vrij makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="425"/>
        <source>standard</source>
        <translation>normaal</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="426"/>
        <source>fairly difficult</source>
        <translation>vrij moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="427"/>
        <source>difficult</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="428"/>
        <source>very difficult</source>
        <translation>zeer moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="439"/>
        <source>No readability yet. Score the project to see which pages are above B1.</source>
        <translation>Nog geen leesbaarheid. Laat het project scoren om te zien welke pagina&apos;s boven B1 zitten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="441"/>
        <source>Crawl and score the intranet to see how readable the pages are.</source>
        <translation>Crawl en scoor het intranet om te zien hoe leesbaar de pagina&apos;s zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="447"/>
        <source>No pages yet, so no old sections either.</source>
        <translation>Nog geen pagina&apos;s, dus ook nog geen oude secties.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="449"/>
        <source>The crawl found no sections.</source>
        <translation>De crawl heeft geen secties gevonden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="456"/>
        <source>(no section)</source>
        <translation>(geen sectie)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="464"/>
        <source>No reviewers yet. Add them under Reviewers and give each an old section.</source>
        <translation>Nog geen reviewers. Voeg ze toe onder Reviewers en geef ieder een oude sectie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="481"/>
        <source>Nothing to discuss yet. Mark a page &apos;discuss&apos; to put it on the agenda of the next workshop.</source>
        <translation>Nog niets te bespreken. Zet een pagina op &apos;bespreken&apos; om haar op de agenda van de volgende workshop te zetten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="498"/>
        <source>The first %1 of %2 pages to discuss.</source>
        <translation>De eerste %1 van %2 te bespreken pagina&apos;s.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="242"/>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="243"/>
        <source>Open the page on the old intranet in your browser</source>
        <translation>Open de pagina op het oude intranet in uw browser</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="254"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="255"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="256"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="257"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="258"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="259"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="579"/>
        <source>Duplicates</source>
        <translation>Dubbelingen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="276"/>
        <source>No text found on this page.</source>
        <translation>Geen tekst gevonden op deze pagina.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="277"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="278"/>
        <source>Not scored yet.</source>
        <translation>Nog niet beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="279"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="280"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="281"/>
        <source>Why this date</source>
        <translation>Waarom deze datum</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="282"/>
        <source>All dates found</source>
        <translation>Alle gevonden datums</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="283"/>
        <source>broken</source>
        <translation>kapot</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="284"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="441"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="285"/>
        <source>Links to this page</source>
        <translation>Links naar deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="286"/>
        <source>Links on this page</source>
        <translation>Links op deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="333"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="336"/>
        <source>No page selected</source>
        <translation>Geen pagina gekozen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="335"/>
        <source>Choose a page in the table to see it here.</source>
        <translation>Kies een pagina in de tabel om die hier te zien.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="342"/>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="351"/>
        <source>This is a document; its text is on the Text tab. Use “Open in browser” to see the original.</source>
        <translation>Dit is een document; de tekst staat op het tabblad Tekst. Kies “Openen in browser” voor het origineel.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="356"/>
        <source>No stored copy of this page.</source>
        <translation>Van deze pagina is geen kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="383"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="387"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="393"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="396"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="408"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="410"/>
        <source>Page, or a document such as a PDF or Word file.</source>
        <translation>Pagina, of een document zoals een PDF- of Word-bestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="415"/>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="417"/>
        <source>200 means the page worked; 404 means it was missing.</source>
        <translation>200 betekent dat de pagina werkte; 404 dat hij ontbrak.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="422"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="424"/>
        <source>Pages with very few words rarely help anyone.</source>
        <translation>Pagina&apos;s met heel weinig woorden helpen zelden iemand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="429"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="431"/>
        <source>Time since the page was last changed, as far as we can tell.</source>
        <translation>Tijd sinds de pagina voor het laatst is gewijzigd, voor zover na te gaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="436"/>
        <source>Date confidence</source>
        <translation>Zekerheid datum</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="438"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="439"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="440"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="443"/>
        <source>How sure we are of that date: high, medium, low or none.</source>
        <translation>Hoe zeker die datum is: hoog, middel, laag of geen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="448"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="450"/>
        <source>Flesch-Douma score from 0 (very hard) to 100 (very easy).</source>
        <translation>Flesch-Douma-score van 0 (heel moeilijk) tot 100 (heel makkelijk).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="455"/>
        <source>Language level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="457"/>
        <source>B1 or easier</source>
        <translation>B1 of makkelijker</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="458"/>
        <source>maybe above B1</source>
        <translation>misschien boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="459"/>
        <source>above B1</source>
        <translation>boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="461"/>
        <source>Whether the text is probably at B1 level, which most people can read.</source>
        <translation>Of de tekst waarschijnlijk op B1-niveau is, dat de meeste mensen kunnen lezen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="466"/>
        <source>Sentence length</source>
        <translation>Zinslengte</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="468"/>
        <source>Average words per sentence; above 15 gets hard to read.</source>
        <translation>Gemiddeld aantal woorden per zin; boven de 15 wordt het moeilijk.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="473"/>
        <source>Syllables per word</source>
        <translation>Lettergrepen per woord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="475"/>
        <source>Long words make a text harder to read.</source>
        <translation>Lange woorden maken een tekst moeilijker.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="480"/>
        <source>Inlinks</source>
        <translation>Links hierheen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="482"/>
        <source>How many other pages link here; none means hard to find.</source>
        <translation>Hoeveel andere pagina&apos;s hierheen linken; geen betekent moeilijk te vinden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="487"/>
        <source>Broken links</source>
        <translation>Kapotte links</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="489"/>
        <source>Links on this page that lead nowhere.</source>
        <translation>Links op deze pagina die nergens heen gaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="495"/>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="497"/>
        <source>Visits, from the imported statistics.</source>
        <translation>Bezoeken, uit de geïmporteerde statistieken.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="503"/>
        <source>Duplicate</source>
        <translation>Dubbeling</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="504"/>
        <source>exact copy</source>
        <translation>exacte kopie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="504"/>
        <source>nearly the same</source>
        <translation>vrijwel gelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="507"/>
        <source>This page (nearly) equals other pages; see the Duplicates tab.</source>
        <translation>Deze pagina is (bijna) gelijk aan andere pagina&apos;s; zie het tabblad Dubbelingen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="514"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="514"/>
        <source>Other things worth a look.</source>
        <translation>Andere dingen om naar te kijken.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="577"/>
        <source>No duplicates of this page were found.</source>
        <translation>Er zijn geen dubbelingen van deze pagina gevonden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="581"/>
        <source>Duplicates (%1)</source>
        <translation>Dubbelingen (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="607"/>
        <source>identical text</source>
        <translation>identieke tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="608"/>
        <source>the texts resemble each other</source>
        <translation>de teksten lijken sterk op elkaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="609"/>
        <source>almost all of the shorter text is in the longer one</source>
        <translation>bijna de hele kortere tekst staat in de langere</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="611"/>
        <source>most of the shorter text is in the longer one, and the file name says copy</source>
        <translation>het grootste deel van de kortere tekst staat in de langere, en de bestandsnaam zegt dat het een kopie is</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="614"/>
        <source>%1% similar: %2</source>
        <translation>%1% gelijk: %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="624"/>
        <source>Green: only in this copy. Struck through: only on the page you selected.</source>
        <translation>Groen: alleen in deze kopie. Doorgestreept: alleen op de pagina die u koos.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../audit_app/ui/file_dialogs.py" line="38"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/file_dialogs.py" line="41"/>
        <source>Audit project</source>
        <translation>Auditproject</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/file_dialogs.py" line="42"/>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/file_dialogs.py" line="43"/>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/file_dialogs.py" line="44"/>
        <source>Zip archive</source>
        <translation>Zip-archief</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/file_dialogs.py" line="48"/>
        <source>%1 file</source>
        <translation>%1-bestand</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="125"/>
        <source>Search title, address and text…</source>
        <translation>Zoek in titel, adres en tekst…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="135"/>
        <source>Saved views: a filter with a name</source>
        <translation>Opgeslagen weergaven: een filter met een naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="137"/>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="138"/>
        <source>Save the current filters as a view with a name</source>
        <translation>Bewaar de huidige filters als weergave met een naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="140"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="142"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="149"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="156"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="156"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="163"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="164"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="165"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="166"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="167"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="168"/>
        <source>Review status</source>
        <translation>Reviewstatus</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="169"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="188"/>
        <source>Duplicates</source>
        <translation>Dubbelingen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="189"/>
        <source>Broken links</source>
        <translation>Kapotte links</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="190"/>
        <source>Has a note</source>
        <translation>Met notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="223"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="224"/>
        <source>not scored</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="279"/>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="285"/>
        <source>All sections</source>
        <translation>Alle secties</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="289"/>
        <source>(choose a saved view)</source>
        <translation>(kies een opgeslagen weergave)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="372"/>
        <source>Only pages in the chosen navigation item</source>
        <translation>Alleen pagina&apos;s in het gekozen navigatie-item</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="426"/>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="427"/>
        <source>Name of this view (for example “HR, older than 5 years, undecided”):</source>
        <translation>Naam van deze weergave (bijvoorbeeld “Personeelszaken, ouder dan 5 jaar, onbeslist”):</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="48"/>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="49"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="50"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="51"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="52"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="53"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="54"/>
        <source>Inlinks</source>
        <translation>Links hierheen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="55"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="56"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="57"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="58"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="66"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="67"/>
        <source>Rewrite</source>
        <translation>Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="68"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="69"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="76"/>
        <source>less than 1 year</source>
        <translation>jonger dan 1 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="77"/>
        <source>1 to 2 years</source>
        <translation>1 tot 2 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="78"/>
        <source>2 to 5 years</source>
        <translation>2 tot 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="79"/>
        <source>older than 5 years</source>
        <translation>ouder dan 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="80"/>
        <source>unknown age</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="87"/>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="88"/>
        <source>reviewed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="89"/>
        <source>to discuss</source>
        <translation>bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="96"/>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="97"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="98"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="106"/>
        <source>no links to this page</source>
        <translation>geen links naar deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="107"/>
        <source>broken links on the page</source>
        <translation>kapotte links op de pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="108"/>
        <source>little text</source>
        <translation>weinig tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="109"/>
        <source>no title</source>
        <translation>geen titel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="110"/>
        <source>no heading (H1)</source>
        <translation>geen kop (H1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="111"/>
        <source>no owner</source>
        <translation>geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="112"/>
        <source>old document</source>
        <translation>oud document</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="113"/>
        <source>date unknown</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="114"/>
        <source>date uncertain</source>
        <translation>datum onzeker</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="115"/>
        <source>copy of another page</source>
        <translation>kopie van een andere pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="116"/>
        <source>not visited</source>
        <translation>niet bezocht</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="126"/>
        <source>very easy</source>
        <translation>heel makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="127"/>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="128"/>
        <source>fairly easy</source>
        <translation>vrij makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="129"/>
        <source>standard</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="130"/>
        <source>fairly difficult</source>
        <translation>vrij moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="131"/>
        <source>difficult</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="132"/>
        <source>very difficult</source>
        <translation>heel moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="149"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="151"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="152"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="143"/>
        <location filename="../../audit_app/ui/main_window.py" line="653"/>
        <source>Content audit</source>
        <translation>Content-audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="176"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="183"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="186"/>
        <source>New navigation</source>
        <translation>Nieuwe navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="189"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="192"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="231"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nieuwe audit…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="234"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="237"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="243"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="245"/>
        <source>Make &amp;review packs…</source>
        <translation>&amp;Reviewpakketten maken…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="246"/>
        <source>&amp;Import reviews…</source>
        <translation>Reviews &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="248"/>
        <source>Restore a &amp;safety copy…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="250"/>
        <source>Open one of the automatic safety copies of this project as a new file</source>
        <translation>Een van de automatische reservekopieën van dit project openen als nieuw bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="252"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="254"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="257"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="259"/>
        <source>&amp;Workshop mode</source>
        <translation>&amp;Workshopmodus</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="262"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="265"/>
        <source>&amp;My pages</source>
        <translation>&amp;Mijn pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="268"/>
        <source>The pages assigned to you as a reviewer</source>
        <translation>De pagina&apos;s die aan u als reviewer zijn toegewezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="272"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="273"/>
        <source>&amp;Rewrite</source>
        <translation>&amp;Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="274"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="281"/>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Suggestie overnemen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="285"/>
        <source>&amp;Clear decision</source>
        <translation>Besluit &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="287"/>
        <source>Mark for di&amp;scussion</source>
        <translation>Bes&amp;preken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="290"/>
        <source>Put the page on the agenda of the next workshop</source>
        <translation>Zet de pagina op de agenda van de volgende workshop</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="293"/>
        <source>Mark as revie&amp;wed</source>
        <translation>Markeren als beoor&amp;deeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="295"/>
        <source>&amp;Note…</source>
        <translation>&amp;Notitie…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="296"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="297"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="312"/>
        <source>&amp;Reviewers…</source>
        <translation>&amp;Reviewers…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="313"/>
        <source>&amp;Score again</source>
        <translation>Opnieuw sc&amp;oren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="314"/>
        <source>Resume &amp;crawl</source>
        <translation>&amp;Crawl hervatten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="315"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="333"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="335"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="342"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="359"/>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="368"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="370"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="390"/>
        <location filename="../../audit_app/ui/main_window.py" line="620"/>
        <location filename="../../audit_app/ui/main_window.py" line="1269"/>
        <source>Not available in this version.</source>
        <translation>Niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="438"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="440"/>
        <source>Audit projects (*.audit);;All files (*)</source>
        <translation>Auditprojecten (*.audit);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="454"/>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="483"/>
        <source>This file cannot be opened</source>
        <translation>Dit bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="487"/>
        <source>Nothing was changed. Choose another file, or start a new audit with File &gt; New audit.</source>
        <translation>Er is niets gewijzigd. Kies een ander bestand, of begin een nieuwe audit via Bestand &gt; Nieuwe audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="545"/>
        <source>%1 — Content audit</source>
        <translation>%1 — Content-audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="549"/>
        <source>Project on a network drive</source>
        <translation>Project op een netwerkschijf</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="551"/>
        <source>This project is on a network drive (%1). Working in one file from several computers is not safe there, so only one person at a time can have it open; anyone who opens it meanwhile is told that you have it. To work together, use review packs.</source>
        <translation>Dit project staat op een netwerkschijf (%1). Vanaf meerdere computers in één bestand werken is daar niet veilig, dus kan maar één persoon tegelijk het project open hebben; wie het intussen opent, krijgt te zien dat u het open hebt. Samenwerken kan met reviewpakketten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="582"/>
        <source>New navigation: %1</source>
        <translation>Nieuwe navigatie: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="597"/>
        <source>There is no reviewer called %1. Add yourself under Audit &gt; Reviewers, or change your name in the preferences.</source>
        <translation>Er is geen reviewer met de naam %1. Voeg uzelf toe onder Audit &gt; Reviewers, of pas uw naam aan in de voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="607"/>
        <source>Pages to keep or rewrite without a place in the new navigation</source>
        <translation>Pagina&apos;s om te behouden of herschrijven zonder plek in de nieuwe navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="701"/>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="766"/>
        <source>Sorting and filtering…</source>
        <translation>Sorteren en filteren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="790"/>
        <source>%1 of %2 pages shown</source>
        <translation>%1 van %2 pagina&apos;s getoond</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="824"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="829"/>
        <source>Select one or more pages first.</source>
        <translation>Kies eerst een of meer pagina&apos;s.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="832"/>
        <source>Clear decision</source>
        <translation>Besluit wissen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="836"/>
        <source>%1 (%2 pages)</source>
        <translation>%1 (%2 pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="845"/>
        <source>Mark for discussion</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="846"/>
        <source>Mark as reviewed</source>
        <translation>Markeren als beoordeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="861"/>
        <location filename="../../audit_app/ui/main_window.py" line="869"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="861"/>
        <source>Note for the selected pages:</source>
        <translation>Notitie bij de gekozen pagina&apos;s:</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="885"/>
        <source>These pages have no suggestion yet.</source>
        <translation>Deze pagina&apos;s hebben nog geen suggestie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="888"/>
        <source>Accept suggestion (%1 pages)</source>
        <translation>Suggestie overnemen (%1 pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="961"/>
        <source>A task is still running</source>
        <translation>Er loopt nog een taak</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="962"/>
        <source>Wait until it has finished, or stop it first.</source>
        <translation>Wacht tot die klaar is, of stop hem eerst.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="984"/>
        <source>The project could not be created</source>
        <translation>Het project kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="985"/>
        <source>Choose another place or name for the project file.</source>
        <translation>Kies een andere plek of naam voor het projectbestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1008"/>
        <source>No crawl to resume</source>
        <translation>Geen crawl om te hervatten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1009"/>
        <source>This project has no crawl yet. Use File &gt; New audit.</source>
        <translation>Dit project heeft nog geen crawl. Kies Bestand &gt; Nieuwe audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1021"/>
        <source>Crawl again?</source>
        <translation>Opnieuw crawlen?</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1023"/>
        <source>The last crawl is finished; there is nothing to resume. Crawling again fetches every page anew. Decisions, homes and notes are kept.</source>
        <translation>De laatste crawl is klaar; er valt niets te hervatten. Opnieuw crawlen haalt alle pagina's opnieuw op. Besluiten, plekken in de navigatie en notities blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1029"/>
        <source>Crawl again</source>
        <translation>Opnieuw crawlen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1057"/>
        <source>Crawling the sample intranet…</source>
        <translation>Het voorbeeldintranet wordt doorlopen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1069"/>
        <source>The demo could not be started</source>
        <translation>De demo kon niet worden gestart</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1084"/>
        <source>Nothing in the project was lost. Correct the cause and try again.</source>
        <translation>Er is niets verloren in het project. Los de oorzaak op en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1086"/>
        <source>The task stopped with an error</source>
        <translation>De taak is gestopt met een fout</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1160"/>
        <source>Folder for the review packs</source>
        <translation>Map voor de reviewpakketten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1176"/>
        <source>No packs made: no reviewer has pages yet (Audit &gt; Reviewers).</source>
        <translation>Geen pakketten gemaakt: nog geen reviewer heeft pagina&apos;s (Audit &gt; Reviewers).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1178"/>
        <source>%1 review packs written to %2</source>
        <translation>%1 reviewpakketten geschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1185"/>
        <source>Making review packs…</source>
        <translation>Reviewpakketten worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1192"/>
        <source>Returned review packs</source>
        <translation>Teruggestuurde reviewpakketten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1211"/>
        <source>Reading review packs…</source>
        <translation>Reviewpakketten worden gelezen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1218"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1220"/>
        <source>Nothing was imported</source>
        <translation>Er is niets ingelezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1221"/>
        <source>Correct these cells in the packs and import again.</source>
        <translation>Verbeter deze cellen in de pakketten en lees ze opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1227"/>
        <source>%1 changes from %2 packs.</source>
        <translation>%1 wijzigingen uit %2 pakketten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1231"/>
        <source>%1 fields were also changed here after the packs went out. Whose value wins?</source>
        <translation>%1 velden zijn hier ook gewijzigd nadat de pakketten waren verstuurd. Welke waarde wint?</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1233"/>
        <source>The reviewers&apos;</source>
        <translation>Die van de reviewers</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1234"/>
        <source>Keep ours</source>
        <translation>Onze waarde houden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1236"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1259"/>
        <source>%1 fields imported from the review packs.</source>
        <translation>%1 velden ingelezen uit de reviewpakketten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1261"/>
        <source>Importing reviews…</source>
        <translation>Reviews worden ingelezen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1080"/>
        <source>What was done so far is saved. Check the address and login, then try again with Audit &gt; Resume crawl.</source>
        <translation>Wat al gedaan is, is bewaard. Controleer het adres en de inlog en probeer het opnieuw via Audit &gt; Crawl hervatten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1127"/>
        <source>Export migration plan</source>
        <translation>Migratieplan exporteren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1129"/>
        <location filename="../../audit_app/ui/main_window.py" line="1194"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1148"/>
        <source>%1 pages written to %2</source>
        <translation>%1 pagina&apos;s geschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1153"/>
        <source>Exporting to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1226"/>
        <source>Import reviews</source>
        <translation>Reviews importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1269"/>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1284"/>
        <source>About Content audit</source>
        <translation>Over Content-audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="1285"/>
        <source>Content audit helps you take stock of an old intranet and plan its move.</source>
        <translation>Content-audit helpt u een oud intranet in kaart te brengen en de verhuizing te plannen.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="166"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n behouden</numerusform>
            <numerusform>%n behouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="167"/>
        <source>%n to rewrite</source>
        <translation>
            <numerusform>%n herschrijven</numerusform>
            <numerusform>%n herschrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="168"/>
        <source>%n to delete</source>
        <translation>
            <numerusform>%n verwijderen</numerusform>
            <numerusform>%n verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="169"/>
        <source>%n undecided</source>
        <translation>
            <numerusform>%n zonder besluit</numerusform>
            <numerusform>%n zonder besluit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="175"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in totaal</numerusform>
            <numerusform>%n in totaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="188"/>
        <source>%1: %n page(s) here and below</source>
        <translation>
            <numerusform>%1: %n pagina hier en eronder</numerusform>
            <numerusform>%1: %n pagina&apos;s hier en eronder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_model.py" line="201"/>
        <source>New navigation</source>
        <translation>Nieuwe navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_model.py" line="201"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_model.py" line="224"/>
        <source>A navigation item needs a name.</source>
        <translation>Een navigatie-item heeft een naam nodig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="302"/>
        <source>%n page(s) to &apos;%1&apos;</source>
        <translation>
            <numerusform>%n pagina naar &apos;%1&apos;</numerusform>
            <numerusform>%n pagina&apos;s naar &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="75"/>
        <source>Add an item</source>
        <translation>Een item toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="77"/>
        <source>Add an item under the selected one</source>
        <translation>Een item onder het geselecteerde item toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="79"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="81"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="87"/>
        <source>Read a tree from an indented text file or a CSV (Excel) file</source>
        <translation>Een boom inlezen uit een ingesprongen tekstbestand of een CSV-bestand (Excel)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="75"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="77"/>
        <source>Sub-item</source>
        <translation>Subitem</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="85"/>
        <source>From a file (text or CSV)…</source>
        <translation>Uit een bestand (tekst of CSV)…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="92"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="96"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="98"/>
        <source>Import a tree from a file, or start from a ready-made template</source>
        <translation>Een boom uit een bestand importeren, of beginnen met een kant-en-klaar sjabloon</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="117"/>
        <source>Pages marked keep or rewrite that have no place in the new navigation yet. Click to show them.</source>
        <translation>Pagina&apos;s met besluit behouden of herschrijven die nog geen plek hebben in de nieuwe navigatie. Klik om ze te tonen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="129"/>
        <source>No navigation yet. Start from a template, import a tree from a text or CSV file, or add the first item.</source>
        <translation>Nog geen navigatie. Begin met een sjabloon, importeer een boom uit een tekst- of CSV-bestand, of voeg het eerste item toe.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="136"/>
        <source>Choose a template or file…</source>
        <translation>Kies een sjabloon of bestand…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="253"/>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="269"/>
        <source>Select the item to add a sub-item under.</source>
        <translation>Selecteer eerst het item waaronder het subitem komt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="288"/>
        <source>Delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="290"/>
        <source>%n item(s) below it will be deleted too.</source>
        <translation>
            <numerusform>%n onderliggend item wordt ook verwijderd.</numerusform>
            <numerusform>%n onderliggende items worden ook verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="292"/>
        <source>%n page(s) will lose their place.</source>
        <translation>
            <numerusform>%n pagina verliest haar plek.</numerusform>
            <numerusform>%n pagina&apos;s verliezen hun plek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="293"/>
        <source>You can undo this.</source>
        <translation>U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="294"/>
        <source>Delete navigation item</source>
        <translation>Navigatie-item verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="298"/>
        <source>Delete &apos;%1&apos;</source>
        <translation>&apos;%1&apos; verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="302"/>
        <source>%n page(s) no longer have a place. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n pagina heeft geen plek meer. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n pagina&apos;s hebben geen plek meer. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="309"/>
        <source>Import navigation</source>
        <translation>Navigatie importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="311"/>
        <source>Navigation (*.txt *.csv);;All files (*)</source>
        <translation>Navigatie (*.txt *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="321"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="323"/>
        <source>Import &apos;%1&apos;</source>
        <translation>&apos;%1&apos; importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="329"/>
        <source>Template &apos;%1&apos; not found.</source>
        <translation>Sjabloon &apos;%1&apos; niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="333"/>
        <source>Template &apos;%1&apos;</source>
        <translation>Sjabloon &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="344"/>
        <source>%n item(s) added. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n item toegevoegd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n items toegevoegd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="346"/>
        <source>All items were already there; nothing added.</source>
        <translation>Alle items bestonden al; er is niets toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="361"/>
        <source>%n page(s) placed under &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n pagina geplaatst onder &apos;%1&apos;.</numerusform>
            <numerusform>%n pagina&apos;s geplaatst onder &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="395"/>
        <source>⚠ %n page(s) without a place</source>
        <translation>
            <numerusform>⚠ %n pagina zonder plek</numerusform>
            <numerusform>⚠ %n pagina&apos;s zonder plek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAuditDialog</name>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="47"/>
        <source>New audit</source>
        <translation>Nieuwe audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="52"/>
        <source>https://intranet.example.nl/ or a folder</source>
        <translation>https://intranet.voorbeeld.nl/ of een map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="53"/>
        <source>Folder…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="60"/>
        <source>Where to save the audit (.audit file)</source>
        <translation>Waar de audit wordt bewaard (.audit-bestand)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="61"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="69"/>
        <source>e.g. /afdelingen/ (empty: the whole site)</source>
        <translation>bijv. /afdelingen/ (leeg: de hele site)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="71"/>
        <source>One pattern per line, e.g. /archief/ or *.zip</source>
        <translation>Eén patroon per regel, bijv. /archief/ of *.zip</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="75"/>
        <source>No login</source>
        <translation>Geen inlog</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="76"/>
        <source>Windows login (NTLM)</source>
        <translation>Windows-inlog (NTLM)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="77"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="78"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="82"/>
        <source>Used for this crawl only; never saved.</source>
        <translation>Alleen voor deze crawl gebruikt; nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="87"/>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="91"/>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="94"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="95"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="99"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="100"/>
        <source>Pause between two requests, to spare a slow server.</source>
        <translation>Pauze tussen twee verzoeken, om een trage server te sparen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="103"/>
        <source>Start address or folder</source>
        <translation>Startadres of map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="104"/>
        <source>Project file</source>
        <translation>Projectbestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="105"/>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="107"/>
        <source>Only below</source>
        <translation>Alleen onder</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="108"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="109"/>
        <source>Login</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="111"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="112"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="114"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="116"/>
        <source>At most pages</source>
        <translation>Hoogstens pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="117"/>
        <source>At most clicks deep</source>
        <translation>Hoogstens klikken diep</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="118"/>
        <source>At most time</source>
        <translation>Hoogstens tijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="119"/>
        <source>Wait between requests</source>
        <translation>Wachten tussen verzoeken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="127"/>
        <source>Start crawl</source>
        <translation>Crawl starten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="147"/>
        <source>Folder with the old intranet</source>
        <translation>Map met het oude intranet</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="155"/>
        <source>Save audit as</source>
        <translation>Audit opslaan als</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="157"/>
        <source>Audit projects (*.audit)</source>
        <translation>Auditprojecten (*.audit)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="176"/>
        <source>Fill in the address of the old intranet, or choose a folder.</source>
        <translation>Vul het adres van het oude intranet in, of kies een map.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="180"/>
        <source>“%1” is not a web address (start with http:// or https://) and not an existing folder.</source>
        <translation>“%1” is geen webadres (begin met http:// of https://) en geen bestaande map.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="185"/>
        <source>Choose where to save the project file.</source>
        <translation>Kies waar het projectbestand moet komen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="187"/>
        <source>Fill in the user name for the login, or choose “No login”.</source>
        <translation>Vul de gebruikersnaam voor de inlog in, of kies “Geen inlog”.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../audit_app/ui/preview.py" line="196"/>
        <source>This page is too large to preview; see its text on the Text tab.</source>
        <translation>Deze pagina is te groot voor een voorbeeld; de tekst staat op het tabblad Tekst.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="127"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="129"/>
        <source>Recorded with every decision you make.</source>
        <translation>Wordt vastgelegd bij elk besluit dat u neemt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="134"/>
        <source>A new language is used after restarting the program.</source>
        <translation>Een nieuwe taal wordt gebruikt na het herstarten van het programma.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="137"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="138"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>RecoveryFlows</name>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="38"/>
        <source>The project is damaged</source>
        <translation>Het project is beschadigd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="40"/>
        <source>%1 is damaged. It has not been changed.

The program can copy everything that is still readable into a new project file; the damaged file stays as it is. If there are safety copies of it, you can also restore one of those.</source>
        <translation>%1 is beschadigd. Het bestand is niet gewijzigd.

Het programma kan alles wat nog leesbaar is naar een nieuw projectbestand kopiëren; het beschadigde bestand blijft zoals het is. Zijn er reservekopieën van, dan kunt u ook een daarvan terugzetten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="52"/>
        <source>Restore a safety copy…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="59"/>
        <source>Recover into a new file…</source>
        <translation>Herstellen naar een nieuw bestand…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="72"/>
        <source>Save the recovered project as</source>
        <translation>Hersteld project opslaan als</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="73"/>
        <source>recovered</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="74"/>
        <location filename="../../audit_app/ui/recovery_flows.py" line="142"/>
        <source>Audit projects (*.audit)</source>
        <translation>Auditprojecten (*.audit)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="83"/>
        <source>Recovered</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="88"/>
        <source>Recovering the project…</source>
        <translation>Het project wordt hersteld…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="110"/>
        <location filename="../../audit_app/ui/recovery_flows.py" line="126"/>
        <source>Restore a safety copy</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="111"/>
        <source>There are no safety copies of this project yet. The program makes one when you open a project and every ten minutes while you work.</source>
        <translation>Er zijn nog geen reservekopieën van dit project. Het programma maakt er een als u een project opent, en daarna elke tien minuten terwijl u werkt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="119"/>
        <source>%1  (%2 MB)</source>
        <translation>%1  (%2 MB)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="127"/>
        <source>Which copy? It is opened as a new project file; the current file stays as it is.</source>
        <translation>Welke kopie? Die wordt geopend als nieuw projectbestand; het huidige bestand blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="140"/>
        <source>Save the restored project as</source>
        <translation>Teruggezet project opslaan als</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="149"/>
        <source>Restoring the safety copy…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
</context>
<context>
    <name>ReviewerForm</name>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="54"/>
        <source>Edit reviewer</source>
        <translation>Reviewer bewerken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="54"/>
        <source>New reviewer</source>
        <translation>Nieuwe reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="57"/>
        <source>name@organisation.nl</source>
        <translation>naam@organisatie.nl</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="62"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="93"/>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="98"/>
        <source>Reviewers assess the pages of their part of the intranet. Give someone a whole old section at once; they then work through their own pages.</source>
        <translation>Reviewers beoordelen de pagina&apos;s van hun deel van het intranet. Geef iemand in één keer een hele oude sectie; die loopt daarna de eigen pagina&apos;s door.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="106"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="108"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="109"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="110"/>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="111"/>
        <source>To discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="127"/>
        <source>No reviewers yet. Add the first one with &apos;Add…&apos;.</source>
        <translation>Nog geen reviewers. Voeg de eerste toe met &apos;Toevoegen…&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="130"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="132"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="134"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="141"/>
        <source>Assign an old section</source>
        <translation>Een oude sectie toewijzen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="147"/>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="244"/>
        <source>Assign to selected reviewer</source>
        <translation>Toewijzen aan geselecteerde reviewer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="228"/>
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n pagina)</numerusform>
            <numerusform>%1 (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="234"/>
        <source>(no old sections found in the crawl)</source>
        <translation>(geen oude secties gevonden in de crawl)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="242"/>
        <source>Assign to %1</source>
        <translation>Toewijzen aan %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="286"/>
        <source>%1 added.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="298"/>
        <source>Edit reviewer</source>
        <translation>Reviewer bewerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="325"/>
        <source>Remove %1? %n page(s) will no longer have a reviewer. Decisions stay.</source>
        <translation>
            <numerusform>%1 verwijderen? %n pagina heeft dan geen reviewer meer. Besluiten blijven staan.</numerusform>
            <numerusform>%1 verwijderen? %n pagina&apos;s hebben dan geen reviewer meer. Besluiten blijven staan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="328"/>
        <source>Remove reviewer</source>
        <translation>Reviewer verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="332"/>
        <source>Remove reviewer %1</source>
        <translation>Reviewer %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="336"/>
        <source>%1 removed. Undo with Ctrl+Z.</source>
        <translation>%1 is verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="344"/>
        <source>Choose a reviewer and an old section first.</source>
        <translation>Kies eerst een reviewer en een oude sectie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="350"/>
        <source>There are no pages in &apos;%1&apos;.</source>
        <translation>Er zijn geen pagina&apos;s in &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="352"/>
        <source>Assign &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos; toewijzen aan %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="365"/>
        <source>These pages were already assigned to %1.</source>
        <translation>Deze pagina&apos;s waren al toegewezen aan %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="369"/>
        <source>%n page(s) from &apos;%1&apos; assigned to %2.</source>
        <translation>
            <numerusform>%n pagina uit &apos;%1&apos; toegewezen aan %2.</numerusform>
            <numerusform>%n pagina&apos;s uit &apos;%1&apos; toegewezen aan %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="65"/>
        <source>Content audit</source>
        <translation>Content-audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="72"/>
        <source>Take stock of the old intranet, decide page by page what moves to the new one, and export the migration plan.</source>
        <translation>Breng het oude intranet in kaart, beslis per pagina wat meegaat naar het nieuwe, en exporteer het migratieplan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="78"/>
        <source>New audit</source>
        <translation>Nieuwe audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="79"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="80"/>
        <source>View demo</source>
        <translation>Demo bekijken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="100"/>
        <source>Recent projects (double-click to open)</source>
        <translation>Recente projecten (dubbelklik om te openen)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="104"/>
        <source>Double-click to open</source>
        <translation>Dubbelklik om te openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="119"/>
        <source>  (not found)</source>
        <translation>  (niet gevonden)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="122"/>
        <source>No recent projects yet.</source>
        <translation>Nog geen recente projecten.</translation>
    </message>
</context>
<context>
    <name>TriStateCombo</name>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="86"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="87"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="88"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="148"/>
        <source>Rename to &apos;%1&apos;</source>
        <translation>Hernoemen naar &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="171"/>
        <source>Move navigation item</source>
        <translation>Navigatie-item verplaatsen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="199"/>
        <source>Add navigation item &apos;%1&apos;</source>
        <translation>Navigatie-item &apos;%1&apos; toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="227"/>
        <source>Delete navigation item</source>
        <translation>Navigatie-item verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="290"/>
        <source>Add reviewer &apos;%1&apos;</source>
        <translation>Reviewer &apos;%1&apos; toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="315"/>
        <source>Remove reviewer</source>
        <translation>Reviewer verwijderen</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="66"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="67"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="72"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="73"/>
        <source>&amp;Rewrite</source>
        <translation>&amp;Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="75"/>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Suggestie overnemen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="83"/>
        <source>Leave workshop mode (F11)</source>
        <translation>Workshopmodus verlaten (F11)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="114"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="115"/>
        <source>Not decided yet</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="116"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="177"/>
        <source>%1 of %2 decided</source>
        <translation>%1 van %2 beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="193"/>
        <source>No pages in this view</source>
        <translation>Geen pagina&apos;s in deze weergave</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="195"/>
        <source>Change the filters to show pages.</source>
        <translation>Pas de filters aan om pagina&apos;s te tonen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="199"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="202"/>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="207"/>
        <source>No stored copy of this page.</source>
        <translation>Van deze pagina is geen kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="229"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="232"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="233"/>
        <source>Inlinks</source>
        <translation>Links hierheen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="238"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="243"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="245"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="247"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="249"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
</TS>
