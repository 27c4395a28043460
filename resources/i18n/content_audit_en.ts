<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssetsPanel</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="216"/>
        <source>%n time(s) shown without alt text</source>
        <translation>
            <numerusform>%n time shown without alt text</numerusform>
            <numerusform>%n times shown without alt text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="340"/>
        <source>%n file(s), %1 without alt text</source>
        <translation>
            <numerusform>%n file, %1 without alt text</numerusform>
            <numerusform>%n files, %1 without alt text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="343"/>
        <source>%1 of %n file(s) shown, %2 without alt text</source>
        <translation>
            <numerusform>%1 of %n file shown, %2 without alt text</numerusform>
            <numerusform>%1 of %n files shown, %2 without alt text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/assets_view.py" line="376"/>
        <source>%1 is shown %n time(s) on pages:</source>
        <translation>
            <numerusform>%1 is shown %n time on pages:</numerusform>
            <numerusform>%1 is shown %n times on pages:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/error_words.py" line="538"/>
        <source>%n fetched, %1 waiting</source>
        <translation>
            <numerusform>%n fetched, %1 waiting</numerusform>
            <numerusform>%n fetched, %1 waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrawlWords</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/crawl_words.py" line="181"/>
        <source>, even after %n retries</source>
        <translation>
            <numerusform>, even after %n retry</numerusform>
            <numerusform>, even after %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/crawl_words.py" line="195"/>
        <source>read limit reached: %n files read</source>
        <translation>
            <numerusform>read limit reached: %n file read</numerusform>
            <numerusform>read limit reached: %n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/crawl_words.py" line="225"/>
        <source>limit of %n pages reached</source>
        <translation>
            <numerusform>limit of %n page reached</numerusform>
            <numerusform>limit of %n pages reached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="293"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="294"/>
        <source>%n to rewrite</source>
        <translation>
            <numerusform>%n to rewrite</numerusform>
            <numerusform>%n to rewrite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="295"/>
        <source>%n to merge</source>
        <translation>
            <numerusform>%n to merge</numerusform>
            <numerusform>%n to merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="296"/>
        <source>%n to archive</source>
        <translation>
            <numerusform>%n to archive</numerusform>
            <numerusform>%n to archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="297"/>
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="298"/>
        <source>%n to discuss in the workshop</source>
        <translation>
            <numerusform>%n to discuss in the workshop</numerusform>
            <numerusform>%n to discuss in the workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="299"/>
        <source>%n without a place in the new navigation</source>
        <translation>
            <numerusform>%n without a place in the new navigation</numerusform>
            <numerusform>%n without a place in the new navigation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/dashboard.py" line="307"/>
        <source>%n broken or gone address(es) in the page table not counted here</source>
        <translation>
            <numerusform>%n broken or gone address in the page table not counted here</numerusform>
            <numerusform>%n broken or gone addresses in the page table not counted here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewsDialog</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_dialog.py" line="43"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_dialog.py" line="45"/>
        <source>from %n review packs.</source>
        <translation>
            <numerusform>from %n review pack.</numerusform>
            <numerusform>from %n review packs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_dialog.py" line="55"/>
        <source>%n fields were also changed here after the packs went out. Choose per row which value to keep.</source>
        <translation>
            <numerusform>%n field was also changed here after the packs went out. Choose which value to keep.</numerusform>
            <numerusform>%n fields were also changed here after the packs went out. Choose per row which value to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_words.py" line="276"/>
        <source>Nothing was imported: %n errors in the review packs. Correct them and try again.</source>
        <translation>
            <numerusform>Nothing was imported: %n error in the review packs. Correct it and try again.</numerusform>
            <numerusform>Nothing was imported: %n errors in the review packs. Correct them and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/import_words.py" line="283"/>
        <source>Nothing was imported: %n errors in the plan.</source>
        <translation>
            <numerusform>Nothing was imported: %n error in the plan.</numerusform>
            <numerusform>Nothing was imported: %n errors in the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="161"/>
        <source>List, %n page(s)</source>
        <translation>
            <numerusform>List, %n page</numerusform>
            <numerusform>List, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="163"/>
        <source>Calendar, %n variant(s), the rest skipped</source>
        <translation>
            <numerusform>Calendar, %n variant, the rest skipped</numerusform>
            <numerusform>Calendar, %n variants, the rest skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="166"/>
        <source>Calendar, %n variant(s)</source>
        <translation>
            <numerusform>Calendar, %n variant</numerusform>
            <numerusform>Calendar, %n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="190"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_model.py" line="191"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/main_window.py" line="639"/>
        <source>%1 of %n pages shown</source>
        <translation>
            <numerusform>%1 of %n page shown</numerusform>
            <numerusform>%1 of %n pages shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/main_window.py" line="703"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="166"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="167"/>
        <source>%n to rewrite</source>
        <translation>
            <numerusform>%n to rewrite</numerusform>
            <numerusform>%n to rewrite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="168"/>
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="169"/>
        <source>%n undecided</source>
        <translation>
            <numerusform>%n undecided</numerusform>
            <numerusform>%n undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="175"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="188"/>
        <source>%1: %n page(s) here and below</source>
        <translation>
            <numerusform>%1: %n page here and below</numerusform>
            <numerusform>%1: %n pages here and below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_model.py" line="302"/>
        <source>%n page(s) to &apos;%1&apos;</source>
        <translation>
            <numerusform>%n page to &apos;%1&apos;</numerusform>
            <numerusform>%n pages to &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="348"/>
        <source>%n item(s) below it will be deleted too.</source>
        <translation>
            <numerusform>%n item below it will be deleted too.</numerusform>
            <numerusform>%n items below it will be deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="350"/>
        <source>%n page(s) will lose their place.</source>
        <translation>
            <numerusform>%n page will lose its place.</numerusform>
            <numerusform>%n pages will lose their place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="361"/>
        <source>%n page(s) no longer have a place. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n page no longer has a place. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n pages no longer have a place. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="403"/>
        <source>%n item(s) added. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n item added. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n items added. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="428"/>
        <source>%n page(s) placed under &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n page placed under &apos;%1&apos;.</numerusform>
            <numerusform>%n pages placed under &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/navigation_panel.py" line="462"/>
        <source>⚠ %n page(s) without a place</source>
        <translation>
            <numerusform>⚠ %n page without a place</numerusform>
            <numerusform>⚠ %n pages without a place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTableView</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/page_table_view.py" line="163"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/plan_flows.py" line="218"/>
        <source>%n line(s) read:</source>
        <translation>
            <numerusform>%n line read:</numerusform>
            <numerusform>%n lines read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/plan_flows.py" line="221"/>
        <source>%1 matched to %n page(s), %2 not found, %3 skipped (no number).</source>
        <translation>
            <numerusform>%1 matched to %n page, %2 not found, %3 skipped (no number).</numerusform>
            <numerusform>%1 matched to %n pages, %2 not found, %3 skipped (no number).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="213"/>
        <source>%n page(s) and documents</source>
        <translation>
            <numerusform>%n page or document</numerusform>
            <numerusform>%n pages and documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="215"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="217"/>
        <source>%n image(s) and other files</source>
        <translation>
            <numerusform>%n image or other file</numerusform>
            <numerusform>%n images and other files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="219"/>
        <source>%n merged into another row</source>
        <translation>
            <numerusform>%n merged into another row</numerusform>
            <numerusform>%n merged into another row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="223"/>
        <source>%n address(es) fetched</source>
        <translation>
            <numerusform>%n address fetched</numerusform>
            <numerusform>%n addresses fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="224"/>
        <source>In the table: %n page(s) and documents.</source>
        <translation>
            <numerusform>In the table: %n page or document.</numerusform>
            <numerusform>In the table: %n pages and documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/progress_panel.py" line="226"/>
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/project_controller.py" line="215"/>
        <source>%1 (%n pages)</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/project_controller.py" line="229"/>
        <source>Address or number of the page that %n page(s) merge into:</source>
        <translation>
            <numerusform>Address or number of the page this page merges into:</numerusform>
            <numerusform>Address or number of the page these %n pages merge into:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/project_controller.py" line="303"/>
        <source>Accept suggestion (%n pages)</source>
        <translation>
            <numerusform>Accept suggestion (%n page)</numerusform>
            <numerusform>Accept suggestion (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="36"/>
        <source>merge with %1: near copy, but still visited %n time(s)</source>
        <translation>
            <numerusform>merge with %1: near copy, but still visited once</numerusform>
            <numerusform>merge with %1: near copy, but still visited %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="58"/>
        <source>delete: no links to this page and older than %n year(s)</source>
        <translation>
            <numerusform>delete: no links to this page and older than %n year</numerusform>
            <numerusform>delete: no links to this page and older than %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="69"/>
        <source>delete: not visited and older than %n year(s)</source>
        <translation>
            <numerusform>delete: not visited and older than %n year</numerusform>
            <numerusform>delete: not visited and older than %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="116"/>
        <source>rewrite: %n officialese word(s)</source>
        <translation>
            <numerusform>rewrite: %n officialese word</numerusform>
            <numerusform>rewrite: %n officialese words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="117"/>
        <source>rewrite: %n officialese word(s) (e.g. %1)</source>
        <translation>
            <numerusform>rewrite: %n officialese word (e.g. %1)</numerusform>
            <numerusform>rewrite: %n officialese words (e.g. %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="123"/>
        <source>rewrite: %n broken link(s)</source>
        <translation>
            <numerusform>rewrite: %n broken link</numerusform>
            <numerusform>rewrite: %n broken links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reason_words.py" line="127"/>
        <source>rewrite: little text (%n word(s))</source>
        <translation>
            <numerusform>rewrite: little text (%n word)</numerusform>
            <numerusform>rewrite: little text (%n words)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="235"/>
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="332"/>
        <source>Remove %1? %n page(s) will no longer have a reviewer. Decisions stay.</source>
        <translation>
            <numerusform>Remove %1? %n page will no longer have a reviewer. Decisions stay.</numerusform>
            <numerusform>Remove %1? %n pages will no longer have a reviewer. Decisions stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/reviewers_dialog.py" line="377"/>
        <source>%n page(s) from &apos;%1&apos; assigned to %2.</source>
        <translation>
            <numerusform>%n page from &apos;%1&apos; assigned to %2.</numerusform>
            <numerusform>%n pages from &apos;%1&apos; assigned to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferFlows</name>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="71"/>
        <source>%n pages written to %1</source>
        <translation>
            <numerusform>%n page written to %1</numerusform>
            <numerusform>%n pages written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="112"/>
        <source>%n review packs written to %1</source>
        <translation>
            <numerusform>%n review pack written to %1</numerusform>
            <numerusform>%n review packs written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="154"/>
        <source>%n review packs read.</source>
        <translation>
            <numerusform>%n review pack read.</numerusform>
            <numerusform>%n review packs read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="162"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../audit_app/ui/transfer_flows.py" line="188"/>
        <source>%n fields imported from the review packs.</source>
        <translation>
            <numerusform>%n field imported from the review packs.</numerusform>
            <numerusform>%n fields imported from the review packs.</numerusform>
        </translation>
    </message>
</context>
</TS>
