<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="42"/>
        <source>About Content audit</source>
        <translation>Over Content audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="50"/>
        <source>Take stock of an old intranet, decide page by page what moves to the new one, and export the migration plan.</source>
        <translation>Inventariseer een oud intranet, besluit per pagina wat meegaat naar het nieuwe en exporteer het migratieplan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="57"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="59"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="60"/>
        <source>no project open</source>
        <translation>geen project geopend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="62"/>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="63"/>
        <source>Safety copies and data</source>
        <translation>Reservekopieën en gegevens</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="64"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="66"/>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="69"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="89"/>
        <source>Copy details</source>
        <translation>Gegevens kopiëren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="90"/>
        <source>For the helpdesk: version, files and system</source>
        <translation>Voor de helpdesk: versie, bestanden en systeem</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/about_dialog.py" line="92"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../audit_app/ui/app.py" line="97"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/app.py" line="98"/>
        <source>Your name is recorded with every decision you make in an audit:</source>
        <translation>Uw naam wordt vastgelegd bij elk besluit dat u in een audit neemt:</translation>
    </message>
</context>
<context>
    <name>AssetsPanel</name>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="56"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="57"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="58"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="59"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="60"/>
        <source>Without alt text</source>
        <translation>Zonder alt-tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="211"/>
        <source>Not fetched: pages show it, but no link leads to it, so its size is unknown</source>
        <translation>Niet opgehaald: pagina&apos;s tonen het, maar geen link verwijst ernaar, dus de grootte is onbekend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="216"/>
        <source>%n time(s) shown without alt text</source>
        <translation>
            <numerusform>%n keer getoond zonder alt-tekst</numerusform>
            <numerusform>%n keer getoond zonder alt-tekst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="249"/>
        <source>Search in addresses</source>
        <translation>Zoeken in adressen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="251"/>
        <source>Only files without alt text</source>
        <translation>Alleen bestanden zonder alt-tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="254"/>
        <source>Images that at least one page shows without alt text: screen reader users miss what they show. The new intranet must fix these.</source>
        <translation>Afbeeldingen die op minstens één pagina zonder alt-tekst staan: wie een schermlezer gebruikt, mist wat erop staat. Op het nieuwe intranet moet dat beter.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="290"/>
        <source>Shown on page</source>
        <translation>Staat op pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="290"/>
        <source>Alt text</source>
        <translation>Alt-tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="297"/>
        <source>Double-click a page to show it in the page table.</source>
        <translation>Dubbelklik op een pagina om haar in de paginatabel te tonen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="320"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="338"/>
        <source>No images or other files found</source>
        <translation>Geen afbeeldingen of andere bestanden gevonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="340"/>
        <source>%n file(s), %1 without alt text</source>
        <translation>
            <numerusform>%n bestand, %1 zonder alt-tekst</numerusform>
            <numerusform>%n bestanden, %1 zonder alt-tekst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="343"/>
        <source>%1 of %n file(s) shown, %2 without alt text</source>
        <translation>
            <numerusform>%1 van %n bestand getoond, %2 zonder alt-tekst</numerusform>
            <numerusform>%1 van %n bestanden getoond, %2 zonder alt-tekst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="365"/>
        <source>Choose a file to see the pages that show it.</source>
        <translation>Kies een bestand om te zien op welke pagina&apos;s het staat.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="371"/>
        <source>%1: linked to, but no page shows it as an image.</source>
        <translation>%1: er wordt naar gelinkt, maar geen pagina toont het als afbeelding.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="376"/>
        <source>%1 is shown %n time(s) on pages:</source>
        <translation>
            <numerusform>%1 komt %n keer voor op een pagina:</numerusform>
            <numerusform>%1 komt %n keer voor op pagina&apos;s:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="378"/>
        <source>the first %1, those without alt text first.</source>
        <translation>hieronder de eerste %1, die zonder alt-tekst eerst.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="390"/>
        <source>no alt text</source>
        <translation>geen alt-tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/assets_view.py" line="394"/>
        <source>empty (decorative image)</source>
        <translation>leeg (sierafbeelding)</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="42"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="46"/>
        <source>Certificates trusted by this computer (recommended)</source>
        <translation>Certificaten die deze computer vertrouwt (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="48"/>
        <source>Those, and this certificate file:</source>
        <translation>Die, en dit certificaatbestand:</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="49"/>
        <source>Do not check certificates (unsafe)</source>
        <translation>Certificaten niet controleren (onveilig)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="52"/>
        <source>An intranet certificate from your organisation&apos;s own authority is trusted when that authority is installed on this computer, as on managed laptops.</source>
        <translation>Een intranetcertificaat van de eigen certificaatautoriteit van uw organisatie wordt vertrouwd als die autoriteit op deze computer is geïnstalleerd, zoals op beheerde laptops.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="57"/>
        <source>Root certificate from IT (.pem, .cer in Base64)</source>
        <translation>Basiscertificaat van ICT (.pem, .cer in Base64)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="58"/>
        <location filename="../../audit_app/ui/connection_options.py" line="76"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="63"/>
        <source>Proxy settings of this computer</source>
        <translation>Proxy-instellingen van deze computer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="64"/>
        <source>This proxy:</source>
        <translation>Deze proxy:</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="70"/>
        <source>e.g. intranet, intranet.gemeente.local</source>
        <translation>bijv. intranet, intranet.gemeente.local</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="72"/>
        <source>Other names of the same intranet; links to them are crawled too.</source>
        <translation>Andere namen van hetzelfde intranet; links daarheen worden ook gecrawld.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="75"/>
        <source>cookies.txt exported from a logged-in browser</source>
        <translation>cookies.txt, geëxporteerd uit een ingelogde browser</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="80"/>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="82"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="83"/>
        <source>Also the same site</source>
        <translation>Ook dezelfde site</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="84"/>
        <location filename="../../audit_app/ui/connection_options.py" line="108"/>
        <source>Cookies file</source>
        <translation>Cookiebestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="102"/>
        <source>Root certificate</source>
        <translation>Basiscertificaat</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="102"/>
        <source>Certificates (*.pem *.cer *.crt);;All files (*)</source>
        <translation>Certificaten (*.pem *.cer *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="108"/>
        <source>Cookies (*.txt);;All files (*)</source>
        <translation>Cookies (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="119"/>
        <source>Choose the certificate file, or trust this computer&apos;s only.</source>
        <translation>Kies het certificaatbestand, of vertrouw alleen die van deze computer.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="121"/>
        <source>The certificate file “%1” does not exist.</source>
        <translation>Het certificaatbestand “%1” bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="125"/>
        <source>“%1” is not a certificate in PEM format. Ask IT for the root certificate as Base64 (.pem or .cer).</source>
        <translation>“%1” is geen certificaat in PEM-formaat. Vraag ICT om het basiscertificaat als Base64 (.pem of .cer).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="134"/>
        <source>Fill in the proxy as http://proxy.organisatie.nl:8080, without user name or password.</source>
        <translation>Vul de proxy in als http://proxy.organisatie.nl:8080, zonder gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/connection_options.py" line="140"/>
        <source>The cookies file “%1” does not exist.</source>
        <translation>Het cookiebestand “%1” bestaat niet.</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="32"/>
        <source>The disk is full: the change was not saved. Free some space (or choose another disk) and try again; what was saved before is kept.</source>
        <translation>De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij (of kies een andere schijf) en probeer het opnieuw; wat al was opgeslagen blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="37"/>
        <source>The project cannot be saved: the file or its folder is read-only. Save a copy where you may write, or ask for write access.</source>
        <translation>Het project kan niet worden opgeslagen: het bestand of de map is alleen-lezen. Sla een kopie op een plek op waar je mag schrijven, of vraag schrijfrechten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="42"/>
        <source>The project is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>Het project is bezet door een ander programma dat er nu in schrijft. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="46"/>
        <source>The project file is damaged. Open it in the app, which offers to recover it into a new file (or use &apos;content-audit project recover&apos;). The damaged file is not changed.</source>
        <translation>Het projectbestand is beschadigd. Open het in de app: die biedt aan het te herstellen naar een nieuw bestand (of gebruik &apos;content-audit project recover&apos;). Het beschadigde bestand wordt niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="51"/>
        <source>This file is not a content-audit project (or it is badly damaged).</source>
        <translation>Dit bestand is geen content-audit-project (of het is zwaar beschadigd).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="54"/>
        <source>The project file cannot be opened. Does its folder still exist, and may you write in it?</source>
        <translation>Het projectbestand kan niet worden geopend. Bestaat de map nog, en mag je erin schrijven?</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="59"/>
        <source>Reading or writing the project file failed. Usually the disk is full; it can also be a disk or network error. Free some space or check the connection and try again; what was saved before is kept.</source>
        <translation>Lezen of schrijven van het projectbestand mislukte. Meestal is de schijf vol; het kan ook een schijf- of netwerkfout zijn. Maak ruimte vrij of controleer de verbinding en probeer het opnieuw; wat al was opgeslagen blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="65"/>
        <source>You do not have permission to change this project file.</source>
        <translation>Je hebt geen toestemming om dit projectbestand te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="68"/>
        <source>The disk is full. Free some space or choose another place, and try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij of kies een andere plek, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="71"/>
        <source>That disk is read-only. Choose another place.</source>
        <translation>Die schijf is alleen-lezen. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="74"/>
        <source>You do not have permission to read or write there. Choose another place, or ask for permission.</source>
        <translation>Je hebt geen toestemming om daar te lezen of te schrijven. Kies een andere plek, of vraag toestemming.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="91"/>
        <location filename="../../audit_app/ui/error_words.py" line="146"/>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="95"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="100"/>
        <source>%1 is not a CSV file (it looks like an Excel or other binary file). Save it as CSV and try again.</source>
        <translation>%1 is geen CSV-bestand (het lijkt een Excel- of ander binair bestand). Sla het op als CSV en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="108"/>
        <source>%1 cannot be read: its character set is unknown. Save the file as CSV (UTF-8) and try again.</source>
        <translation>%1 kan niet worden gelezen: de tekenset is onbekend. Sla het bestand op als CSV (UTF-8) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="115"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="117"/>
        <source>%1 cannot be read as CSV (%2).</source>
        <translation>%1 kan niet als CSV worden gelezen (%2).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="122"/>
        <source>%1 has no column with addresses (url, page, address) and a column with numbers (views, pageviews, visits, hits).</source>
        <translation>In %1 staat geen kolom met adressen (url, pagina, adres of page) en een kolom met aantallen (weergaven, paginaweergaven, bezoeken, views, pageviews of hits).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="130"/>
        <source>No line in %1 holds a usable number of page views.</source>
        <translation>In %1 staat in geen enkele regel een bruikbaar aantal weergaven.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="139"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets ingelezen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="151"/>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 is een map, geen projectbestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="156"/>
        <source>%1 is not a content-audit project. Choose an .audit file or start a new audit.</source>
        <translation>%1 is geen content-audit-project. Kies een .audit-bestand of maak een nieuwe audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="164"/>
        <source>%1 is a database, but not a content-audit project. The file was not changed.</source>
        <translation>%1 is een database, maar geen content-audit-project. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="172"/>
        <source>%1 was made with a newer version of content-audit (schema %2, this version knows %3). Update the program; the file was not changed.</source>
        <translation>%1 is gemaakt met een nieuwere versie van content-audit (schema %2, deze versie kent %3). Werk het programma bij; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="183"/>
        <source>%1 is in a place that cannot be written to. Copy it to a folder of your own and open the copy.</source>
        <translation>%1 staat op een plek waar niet geschreven kan worden (alleen-lezen). Kopieer het project naar een eigen map en open die kopie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="192"/>
        <location filename="../../audit_app/ui/error_words.py" line="464"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="198"/>
        <source>%1 is damaged and will not be changed. Recover it into a new file (the app offers this now), or restore a safety copy.</source>
        <translation>%1 is beschadigd en wordt niet gewijzigd. Herstel het naar een nieuw bestand (de app biedt dat nu aan), of zet een reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="212"/>
        <source>%1 on computer %2 has had this project open since %3. It is on a network drive, where only one person at a time can safely work in a project. Ask them to close it and try again. (Nobody working in it any more, for instance after a failure? Then delete the file %4 next to the project.)</source>
        <translation>Dit project is al geopend door %1 op computer %2 (sinds %3). Het staat op een netwerkschijf, en daar kan maar één persoon tegelijk veilig in een project werken. Vraag die persoon het project te sluiten en probeer het daarna opnieuw. (Werkt daar niemand meer in, bijvoorbeeld na een storing? Verwijder dan het bestand %4 naast het project.)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="230"/>
        <source>Give at least one start address, folder, zip file or list.</source>
        <translation>Geef minstens één startadres, map, zip-bestand of lijst op.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="234"/>
        <source>&apos;%1&apos; is not a usable web address.</source>
        <translation>&apos;%1&apos; is geen bruikbaar webadres.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="237"/>
        <source>&apos;%1&apos; is no web address (http:// or https://) and no folder or file either.</source>
        <translation>&apos;%1&apos; is geen webadres (http:// of https://) en bestaat niet als map of bestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="243"/>
        <source>%1 holds no addresses.</source>
        <translation>In %1 staan geen adressen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="245"/>
        <source>%1 holds no usable web addresses.</source>
        <translation>In %1 staan geen bruikbare webadressen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="248"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="252"/>
        <source>One folder or zip file per crawl.</source>
        <translation>Eén map of zip-bestand per crawl.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="253"/>
        <source>This project is already being crawled. Wait until that crawl has finished, or stop it first; a new crawl then continues where it was.</source>
        <translation>Dit project wordt al gecrawld. Wacht tot die crawl klaar is, of stop hem eerst; daarna gaat een nieuwe crawl verder waar hij was.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="259"/>
        <source>The lock file %1 could not be locked.</source>
        <translation>Het slotbestand %1 kan niet worden vastgezet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="262"/>
        <source>Unknown login method &apos;%1&apos;; choose none, basic, digest, ntlm or negotiate.</source>
        <translation>Onbekende inlogmethode &apos;%1&apos;; kies uit none, basic, digest, ntlm of negotiate.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="269"/>
        <source>Logging in with %1 needs a user name.</source>
        <translation>Voor inloggen met %1 is een gebruikersnaam nodig.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="273"/>
        <source>No password for %1. Give it when asked, in the environment variable CONTENT_AUDIT_PASSWORD or in the system&apos;s keyring.</source>
        <translation>Geen wachtwoord voor %1. Geef het op bij de vraag, in de omgevingsvariabele CONTENT_AUDIT_PASSWORD of in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="281"/>
        <source>No password for %1. Leave the user name empty to log in as the signed-in Windows user.</source>
        <translation>Geen wachtwoord voor %1. Laat de gebruikersnaam leeg om als de aangemelde Windows-gebruiker in te loggen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="289"/>
        <source>The cookie file %1 cannot be read: %2</source>
        <translation>Het cookiebestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="294"/>
        <source>The cookie file %1 is not recognised. Expected a cookies.txt (Netscape format, as browser extensions export it) or one line such as &apos;name=value; name2=value2&apos;.</source>
        <translation>Het cookiebestand %1 wordt niet herkend. Verwacht een cookies.txt (Netscape-formaat, zoals browser-extensies die exporteren) of één regel als &apos;naam=waarde; naam2=waarde2&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="306"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Het certificaatbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="310"/>
        <source>%1 is not a certificate in PEM format (a text file that starts with &apos;-----BEGIN CERTIFICATE-----&apos;). Export the root certificate as Base64 (.cer/.pem).</source>
        <translation>%1 is geen certificaat in PEM-formaat (een tekstbestand dat begint met &apos;-----BEGIN CERTIFICATE-----&apos;). Exporteer het basiscertificaat als Base64 (.cer/.pem).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="319"/>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Het certificaatbestand %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="324"/>
        <source>The proxy address %1 is not valid.</source>
        <translation>Het proxyadres %1 is ongeldig.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="327"/>
        <source>Give the proxy as http://proxy.organisation.org:8080, not as %1.</source>
        <translation>Geef de proxy op als http://proxy.organisatie.nl:8080, niet als %1.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="332"/>
        <source>Do not put a user name or password in the proxy address.</source>
        <translation>Zet geen gebruikersnaam of wachtwoord in het proxyadres.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="345"/>
        <source>the decision</source>
        <translation>het besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="346"/>
        <source>the place in the navigation</source>
        <translation>de plek in de navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="347"/>
        <source>the reviewer</source>
        <translation>de reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="348"/>
        <source>the review status</source>
        <translation>de reviewstatus</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="349"/>
        <source>the note</source>
        <translation>de notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="350"/>
        <source>the page to merge into</source>
        <translation>de pagina om mee samen te voegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="351"/>
        <source>the new URL</source>
        <translation>de nieuwe URL</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="352"/>
        <location filename="../../audit_app/ui/error_words.py" line="353"/>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="354"/>
        <source>the place</source>
        <translation>de plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="355"/>
        <source>the order</source>
        <translation>de volgorde</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="356"/>
        <source>the email address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="357"/>
        <source>the department</source>
        <translation>de afdeling</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="367"/>
        <source>Not done: %1 of this page has been changed in the meantime. That change stays; check the page and change it again if needed.</source>
        <translation>Niet uitgevoerd: %1 van deze pagina is intussen gewijzigd. Die wijziging blijft staan; kijk de pagina na en pas hem zo nodig opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="373"/>
        <source>Not done: %1 of this item has been changed in the meantime. That change stays; check it and change it again if needed.</source>
        <translation>Niet uitgevoerd: %1 van dit onderdeel is intussen gewijzigd. Die wijziging blijft staan; kijk het na en pas het zo nodig opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="384"/>
        <source>(Changed by %1, %2.)</source>
        <translation>(Gewijzigd door %1, %2.)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="388"/>
        <source>A page cannot be merged with itself.</source>
        <translation>Een pagina kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="392"/>
        <source>Page %1 does not exist in this project.</source>
        <translation>Pagina %1 bestaat niet in dit project.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="395"/>
        <source>A reviewer needs a name.</source>
        <translation>Een reviewer heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="397"/>
        <source>&apos;%1&apos; is not a valid email address.</source>
        <translation>&apos;%1&apos; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="401"/>
        <source>%1 still has review packs out and therefore cannot be removed. Assign the pages to someone else if needed.</source>
        <translation>%1 heeft nog reviewpakketten uitstaan en kan daarom niet worden verwijderd. Wijs de pagina&apos;s eventueel aan iemand anders toe.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="408"/>
        <source>A navigation item needs a name.</source>
        <translation>Een navigatie-item heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="412"/>
        <source>A name may be at most %1 characters long.</source>
        <translation>Een naam mag hooguit %1 tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="415"/>
        <source>An item cannot go under itself or one of its own sub-items.</source>
        <translation>Een onderdeel kan niet onder zichzelf of een eigen subonderdeel.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="420"/>
        <source>part of the path is empty (%1).</source>
        <translation>een deel van het pad is leeg (%1).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="423"/>
        <source>tabs and spaces are mixed to indent.</source>
        <translation>tabs en spaties door elkaar gebruikt om in te springen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="426"/>
        <source>there is no name on this line.</source>
        <translation>er staat geen naam op deze regel.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="428"/>
        <source>an indent of %1 spaces does not fit the rest (%2 spaces per level).</source>
        <translation>inspringing van %1 spaties past niet bij de rest (%2 spaties per niveau).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="436"/>
        <source>&apos;%1&apos; is indented further than the item above it (a level skipped).</source>
        <translation>&apos;%1&apos; springt verder in dan het item erboven (een niveau overgeslagen).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="442"/>
        <source>no column headings found. Use a column &apos;path&apos; (e.g. &apos;Work &gt; Leave&apos;) or the columns &apos;level&apos; and &apos;title&apos;.</source>
        <translation>geen kolomkoppen gevonden. Gebruik een kolom &apos;pad&apos; (bijv. &apos;Werk &gt; Verlof&apos;) of de kolommen &apos;niveau&apos; en &apos;titel&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="448"/>
        <source>level &apos;%1&apos; is not a number (1 is the highest level).</source>
        <translation>niveau &apos;%1&apos; is geen getal (1 is het hoogste niveau).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="453"/>
        <source>level must be 1 or higher.</source>
        <translation>niveau moet 1 of hoger zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="455"/>
        <source>&apos;%1&apos; has level %2, but there is no item of level %3 above it.</source>
        <translation>&apos;%1&apos; heeft niveau %2, maar er is geen item van niveau %3 boven.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="462"/>
        <source>there is no title in this row.</source>
        <translation>er staat geen titel in deze rij.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="469"/>
        <source>%1 is not a text or CSV file.</source>
        <translation>%1 is geen tekst- of CSV-bestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="473"/>
        <source>%1 holds no navigation items.</source>
        <translation>%1 bevat geen navigatie-items.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="478"/>
        <source>Language &apos;%1&apos; is not supported; choose nl or en.</source>
        <translation>Taal &apos;%1&apos; wordt niet ondersteund; kies nl of en.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="483"/>
        <source>Fill in a word or phrase (with at least one letter).</source>
        <translation>Vul een woord of uitdrukking in (met minstens één letter).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="487"/>
        <source>Fill in a simpler alternative for &apos;%1&apos;.</source>
        <translation>Vul een eenvoudiger alternatief in voor &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="491"/>
        <source>&apos;%1…&apos; is too long for the word list.</source>
        <translation>&apos;%1…&apos; is te lang voor de woordenlijst.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="494"/>
        <source>This is not a CSV file (it holds binary data).</source>
        <translation>Dit is geen CSV-bestand (het bevat binaire gegevens).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="498"/>
        <source>expected &apos;word%1alternative&apos;, found &apos;%2&apos;.</source>
        <translation>verwacht &apos;woord%1alternatief&apos;, gevonden &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="505"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/error_words.py" line="538"/>
        <source>%n fetched, %1 waiting</source>
        <translation>
            <numerusform>%n opgehaald, %1 in de rij</numerusform>
            <numerusform>%n opgehaald, %1 in de rij</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="542"/>
        <source>The server ignores capitals: variants count as one page</source>
        <translation>Server negeert hoofdletters: varianten worden als één pagina geteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="547"/>
        <source>Checking words</source>
        <translation>Woorden controleren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="549"/>
        <source>Analysing texts</source>
        <translation>Teksten analyseren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="551"/>
        <source>Saving scores</source>
        <translation>Scores opslaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="553"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="555"/>
        <source>Writing %1</source>
        <translation>%1 schrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="557"/>
        <source>Writing the CSV file</source>
        <translation>CSV-bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="559"/>
        <source>Writing redirects</source>
        <translation>Redirects schrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="561"/>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="563"/>
        <source>Reading review packs</source>
        <translation>Reviewpakketten lezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/error_words.py" line="565"/>
        <source>Making review packs</source>
        <translation>Reviewpakketten maken</translation>
    </message>
</context>
<context>
    <name>CrawlFlows</name>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="60"/>
        <source>The project could not be created</source>
        <translation>Het project kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="63"/>
        <source>Choose another place or name for the project file.</source>
        <translation>Kies een andere plek of naam voor het projectbestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="79"/>
        <source>Crawling the old intranet…</source>
        <translation>Het oude intranet wordt doorlopen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="92"/>
        <source>The task stopped with an error</source>
        <translation>De taak is gestopt met een fout</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="96"/>
        <source>What was done so far is saved. Check the address and login, then try again with Audit &gt; Resume crawl.</source>
        <translation>Wat al gedaan is, is bewaard. Controleer het adres en de inlog en probeer het opnieuw via Audit &gt; Crawl hervatten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="110"/>
        <source>No crawl to resume</source>
        <translation>Geen crawl om te hervatten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="111"/>
        <source>This project has no crawl yet. Use File &gt; New audit.</source>
        <translation>Dit project heeft nog geen crawl. Kies Bestand &gt; Nieuwe audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="120"/>
        <source>Crawl again?</source>
        <translation>Opnieuw crawlen?</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="122"/>
        <source>The last crawl has finished. Crawling again fetches every page once more and updates what was found; decisions, new places and notes stay as they are.</source>
        <translation>De laatste crawl is klaar. Opnieuw crawlen haalt elke pagina nog een keer op en werkt bij wat er gevonden is; besluiten, nieuwe plekken en notities blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="129"/>
        <source>Crawl again</source>
        <translation>Opnieuw crawlen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="145"/>
        <source>Scoring pages…</source>
        <translation>Pagina&apos;s scoren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="161"/>
        <source>Crawling the sample intranet…</source>
        <translation>Het voorbeeldintranet wordt doorlopen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_flows.py" line="175"/>
        <source>The demo could not be started</source>
        <translation>De demo kon niet worden gestart</translation>
    </message>
</context>
<context>
    <name>CrawlWords</name>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="30"/>
        <source>date visible on the page</source>
        <translation>zichtbare datum op de pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="31"/>
        <source>date in the page&apos;s metadata</source>
        <translation>datum in de metagegevens van de pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="32"/>
        <source>date in the document&apos;s properties</source>
        <translation>datum in de eigenschappen van het document</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="33"/>
        <source>date the web server sends along</source>
        <translation>datum die de webserver meestuurt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="34"/>
        <source>date in the web address</source>
        <translation>datum in het webadres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="35"/>
        <source>newest date in the text</source>
        <translation>nieuwste datum in de tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="49"/>
        <source>the web server sent %1, the same date as most pages (the files were copied or moved): that says nothing about this page</source>
        <translation>de webserver gaf %1 mee, dezelfde datum als de meeste pagina&apos;s (een kopie of verhuizing van de bestanden): dat zegt niets over deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="57"/>
        <source>often says when something was posted rather than changed</source>
        <translation>zegt vaak eerder wanneer iets geplaatst is dan gewijzigd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="62"/>
        <source>only a publication or creation date found (%1); the page may have changed since</source>
        <translation>alleen een publicatie- of aanmaakdatum gevonden (%1); de pagina kan later nog gewijzigd zijn</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="67"/>
        <source>only the newest date in the text (%1); weak evidence: it may also be the date of a meeting or a law</source>
        <translation>alleen de nieuwste datum in de tekst (%1); zwak bewijs: het kan ook een vergader- of wetsdatum zijn</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="74"/>
        <source>date unknown: %1</source>
        <translation>datum onbekend: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="76"/>
        <source>no date found</source>
        <translation>geen datum gevonden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="86"/>
        <source>Not found (%1)</source>
        <translation>Niet gevonden (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="89"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="92"/>
        <source>Server error (%1)</source>
        <translation>Serverfout (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="94"/>
        <source>Request refused (%1)</source>
        <translation>Verzoek geweigerd (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="98"/>
        <source>Redirect to an unusable address (%1)</source>
        <translation>Doorverwijzing naar een onbruikbaar adres (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="102"/>
        <source>Too many redirects (more than %1)</source>
        <translation>Te veel doorverwijzingen (meer dan %1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="106"/>
        <source>No complete answer within %1 seconds (server too slow)</source>
        <translation>Geen volledig antwoord binnen %1 seconden (server te traag)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="110"/>
        <source>Server does not answer within %1 seconds</source>
        <translation>Server reageert niet binnen %1 seconden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="114"/>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="118"/>
        <source>Not readable: %1</source>
        <translation>Niet leesbaar: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="124"/>
        <source>Stopped before it was complete</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="125"/>
        <source>Another website, outside the crawl: not fetched</source>
        <translation>Andere website, buiten het bereik van de crawl: niet opgehaald</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="128"/>
        <source>Redirect loop</source>
        <translation>Doorverwijzing in een kringetje</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="129"/>
        <source>Login failed (401)</source>
        <translation>Inloggen mislukt (401)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="130"/>
        <source>Login required (401): choose a login method</source>
        <translation>Inloggen vereist (401): stel een inlogmethode in</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="133"/>
        <source>No access (403)</source>
        <translation>Geen toegang (403)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="134"/>
        <source>Removed (410)</source>
        <translation>Verwijderd (410)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="135"/>
        <source>Too many requests, the server asks to wait (429)</source>
        <translation>Te veel verzoeken, de server vraagt om te wachten (429)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="138"/>
        <source>Certificate not valid</source>
        <translation>Certificaat niet geldig</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="139"/>
        <source>Invalid address</source>
        <translation>Ongeldig adres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="140"/>
        <source>Unknown server name</source>
        <translation>Naam van de server onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="141"/>
        <source>Connection refused</source>
        <translation>Verbinding geweigerd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="142"/>
        <source>The content could not be unpacked</source>
        <translation>Inhoud kon niet worden uitgepakt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="145"/>
        <source>Connection lost</source>
        <translation>Verbinding verbroken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="146"/>
        <source>Not a file address</source>
        <translation>Geen bestandsadres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="147"/>
        <source>Outside the chosen folder (not read)</source>
        <translation>Buiten de gekozen map (niet gelezen)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="150"/>
        <source>Invalid path</source>
        <translation>Ongeldig pad</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="151"/>
        <source>Shortcut to outside the chosen folder: not read</source>
        <translation>Snelkoppeling naar buiten de gekozen map: niet gelezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="154"/>
        <source>Not found (broken shortcut)</source>
        <translation>Niet gevonden (kapotte snelkoppeling)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="155"/>
        <source>No permission to read</source>
        <translation>Geen leesrechten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="156"/>
        <source>No index file in this folder</source>
        <translation>Geen indexbestand in deze map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="157"/>
        <source>Not a regular file</source>
        <translation>Geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="158"/>
        <source>Shortcut in the zip file: not followed</source>
        <translation>Snelkoppeling in het zip-bestand: niet gevolgd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="161"/>
        <source>Suspiciously highly compressed (possibly a zip bomb): not read</source>
        <translation>Verdacht sterk ingepakt (mogelijk een zip-bom): niet gelezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="164"/>
        <source>Read limit reached</source>
        <translation>Leeslimiet bereikt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="165"/>
        <source>Single files can only be read through a folder.</source>
        <translation>Losse bestanden kunnen alleen via een map.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/crawl_words.py" line="181"/>
        <source>, even after %n retries</source>
        <translation>
            <numerusform>, ook na %n nieuwe poging</numerusform>
            <numerusform>, ook na %n nieuwe pogingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="183"/>
        <source>(while reading)</source>
        <translation>(tijdens het lezen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/crawl_words.py" line="195"/>
        <source>read limit reached: %n files read</source>
        <translation>
            <numerusform>leeslimiet bereikt: %n bestand gelezen</numerusform>
            <numerusform>leeslimiet bereikt: %n bestanden gelezen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="199"/>
        <source>read limit reached: %1 read</source>
        <translation>leeslimiet bereikt: %1 gelezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="204"/>
        <source>read limit reached: the zip file unpacks to more than %1 times its own size (%2), possibly a zip bomb. Unpack it yourself if that is right</source>
        <translation>leeslimiet bereikt: het zip-bestand pakt uit tot meer dan %1 keer zijn eigen grootte (%2), mogelijk een zip-bom. Pak het zelf uit als dat klopt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="214"/>
        <source>interrupted: %1</source>
        <translation>onderbroken: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="217"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="219"/>
        <source>stopped by you</source>
        <translation>door u gestopt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/crawl_words.py" line="221"/>
        <source>time limit of %1 seconds reached</source>
        <translation>tijdslimiet van %1 seconden bereikt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/crawl_words.py" line="225"/>
        <source>limit of %n pages reached</source>
        <translation>
            <numerusform>limiet van %n pagina bereikt</numerusform>
            <numerusform>limiet van %n pagina&apos;s bereikt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="182"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="183"/>
        <source>Age of the content</source>
        <translation>Leeftijd van de inhoud</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="184"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="187"/>
        <location filename="../../audit_app/ui/dashboard.py" line="201"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="187"/>
        <location filename="../../audit_app/ui/dashboard.py" line="192"/>
        <location filename="../../audit_app/ui/dashboard.py" line="409"/>
        <location filename="../../audit_app/ui/dashboard.py" line="423"/>
        <location filename="../../audit_app/ui/dashboard.py" line="442"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="187"/>
        <location filename="../../audit_app/ui/dashboard.py" line="193"/>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="187"/>
        <location filename="../../audit_app/ui/dashboard.py" line="195"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="191"/>
        <location filename="../../audit_app/ui/dashboard.py" line="201"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="194"/>
        <source>To discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="198"/>
        <source>Per old section</source>
        <translation>Per oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="199"/>
        <source>Per reviewer</source>
        <translation>Per reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="201"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="201"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="204"/>
        <source>Workshop agenda: pages to discuss</source>
        <translation>Workshopagenda: te bespreken pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="271"/>
        <source>No pages yet</source>
        <translation>Nog geen pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="274"/>
        <source>Crawl the old intranet first; this overview fills itself as pages come in.</source>
        <translation>Crawl eerst het oude intranet; dit overzicht vult zich zodra er pagina&apos;s binnenkomen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="281"/>
        <source>%1 of %2 pages decided (%3%)</source>
        <translation>%1 van %2 pagina&apos;s beslist (%3%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="293"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n behouden</numerusform>
            <numerusform>%n behouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="294"/>
        <source>%n to rewrite</source>
        <translation>
            <numerusform>%n herschrijven</numerusform>
            <numerusform>%n herschrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="295"/>
        <source>%n to merge</source>
        <translation>
            <numerusform>%n samenvoegen</numerusform>
            <numerusform>%n samenvoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="296"/>
        <source>%n to archive</source>
        <translation>
            <numerusform>%n archiveren</numerusform>
            <numerusform>%n archiveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="297"/>
        <source>%n to delete</source>
        <translation>
            <numerusform>%n verwijderen</numerusform>
            <numerusform>%n verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="298"/>
        <source>%n to discuss in the workshop</source>
        <translation>
            <numerusform>%n bespreken in de workshop</numerusform>
            <numerusform>%n bespreken in de workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="299"/>
        <source>%n without a place in the new navigation</source>
        <translation>
            <numerusform>%n zonder plek in de nieuwe navigatie</numerusform>
            <numerusform>%n zonder plek in de nieuwe navigatie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="303"/>
        <source>Nothing decided yet.</source>
        <translation>Nog niets beslist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="307"/>
        <source>%n broken or gone address(es) in the page table not counted here</source>
        <translation>
            <numerusform>%n kapot of verdwenen adres in de paginatabel telt hier niet mee</numerusform>
            <numerusform>%n kapotte of verdwenen adressen in de paginatabel tellen hier niet mee</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="319"/>
        <source>No pages yet. Crawl the old intranet to start the audit.</source>
        <translation>Nog geen pagina&apos;s. Crawl het oude intranet om de audit te beginnen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="325"/>
        <source>No decisions yet. Open the workshop mode and mark pages keep, rewrite or delete.</source>
        <translation>Nog geen besluiten. Open de workshopmodus en kies per pagina behouden, herschrijven of verwijderen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="333"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="334"/>
        <source>Rewrite</source>
        <translation>Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="335"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="336"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="337"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="338"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="394"/>
        <source>No ages yet. Score the project to see how old the pages are.</source>
        <translation>Nog geen leeftijden. Laat het project scoren om te zien hoe oud de pagina&apos;s zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="396"/>
        <source>Crawl and score the intranet to see how old the pages are.</source>
        <translation>Crawl en scoor het intranet om te zien hoe oud de pagina&apos;s zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="401"/>
        <source>Under 1 year</source>
        <translation>Jonger dan 1 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="402"/>
        <source>1 to 2 years</source>
        <translation>1 tot 2 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="403"/>
        <source>2 to 5 years</source>
        <translation>2 tot 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="404"/>
        <source>Over 5 years</source>
        <translation>Ouder dan 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="405"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="417"/>
        <source>B1 or easier</source>
        <translation>B1 of eenvoudiger</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="418"/>
        <source>Maybe above B1</source>
        <translation>Mogelijk boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="419"/>
        <source>Above B1</source>
        <translation>Boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="420"/>
        <source>Not measured</source>
        <translation>Niet gemeten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="428"/>
        <source>very easy</source>
        <translation>zeer makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="429"/>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="430"/>
        <source>fairly easy</source>
        <translation>vrij makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="431"/>
        <source>standard</source>
        <translation>normaal</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="432"/>
        <source>fairly difficult</source>
        <translation>vrij moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="433"/>
        <source>difficult</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="434"/>
        <source>very difficult</source>
        <translation>zeer moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="445"/>
        <source>No readability yet. Score the project to see which pages are above B1.</source>
        <translation>Nog geen leesbaarheid. Laat het project scoren om te zien welke pagina&apos;s boven B1 zitten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="447"/>
        <source>Crawl and score the intranet to see how readable the pages are.</source>
        <translation>Crawl en scoor het intranet om te zien hoe leesbaar de pagina&apos;s zijn.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="453"/>
        <source>No pages yet, so no old sections either.</source>
        <translation>Nog geen pagina&apos;s, dus ook nog geen oude secties.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="455"/>
        <source>The crawl found no sections.</source>
        <translation>De crawl heeft geen secties gevonden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="462"/>
        <source>(no section)</source>
        <translation>(geen sectie)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="470"/>
        <source>No reviewers yet. Add them under Reviewers and give each an old section.</source>
        <translation>Nog geen reviewers. Voeg ze toe onder Reviewers en geef ieder een oude sectie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="487"/>
        <source>Nothing to discuss yet. Mark a page &apos;discuss&apos; to put it on the agenda of the next workshop.</source>
        <translation>Nog niets te bespreken. Zet een pagina op &apos;bespreken&apos; om haar op de agenda van de volgende workshop te zetten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/dashboard.py" line="504"/>
        <source>The first %1 of %2 pages to discuss.</source>
        <translation>De eerste %1 van %2 te bespreken pagina&apos;s.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="185"/>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="186"/>
        <source>Open the page on the old intranet in your browser</source>
        <translation>Open de pagina op het oude intranet in uw browser</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="197"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="198"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="286"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="321"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="199"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="200"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="201"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="202"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="556"/>
        <source>Duplicates</source>
        <translation>Dubbelingen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="204"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="221"/>
        <source>No text found on this page.</source>
        <translation>Geen tekst gevonden op deze pagina.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="222"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="223"/>
        <source>Not scored yet.</source>
        <translation>Nog geen score.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="224"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="225"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="226"/>
        <source>Why this date</source>
        <translation>Waarom deze datum</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="227"/>
        <source>All dates found</source>
        <translation>Alle gevonden datums</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="228"/>
        <source>broken</source>
        <translation>kapot</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="229"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="409"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="230"/>
        <source>Links to this page</source>
        <translation>Links naar deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="231"/>
        <source>Links on this page</source>
        <translation>Links op deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="279"/>
        <location filename="../../audit_app/ui/detail_panel.py" line="282"/>
        <source>No page selected</source>
        <translation>Geen pagina gekozen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="281"/>
        <source>Choose a page in the table to see it here.</source>
        <translation>Kies een pagina in de tabel om die hier te zien.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="290"/>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="303"/>
        <source>This is a document; its text is on the Text tab. Use “Open in browser” to see the original.</source>
        <translation>Dit is een document; de tekst staat op het tabblad Tekst. Kies “Openen in browser” voor het origineel.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="308"/>
        <source>No stored copy of this page.</source>
        <translation>Van deze pagina is geen kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="321"/>
        <source>Text (%1 officialese)</source>
        <translation>Tekst (%1 ambtelijk)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="342"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="349"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="355"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="358"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="374"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="376"/>
        <source>Page, or a document such as a PDF or Word file.</source>
        <translation>Pagina, of een document zoals een PDF- of Word-bestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="381"/>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="385"/>
        <source>200 means the page worked; 404 means it was missing.</source>
        <translation>200 betekent dat de pagina werkte; 404 dat hij ontbrak.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="390"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="392"/>
        <source>Pages with very few words rarely help anyone.</source>
        <translation>Pagina&apos;s met heel weinig woorden helpen zelden iemand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="397"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="399"/>
        <source>Time since the page was last changed, as far as we can tell.</source>
        <translation>Tijd sinds de pagina voor het laatst is gewijzigd, voor zover na te gaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="404"/>
        <source>Date confidence</source>
        <translation>Zekerheid datum</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="406"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="407"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="408"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="411"/>
        <source>How sure we are of that date: high, medium, low or none.</source>
        <translation>Hoe zeker die datum is: hoog, middel, laag of geen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="416"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="418"/>
        <source>Flesch-Douma score from 0 (very difficult) to 100 (very easy).</source>
        <translation>Flesch-Douma-score van 0 (zeer moeilijk) tot 100 (zeer makkelijk).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="423"/>
        <source>Language level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="425"/>
        <source>B1 or easier</source>
        <translation>B1 of makkelijker</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="426"/>
        <source>maybe above B1</source>
        <translation>misschien boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="427"/>
        <source>above B1</source>
        <translation>boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="429"/>
        <source>Whether the text is probably at B1 level, which most people can read.</source>
        <translation>Of de tekst waarschijnlijk op B1-niveau is, dat de meeste mensen kunnen lezen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="435"/>
        <source>B1 indication (words and sentences)</source>
        <translation>B1-indicatie (woorden en zinnen)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="438"/>
        <source>The formula&apos;s level, made stricter by officialese, uncommon words and passive sentences; see the Text tab for which words.</source>
        <translation>Het niveau volgens de formule, strenger gemaakt door ambtelijke taal, ongebruikelijke woorden en lijdende zinnen; op het tabblad Tekst ziet u welke woorden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="445"/>
        <source>Sentence length</source>
        <translation>Zinslengte</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="447"/>
        <source>Average words per sentence; above 15 gets hard to read.</source>
        <translation>Gemiddeld aantal woorden per zin; boven de 15 wordt het moeilijk.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="452"/>
        <source>Syllables per word</source>
        <translation>Lettergrepen per woord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="454"/>
        <source>Long words make a text harder to read.</source>
        <translation>Lange woorden maken een tekst moeilijker.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="459"/>
        <source>Inlinks</source>
        <translation>Links hierheen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="461"/>
        <source>How many other pages link here; none means hard to find.</source>
        <translation>Hoeveel andere pagina&apos;s hierheen linken; geen betekent moeilijk te vinden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="466"/>
        <source>Broken links</source>
        <translation>Kapotte links</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="468"/>
        <source>Links on this page that lead nowhere.</source>
        <translation>Links op deze pagina die nergens heen gaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="474"/>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="476"/>
        <source>Visits, from the imported statistics.</source>
        <translation>Bezoeken, uit de geïmporteerde statistieken.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="482"/>
        <source>Duplicate</source>
        <translation>Dubbeling</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="483"/>
        <source>exact copy</source>
        <translation>exacte kopie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="483"/>
        <source>nearly the same</source>
        <translation>vrijwel gelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="486"/>
        <source>This page (nearly) equals other pages; see the Duplicates tab.</source>
        <translation>Deze pagina is (bijna) gelijk aan andere pagina&apos;s; zie het tabblad Dubbelingen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="493"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="493"/>
        <source>Other things worth a look.</source>
        <translation>Andere dingen om naar te kijken.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="554"/>
        <source>No duplicates of this page were found.</source>
        <translation>Er zijn geen dubbelingen van deze pagina gevonden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="558"/>
        <source>Duplicates (%1)</source>
        <translation>Dubbelingen (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="584"/>
        <source>identical text</source>
        <translation>identieke tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="585"/>
        <source>the texts resemble each other</source>
        <translation>de teksten lijken sterk op elkaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="586"/>
        <source>almost all of the shorter text is in the longer one</source>
        <translation>bijna de hele kortere tekst staat in de langere</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="588"/>
        <source>most of the shorter text is in the longer one, and the file name says copy</source>
        <translation>het grootste deel van de kortere tekst staat in de langere, en de bestandsnaam zegt dat het een kopie is</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="591"/>
        <source>%1% similar: %2</source>
        <translation>%1% gelijk: %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/detail_panel.py" line="601"/>
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
        <location filename="../../audit_app/ui/filters_panel.py" line="132"/>
        <source>Search title, address and text…</source>
        <translation>Zoek in titel, adres en tekst…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="142"/>
        <source>Saved views: a filter with a name</source>
        <translation>Opgeslagen weergaven: een filter met een naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="144"/>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="145"/>
        <source>Save the current filters as a view with a name</source>
        <translation>Bewaar de huidige filters als weergave met een naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="147"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="149"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="156"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="163"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="163"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="170"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="171"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="172"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="173"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="174"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="175"/>
        <source>Review status</source>
        <translation>Reviewstatus</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="176"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="194"/>
        <source>Officialese language</source>
        <translation>Ambtelijke taal</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="198"/>
        <source>Only pages with officialese language: at least %1 officialese words and more than %2 per 100 words</source>
        <translation>Alleen pagina&apos;s met ambtelijke taal: minstens %1 ambtelijke woorden en meer dan %2 per 100 woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="205"/>
        <source>Changed since the previous crawl</source>
        <translation>Gewijzigd sinds vorige crawl</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="208"/>
        <source>Only pages that are new, changed, gone or moved since the previous crawl; decided pages that changed afterwards need another look</source>
        <translation>Alleen pagina&apos;s die nieuw, gewijzigd, verdwenen of verplaatst zijn sinds de vorige crawl; pagina&apos;s met een besluit die daarna veranderden, verdienen een nieuwe blik</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="214"/>
        <source>Duplicates</source>
        <translation>Dubbelingen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="215"/>
        <source>Broken links</source>
        <translation>Kapotte links</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="216"/>
        <source>Has a note</source>
        <translation>Met notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="252"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="253"/>
        <source>not scored</source>
        <translation>zonder score</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="309"/>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="315"/>
        <source>All sections</source>
        <translation>Alle secties</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="319"/>
        <source>(choose a saved view)</source>
        <translation>(kies een opgeslagen weergave)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="408"/>
        <source>Only pages in the chosen navigation item</source>
        <translation>Alleen pagina&apos;s in het gekozen navigatie-item</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="463"/>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="464"/>
        <source>Name of this view (for example “HR, older than 5 years, undecided”):</source>
        <translation>Naam van deze weergave (bijvoorbeeld “Personeelszaken, ouder dan 5 jaar, onbeslist”):</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../audit_app/ui/help_viewer.py" line="152"/>
        <source>Content audit – user guide</source>
        <translation>Content audit – handleiding</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/help_viewer.py" line="159"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/help_viewer.py" line="164"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/help_viewer.py" line="187"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>De handleiding is niet met deze kopie van het programma geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>ImportReviewsDialog</name>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="40"/>
        <source>Import reviews</source>
        <translation>Reviews importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_dialog.py" line="43"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_dialog.py" line="45"/>
        <source>from %n review packs.</source>
        <translation>
            <numerusform>uit %n reviewpakket.</numerusform>
            <numerusform>uit %n reviewpakketten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_dialog.py" line="55"/>
        <source>%n fields were also changed here after the packs went out. Choose per row which value to keep.</source>
        <translation>
            <numerusform>%n veld is hier ook gewijzigd nadat de pakketten zijn verstuurd. Kies welke waarde blijft.</numerusform>
            <numerusform>%n velden zijn hier ook gewijzigd nadat de pakketten zijn verstuurd. Kies per rij welke waarde blijft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="67"/>
        <source>All from the packs</source>
        <translation>Alles uit de pakketten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="69"/>
        <source>All as they are here</source>
        <translation>Alles zoals het hier staat</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="80"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="88"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="89"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="90"/>
        <source>Here now</source>
        <translation>Nu hier</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="91"/>
        <source>Changed here by</source>
        <translation>Hier gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="92"/>
        <source>In the pack</source>
        <translation>In het pakket</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="93"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="94"/>
        <source>Which value</source>
        <translation>Welke waarde</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="110"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="120"/>
        <source>The pack&apos;s value</source>
        <translation>Die uit het pakket</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_dialog.py" line="121"/>
        <source>The value here</source>
        <translation>Die van hier</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="34"/>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="43"/>
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="44"/>
        <source>this is not an Excel workbook (.xlsx). Send in the review pack as it was sent out; a file saved as CSV or renamed does not work.</source>
        <translation>dit is geen Excel-werkmap (.xlsx). Lever het reviewpakket aan zoals het is verstuurd; een als CSV opgeslagen of hernoemd bestand werkt niet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="49"/>
        <source>this is not a content-audit review pack.</source>
        <translation>dit is geen reviewpakket van content-audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="52"/>
        <source>the review pack is damaged (hidden data is missing or was changed).</source>
        <translation>het reviewpakket is beschadigd (verborgen gegevens ontbreken of zijn gewijzigd).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="55"/>
        <source>this review pack was made with a newer version of content-audit.</source>
        <translation>dit reviewpakket is gemaakt met een nieuwere versie van content-audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="58"/>
        <source>this review pack was made with an older version of content-audit and is not signed. Make the review packs again and send them round again.</source>
        <translation>dit reviewpakket is gemaakt met een oudere versie van content-audit en is niet ondertekend. Maak de reviewpakketten opnieuw en stuur ze opnieuw rond.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="63"/>
        <source>the review pack is damaged and cannot be read.</source>
        <translation>het reviewpakket is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="66"/>
        <source>the signature of this review pack does not match: it was changed outside content-audit (token, reviewer or list of pages). Nothing was imported; use the review pack as it was sent.</source>
        <translation>de handtekening van dit reviewpakket klopt niet: het is buiten content-audit gewijzigd (kenmerk, reviewer of lijst met pagina&apos;s). Er is niets ingelezen; gebruik het reviewpakket zoals het is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="72"/>
        <source>this review pack was not made in this project (unknown token).</source>
        <translation>dit reviewpakket is niet in dit project gemaakt (onbekend kenmerk).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="75"/>
        <source>this column is in it twice.</source>
        <translation>deze kolom staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="76"/>
        <source>this column is missing (deleted or renamed). Use the original review pack or put the column back.</source>
        <translation>deze kolom ontbreekt (verwijderd of hernoemd). Gebruik het oorspronkelijke reviewpakket of zet de kolom terug.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="81"/>
        <source>when merging, choose the page this one goes into (old URL or ID).</source>
        <translation>kies bij samenvoegen de pagina waarin deze opgaat (oude URL of ID).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="84"/>
        <source>a page cannot be merged with itself.</source>
        <translation>een pagina kan niet met zichzelf samengaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="87"/>
        <source>this is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>dit is geen Excel-werkmap (.xlsx), of hij is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="90"/>
        <source>this is not a content-audit migration plan (or it was made with an older version). Export the plan again.</source>
        <translation>dit is geen migratieplan van content-audit (of het is gemaakt met een oudere versie). Exporteer het plan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="95"/>
        <source>this is not a content-audit migration plan.</source>
        <translation>dit is geen migratieplan van content-audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="98"/>
        <source>this plan belongs to another project.</source>
        <translation>dit plan hoort bij een ander project.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="101"/>
        <source>the sheet with the plan is missing.</source>
        <translation>het tabblad met het plan ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="104"/>
        <source>the plan is damaged.</source>
        <translation>het plan is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="105"/>
        <source>the ID column is missing; put it back.</source>
        <translation>de kolom ID ontbreekt; zet hem terug.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="108"/>
        <source>A new URL is an address, for example https://intranet.new.org/work/leave.</source>
        <translation>Een nieuwe URL is een adres, bijvoorbeeld https://intranet.nieuw.nl/werk/verlof.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="112"/>
        <source>expected: old URL or ID, new URL.</source>
        <translation>verwacht: oude URL of ID, nieuwe URL.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="115"/>
        <source>Nothing was imported: correct the errors first.</source>
        <translation>Er is niets ingelezen: los eerst de fouten op.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="118"/>
        <source>The project has changed since the review packs were read. Read them again.</source>
        <translation>Het project is gewijzigd sinds de reviewpakketten zijn ingelezen. Lees ze opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="122"/>
        <source>The project has changed since the plan was read. Read it again.</source>
        <translation>Het project is gewijzigd sinds het plan is ingelezen. Lees het opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="130"/>
        <source>this cell holds a formula (%1), not a value. Type or choose the value yourself (or paste as value).</source>
        <translation>deze cel bevat een formule (%1), geen waarde. Typ of kies de waarde zelf (of plak als waarde).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="138"/>
        <source>this cell holds an error value (%1). Type or choose the value yourself.</source>
        <translation>deze cel bevat een foutwaarde (%1). Typ of kies de waarde zelf.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="145"/>
        <source>this review pack belongs to another project (%1). Nothing was imported.</source>
        <translation>dit reviewpakket hoort bij een ander project (%1). Er is niets ingelezen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="149"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="152"/>
        <source>this is the same review pack as %1.</source>
        <translation>dit is hetzelfde reviewpakket als %1.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="156"/>
        <source>invalid or empty ID (%1).</source>
        <translation>ongeldige of lege ID (%1).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="159"/>
        <source>invalid ID (%1).</source>
        <translation>ongeldige ID (%1).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="161"/>
        <source>unknown ID %1: this page is not in this review pack.</source>
        <translation>onbekende ID %1: deze pagina zit niet in dit reviewpakket.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="167"/>
        <source>invalid status &apos;%1&apos;. Choose %2.</source>
        <translation>ongeldige status &apos;%1&apos;. Kies %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="172"/>
        <source>unknown place in the navigation &apos;%1&apos;. Choose a place from the list.</source>
        <translation>onbekende plek in de navigatie &apos;%1&apos;. Kies een plek uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="178"/>
        <source>unknown place in the navigation &apos;%1&apos;.</source>
        <translation>onbekende plek in de navigatie &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="182"/>
        <source>unknown page &apos;%1&apos;. Give an old URL or ID.</source>
        <translation>onbekende pagina &apos;%1&apos;. Geef een oude URL of ID.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="185"/>
        <source>unknown page &apos;%1&apos;.</source>
        <translation>onbekende pagina &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="187"/>
        <source>unknown reviewer &apos;%1&apos;.</source>
        <translation>onbekende reviewer &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="191"/>
        <source>page %1 no longer exists in the project.</source>
        <translation>pagina %1 bestaat niet meer in het project.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="195"/>
        <source>page %1 no longer exists.</source>
        <translation>pagina %1 bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="199"/>
        <source>&apos;%1&apos; is not an address. A new URL starts with http://, https:// or / and has no spaces.</source>
        <translation>&apos;%1&apos; is geen adres. Een nieuwe URL begint met http://, https:// of / en bevat geen spaties.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="207"/>
        <source>no page &apos;%1&apos; in this project.</source>
        <translation>geen pagina &apos;%1&apos; in dit project.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="210"/>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="212"/>
        <source>%1 is larger than 50 MB; that is no list of addresses.</source>
        <translation>%1 is groter dan 50 MB; dat is geen adressenlijst.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="218"/>
        <source>%1 is not a text file.</source>
        <translation>%1 is geen tekstbestand.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="222"/>
        <source>%1 is a sitemap index (a list of sitemaps). Import the sitemaps in it one by one.</source>
        <translation>%1 is een sitemap-index (een lijst van sitemaps). Lees de sitemaps die erin staan een voor een in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="229"/>
        <source>%1 holds no addresses (&lt;loc&gt;).</source>
        <translation>%1 bevat geen adressen (&lt;loc&gt;).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="232"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="234"/>
        <source>ID %1 is in the review pack twice (also in row %2).</source>
        <translation>ID %1 staat twee keer in het reviewpakket (ook in rij %2).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="241"/>
        <source>ID %1 is also in row %2.</source>
        <translation>ID %1 staat ook in rij %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="246"/>
        <source>invalid decision &apos;%1&apos;. Choose %2.</source>
        <translation>ongeldig besluit &apos;%1&apos;. Kies %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="251"/>
        <source>invalid value &apos;%1&apos;. Choose %2.</source>
        <translation>ongeldige waarde &apos;%1&apos;. Kies %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="256"/>
        <source>page %1 is also in %2 with another value.</source>
        <translation>pagina %1 staat ook in %2 met een andere waarde.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="261"/>
        <source>page %1 is also on line %2.</source>
        <translation>pagina %1 staat ook in regel %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="266"/>
        <source>%1 is not a readable sitemap (%2).</source>
        <translation>%1 is geen leesbare sitemap (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_words.py" line="276"/>
        <source>Nothing was imported: %n errors in the review packs. Correct them and try again.</source>
        <translation>
            <numerusform>Er is niets ingelezen: %n fout in de reviewpakketten. Los die op en probeer het opnieuw.</numerusform>
            <numerusform>Er is niets ingelezen: %n fouten in de reviewpakketten. Los ze op en probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_words.py" line="283"/>
        <source>Nothing was imported: %n errors in the plan.</source>
        <translation>
            <numerusform>Er is niets ingelezen: %n fout in het plan.</numerusform>
            <numerusform>Er is niets ingelezen: %n fouten in het plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="287"/>
        <source>(no reviewers yet)</source>
        <translation>(nog geen reviewers)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="291"/>
        <source>Unknown reviewer: %1. Known reviewers: %2.</source>
        <translation>Onbekende reviewer: %1. Bekende reviewers: %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="306"/>
        <source>%1, row %2, column &apos;%3&apos;</source>
        <translation>%1, rij %2, kolom &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="313"/>
        <source>%1, row %2</source>
        <translation>%1, rij %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/import_words.py" line="317"/>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, kolom &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="50"/>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="51"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="52"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="53"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="54"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="55"/>
        <source>Officialese</source>
        <translation>Ambtelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="56"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="57"/>
        <source>Inlinks</source>
        <translation>Links hierheen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="58"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="28"/>
        <location filename="../../audit_app/ui/page_table_model.py" line="59"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="29"/>
        <location filename="../../audit_app/ui/page_table_model.py" line="60"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="30"/>
        <source>Review status</source>
        <translation>Reviewstatus</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="31"/>
        <location filename="../../audit_app/ui/page_table_model.py" line="61"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="32"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="33"/>
        <source>New address</source>
        <translation>Nieuw adres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="80"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="81"/>
        <source>Rewrite</source>
        <translation>Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="82"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="83"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="84"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="85"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="92"/>
        <source>less than 1 year</source>
        <translation>jonger dan 1 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="93"/>
        <source>1 to 2 years</source>
        <translation>1 tot 2 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="94"/>
        <source>2 to 5 years</source>
        <translation>2 tot 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="95"/>
        <source>older than 5 years</source>
        <translation>ouder dan 5 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="96"/>
        <source>unknown age</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="103"/>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="104"/>
        <source>reviewed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="105"/>
        <source>to discuss</source>
        <translation>bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="112"/>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="113"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="114"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="122"/>
        <source>no links to this page</source>
        <translation>geen links naar deze pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="123"/>
        <source>broken links on the page</source>
        <translation>kapotte links op de pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="124"/>
        <source>little text</source>
        <translation>weinig tekst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="125"/>
        <source>no title</source>
        <translation>geen titel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="126"/>
        <source>no heading (H1)</source>
        <translation>geen kop (H1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="127"/>
        <source>no owner</source>
        <translation>geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="128"/>
        <source>old document</source>
        <translation>oud document</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="129"/>
        <source>date unknown</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="130"/>
        <source>date uncertain</source>
        <translation>datum onzeker</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="131"/>
        <source>copy of another page</source>
        <translation>kopie van een andere pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="132"/>
        <source>not visited</source>
        <translation>niet bezocht</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="142"/>
        <source>very easy</source>
        <translation>zeer makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="143"/>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="144"/>
        <source>fairly easy</source>
        <translation>vrij makkelijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="145"/>
        <source>standard</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="146"/>
        <source>fairly difficult</source>
        <translation>vrij moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="147"/>
        <source>difficult</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="148"/>
        <source>very difficult</source>
        <translation>zeer moeilijk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="161"/>
        <source>List, %n page(s)</source>
        <translation>
            <numerusform>Lijst, %n pagina</numerusform>
            <numerusform>Lijst, %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="163"/>
        <source>Calendar, %n variant(s), the rest skipped</source>
        <translation>
            <numerusform>Kalender, %n variant, overige overgeslagen</numerusform>
            <numerusform>Kalender, %n varianten, overige overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="166"/>
        <source>Calendar, %n variant(s)</source>
        <translation>
            <numerusform>Kalender, %n variant</numerusform>
            <numerusform>Kalender, %n varianten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="188"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="190"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="191"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_model.py" line="406"/>
        <source>Not supported: there are word lists for Dutch and English only</source>
        <translation>Niet ondersteund: er zijn alleen woordenlijsten voor Nederlands en Engels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="90"/>
        <location filename="../../audit_app/ui/main_window.py" line="213"/>
        <source>Content audit</source>
        <translation>Content audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="110"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="120"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="123"/>
        <source>New navigation</source>
        <translation>Nieuwe navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="126"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="129"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="133"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="488"/>
        <source>The table shows only: %1. Clear it under Filters.</source>
        <translation>De tabel toont alleen: %1. Wis dit onder Filters.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="552"/>
        <source>Checking words again…</source>
        <translation>Woorden opnieuw controleren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/main_window.py" line="639"/>
        <source>%1 of %n pages shown</source>
        <translation>
            <numerusform>%1 van %n pagina getoond</numerusform>
            <numerusform>%1 van %n pagina&apos;s getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="679"/>
        <source>New URL</source>
        <translation>Nieuwe URL</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="681"/>
        <source>Address of the selected pages on the new intranet (leave empty to use the address of their place in the navigation):</source>
        <translation>Adres van de gekozen pagina&apos;s op het nieuwe intranet (leeg laten: dan geldt het adres van hun plek in de navigatie):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/main_window.py" line="703"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="723"/>
        <source>Placed under %1. Undo with Ctrl+Z.</source>
        <translation>Geplaatst onder %1. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="725"/>
        <source>Nothing changed: already under %1.</source>
        <translation>Niets gewijzigd: de pagina staat al onder %1.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="244"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="246"/>
        <source>Audit projects (*.audit);;All files (*)</source>
        <translation>Auditprojecten (*.audit);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="329"/>
        <source>%1 — Content audit</source>
        <translation>%1 — Content audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="333"/>
        <source>Project on a network drive</source>
        <translation>Project op een netwerkschijf</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="335"/>
        <source>This project is on a network drive (%1). Working in one file from several computers is not safe there, so only one person at a time can have it open; anyone who opens it meanwhile is told that you have it. To work together, use review packs.</source>
        <translation>Dit project staat op een netwerkschijf (%1). Vanaf meerdere computers in één bestand werken is daar niet veilig, dus kan maar één persoon tegelijk het project open hebben; wie het intussen opent, krijgt te zien dat u het open hebt. Samenwerken kan met reviewpakketten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="485"/>
        <source>New navigation: %1</source>
        <translation>Nieuwe navigatie: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="508"/>
        <source>There is no reviewer called %1. Add yourself under Audit &gt; Reviewers, or change your name in the preferences.</source>
        <translation>Er is geen reviewer met de naam %1. Voeg uzelf toe onder Audit &gt; Reviewers, of pas uw naam aan in de voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="495"/>
        <source>Pages to keep or rewrite without a place in the new navigation</source>
        <translation>Pagina&apos;s om te behouden of herschrijven zonder plek in de nieuwe navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="622"/>
        <source>Sorting and filtering…</source>
        <translation>Sorteren en filteren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="663"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/main_window.py" line="664"/>
        <source>Note for the selected pages:</source>
        <translation>Notitie bij de gekozen pagina&apos;s:</translation>
    </message>
</context>
<context>
    <name>NavPicker</name>
    <message>
        <location filename="../../audit_app/ui/nav_picker.py" line="81"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/nav_picker.py" line="87"/>
        <source>Where does “%1” go?</source>
        <translation>Waar komt „%1” te staan?</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/nav_picker.py" line="93"/>
        <source>Type to search, e.g. verlof</source>
        <translation>Typ om te zoeken, bijvoorbeeld verlof</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/nav_picker.py" line="102"/>
        <source>↑ ↓ choose · Enter places the page · Esc cancels</source>
        <translation>↑ ↓ kiezen · Enter plaatst de pagina · Esc annuleert</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/nav_picker.py" line="105"/>
        <source>The new navigation has no items yet. Build it in the New navigation panel first (View &gt; New navigation).</source>
        <translation>De nieuwe navigatie heeft nog geen items. Bouw haar eerst op in het paneel Nieuwe navigatie (Beeld &gt; Nieuwe navigatie).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/nav_picker.py" line="116"/>
        <source>Place here</source>
        <translation>Hier plaatsen</translation>
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
        <location filename="../../audit_app/ui/navigation_panel.py" line="78"/>
        <source>Add an item</source>
        <translation>Een item toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="80"/>
        <source>Add an item under the selected one</source>
        <translation>Een item onder het geselecteerde item toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="82"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="84"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="105"/>
        <source>Read a tree from an indented text file or a CSV (Excel) file</source>
        <translation>Een boom inlezen uit een ingesprongen tekstbestand of een CSV-bestand (Excel)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="78"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="80"/>
        <source>Sub-item</source>
        <translation>Subitem</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="87"/>
        <source>Show pages</source>
        <translation>Pagina&apos;s tonen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="89"/>
        <source>Show the pages placed here (and below) in the table</source>
        <translation>Toon in de tabel de pagina&apos;s die hier (en eronder) geplaatst zijn</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="92"/>
        <location filename="../../audit_app/ui/navigation_panel.py" line="317"/>
        <source>Deleted pages here get 410</source>
        <translation>Verwijderde pagina&apos;s hier: 410 (weg)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="95"/>
        <source>Deleted pages placed here get 410 (gone) instead of a redirect to this item&apos;s page; items below follow unless they choose otherwise</source>
        <translation>Verwijderde pagina&apos;s op deze plek krijgen 410 (weg) in plaats van een doorverwijzing naar de pagina van dit item; items eronder volgen, tenzij ze zelf iets kiezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="103"/>
        <source>From a file (text or CSV)…</source>
        <translation>Uit een bestand (tekst of CSV)…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="110"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="115"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="117"/>
        <source>Import a tree from a file, or start from a ready-made template</source>
        <translation>Een boom uit een bestand importeren, of beginnen met een kant-en-klaar sjabloon</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="137"/>
        <source>Pages marked keep or rewrite that have no place in the new navigation yet. Click to show them.</source>
        <translation>Pagina&apos;s met besluit behouden of herschrijven die nog geen plek hebben in de nieuwe navigatie. Klik om ze te tonen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="152"/>
        <source>No navigation yet. Start from a template, import a tree from a text or CSV file, or add the first item.</source>
        <translation>Nog geen navigatie. Begin met een sjabloon, importeer een boom uit een tekst- of CSV-bestand, of voeg het eerste item toe.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="159"/>
        <source>Choose a template or file…</source>
        <translation>Kies een sjabloon of bestand…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="283"/>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="299"/>
        <source>Select the item to add a sub-item under.</source>
        <translation>Selecteer eerst het item waaronder het subitem komt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="319"/>
        <source>Deleted pages here go to this item&apos;s page</source>
        <translation>Verwijderde pagina&apos;s hier: naar de pagina van dit item</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="346"/>
        <source>Delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="348"/>
        <source>%n item(s) below it will be deleted too.</source>
        <translation>
            <numerusform>%n onderliggend item wordt ook verwijderd.</numerusform>
            <numerusform>%n onderliggende items worden ook verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="350"/>
        <source>%n page(s) will lose their place.</source>
        <translation>
            <numerusform>%n pagina verliest haar plek.</numerusform>
            <numerusform>%n pagina&apos;s verliezen hun plek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="351"/>
        <source>You can undo this.</source>
        <translation>U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="353"/>
        <source>Delete navigation item</source>
        <translation>Navigatie-item verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="357"/>
        <source>Delete &apos;%1&apos;</source>
        <translation>&apos;%1&apos; verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="361"/>
        <source>%n page(s) no longer have a place. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n pagina heeft geen plek meer. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n pagina&apos;s hebben geen plek meer. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="368"/>
        <source>Import navigation</source>
        <translation>Navigatie importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="370"/>
        <source>Navigation (*.txt *.csv);;All files (*)</source>
        <translation>Navigatie (*.txt *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="380"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="382"/>
        <source>Import &apos;%1&apos;</source>
        <translation>&apos;%1&apos; importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="388"/>
        <source>Template &apos;%1&apos; not found.</source>
        <translation>Sjabloon &apos;%1&apos; niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="392"/>
        <source>Template &apos;%1&apos;</source>
        <translation>Sjabloon &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="403"/>
        <source>%n item(s) added. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n item toegevoegd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n items toegevoegd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/navigation_panel.py" line="405"/>
        <source>All items were already there; nothing added.</source>
        <translation>Alle items bestonden al; er is niets toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="428"/>
        <source>%n page(s) placed under &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n pagina geplaatst onder &apos;%1&apos;.</numerusform>
            <numerusform>%n pagina&apos;s geplaatst onder &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="462"/>
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
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="51"/>
        <source>New audit</source>
        <translation>Nieuwe audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="56"/>
        <source>https://intranet.example.nl/ or a folder</source>
        <translation>https://intranet.voorbeeld.nl/ of een map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="57"/>
        <source>Folder…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="64"/>
        <source>Where to save the audit (.audit file)</source>
        <translation>Waar de audit wordt bewaard (.audit-bestand)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="65"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="67"/>
        <source>On a server…</source>
        <translation>Op een server…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="68"/>
        <source>Keep the project on a PostgreSQL server, to work together</source>
        <translation>Het project op een PostgreSQL-server bewaren, om samen te werken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="77"/>
        <source>e.g. /afdelingen/ (empty: the whole site)</source>
        <translation>bijv. /afdelingen/ (leeg: de hele site)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="79"/>
        <source>One pattern per line, e.g. /archief/ or *.zip</source>
        <translation>Eén patroon per regel, bijv. /archief/ of *.zip</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="83"/>
        <source>No login</source>
        <translation>Geen inlog</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="84"/>
        <source>Windows single sign-on (you, logged in)</source>
        <translation>Windows-aanmelding (uzelf, al aangemeld)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="85"/>
        <source>Windows login (NTLM)</source>
        <translation>Windows-inlog (NTLM)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="86"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="87"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="91"/>
        <source>Used for this crawl only; never saved.</source>
        <translation>Alleen voor deze crawl gebruikt; nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="96"/>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="100"/>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="103"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="104"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="108"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="109"/>
        <source>Pause between two requests, to spare a slow server.</source>
        <translation>Pauze tussen twee verzoeken, om een trage server te sparen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="112"/>
        <source>Start address or folder</source>
        <translation>Startadres of map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="113"/>
        <source>Project file</source>
        <translation>Projectbestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="114"/>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="116"/>
        <source>Only below</source>
        <translation>Alleen onder</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="117"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="118"/>
        <source>Login</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="120"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="121"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="122"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="123"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="125"/>
        <source>Maximum number of pages</source>
        <translation>Maximaal aantal pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="126"/>
        <source>Maximum click depth</source>
        <translation>Maximale klikdiepte</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="127"/>
        <source>Maximum duration</source>
        <translation>Maximale duur</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="128"/>
        <source>Wait between requests</source>
        <translation>Wachten tussen verzoeken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="136"/>
        <source>Start crawl</source>
        <translation>Crawl starten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="157"/>
        <source>empty: you, as logged in to Windows</source>
        <translation>leeg: uzelf, zoals aangemeld bij Windows</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="161"/>
        <source>Folder with the old intranet</source>
        <translation>Map met het oude intranet</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="169"/>
        <source>Save audit as</source>
        <translation>Audit opslaan als</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="171"/>
        <source>Audit projects (*.audit)</source>
        <translation>Auditprojecten (*.audit)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="197"/>
        <source>Fill in the address of the old intranet, or choose a folder.</source>
        <translation>Vul het adres van het oude intranet in, of kies een map.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="201"/>
        <source>“%1” is not a web address (start with http:// or https://) and not an existing folder.</source>
        <translation>“%1” is geen webadres (begin met http:// of https://) en geen bestaande map.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="206"/>
        <source>Choose where to save the project file.</source>
        <translation>Kies waar het projectbestand moet komen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/new_audit_dialog.py" line="209"/>
        <source>Fill in the user name for the login, or choose “No login”.</source>
        <translation>Vul de gebruikersnaam voor de inlog in, of kies “Geen inlog”.</translation>
    </message>
</context>
<context>
    <name>OwnWordsDialog</name>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="145"/>
        <source>Own word list</source>
        <translation>Eigen woordenlijst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="149"/>
        <source>Words your organisation wants rewritten: jargon, abbreviations, officialese. They are marked in the text with your alternative, on top of the built-in list. Separate several forms of one word with | (for example: verstrekken|verstrekt).</source>
        <translation>Woorden die uw organisatie herschreven wil zien: jargon, afkortingen, ambtelijke taal. Ze worden in de tekst gemarkeerd met uw alternatief, naast de ingebouwde lijst. Scheid meerdere vormen van één woord met | (bijvoorbeeld: verstrekken|verstrekt).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="159"/>
        <source>Word</source>
        <translation>Woord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="159"/>
        <source>Plainer alternative</source>
        <translation>Eenvoudiger alternatief</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="159"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="171"/>
        <source>Word, e.g. BHV</source>
        <translation>Woord, bijv. BHV</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="173"/>
        <source>Alternative, e.g. bedrijfshulpverlening</source>
        <translation>Alternatief, bijv. bedrijfshulpverlening</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="175"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="176"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="177"/>
        <source>Add or change</source>
        <translation>Toevoegen of wijzigen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="187"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="189"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="191"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="272"/>
        <source>Saved: %1 → %2</source>
        <translation>Opgeslagen: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="289"/>
        <source>%1 removed.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="293"/>
        <source>Import word list</source>
        <translation>Woordenlijst importeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="293"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="302"/>
        <source>Nothing imported: %1</source>
        <translation>Niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="313"/>
        <source>%1 words added or changed, %2 unchanged.</source>
        <translation>%1 woorden toegevoegd of gewijzigd, %2 ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="321"/>
        <source>Export word list</source>
        <translation>Woordenlijst exporteren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="323"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="333"/>
        <source>Not saved: %1 (%2)</source>
        <translation>Niet opgeslagen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="339"/>
        <source>%1 words saved in %2.</source>
        <translation>%1 woorden opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>PageHistoryView</name>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="44"/>
        <source>from review pack %1</source>
        <translation>uit reviewpakket %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="46"/>
        <source>in the program</source>
        <translation>in het programma</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="47"/>
        <source>from the command line</source>
        <translation>via de opdrachtregel</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="48"/>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="49"/>
        <source>redone</source>
        <translation>opnieuw gedaan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="50"/>
        <source>from the migration plan</source>
        <translation>uit het migratieplan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="55"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="61"/>
        <source>(removed item)</source>
        <translation>(verwijderd item)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="65"/>
        <source>(removed reviewer)</source>
        <translation>(verwijderde reviewer)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="78"/>
        <source>Nobody has changed anything on this page yet.</source>
        <translation>Niemand heeft nog iets aan deze pagina veranderd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="98"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="99"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="100"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="101"/>
        <source>Old → new</source>
        <translation>Oud → nieuw</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_history.py" line="102"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../audit_app/ui/preview.py" line="228"/>
        <source>This page is too large to preview; see its text on the Text tab.</source>
        <translation>Deze pagina is te groot voor een voorbeeld; de tekst staat op het tabblad Tekst.</translation>
    </message>
</context>
<context>
    <name>PageTableView</name>
    <message>
        <location filename="../../audit_app/ui/page_table_view.py" line="142"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/page_table_view.py" line="149"/>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_view.py" line="163"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainLanguage</name>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="33"/>
        <source>B1 or easier</source>
        <translation>B1 of eenvoudiger</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="34"/>
        <source>maybe above B1</source>
        <translation>mogelijk boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="35"/>
        <source>above B1</source>
        <translation>boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="36"/>
        <source>no indication</source>
        <translation>geen indicatie</translation>
    </message>
</context>
<context>
    <name>PlainLanguageView</name>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="117"/>
        <source>Plainer: %1</source>
        <translation>Eenvoudiger: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="133"/>
        <source>No text found on this page.</source>
        <translation>Geen tekst gevonden op deze pagina.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="146"/>
        <source>Word-level B1 check: not supported</source>
        <translation>B1-controle op woordniveau: niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="150"/>
        <source>There are word lists for Dutch and English only; this page is in another language.</source>
        <translation>Er zijn alleen woordenlijsten voor Nederlands en Engels; deze pagina is in een andere taal.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="160"/>
        <source>Not checked yet: score the project to see hard words.</source>
        <translation>Nog niet gecontroleerd: laat het project scoren om moeilijke woorden te zien.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="165"/>
        <source>B1 indication</source>
        <translation>B1-indicatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="170"/>
        <source>Formula (Flesch-Douma) alone: %1, %2</source>
        <translation>Alleen de formule (Flesch-Douma): %1, %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="177"/>
        <source>%1 officialese words</source>
        <translation>%1 ambtelijke woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="178"/>
        <source>%1% uncommon words</source>
        <translation>%1% ongebruikelijke woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="181"/>
        <source>%1 of %2 sentences passive</source>
        <translation>%1 van %2 zinnen lijdend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="184"/>
        <source>%1 long sentences</source>
        <translation>%1 lange zinnen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="188"/>
        <source>Change these words</source>
        <translation>Vervang deze woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="190"/>
        <source>own list</source>
        <translation>eigen lijst</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="200"/>
        <source>Uncommon words</source>
        <translation>Ongebruikelijke woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="211"/>
        <source>officialese or jargon</source>
        <translation>ambtelijk of jargon</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="212"/>
        <source>uncommon word</source>
        <translation>ongebruikelijk woord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="213"/>
        <source>long sentence</source>
        <translation>lange zin</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plain_language_view.py" line="214"/>
        <source>passive sentence</source>
        <translation>lijdende zin</translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="33"/>
        <source>Export &amp;redirects…</source>
        <translation>Re&amp;directs exporteren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="35"/>
        <source>Export plan as &amp;CSV…</source>
        <translation>Plan als &amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="37"/>
        <source>Management re&amp;port…</source>
        <translation>Ra&amp;pport voor het management…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="39"/>
        <source>Import &amp;new addresses…</source>
        <translation>Nieuwe adressen in&amp;lezen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="41"/>
        <source>Import page &amp;views…</source>
        <translation>Paginaweergaven in&amp;lezen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="88"/>
        <source>Export redirects</source>
        <translation>Redirects exporteren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="91"/>
        <source>nginx map (*.conf);;IIS web.config (*.config);;Apache RewriteMap (*.txt);;All old addresses as CSV (*.csv)</source>
        <translation>nginx-map (*.conf);;IIS web.config (*.config);;Apache RewriteMap (*.txt);;Alle oude adressen als CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="109"/>
        <source>%1 redirects written to %2.</source>
        <translation>%1 redirects geschreven naar %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="110"/>
        <source>%1 old addresses have no target yet; the list is in %2.</source>
        <translation>%1 oude adressen hebben nog geen doel; de lijst staat in %2.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="120"/>
        <source>Writing redirects…</source>
        <translation>Redirects schrijven…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="128"/>
        <source>Export plan as CSV</source>
        <translation>Plan als CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="130"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="144"/>
        <source>%1 pages written to %2</source>
        <translation>%1 pagina&apos;s geschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="150"/>
        <source>Writing CSV…</source>
        <translation>CSV schrijven…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="158"/>
        <source>Management report</source>
        <translation>Rapport voor het management</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="162"/>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="174"/>
        <source>Report written to %1. Open it in a browser; print it as PDF from there.</source>
        <translation>Rapport geschreven naar %1. Open het in een browser en druk het daar af als PDF.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="180"/>
        <source>Writing the report…</source>
        <translation>Rapport schrijven…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="191"/>
        <source>Page views from the old statistics (CSV: address and views)</source>
        <translation>Paginaweergaven uit de oude statistieken (CSV: adres en weergaven)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="193"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="213"/>
        <source>Reading page views…</source>
        <translation>Paginaweergaven inlezen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/plan_flows.py" line="218"/>
        <source>%n line(s) read:</source>
        <translation>
            <numerusform>%n regel gelezen:</numerusform>
            <numerusform>%n regels gelezen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/plan_flows.py" line="221"/>
        <source>%1 matched to %n page(s), %2 not found, %3 skipped (no number).</source>
        <translation>
            <numerusform>%1 gekoppeld aan %n pagina, %2 niet gevonden, %3 overgeslagen (geen getal).</numerusform>
            <numerusform>%1 gekoppeld aan %n pagina&apos;s, %2 niet gevonden, %3 overgeslagen (geen getal).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="236"/>
        <source>New addresses: a CSV from the new CMS or the new site&apos;s sitemap.xml</source>
        <translation>Nieuwe adressen: een CSV uit het nieuwe CMS of de sitemap.xml van de nieuwe site</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="238"/>
        <source>Address lists (*.csv *.xml *.txt)</source>
        <translation>Adressenlijsten (*.csv *.xml *.txt)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="260"/>
        <source>Reading new addresses…</source>
        <translation>Nieuwe adressen lezen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="264"/>
        <location filename="../../audit_app/ui/plan_flows.py" line="270"/>
        <source>Nothing was imported</source>
        <translation>Er is niets ingelezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="271"/>
        <source>Correct these lines and import again.</source>
        <translation>Verbeter deze regels en lees opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="274"/>
        <source>New addresses for %1 pages and %2 navigation items.</source>
        <translation>Nieuwe adressen voor %1 pagina&apos;s en %2 navigatie-items.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="278"/>
        <source>%1 matches are uncertain and are not imported. They are listed in %2: remove the wrong lines and import that list.</source>
        <translation>%1 overeenkomsten zijn onzeker en worden niet ingelezen. Ze staan in %2: haal de foute regels eruit en lees die lijst in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="283"/>
        <source>Import new addresses</source>
        <translation>Nieuwe adressen inlezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="286"/>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="302"/>
        <source>%1 new addresses saved.</source>
        <translation>%1 nieuwe adressen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/plan_flows.py" line="308"/>
        <source>Saving new addresses…</source>
        <translation>Nieuwe adressen vastleggen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="129"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="131"/>
        <source>Recorded with every decision you make.</source>
        <translation>Wordt vastgelegd bij elk besluit dat u neemt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="136"/>
        <source>A new language is used after restarting the program.</source>
        <translation>Een nieuwe taal wordt gebruikt na het herstarten van het programma.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="139"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/settings.py" line="140"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="49"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="51"/>
        <source>Review packs</source>
        <translation>Reviewpakketten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="53"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="54"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="67"/>
        <source>Nothing running</source>
        <translation>Er loopt niets</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="82"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="88"/>
        <source>Per second</source>
        <translation>Per seconde</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="89"/>
        <source>Elapsed</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="90"/>
        <source>Remaining (estimate)</source>
        <translation>Nog te gaan (schatting)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="98"/>
        <location filename="../../audit_app/ui/progress_panel.py" line="159"/>
        <location filename="../../audit_app/ui/progress_panel.py" line="198"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="100"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="102"/>
        <source>Stop now; what was fetched is kept and the crawl can be resumed later.</source>
        <translation>Nu stoppen; wat al is opgehaald blijft bewaard en de crawl kan later verder.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="160"/>
        <source>Continuing…</source>
        <translation>Verder…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="163"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="165"/>
        <source>Paused: nothing is fetched until you press Resume. Nothing is lost.</source>
        <translation>Gepauzeerd: er wordt niets opgehaald tot u op Hervatten drukt. Er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="171"/>
        <source>Stopping after the pages being fetched…</source>
        <translation>Stoppen na de pagina&apos;s die nu worden opgehaald…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="213"/>
        <source>%n page(s) and documents</source>
        <translation>
            <numerusform>%n pagina of document</numerusform>
            <numerusform>%n pagina&apos;s en documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="215"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="217"/>
        <source>%n image(s) and other files</source>
        <translation>
            <numerusform>%n afbeelding of ander bestand</numerusform>
            <numerusform>%n afbeeldingen en andere bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="219"/>
        <source>%n merged into another row</source>
        <translation>
            <numerusform>%n samengevoegd met een andere regel</numerusform>
            <numerusform>%n samengevoegd met een andere regel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="223"/>
        <source>%n address(es) fetched</source>
        <translation>
            <numerusform>%n adres opgehaald</numerusform>
            <numerusform>%n adressen opgehaald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="224"/>
        <source>In the table: %n page(s) and documents.</source>
        <translation>
            <numerusform>In de tabel: %n pagina of document.</numerusform>
            <numerusform>In de tabel: %n pagina&apos;s en documenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="226"/>
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n nog in de wachtrij</numerusform>
            <numerusform>%n nog in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="234"/>
        <source>Stopped by you; resume with Audit &gt; Resume crawl.</source>
        <translation>Door u gestopt; ga verder met Audit &gt; Crawl hervatten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="236"/>
        <source>The page limit was reached; raise it and resume with Audit &gt; Resume crawl.</source>
        <translation>Het maximale aantal pagina&apos;s is bereikt; verhoog het en ga verder met Audit &gt; Crawl hervatten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="239"/>
        <source>The time limit was reached; resume with Audit &gt; Resume crawl.</source>
        <translation>De maximale duur is bereikt; ga verder met Audit &gt; Crawl hervatten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="243"/>
        <source>Stopped early (%1); resume with Audit &gt; Resume crawl.</source>
        <translation>Eerder gestopt (%1); ga verder met Audit &gt; Crawl hervatten.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="257"/>
        <source>Finished: %1</source>
        <translation>Klaar: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="261"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="263"/>
        <source>Stopped. Everything fetched so far is saved; start again to resume.</source>
        <translation>Gestopt. Alles wat tot nu toe is opgehaald is bewaard; start opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/progress_panel.py" line="266"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="89"/>
        <source>A task is still running</source>
        <translation>Er loopt nog een taak</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="90"/>
        <source>Wait until it has finished, or stop it first.</source>
        <translation>Wacht tot die klaar is, of stop hem eerst.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="101"/>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="120"/>
        <source>This file cannot be opened</source>
        <translation>Dit bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="124"/>
        <source>Nothing was changed. Choose another file, or start a new audit with File &gt; New audit.</source>
        <translation>Er is niets gewijzigd. Kies een ander bestand, of begin een nieuwe audit via Bestand &gt; Nieuwe audit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="173"/>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="196"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="204"/>
        <source>Select one or more pages first.</source>
        <translation>Kies eerst een of meer pagina&apos;s.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="213"/>
        <source>Clear decision</source>
        <translation>Besluit wissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/project_controller.py" line="215"/>
        <source>%1 (%n pages)</source>
        <translation>
            <numerusform>%1 (%n pagina)</numerusform>
            <numerusform>%1 (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="228"/>
        <location filename="../../audit_app/ui/project_controller.py" line="238"/>
        <source>Merge into another page</source>
        <translation>Samenvoegen met andere pagina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/project_controller.py" line="229"/>
        <source>Address or number of the page that %n page(s) merge into:</source>
        <translation>
            <numerusform>Adres of nummer van de pagina waarin deze pagina opgaat:</numerusform>
            <numerusform>Adres of nummer van de pagina waarin deze %n pagina&apos;s opgaan:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="239"/>
        <source>There is no page %1 in this project.</source>
        <translation>Pagina %1 bestaat niet in dit project.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="248"/>
        <source>Mark for discussion</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="249"/>
        <source>Mark as reviewed</source>
        <translation>Markeren als beoordeeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="270"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="285"/>
        <source>This is not an address</source>
        <translation>Dit is geen adres</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="289"/>
        <source>New URL</source>
        <translation>Nieuwe URL</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="300"/>
        <source>These pages have no suggestion yet.</source>
        <translation>Deze pagina&apos;s hebben nog geen suggestie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/project_controller.py" line="303"/>
        <source>Accept suggestion (%n pages)</source>
        <translation>
            <numerusform>Suggestie overnemen (%n pagina)</numerusform>
            <numerusform>Suggestie overnemen (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFlows</name>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="332"/>
        <source>The task stopped with an error</source>
        <translation>De taak is gestopt met een fout</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/project_controller.py" line="335"/>
        <source>Nothing in the project was lost. Correct the cause and try again.</source>
        <translation>Er is niets verloren in het project. Los de oorzaak op en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../../audit_app/ui/project_guard.py" line="86"/>
        <source>Also working in this project: %1</source>
        <translation>Ook in dit project aan het werk: %1</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="36"/>
        <source>merge with %1: near copy, but still visited %n time(s)</source>
        <translation>
            <numerusform>samenvoegen met %1: bijna-kopie, maar nog %n keer bezocht</numerusform>
            <numerusform>samenvoegen met %1: bijna-kopie, maar nog %n keer bezocht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="43"/>
        <source>delete: copy of %1</source>
        <translation>verwijderen: kopie van %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="45"/>
        <source>delete: near copy of %1</source>
        <translation>verwijderen: bijna-kopie van %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="50"/>
        <source>delete: news item or calendar item from %1</source>
        <translation>verwijderen: nieuwsbericht of agenda-item uit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="58"/>
        <source>delete: no links to this page and older than %n year(s)</source>
        <translation>
            <numerusform>verwijderen: geen links naar deze pagina en ouder dan %n jaar</numerusform>
            <numerusform>verwijderen: geen links naar deze pagina en ouder dan %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="61"/>
        <source>delete: no links to this page and older than %1 years</source>
        <translation>verwijderen: geen links naar deze pagina en ouder dan %1 jaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="69"/>
        <source>delete: not visited and older than %n year(s)</source>
        <translation>
            <numerusform>verwijderen: niet bezocht en ouder dan %n jaar</numerusform>
            <numerusform>verwijderen: niet bezocht en ouder dan %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="72"/>
        <source>delete: not visited and older than %1 years</source>
        <translation>verwijderen: niet bezocht en ouder dan %1 jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="78"/>
        <source>rewrite: not changed since %1</source>
        <translation>herschrijven: niet gewijzigd sinds %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="85"/>
        <source>rewrite: probably above B1 (short text, uncertain)</source>
        <translation>herschrijven: waarschijnlijk boven B1 (korte tekst, onzeker)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="88"/>
        <source>rewrite: probably above B1</source>
        <translation>herschrijven: waarschijnlijk boven B1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="93"/>
        <source>%1 uncommon words</source>
        <translation>%1 ongebruikelijke woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="97"/>
        <source>%1 passive sentences</source>
        <translation>%1 lijdende zinnen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="101"/>
        <source>much officialese</source>
        <translation>veel ambtelijke taal</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="107"/>
        <source>rewrite: probably above B1 because of its words and sentences (%1)</source>
        <translation>herschrijven: waarschijnlijk boven B1 door de woorden en zinnen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="116"/>
        <source>rewrite: %n officialese word(s)</source>
        <translation>
            <numerusform>herschrijven: %n ambtelijk woord</numerusform>
            <numerusform>herschrijven: %n ambtelijke woorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="117"/>
        <source>rewrite: %n officialese word(s) (e.g. %1)</source>
        <translation>
            <numerusform>herschrijven: %n ambtelijk woord (o.a. %1)</numerusform>
            <numerusform>herschrijven: %n ambtelijke woorden (o.a. %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="123"/>
        <source>rewrite: %n broken link(s)</source>
        <translation>
            <numerusform>herschrijven: %n kapotte link</numerusform>
            <numerusform>herschrijven: %n kapotte links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="127"/>
        <source>rewrite: little text (%n word(s))</source>
        <translation>
            <numerusform>herschrijven: weinig tekst (%n woord)</numerusform>
            <numerusform>herschrijven: weinig tekst (%n woorden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="133"/>
        <source>keep: recent and easy to read</source>
        <translation>behouden: recent en goed leesbaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="138"/>
        <source>keep: no objections found (date unknown)</source>
        <translation>behouden: geen bezwaren gevonden (datum onbekend)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="140"/>
        <source>keep: no objections found (only a weak date from the text)</source>
        <translation>behouden: geen bezwaren gevonden (alleen een zwakke datum uit de tekst)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reason_words.py" line="143"/>
        <source>keep: no objections found</source>
        <translation>behouden: geen bezwaren gevonden</translation>
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
        <location filename="../../audit_app/ui/recovery_flows.py" line="53"/>
        <source>Restore a safety copy…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="60"/>
        <source>Recover into a new file…</source>
        <translation>Herstellen naar een nieuw bestand…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="73"/>
        <source>Save the recovered project as</source>
        <translation>Hersteld project opslaan als</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="74"/>
        <source>recovered</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="75"/>
        <location filename="../../audit_app/ui/recovery_flows.py" line="142"/>
        <source>Audit projects (*.audit)</source>
        <translation>Auditprojecten (*.audit)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="84"/>
        <source>Recovered</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="89"/>
        <source>Recovering the project…</source>
        <translation>Het project wordt hersteld…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="111"/>
        <location filename="../../audit_app/ui/recovery_flows.py" line="128"/>
        <source>Restore a safety copy</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="112"/>
        <source>There are no safety copies of this project yet. The program makes one when you open a project and every ten minutes while you work.</source>
        <translation>Er zijn nog geen reservekopieën van dit project. Het programma maakt er een als u een project opent, en daarna elke tien minuten terwijl u werkt.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="120"/>
        <source>%1  (%2 MB)</source>
        <translation>%1  (%2 MB)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/recovery_flows.py" line="129"/>
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
    <name>ReviewPackDialog</name>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="45"/>
        <source>Make review packs</source>
        <translation>Reviewpakketten maken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="49"/>
        <source>One Excel file per reviewer with only their pages. The first sheet tells them what to do, whom to send it back to and by when.</source>
        <translation>Eén Excel-bestand per reviewer met alleen diens pagina&apos;s. Het eerste tabblad vertelt wat de reviewer moet doen, naar wie het bestand terug moet en wanneer.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="56"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="63"/>
        <source>e.g. webredactie@gemeente.nl</source>
        <translation>bijv. webredactie@gemeente.nl</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="64"/>
        <source>mention on the packs</source>
        <translation>vermelden op de reviewpakketten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="76"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="77"/>
        <source>Return to</source>
        <translation>Terugsturen naar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="78"/>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="83"/>
        <source>Make packs</source>
        <translation>Reviewpakketten maken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/review_pack_dialog.py" line="96"/>
        <source>Folder for the review packs</source>
        <translation>Map voor de reviewpakketten</translation>
    </message>
</context>
<context>
    <name>ReviewerForm</name>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="57"/>
        <source>Edit reviewer</source>
        <translation>Reviewer bewerken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="57"/>
        <source>New reviewer</source>
        <translation>Nieuwe reviewer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="60"/>
        <source>name@organisation.nl</source>
        <translation>naam@organisatie.nl</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="63"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="64"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="65"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="99"/>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="104"/>
        <source>Reviewers assess the pages of their part of the intranet. Give someone a whole old section at once; they then work through their own pages.</source>
        <translation>Reviewers beoordelen de pagina&apos;s van hun deel van het intranet. Geef iemand in één keer een hele oude sectie; die loopt daarna de eigen pagina&apos;s door.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="112"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="113"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="114"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="115"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="116"/>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="117"/>
        <source>To discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="133"/>
        <source>No reviewers yet. Add the first one with &apos;Add…&apos;.</source>
        <translation>Nog geen reviewers. Voeg de eerste toe met &apos;Toevoegen…&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="136"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="138"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="140"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="147"/>
        <source>Assign an old section</source>
        <translation>Een oude sectie toewijzen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="153"/>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="251"/>
        <source>Assign to selected reviewer</source>
        <translation>Toewijzen aan geselecteerde reviewer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="235"/>
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n pagina)</numerusform>
            <numerusform>%1 (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="241"/>
        <source>(no old sections found in the crawl)</source>
        <translation>(geen oude secties gevonden in de crawl)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="249"/>
        <source>Assign to %1</source>
        <translation>Toewijzen aan %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="293"/>
        <source>%1 added.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="305"/>
        <source>Edit reviewer</source>
        <translation>Reviewer bewerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="332"/>
        <source>Remove %1? %n page(s) will no longer have a reviewer. Decisions stay.</source>
        <translation>
            <numerusform>%1 verwijderen? %n pagina heeft dan geen reviewer meer. Besluiten blijven staan.</numerusform>
            <numerusform>%1 verwijderen? %n pagina&apos;s hebben dan geen reviewer meer. Besluiten blijven staan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="336"/>
        <source>Remove reviewer</source>
        <translation>Reviewer verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="340"/>
        <source>Remove reviewer %1</source>
        <translation>Reviewer %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="344"/>
        <source>%1 removed. Undo with Ctrl+Z.</source>
        <translation>%1 is verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="352"/>
        <source>Choose a reviewer and an old section first.</source>
        <translation>Kies eerst een reviewer en een oude sectie.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="358"/>
        <source>There are no pages in &apos;%1&apos;.</source>
        <translation>Er zijn geen pagina&apos;s in &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="360"/>
        <source>Assign &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos; toewijzen aan %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="373"/>
        <source>These pages were already assigned to %1.</source>
        <translation>Deze pagina&apos;s waren al toegewezen aan %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="377"/>
        <source>%n page(s) from &apos;%1&apos; assigned to %2.</source>
        <translation>
            <numerusform>%n pagina uit &apos;%1&apos; toegewezen aan %2.</numerusform>
            <numerusform>%n pagina&apos;s uit &apos;%1&apos; toegewezen aan %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="38"/>
        <source>New audit on a server</source>
        <translation>Nieuwe audit op een server</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="38"/>
        <source>Open a project on a server</source>
        <translation>Een project op een server openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="43"/>
        <source>A project on your organisation&apos;s PostgreSQL server lets several people work in it at the same time. Each project has a database of its own; ask the server&apos;s administrator for one.</source>
        <translation>Met een project op de PostgreSQL-server van uw organisatie kunnen meerdere mensen er tegelijk in werken. Elk project heeft een eigen database; vraag de beheerder van de server om er een.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="51"/>
        <source>e.g. db.gemeente.local</source>
        <translation>bijv. db.gemeente.local</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="56"/>
        <source>e.g. audit_intranet</source>
        <translation>bijv. audit_intranet</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="61"/>
        <source>empty: from the keyring or .pgpass</source>
        <translation>leeg: uit de sleutelhanger of .pgpass</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="62"/>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Wachtwoord bewaren in de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="67"/>
        <source>Encrypted when the server offers it</source>
        <translation>Versleuteld als de server dat aanbiedt</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="68"/>
        <source>Always encrypted</source>
        <translation>Altijd versleuteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="69"/>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>Versleuteld, en het certificaat van de server controleren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="70"/>
        <source>Not encrypted</source>
        <translation>Niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="76"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="77"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="78"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="79"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="80"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="82"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="90"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="90"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="116"/>
        <source>Fill in the server.</source>
        <translation>Vul de server in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="118"/>
        <source>Fill in the database.</source>
        <translation>Vul de database in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="120"/>
        <source>Fill in your user name on the server.</source>
        <translation>Vul uw gebruikersnaam op de server in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/server_dialog.py" line="138"/>
        <source>This computer has no keyring to keep the password in. Press the button again to use it for this session only.</source>
        <translation>Deze computer heeft geen sleutelhanger om het wachtwoord in te bewaren. Druk nogmaals op de knop om het alleen voor deze sessie te gebruiken.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="29"/>
        <source>Content audit</source>
        <translation>Content audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="36"/>
        <source>Take stock of the old intranet, decide page by page what moves to the new one, and export the migration plan.</source>
        <translation>Breng het oude intranet in kaart, beslis per pagina wat meegaat naar het nieuwe, en exporteer het migratieplan.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="42"/>
        <source>New audit</source>
        <translation>Nieuwe audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="43"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="44"/>
        <source>View demo</source>
        <translation>Demo bekijken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="66"/>
        <source>Recent projects (double-click to open)</source>
        <translation>Recente projecten (dubbelklik om te openen)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="70"/>
        <source>Double-click to open</source>
        <translation>Dubbelklik om te openen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="85"/>
        <source>  (not found)</source>
        <translation>  (niet gevonden)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/start_screen.py" line="88"/>
        <source>No recent projects yet.</source>
        <translation>Nog geen recente projecten.</translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="36"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="40"/>
        <source>New up to</source>
        <translation>Nieuw tot</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="41"/>
        <source>Younger than this counts as new (under a year by default).</source>
        <translation>Jonger dan dit telt als nieuw (standaard: minder dan een jaar).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="49"/>
        <source>Recent up to</source>
        <translation>Recent tot</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="50"/>
        <source>The second age band ends here.</source>
        <translation>Hier eindigt de tweede leeftijdsband.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="56"/>
        <source>Aging up to</source>
        <translation>Verouderend tot</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="57"/>
        <source>Older than this is the oldest band.</source>
        <translation>Ouder dan dit is de oudste band.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="64"/>
        <source>Readability (B1)</source>
        <translation>Leesbaarheid (B1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="68"/>
        <source>Probably B1 from</source>
        <translation>Waarschijnlijk B1 vanaf</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="69"/>
        <source>Flesch-Douma (Dutch) or reading ease (English) from here: probably B1.</source>
        <translation>Flesch-Douma (Nederlands) of leesgemak (Engels) vanaf hier: waarschijnlijk B1.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="78"/>
        <source>Above B1 below</source>
        <translation>Boven B1 onder</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="79"/>
        <source>Below this the text is almost certainly harder than B1.</source>
        <translation>Hieronder is de tekst vrijwel zeker moeilijker dan B1.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="87"/>
        <source>Long sentence from</source>
        <translation>Lange zin vanaf</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="88"/>
        <source>Sentences this long are marked (needs a full re-score).</source>
        <translation>Zinnen van deze lengte worden gemarkeerd (volledige herberekening nodig).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="97"/>
        <source>Long word from (syllables)</source>
        <translation>Lang woord vanaf (lettergrepen)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="98"/>
        <source>Words with this many syllables are underlined (needs a full re-score).</source>
        <translation>Woorden met zoveel lettergrepen worden onderstreept (volledige herberekening nodig).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="107"/>
        <source>Long word from (letters)</source>
        <translation>Lang woord vanaf (letters)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="108"/>
        <source>Or with this many letters (needs a full re-score).</source>
        <translation>Of met zoveel letters (volledige herberekening nodig).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="117"/>
        <source>Words and sentences (B1)</source>
        <translation>Woorden en zinnen (B1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="121"/>
        <source>Uncommon words above (%)</source>
        <translation>Ongewone woorden boven (%)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="122"/>
        <source>More words outside the common vocabulary than this share: the B1 indication goes one step harder.</source>
        <translation>Meer woorden buiten de gewone woordenschat dan dit aandeel: de B1-indicatie gaat één stap moeilijker.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="132"/>
        <source>Officialese per 100 words above</source>
        <translation>Ambtelijke woorden per 100 woorden boven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="133"/>
        <source>More officialese or jargon words per 100 words than this: the B1 indication goes one step harder.</source>
        <translation>Meer ambtelijke woorden of jargon per 100 woorden dan dit: de B1-indicatie gaat één stap moeilijker.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="143"/>
        <source>Passive sentences above (%)</source>
        <translation>Lijdende zinnen boven (%)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="144"/>
        <source>More passive sentences than this share: the B1 indication goes one step harder.</source>
        <translation>Meer lijdende zinnen dan dit aandeel: de B1-indicatie gaat één stap moeilijker.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="154"/>
        <source>Rewrite from (officialese words)</source>
        <translation>Herschrijven vanaf (ambtelijke woorden)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="155"/>
        <source>This many officialese words (and more than the limit per 100 words) give the suggestion “rewrite”.</source>
        <translation>Zoveel ambtelijke woorden (en meer dan de grens per 100 woorden) geven de suggestie ‘herschrijven’.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="166"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="170"/>
        <source>Little text below</source>
        <translation>Weinig tekst onder</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="171"/>
        <source>Pages with fewer words get the signal “little text”.</source>
        <translation>Pagina&apos;s met minder woorden krijgen het signaal “weinig tekst”.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="179"/>
        <source>Old document after</source>
        <translation>Oud document na</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="180"/>
        <source>Documents older than this get the signal “old document”.</source>
        <translation>Documenten ouder dan dit krijgen het signaal “oud document”.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="188"/>
        <source>Near copy from</source>
        <translation>Bijna-kopie vanaf</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="189"/>
        <source>How alike two texts must be to count as copies (0-1; full re-score).</source>
        <translation>Hoe gelijk twee teksten moeten zijn om als kopie te tellen (0-1; volledige herberekening).</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="199"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="203"/>
        <source>Delete orphans older than</source>
        <translation>Weespagina&apos;s verwijderen ouder dan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="204"/>
        <source>No links to it (or no visitors) and older than this: suggest delete.</source>
        <translation>Geen links ernaartoe (of geen bezoekers) en ouder dan dit: suggestie verwijderen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="213"/>
        <source>Delete news older than</source>
        <translation>Nieuws verwijderen ouder dan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="214"/>
        <source>News items and agenda entries older than this: suggest delete.</source>
        <translation>Nieuwsberichten en agenda-items ouder dan dit: suggestie verwijderen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="223"/>
        <source>Rewrite when unchanged for</source>
        <translation>Herschrijven als ongewijzigd sinds</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="224"/>
        <source>Not changed for this long: suggest rewrite.</source>
        <translation>Zo lang niet gewijzigd: suggestie herschrijven.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="232"/>
        <source>Keep when younger than</source>
        <translation>Behouden als jonger dan</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="233"/>
        <source>Recent and easy to read: suggest keep.</source>
        <translation>Recent en goed leesbaar: suggestie behouden.</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="251"/>
        <source>Scoring thresholds</source>
        <translation>Scoredrempels</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="256"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="256"/>
        <source> words</source>
        <translation> woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="262"/>
        <source>These limits belong to this project: everyone who opens it scores the same way. Suggestions change, decisions never do.</source>
        <translation>Deze grenzen horen bij dit project: iedereen die het opent, scoort op dezelfde manier. Suggesties veranderen mee, besluiten nooit.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="307"/>
        <source>Save and score again</source>
        <translation>Opslaan en opnieuw scoren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="331"/>
        <source>The age bands must go up: new &lt; recent &lt; aging.</source>
        <translation>De leeftijdsbanden moeten oplopen: nieuw &lt; recent &lt; verouderend.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/thresholds_dialog.py" line="333"/>
        <source>“Above B1 below” must be lower than “Probably B1 from”.</source>
        <translation>“Boven B1 onder” moet lager zijn dan “Waarschijnlijk B1 vanaf”.</translation>
    </message>
</context>
<context>
    <name>TransferFlows</name>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="48"/>
        <source>Export migration plan</source>
        <translation>Migratieplan exporteren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="50"/>
        <location filename="../../audit_app/ui/transfer_flows.py" line="133"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="68"/>
        <source>Exporting to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="71"/>
        <source>%n pages written to %1</source>
        <translation>
            <numerusform>%n pagina geschreven naar %1</numerusform>
            <numerusform>%n pagina&apos;s geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="111"/>
        <source>No packs made: no reviewer has pages yet (Audit &gt; Reviewers).</source>
        <translation>Geen pakketten gemaakt: nog geen reviewer heeft pagina&apos;s (Audit &gt; Reviewers).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="112"/>
        <source>%n review packs written to %1</source>
        <translation>
            <numerusform>%n reviewpakket geschreven naar %1</numerusform>
            <numerusform>%n reviewpakketten geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="117"/>
        <source>Making review packs…</source>
        <translation>Reviewpakketten worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="131"/>
        <source>Returned review packs</source>
        <translation>Teruggestuurde reviewpakketten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="150"/>
        <source>Reading review packs…</source>
        <translation>Reviewpakketten worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="154"/>
        <source>%n review packs read.</source>
        <translation>
            <numerusform>%n reviewpakket ingelezen.</numerusform>
            <numerusform>%n reviewpakketten ingelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="162"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="164"/>
        <source>Nothing was imported</source>
        <translation>Er is niets ingelezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="165"/>
        <source>Correct these cells in the packs and import again.</source>
        <translation>Verbeter deze cellen in de pakketten en lees ze opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/transfer_flows.py" line="184"/>
        <source>Importing reviews…</source>
        <translation>Reviews worden ingelezen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="188"/>
        <source>%n fields imported from the review packs.</source>
        <translation>
            <numerusform>%n veld ingelezen uit de reviewpakketten.</numerusform>
            <numerusform>%n velden ingelezen uit de reviewpakketten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriStateCombo</name>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="90"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="91"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/filters_panel.py" line="92"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="142"/>
        <source>Rename to &apos;%1&apos;</source>
        <translation>Hernoemen naar &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="165"/>
        <source>Move navigation item</source>
        <translation>Navigatie-item verplaatsen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="193"/>
        <source>Add navigation item &apos;%1&apos;</source>
        <translation>Navigatie-item &apos;%1&apos; toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="221"/>
        <source>Delete navigation item</source>
        <translation>Navigatie-item verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="284"/>
        <source>Add reviewer &apos;%1&apos;</source>
        <translation>Reviewer &apos;%1&apos; toevoegen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/commands.py" line="309"/>
        <source>Remove reviewer</source>
        <translation>Reviewer verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="269"/>
        <source>Own word &apos;%1&apos;</source>
        <translation>Eigen woord &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="285"/>
        <source>Remove own words: %1</source>
        <translation>Eigen woorden verwijderen: %1</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/own_words_dialog.py" line="305"/>
        <source>Import own words from %1</source>
        <translation>Eigen woorden importeren uit %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="38"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nieuwe audit…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="41"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="44"/>
        <source>Open project on a &amp;server…</source>
        <translation>Project op een &amp;server openen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="47"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="53"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="56"/>
        <source>Make &amp;review packs…</source>
        <translation>&amp;Reviewpakketten maken…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="58"/>
        <source>&amp;Import reviews…</source>
        <translation>Reviews &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="60"/>
        <source>Restore a &amp;safety copy…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="62"/>
        <source>Open one of the automatic safety copies of this project as a new file</source>
        <translation>Een van de automatische reservekopieën van dit project openen als nieuw bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="66"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="69"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="72"/>
        <source>&amp;Workshop mode</source>
        <translation>&amp;Workshopmodus</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="76"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="79"/>
        <source>&amp;My pages</source>
        <translation>&amp;Mijn pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="82"/>
        <source>The pages assigned to you as a reviewer</source>
        <translation>De pagina&apos;s die aan u als reviewer zijn toegewezen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="86"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="87"/>
        <source>&amp;Rewrite</source>
        <translation>&amp;Herschrijven</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="88"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="89"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chiveren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="90"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="96"/>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Suggestie overnemen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="100"/>
        <source>&amp;Clear decision</source>
        <translation>Besluit &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="102"/>
        <source>Mark for di&amp;scussion</source>
        <translation>Bes&amp;preken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="105"/>
        <source>Put the page on the agenda of the next workshop</source>
        <translation>Zet de pagina op de agenda van de volgende workshop</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="108"/>
        <source>Mark as revie&amp;wed</source>
        <translation>Markeren als beoor&amp;deeld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="110"/>
        <source>&amp;Note…</source>
        <translation>&amp;Notitie…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="112"/>
        <source>New &amp;URL…</source>
        <translation>Nieuwe &amp;URL…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="115"/>
        <source>The page&apos;s own address on the new intranet, for the redirects</source>
        <translation>Het eigen adres van de pagina op het nieuwe intranet, voor de redirects</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="118"/>
        <location filename="../../audit_app/ui/window_actions.py" line="124"/>
        <source>New &amp;home…</source>
        <translation>Nieuwe &amp;plek…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="121"/>
        <source>Give the page its place in the new navigation</source>
        <translation>Geef de pagina haar plek in de nieuwe navigatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="127"/>
        <location filename="../../audit_app/ui/window_actions.py" line="134"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="130"/>
        <location filename="../../audit_app/ui/window_actions.py" line="135"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="150"/>
        <source>&amp;Reviewers…</source>
        <translation>&amp;Reviewers…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="151"/>
        <source>&amp;Score again</source>
        <translation>Opnieuw sc&amp;oren</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="152"/>
        <source>Scoring &amp;thresholds…</source>
        <translation>Score&amp;drempels…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="153"/>
        <source>Resume &amp;crawl</source>
        <translation>&amp;Crawl hervatten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="154"/>
        <source>Own &amp;word list…</source>
        <translation>Eigen &amp;woordenlijst…</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="155"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="157"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="204"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="212"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="216"/>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="223"/>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="242"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/window_actions.py" line="246"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="162"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="163"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="168"/>
        <source>Keep (K)</source>
        <translation>Behouden (B)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="169"/>
        <source>Rewrite (R)</source>
        <translation>Herschrijven (H)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="172"/>
        <source>Delete (D)</source>
        <translation>Verwijderen (V)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="364"/>
        <location filename="../../audit_app/ui/workshop_view.py" line="374"/>
        <source>%1 of %2 decided</source>
        <translation>%1 van %2 beslist</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="388"/>
        <source>No pages in this view</source>
        <translation>Geen pagina&apos;s in deze weergave</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="390"/>
        <source>Change the filters to show pages.</source>
        <translation>Pas de filters aan om pagina&apos;s te tonen.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="395"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="400"/>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="405"/>
        <source>No stored copy of this page.</source>
        <translation>Van deze pagina is geen kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="454"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="467"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="468"/>
        <source>Inlinks</source>
        <translation>Links hierheen</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="463"/>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="159"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="160"/>
        <location filename="../../audit_app/ui/workshop_view.py" line="414"/>
        <source>Hard words</source>
        <translation>Moeilijke woorden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="170"/>
        <source>Merge… (M)</source>
        <translation>Samenvoegen… (M)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="171"/>
        <source>Archive (C)</source>
        <translation>Archiveren (C)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="173"/>
        <source>Accept suggestion (A)</source>
        <translation>Suggestie overnemen (A)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="174"/>
        <source>New home… (N)</source>
        <translation>Nieuwe plek… (N)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="183"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="184"/>
        <source>Smaller (Ctrl+−)</source>
        <translation>Kleiner (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="186"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="187"/>
        <source>Larger (Ctrl++)</source>
        <translation>Groter (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="189"/>
        <source>Leave workshop (F11)</source>
        <translation>Workshop verlaten (F11)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="412"/>
        <source>Hard words (%1)</source>
        <translation>Moeilijke woorden (%1)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="431"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="432"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="451"/>
        <source>none yet (press N)</source>
        <translation>nog geen (druk op N)</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="455"/>
        <source>%1, %2 ago</source>
        <translation>%1, %2 geleden</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="459"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="465"/>
        <source>B1 indication</source>
        <translation>B1-indicatie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="470"/>
        <source>Old section</source>
        <translation>Oude sectie</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="472"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="450"/>
        <source>New home</source>
        <translation>Nieuwe plek</translation>
    </message>
    <message>
        <location filename="../../audit_app/ui/workshop_view.py" line="474"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
</TS>
