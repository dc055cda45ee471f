<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BundleItem</name>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <comment>a bundle of flows between two namespaces</comment>
        <translation>
            <numerusform>%n Datenfluss</numerusform>
            <numerusform>%n Datenflüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 inside the namespace</source>
        <comment>a bundle&apos;s tooltip: namespace, &apos;12 flows&apos;</comment>
        <translation>%1: %2 innerhalb des Namespace</translation>
    </message>
</context>
<context>
    <name>BundledDesigns</name>
    <message>
        <source>Zero-trust namespace</source>
        <translation>Zero-Trust-Namespace</translation>
    </message>
    <message>
        <source>Three-tier application</source>
        <translation>Dreischichtige Anwendung</translation>
    </message>
    <message>
        <source>Egress lockdown to an external API</source>
        <translation>Egress nur zu einer externen API</translation>
    </message>
    <message>
        <source>Monitoring every namespace</source>
        <translation>Monitoring aller Namespaces</translation>
    </message>
    <message>
        <source>Protect kube-system</source>
        <translation>kube-system schützen</translation>
    </message>
    <message>
        <source>Monitoring may scrape everything</source>
        <translation>Monitoring darf alles abfragen</translation>
    </message>
    <message>
        <source>Baseline deny for tenant namespaces</source>
        <translation>Baseline-Verbot für Mandanten-Namespaces</translation>
    </message>
    <message>
        <source>Production zero-trust</source>
        <translation>Zero-Trust-Produktion</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
</context>
<context>
    <name>CanvasExporter</name>
    <message>
        <source>The design is empty: there is nothing to export.</source>
        <translation>Das Design ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The canvas is too large for a PNG image (%1 × %2 pixels).</source>
        <translation>Die Zeichenfläche ist für ein PNG-Bild zu groß (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>Name the file .svg or .png: the extension picks the format.</source>
        <translation>Benennen Sie die Datei mit .svg oder .png: Die Endung bestimmt das Format.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 is not in a git repository</source>
        <translation>%1 liegt in keinem Git-Repository</translation>
    </message>
    <message>
        <source>%1 has errors; nothing is compared:
%2</source>
        <translation>%1 enthält Fehler; es wird nichts verglichen:
%2</translation>
    </message>
    <message>
        <source>the saved file</source>
        <translation>der gespeicherten Datei</translation>
    </message>
    <message>
        <source>git %1</source>
        <translation>Git %1</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>%1 is not an external of this design</source>
        <translation>%1 ist kein externer Peer dieses Designs</translation>
    </message>
    <message>
        <source>%1 has no address outside its except list</source>
        <translation>%1 hat keine Adresse außerhalb seiner except-Liste</translation>
    </message>
    <message>
        <source>the connection cannot be evaluated</source>
        <translation>die Verbindung kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>some of its connections are allowed and some denied: there is no one verdict to assert</source>
        <translation>einige ihrer Verbindungen sind erlaubt, andere gesperrt: es gibt kein einheitliches Ergebnis, das sich festhalten ließe</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>%1: no policy applies (outside the cluster)</source>
        <translation>%1: keine Policy greift (außerhalb des Clusters)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>%1: Admin tier, %2 rule %3 (%4)</source>
        <translation>%1: Admin-Ebene, %2 Regel %3 (%4)</translation>
    </message>
    <message>
        <source>%1: Baseline tier, %2 rule %3 (%4)</source>
        <translation>%1: Baseline-Ebene, %2 Regel %3 (%4)</translation>
    </message>
    <message>
        <source> after a Pass</source>
        <translation> nach einem Pass</translation>
    </message>
    <message>
        <source>%1: NetworkPolicy%2</source>
        <translation>%1: NetworkPolicy%2</translation>
    </message>
    <message>
        <source>%1: default (allowed)%2</source>
        <translation>%1: Standard (erlaubt)%2</translation>
    </message>
</context>
<context>
    <name>ExposureBadge</name>
    <message>
        <source>open both ways</source>
        <translation>beidseitig offen</translation>
    </message>
    <message>
        <source>accepts all</source>
        <translation>nimmt alles an</translation>
    </message>
    <message>
        <source>sends to all</source>
        <translation>sendet an alle</translation>
    </message>
</context>
<context>
    <name>ExternalItem</name>
    <message>
        <source>&lt;b&gt;external %1&lt;/b&gt;&lt;br&gt;ipBlock %2</source>
        <comment>a peer outside the cluster</comment>
        <translation>&lt;b&gt;externer Peer %1&lt;/b&gt;&lt;br&gt;ipBlock %2</translation>
    </message>
    <message>
        <source>except %1</source>
        <comment>CIDRs left out of the ipBlock</comment>
        <translation>außer %1</translation>
    </message>
    <message numerus="yes">
        <source>except %n</source>
        <comment>how many CIDRs the ipBlock leaves out</comment>
        <translation>
            <numerusform>außer %n</numerusform>
            <numerusform>außer %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>all ports</source>
        <translation>alle Ports</translation>
    </message>
    <message>
        <source>%1 → %2&lt;br&gt;ports: %3</source>
        <translation>%1 → %2&lt;br&gt;Ports: %3</translation>
    </message>
    <message>
        <source>Click its label (or double-click the line) to add it as a flow, so both sides are generated; select it and press Delete to dismiss it.</source>
        <translation>Klicken Sie auf die Beschriftung (oder doppelklicken Sie auf die Linie), um den Vorschlag als Datenfluss hinzuzufügen, damit beide Seiten erzeugt werden; wählen Sie ihn aus und drücken Sie Entf, um ihn zu verwerfen.</translation>
    </message>
    <message>
        <source>*/* every pod</source>
        <comment>the badge of a flow to all pods of all namespaces</comment>
        <translation>*/* jeder Pod</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Netpol designs (*.netpol.yaml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Netpol-Designs (*.netpol.yaml);;YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Kubernetes-Manifeste (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
</context>
<context>
    <name>NamespaceItem</name>
    <message>
        <source>&lt;b&gt;namespace %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;labels: %3</source>
        <translation>&lt;b&gt;Namespace %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Labels: %3</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no labels</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <comment>a namespace the design only references</comment>
        <translation>nicht verwaltet</translation>
    </message>
    <message>
        <source>deny in + out</source>
        <comment>default deny for ingress and egress</comment>
        <translation>sperrt ein + aus</translation>
    </message>
    <message>
        <source>deny ingress</source>
        <translation>sperrt Ingress</translation>
    </message>
    <message>
        <source>deny egress</source>
        <translation>sperrt Egress</translation>
    </message>
    <message>
        <source>no default deny</source>
        <translation>kein Default Deny</translation>
    </message>
</context>
<context>
    <name>Netpol::AutoSaver</name>
    <message>
        <source>Cannot create the recovery folder %1</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot lock the recovery file %1</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Netpol::ChangesView</name>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>No Connections</source>
        <translation>Keine Verbindungen</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Vergleichsmodus verlassen</translation>
    </message>
    <message>
        <source>Not comparing. View &gt; Compare With… shows what the design changes in the allowed connections.</source>
        <translation>Kein Vergleich. Ansicht &gt; Vergleichen mit … zeigt, was das Design an den erlaubten Verbindungen ändert.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Not comparing.</source>
        <translation>Kein Vergleich.</translation>
    </message>
    <message>
        <source>Compared with %1: no differences in the allowed connections.</source>
        <translation>Verglichen mit %1: keine Unterschiede bei den erlaubten Verbindungen.</translation>
    </message>
    <message>
        <source>Compared with %1: %2, %3, %4</source>
        <comment>baseline, added, removed, changed</comment>
        <translation>Verglichen mit %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n hinzugekommen</numerusform>
            <numerusform>%n hinzugekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n entfallen</numerusform>
            <numerusform>%n entfallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::CheckConnectionDialog</name>
    <message>
        <source>Check Connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>a number, or a port name of the destination</source>
        <translation>eine Nummer oder ein Portname des Ziels</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Ask whether the source may open a connection to the destination.</source>
        <translation>Fragen Sie, ob die Quelle eine Verbindung zum Ziel öffnen darf.</translation>
    </message>
    <message>
        <source>Double-click to ask again on the design as it is now</source>
        <translation>Doppelklicken, um erneut am aktuellen Stand des Designs zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Recent checks:</source>
        <translation>Letzte Prüfungen:</translation>
    </message>
    <message>
        <source>Fill in a source, a destination and a port.</source>
        <translation>Geben Sie eine Quelle, ein Ziel und einen Port an.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Allowed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;✓ Erlaubt&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✗ Denied&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;✗ Verweigert&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>Save as &amp;Assertion</source>
        <translation>Als &amp;Zusicherung speichern</translation>
    </message>
    <message>
        <source>Add the selected recent check (else the newest) to the design&apos;s expect: list, with the verdict found</source>
        <translation>Die ausgewählte letzte Prüfung (sonst die neueste) mit dem gefundenen Ergebnis in die expect:-Liste des Designs aufnehmen</translation>
    </message>
    <message>
        <source>Saved in the design: %1</source>
        <translation>Im Design gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;± Partly allowed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;± Teilweise erlaubt&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>no check to save</source>
        <translation>keine Prüfung zum Speichern</translation>
    </message>
    <message>
        <source>the design already asserts %1</source>
        <translation>das Design sichert %1 bereits zu</translation>
    </message>
    <message>
        <source>Add Assertion %1</source>
        <translation>Zusicherung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Entschieden von: %1</translation>
    </message>
</context>
<context>
    <name>Netpol::DesignPage</name>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Allow DNS where egress is denied</source>
        <translation>DNS erlauben, wo Egress gesperrt ist</translation>
    </message>
    <message>
        <source>shown as the window title</source>
        <translation>wird als Fenstertitel angezeigt</translation>
    </message>
    <message>
        <source>per flow</source>
        <translation>pro Datenfluss</translation>
    </message>
    <message>
        <source>per workload</source>
        <translation>pro Workload</translation>
    </message>
    <message>
        <source>per flow: one policy per side of each flow; per workload: one ingress and one egress policy per workload</source>
        <translation>pro Datenfluss: eine Policy je Seite jedes Datenflusses; pro Workload: je eine Ingress- und eine Egress-Policy pro Workload</translation>
    </message>
    <message>
        <source>none (e.g. 10.0.0.0/16 for kubelet probes)</source>
        <translation>keine (z. B. 10.0.0.0/16 für Kubelet-Probes)</translation>
    </message>
    <message>
        <source>The DNS pods&apos; labels; an empty map allows every pod of the namespace.</source>
        <translation>Die Labels der DNS-Pods; eine leere Map erlaubt jeden Pod des Namespace.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>DNS namespace</source>
        <translation>DNS-Namespace</translation>
    </message>
    <message>
        <source>DNS pods</source>
        <translation>DNS-Pods</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Node CIDR</source>
        <translation>Node-CIDR</translation>
    </message>
    <message>
        <source>Nothing is selected: these settings apply to the whole design.</source>
        <translation>Nichts ist ausgewählt: Diese Einstellungen gelten für das ganze Design.</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external(s)</source>
        <translation>
            <numerusform>%n externer Peer</numerusform>
            <numerusform>%n externe Peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Datenfluss</numerusform>
            <numerusform>%n Datenflüsse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::DesignScene</name>
    <message>
        <source>Release the flow on a workload, a namespace or an external</source>
        <translation>Lassen Sie den Datenfluss auf einem Workload, einem Namespace oder einem externen Peer los</translation>
    </message>
    <message>
        <source>Drop to add a %1 to namespace %2</source>
        <translation>Loslassen, um %1 zum Namespace %2 hinzuzufügen</translation>
    </message>
    <message>
        <source>A workload goes inside a namespace frame</source>
        <translation>Ein Workload gehört in den Rahmen eines Namespace</translation>
    </message>
    <message>
        <source>A workload lives in a namespace: drop it inside a namespace frame</source>
        <translation>Ein Workload lebt in einem Namespace: Legen Sie ihn im Rahmen eines Namespace ab</translation>
    </message>
    <message>
        <source>Click the element the flow comes from (Esc cancels)</source>
        <translation>Klicken Sie auf das Element, von dem der Datenfluss ausgeht (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Click the element the flow goes to (Esc cancels)</source>
        <translation>Klicken Sie auf das Element, zu dem der Datenfluss führt (Esc bricht ab)</translation>
    </message>
</context>
<context>
    <name>Netpol::DiagnosticsView</name>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::DiagramDialog</name>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;All files (*)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>DNS edges (from namespaces that deny egress to the DNS pods)</source>
        <translation>DNS-Kanten (von Namespaces, die Egress sperren, zu den DNS-Pods)</translation>
    </message>
    <message>
        <source>Port labels on flows</source>
        <translation>Portbeschriftungen an Datenflüssen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>Von oben nach unten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Schreiben nach</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format: %1, drawn by Graphviz as: netpol dot DESIGN -o FILE</source>
        <translation>Format: %1, von Graphviz gezeichnet wie mit: netpol dot DESIGN -o DATEI</translation>
    </message>
    <message>
        <source>Name the file .svg, .png, .pdf or .dot: the extension picks the format.</source>
        <translation>Benennen Sie die Datei mit .svg, .png, .pdf oder .dot: Die Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>Export diagram to</source>
        <translation>Diagramm exportieren nach</translation>
    </message>
</context>
<context>
    <name>Netpol::Document</name>
    <message>
        <source>half-open: egress only</source>
        <translation>halb offen: nur Egress</translation>
    </message>
    <message>
        <source>half-open: ingress only</source>
        <translation>halb offen: nur Ingress</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s) (see Diagnostics); fix them before exporting, as `netpol generate` would refuse this design too.</source>
        <translation>
            <numerusform>Das Design hat %n Fehler (siehe Diagnose); beheben Sie ihn vor dem Export, denn auch `netpol generate` würde dieses Design ablehnen.</numerusform>
            <numerusform>Das Design hat %n Fehler (siehe Diagnose); beheben Sie sie vor dem Export, denn auch `netpol generate` würde dieses Design ablehnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::EditController</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>workload %1</source>
        <translation>Workload %1</translation>
    </message>
    <message>
        <source>external %1</source>
        <translation>externen Peer %1</translation>
    </message>
    <message>
        <source>flow %1 → %2</source>
        <translation>Datenfluss %1 → %2</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Unknown palette entry &quot;%1&quot;</source>
        <translation>Unbekannter Paletteneintrag „%1“</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>A flow connects workloads, namespaces and externals</source>
        <translation>Ein Datenfluss verbindet Workloads, Namespaces und externe Peers</translation>
    </message>
    <message>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change design options</source>
        <translation>Designoptionen ändern</translation>
    </message>
    <message>
        <source>Change design name</source>
        <translation>Designnamen ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>%1 ausschneiden</translation>
    </message>
    <message>
        <source>The clipboard holds no design elements</source>
        <translation>Die Zwischenablage enthält keine Designelemente</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Add flow %1 -&gt; %2</source>
        <translation>Datenfluss %1 -&gt; %2 hinzufügen</translation>
    </message>
    <message>
        <source>Dismiss half-open %1 -&gt; %2</source>
        <translation>Halb offenen Datenfluss %1 -&gt; %2 verwerfen</translation>
    </message>
    <message>
        <source>&lt;clipboard&gt;</source>
        <translation>&lt;Zwischenablage&gt;</translation>
    </message>
    <message>
        <source>Reverse flow %1 → %2</source>
        <translation>Datenfluss %1 → %2 umkehren</translation>
    </message>
    <message>
        <source>Manage namespace %1</source>
        <translation>Namespace %1 verwalten</translation>
    </message>
    <message>
        <source>Stop managing namespace %1</source>
        <translation>Namespace %1 nicht mehr verwalten</translation>
    </message>
    <message>
        <source>Namespace %1 denies %2 by default</source>
        <translation>Namespace %1 sperrt standardmäßig %2</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>Zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>no NetworkPolicy, Namespace or workload in it</source>
        <translation>sie enthalten keine NetworkPolicy, keinen Namespace und keinen Workload</translation>
    </message>
    <message>
        <source>Nothing to import from %1: %2</source>
        <translation>Aus %1 gibt es nichts zu importieren: %2</translation>
    </message>
    <message>
        <source>The manifests were not imported: %1</source>
        <translation>Die Manifeste wurden nicht importiert: %1</translation>
    </message>
    <message>
        <source>The design already has everything these manifests allow</source>
        <translation>Das Design enthält bereits alles, was diese Manifeste erlauben</translation>
    </message>
    <message>
        <source>Paste manifests (%1 added)</source>
        <translation>Manifeste einfügen (%1 hinzugefügt)</translation>
    </message>
    <message>
        <source>Add guardrail %1</source>
        <translation>Leitplanke %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove guardrail %1</source>
        <translation>Leitplanke %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder guardrail %1</source>
        <translation>Leitplanke %1 umordnen</translation>
    </message>
</context>
<context>
    <name>Netpol::ExportDialog</name>
    <message>
        <source>Export YAML</source>
        <translation>YAML exportieren</translation>
    </message>
    <message>
        <source>One file (single)</source>
        <translation>Eine Datei (single)</translation>
    </message>
    <message>
        <source>A file per namespace (per-namespace)</source>
        <translation>Eine Datei pro Namespace (per-namespace)</translation>
    </message>
    <message>
        <source>Per-namespace files + kustomization.yaml (kustomize)</source>
        <translation>Dateien pro Namespace + kustomization.yaml (kustomize)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Schreiben nach</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The same file as: netpol generate DESIGN -o FILE</source>
        <translation>Dieselbe Datei wie mit: netpol generate DESIGN -o DATEI</translation>
    </message>
    <message>
        <source>The same files as: netpol generate DESIGN --layout %1 -o DIR (the folder is created when missing)</source>
        <translation>Dieselben Dateien wie mit: netpol generate DESIGN --layout %1 -o ORDNER (ein fehlender Ordner wird angelegt)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>Netpol::ExternalPage</name>
    <message>
        <source>External</source>
        <translation>Externer Peer</translation>
    </message>
    <message>
        <source>An external needs a name</source>
        <translation>Ein externer Peer braucht einen Namen</translation>
    </message>
    <message>
        <source>The design has an external &quot;%1&quot; already</source>
        <translation>Das Design hat bereits einen externen Peer „%1“</translation>
    </message>
    <message>
        <source>none (CIDRs inside the block, comma separated)</source>
        <translation>keine (CIDRs innerhalb des Blocks, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>A peer outside the cluster: policies reach it as an ipBlock.</source>
        <translation>Ein Peer außerhalb des Clusters: Policies erreichen ihn als ipBlock.</translation>
    </message>
</context>
<context>
    <name>Netpol::FindPanel</name>
    <message>
        <source>name, label (app=web), namespace, kind or CIDR</source>
        <translation>Name, Label (app=web), Namespace, Art oder CIDR</translation>
    </message>
    <message>
        <source>Type to search the design</source>
        <translation>Tippen Sie, um das Design zu durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), the first %1 shown</source>
        <translation>
            <numerusform>%n Treffer, die ersten %1 werden angezeigt</numerusform>
            <numerusform>%n Treffer, die ersten %1 werden angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::FlowPage</name>
    <message>
        <source>Flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>No ports: every port of every protocol is allowed.</source>
        <translation>Keine Ports: Jeder Port jedes Protokolls ist erlaubt.</translation>
    </message>
    <message>
        <source>Reverse direction</source>
        <translation>Richtung umkehren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the design</source>
        <translation>„%1“ ist nicht im Design</translation>
    </message>
    <message>
        <source>Flow #%1: both its policy sides are generated where the namespaces deny traffic.</source>
        <translation>Datenfluss #%1: Beide Policy-Seiten werden erzeugt, wo die Namespaces Verkehr sperren.</translation>
    </message>
</context>
<context>
    <name>Netpol::GuardrailBand</name>
    <message>
        <source>Guardrail / rule</source>
        <translation>Leitplanke / Regel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Cluster guardrails in evaluation order: the Admin tier, then NetworkPolicies, then the Baseline tier. Drag a guardrail to change its priority.</source>
        <translation>Cluster-Leitplanken in Auswertungsreihenfolge: die Admin-Ebene, dann die NetworkPolicies, dann die Baseline-Ebene. Ziehen Sie eine Leitplanke, um ihre Priorität zu ändern.</translation>
    </message>
    <message>
        <source>Add Admin Guardrail</source>
        <translation>Admin-Leitplanke hinzufügen</translation>
    </message>
    <message>
        <source>Add Baseline Guardrail</source>
        <translation>Baseline-Leitplanke hinzufügen</translation>
    </message>
    <message>
        <source>Remove Guardrail</source>
        <translation>Leitplanke entfernen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>Subjekt %1</translation>
    </message>
    <message>
        <source>egress %1</source>
        <translation>Egress %1</translation>
    </message>
    <message>
        <source>ingress %1</source>
        <translation>Ingress %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>alle Ports</translation>
    </message>
</context>
<context>
    <name>Netpol::GuardrailOverlay</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Subject of guardrail %1</source>
        <translation>Subjekt der Leitplanke %1</translation>
    </message>
    <message>
        <source>◎ %1</source>
        <translation>◎ %1</translation>
    </message>
    <message>
        <source>egress rule %1</source>
        <translation>Egress-Regel %1</translation>
    </message>
    <message>
        <source>ingress rule %1</source>
        <translation>Ingress-Regel %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 (guardrail %4)</source>
        <translation>%1 %2: %3 (Leitplanke %4)</translation>
    </message>
</context>
<context>
    <name>Netpol::GuardrailPage</name>
    <message>
        <source>Guardrail</source>
        <translation>Leitplanke</translation>
    </message>
    <message>
        <source>A guardrail needs a name</source>
        <translation>Eine Leitplanke braucht einen Namen</translation>
    </message>
    <message>
        <source>The design has a guardrail &quot;%1&quot; already</source>
        <translation>Der Entwurf hat bereits eine Leitplanke „%1“</translation>
    </message>
    <message>
        <source>The priority is a whole number from 0 to 1000</source>
        <translation>Die Priorität ist eine ganze Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>A subject selects namespaces or pods</source>
        <translation>Ein Subjekt wählt Namespaces oder Pods aus</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>A rule name has at most 100 characters</source>
        <translation>Ein Regelname hat höchstens 100 Zeichen</translation>
    </message>
    <message>
        <source>Admin (before NetworkPolicies)</source>
        <translation>Admin (vor den NetworkPolicies)</translation>
    </message>
    <message>
        <source>Baseline (after NetworkPolicies)</source>
        <translation>Baseline (nach den NetworkPolicies)</translation>
    </message>
    <message>
        <source>namespaces: {}; pods: team=a / app=web; networks: 10.0.0.0/8</source>
        <translation>namespaces: {}; pods: team=a / app=web; networks: 10.0.0.0/8</translation>
    </message>
    <message>
        <source>all ports (53/UDP, 443, 8000-8100/TCP, http)</source>
        <translation>alle Ports (53/UDP, 443, 8000-8100/TCP, http)</translation>
    </message>
    <message>
        <source>Add Ingress Rule</source>
        <translation>Ingress-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add Egress Rule</source>
        <translation>Egress-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Peers: KIND: VALUE separated by &quot;;&quot; (namespaces, pods with NAMESPACES / PODS, nodes, networks, domainNames).</source>
        <translation>Peers: ART: WERT, getrennt durch „;“ (namespaces, pods mit NAMESPACES / PODS, nodes, networks, domainNames).</translation>
    </message>
    <message>
        <source>Rename guardrail to %1</source>
        <translation>Leitplanke in %1 umbenennen</translation>
    </message>
    <message>
        <source>Change guardrail tier</source>
        <translation>Ebene der Leitplanke ändern</translation>
    </message>
    <message>
        <source>Change guardrail priority</source>
        <translation>Priorität der Leitplanke ändern</translation>
    </message>
    <message>
        <source>Change guardrail subject</source>
        <translation>Subjekt der Leitplanke ändern</translation>
    </message>
    <message>
        <source>Add egress rule</source>
        <translation>Egress-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add ingress rule</source>
        <translation>Ingress-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove guardrail rule</source>
        <translation>Regel der Leitplanke entfernen</translation>
    </message>
    <message>
        <source>Rename guardrail rule</source>
        <translation>Regel der Leitplanke umbenennen</translation>
    </message>
    <message>
        <source>Change guardrail rule action</source>
        <translation>Aktion der Regel ändern</translation>
    </message>
    <message>
        <source>Change guardrail rule peers</source>
        <translation>Peers der Regel ändern</translation>
    </message>
    <message>
        <source>Change guardrail rule ports</source>
        <translation>Ports der Regel ändern</translation>
    </message>
    <message>
        <source>egress %1</source>
        <translation>Egress %1</translation>
    </message>
    <message>
        <source>ingress %1</source>
        <translation>Ingress %1</translation>
    </message>
    <message>
        <source>Egress rule %1</source>
        <translation>Egress-Regel %1</translation>
    </message>
    <message>
        <source>Ingress rule %1</source>
        <translation>Ingress-Regel %1</translation>
    </message>
    <message>
        <source>A rule needs at least one peer</source>
        <translation>Eine Regel braucht mindestens einen Peer</translation>
    </message>
    <message>
        <source>A rule has at most 25 peers</source>
        <translation>Eine Regel hat höchstens 25 Peers</translation>
    </message>
    <message>
        <source>Ingress peers are namespaces or pods</source>
        <translation>Ingress-Peers sind Namespaces oder Pods</translation>
    </message>
    <message>
        <source>domainNames are allowed only in Admin-tier Accept rules</source>
        <translation>domainNames sind nur in Accept-Regeln der Admin-Ebene erlaubt</translation>
    </message>
    <message>
        <source>Named ports cannot be used with networks, nodes or domainNames peers</source>
        <translation>Benannte Ports gehen nicht mit Peers networks, nodes oder domainNames</translation>
    </message>
</context>
<context>
    <name>Netpol::HelperProcess</name>
    <message>
        <source>netpol</source>
        <translation>netpol</translation>
    </message>
    <message>
        <source>The netpol command was not found next to the designer (%1) or on PATH. %2 runs it, so that Graphviz works outside the window; it is built and installed together with the designer.</source>
        <translation>Der Befehl netpol wurde weder neben dem Designer (%1) noch im PATH gefunden. %2 führt ihn aus, damit Graphviz außerhalb des Fensters arbeitet; er wird zusammen mit dem Designer gebaut und installiert.</translation>
    </message>
    <message>
        <source>The netpol command %1 is missing or not executable.</source>
        <translation>Der Befehl netpol %1 fehlt oder ist nicht ausführbar.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s and was stopped.</source>
        <translation>%1 hat länger als %2 s gedauert und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly: the netpol helper crashed.</source>
        <translation>%1 wurde unerwartet beendet: Das Hilfsprogramm netpol ist abgestürzt.</translation>
    </message>
</context>
<context>
    <name>Netpol::HelperTasks</name>
    <message>
        <source>%1 is still running: wait for it, or cancel it.</source>
        <translation>%1 läuft noch: Warten Sie darauf oder brechen Sie es ab.</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s) (see Diagnostics): fix them first.</source>
        <translation>
            <numerusform>Das Design hat %n Fehler (siehe Diagnose): Beheben Sie ihn zuerst.</numerusform>
            <numerusform>Das Design hat %n Fehler (siehe Diagnose): Beheben Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Import Manifests</source>
        <translation>Manifeste importieren</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Arrange failed: netpol arrange wrote a design that cannot be read.</source>
        <translation>Anordnen fehlgeschlagen: netpol arrange hat ein Design geschrieben, das sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>The design changed while Graphviz was arranging it, so nothing was moved. Arrange again.</source>
        <translation>Das Design hat sich geändert, während Graphviz es angeordnet hat; deshalb wurde nichts verschoben. Ordnen Sie es erneut an.</translation>
    </message>
    <message>
        <source>Arrange top to bottom</source>
        <translation>Von oben nach unten anordnen</translation>
    </message>
    <message>
        <source>Arrange left to right</source>
        <translation>Von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Arrange failed: the arranged design is not this design.</source>
        <translation>Anordnen fehlgeschlagen: Das angeordnete Design ist nicht dieses Design.</translation>
    </message>
    <message>
        <source>The design is arranged already: nothing moved.</source>
        <translation>Das Design ist bereits angeordnet: Nichts wurde verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>Arranged: %n element(s) moved (one undo step).</source>
        <translation>
            <numerusform>Angeordnet: %n Element verschoben (ein Rückgängig-Schritt).</numerusform>
            <numerusform>Angeordnet: %n Elemente verschoben (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: netpol import wrote a design that cannot be read.</source>
        <translation>Import fehlgeschlagen: netpol import hat ein Design geschrieben, das sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3 and %4; not saved yet.</source>
        <translation>%1, %2, %3 und %4 importiert; noch nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external(s)</source>
        <translation>
            <numerusform>%n externer Peer</numerusform>
            <numerusform>%n externe Peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Datenfluss</numerusform>
            <numerusform>%n Datenflüsse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::InspectorWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n element(s) selected&lt;/b&gt;&lt;br&gt;&lt;br&gt;Drag them together, nudge them with the arrow keys, copy, duplicate or delete them. Select one element to edit it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Element ausgewählt&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ziehen Sie es, verschieben Sie es mit den Pfeiltasten, kopieren, duplizieren oder löschen Sie es. Wählen Sie ein einzelnes Element aus, um es zu bearbeiten.</numerusform>
            <numerusform>&lt;b&gt;%n Elemente ausgewählt&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ziehen Sie sie gemeinsam, verschieben Sie sie mit den Pfeiltasten, kopieren, duplizieren oder löschen Sie sie. Wählen Sie ein einzelnes Element aus, um es zu bearbeiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::LabelsEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>a label needs a key</source>
        <translation>ein Label braucht einen Schlüssel</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: %2</source>
        <translation>Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is used twice</source>
        <translation>Schlüssel „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;: %2</source>
        <translation>Wert „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Netpol::MainWindow</name>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;geöffnetes Design&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Live YAML</source>
        <translation>Live-YAML</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n Policy</numerusform>
            <numerusform>%n Policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect: drag from a workload, namespace or external to another one. Esc returns to Select.</source>
        <translation>Verbinden: Ziehen Sie von einem Workload, Namespace oder externen Peer zu einem anderen. Esc kehrt zum Auswählen zurück.</translation>
    </message>
    <message>
        <source>%1[*] — Netpol Designer</source>
        <translation>%1[*] — Netpol Designer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export YAML…</source>
        <translation>&amp;YAML exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>In &amp;Fenster einpassen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Show the selected elements&apos; flows at full strength and fade the rest</source>
        <translation>Die Datenflüsse der ausgewählten Elemente kräftig zeigen und den Rest abblenden</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Auswählen und verschieben</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Select and move (V): drag items, rubber-band select; drag from a connector dot to draw a flow</source>
        <translation>Auswählen und verschieben (V): Elemente ziehen, mit dem Auswahlrahmen auswählen; von einem Anschlusspunkt ziehen, um einen Datenfluss zu zeichnen</translation>
    </message>
    <message>
        <source>Connect (C): drag from any workload, namespace or external to another to draw a flow</source>
        <translation>Verbinden (C): von einem Workload, Namespace oder externen Peer zu einem anderen ziehen, um einen Datenfluss zu zeichnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Netpol Designer</source>
        <translation>Ü&amp;ber Netpol Designer</translation>
    </message>
    <message>
        <source>About Netpol Designer</source>
        <translation>Über Netpol Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Netpol Designer %1&lt;/b&gt;&lt;p&gt;Draw the traffic you allow; get a complete, exact set of zero-trust Kubernetes NetworkPolicies.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Netpol Designer %1&lt;/b&gt;&lt;p&gt;Zeichnen Sie den Verkehr, den Sie erlauben, und erhalten Sie einen vollständigen, exakten Satz von Zero-Trust-NetworkPolicies für Kubernetes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Arrange &amp;Direction</source>
        <translation>Anordnungs&amp;richtung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Check Connection (Ctrl+K): may one endpoint reach another on a port, and why; filled in from the selected pair or flow</source>
        <translation>Verbindung prüfen (Strg+K): Darf ein Endpunkt einen anderen auf einem Port erreichen, und warum? Vorausgefüllt aus dem ausgewählten Paar oder Datenfluss</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Design öffnen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Design kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was not opened; the current design is unchanged.</source>
        <translation>%1 wurde nicht geöffnet; das aktuelle Design ist unverändert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Design speichern</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Design kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>%1 wurde nicht geschrieben: %2.</translation>
    </message>
    <message>
        <source>The design is still open with all its changes. The file on disk, if there was one, is unchanged. Save to another folder with Save As.</source>
        <translation>Das Design ist mit allen Änderungen weiterhin geöffnet. Die Datei auf dem Datenträger ist, falls vorhanden, unverändert. Speichern Sie mit „Speichern unter“ in einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot restore design</source>
        <translation>Design kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The recovered &quot;%1&quot; does not read as a design; its recovery file is kept at %2.</source>
        <translation>Das wiederhergestellte „%1“ lässt sich nicht als Design lesen; seine Wiederherstellungsdatei bleibt unter %2 erhalten.</translation>
    </message>
    <message>
        <source>Restored %1 from its autosave of %2</source>
        <translation>%1 aus der automatischen Sicherung vom %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exported the policies to %1</source>
        <translation>Policies nach %1 exportiert</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>A&amp;nordnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Arrange (Ctrl+Shift+L): lay the design out with Graphviz, namespaces as clusters; one undo step</source>
        <translation>Anordnen (Strg+Umschalt+L): das Design mit Graphviz anordnen, Namespaces als Cluster; ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>&amp;Left to Right</source>
        <translation>Von &amp;links nach rechts</translation>
    </message>
    <message>
        <source>&amp;Top to Bottom</source>
        <translation>Von &amp;oben nach unten</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>&amp;Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Canvas…</source>
        <translation>&amp;Zeichenfläche exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import Manifests from &amp;Folder…</source>
        <translation>Manifeste aus &amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: running netpol…</source>
        <translation>%1: netpol läuft …</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Zeichenfläche exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>The canvas was not exported.</source>
        <translation>Die Zeichenfläche wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>Zeichenfläche nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import manifests</source>
        <translation>Manifeste importieren</translation>
    </message>
    <message>
        <source>Import manifests from folder</source>
        <translation>Manifeste aus Ordner importieren</translation>
    </message>
    <message>
        <source>The imported design was not opened.</source>
        <translation>Das importierte Design wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1: report</source>
        <translation>%1: Bericht</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>What the design cannot express exactly is listed below (see the README&apos;s netpol import section).</source>
        <translation>Was das Design nicht exakt ausdrücken kann, steht unten (siehe den Abschnitt „netpol import“ der README).</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Focus on Se&amp;lection</source>
        <translation>Auf &amp;Auswahl fokussieren</translation>
    </message>
    <message>
        <source>C&amp;heck Connection…</source>
        <translation>Verbindung &amp;prüfen …</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Running Task</source>
        <translation>Laufende Aufgabe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel %1</source>
        <translation>%1 a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>%1 rückgängig machen (%2)</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>%1 wiederherstellen (%2)</translation>
    </message>
    <message>
        <source>Select one namespace, workload or external to rename it</source>
        <translation>Wählen Sie einen Namespace, einen Workload oder einen externen Peer aus, um ihn umzubenennen</translation>
    </message>
    <message>
        <source>Paste &amp;Manifests</source>
        <translation>&amp;Manifeste einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Import Manifests into the C&amp;urrent Design…</source>
        <translation>Manifeste in das a&amp;ktuelle Design importieren …</translation>
    </message>
    <message>
        <source>Import manifests into the current design</source>
        <translation>Manifeste in das aktuelle Design importieren</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Kubernetes-Manifeste (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Flow &amp;From Here</source>
        <translation>Datenfluss &amp;von hier</translation>
    </message>
    <message>
        <source>Add Flow &amp;To Here</source>
        <translation>Datenfluss &amp;hierher</translation>
    </message>
    <message>
        <source>&amp;Select Its Flows</source>
        <translation>Seine Datenflüsse &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Check Connection…</source>
        <translation>Verbindung &amp;prüfen …</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Umkehren</translation>
    </message>
    <message>
        <source>Edit &amp;Ports</source>
        <translation>&amp;Ports bearbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Workload</source>
        <translation>&amp;Workload hinzufügen</translation>
    </message>
    <message>
        <source>Select &amp;Contents</source>
        <translation>&amp;Inhalt auswählen</translation>
    </message>
    <message>
        <source>&amp;Managed</source>
        <translation>&amp;Verwaltet</translation>
    </message>
    <message>
        <source>Ingress and Egress</source>
        <translation>Ingress und Egress</translation>
    </message>
    <message>
        <source>Ingress Only</source>
        <translation>Nur Ingress</translation>
    </message>
    <message>
        <source>Egress Only</source>
        <translation>Nur Egress</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Add &amp;Namespace Here</source>
        <translation>&amp;Namespace hier hinzufügen</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;V / C&lt;/td&gt;&lt;td&gt;Select and move / Connect tool&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Drag a connector dot&lt;/td&gt;&lt;td&gt;Draw a flow (any tool)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Leave Connect, or clear the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arrow keys&lt;/td&gt;&lt;td&gt;Nudge the selection by a grid step (Shift: 1 px)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Delete the selection (and the flows touching it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / X / V / D&lt;/td&gt;&lt;td&gt;Copy / cut / paste / duplicate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+V&lt;/td&gt;&lt;td&gt;Paste Kubernetes manifests into the design&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;Rename the selected element in place&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wheel&lt;/td&gt;&lt;td&gt;Zoom around the cursor (Shift+wheel scrolls)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++ / Ctrl+- / Ctrl+0&lt;/td&gt;&lt;td&gt;Zoom in / out / actual size&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+F&lt;/td&gt;&lt;td&gt;Fit the design to the window&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Middle drag, Space+drag&lt;/td&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;Export YAML&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+L&lt;/td&gt;&lt;td&gt;Arrange with Graphviz (one undo step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+K&lt;/td&gt;&lt;td&gt;Check a connection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+E&lt;/td&gt;&lt;td&gt;Export Diagram (netpol dot)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import Manifests (netpol import)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;V / C&lt;/td&gt;&lt;td&gt;Werkzeug Auswählen und verschieben / Verbinden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Anschlusspunkt ziehen&lt;/td&gt;&lt;td&gt;Datenfluss zeichnen (mit jedem Werkzeug)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Verbinden verlassen oder die Auswahl aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Pfeiltasten&lt;/td&gt;&lt;td&gt;Auswahl um einen Rasterschritt verschieben (Umschalt: 1 px)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Entf&lt;/td&gt;&lt;td&gt;Auswahl löschen (samt den Datenflüssen daran)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+C / X / V / D&lt;/td&gt;&lt;td&gt;Kopieren / Ausschneiden / Einfügen / Duplizieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+V&lt;/td&gt;&lt;td&gt;Kubernetes-Manifeste in das Design einfügen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;Ausgewähltes Element direkt umbenennen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Z / Strg+Umschalt+Z&lt;/td&gt;&lt;td&gt;Rückgängig / Wiederherstellen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mausrad&lt;/td&gt;&lt;td&gt;Um den Mauszeiger zoomen (Umschalt+Mausrad rollt)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg++ / Strg+- / Strg+0&lt;/td&gt;&lt;td&gt;Vergrößern / Verkleinern / Originalgröße&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+F&lt;/td&gt;&lt;td&gt;Design in das Fenster einpassen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mittlere Maustaste ziehen, Leertaste+Ziehen&lt;/td&gt;&lt;td&gt;Ansicht verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+E&lt;/td&gt;&lt;td&gt;YAML exportieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+L&lt;/td&gt;&lt;td&gt;Mit Graphviz anordnen (ein Rückgängig-Schritt)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+K&lt;/td&gt;&lt;td&gt;Eine Verbindung prüfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+E&lt;/td&gt;&lt;td&gt;Diagramm exportieren (netpol dot)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+I&lt;/td&gt;&lt;td&gt;Manifeste importieren (netpol import)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Saved File</source>
        <translation>Ge&amp;speicherte Datei</translation>
    </message>
    <message>
        <source>Show what the unsaved edits change in the allowed connections</source>
        <translation>Zeigt, was die ungespeicherten Bearbeitungen an den erlaubten Verbindungen ändern</translation>
    </message>
    <message>
        <source>Another &amp;Design or Manifests…</source>
        <translation>Anderes &amp;Design oder Manifeste …</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Designs and manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Designs und Manifeste (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Manifest &amp;Folder…</source>
        <translation>Manifest-&amp;Ordner …</translation>
    </message>
    <message>
        <source>Compare With Manifests</source>
        <translation>Mit Manifesten vergleichen</translation>
    </message>
    <message>
        <source>&amp;Git Revision…</source>
        <translation>&amp;Git-Revision …</translation>
    </message>
    <message>
        <source>The design&apos;s file at a git revision (git show REV:PATH)</source>
        <translation>Die Datei des Designs in einer Git-Revision (git show REV:PFAD)</translation>
    </message>
    <message>
        <source>Compare With Git Revision</source>
        <translation>Mit Git-Revision vergleichen</translation>
    </message>
    <message>
        <source>Revision of %1 (a commit, branch or tag):</source>
        <translation>Revision von %1 (ein Commit, Branch oder Tag):</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>Vergleichsmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Cannot compare the design.</source>
        <translation>Das Design kann nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The design has no file yet: save it first.</source>
        <translation>Das Design hat noch keine Datei: Speichern Sie es zuerst.</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1 …</translation>
    </message>
    <message>
        <source>Compare mode: the changes since %1 are drawn on the canvas</source>
        <translation>Vergleichsmodus: Die Änderungen seit %1 werden auf der Zeichenfläche dargestellt</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>Beis&amp;piele</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The bundled design does not read.</source>
        <translation>Das mitgelieferte Design lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>New design from %1 (not saved yet)</source>
        <translation>Neues Design aus %1 (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>No program opens %1</source>
        <translation>Kein Programm öffnet %1</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Import Manifests as a New Design…</source>
        <translation>Manifeste als neues Design &amp;importieren …</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Einstellun&amp;gen …</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>Ausr&amp;ichten</translation>
    </message>
    <message>
        <source>Defa&amp;ult Deny</source>
        <translation>Standardmäßig &amp;sperren</translation>
    </message>
    <message>
        <source>Cluster Guardrails</source>
        <translation>Cluster-Leitplanken</translation>
    </message>
</context>
<context>
    <name>Netpol::NamespacePage</name>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>A namespace needs a name</source>
        <translation>Ein Namespace braucht einen Namen</translation>
    </message>
    <message>
        <source>The design has a namespace &quot;%1&quot; already</source>
        <translation>Das Design hat bereits einen Namespace „%1“</translation>
    </message>
    <message>
        <source>&quot;external&quot; is reserved for external peers</source>
        <translation>„external“ ist für externe Peers reserviert</translation>
    </message>
    <message>
        <source>Managed: generate its policies</source>
        <translation>Verwaltet: Policies erzeugen</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>Unmanaged namespaces (ingress-nginx, kube-system) are only referenced: no policy is generated in them.</source>
        <translation>Nicht verwaltete Namespaces (ingress-nginx, kube-system) werden nur referenziert: In ihnen wird keine Policy erzeugt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default deny</source>
        <translation>Default Deny</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>policies are generated here</source>
        <translation>hier werden Policies erzeugt</translation>
    </message>
    <message>
        <source>only referenced</source>
        <translation>nur referenziert</translation>
    </message>
</context>
<context>
    <name>Netpol::OverviewWidget</name>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation>Das ganze Design; klicken oder ziehen Sie, um die Zeichenfläche dorthin zu bewegen</translation>
    </message>
</context>
<context>
    <name>Netpol::PaletteWidget</name>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>External (CIDR)</source>
        <translation>Externer Peer (CIDR)</translation>
    </message>
    <message>
        <source>Ingress controller</source>
        <translation>Ingress-Controller</translation>
    </message>
    <message>
        <source>Cluster DNS</source>
        <translation>Cluster-DNS</translation>
    </message>
    <message>
        <source>A managed namespace: default deny for ingress and egress, DNS allowed.</source>
        <translation>Ein verwalteter Namespace: Default Deny für Ingress und Egress, DNS erlaubt.</translation>
    </message>
    <message>
        <source>A %1: drop it inside a namespace. Its pod labels select it in policies.</source>
        <comment>%1 is a workload kind: Deployment, StatefulSet, DaemonSet, Pod, ...</comment>
        <translation>%1: in einem Namespace ablegen. Policies wählen die Pods über ihre Labels aus.</translation>
    </message>
    <message>
        <source>A peer outside the cluster, reached as an ipBlock (CIDR).</source>
        <translation>Ein Peer außerhalb des Clusters, erreicht als ipBlock (CIDR).</translation>
    </message>
    <message>
        <source>The ingress-nginx namespace (unmanaged) with its controller.</source>
        <translation>Der Namespace ingress-nginx (nicht verwaltet) mit seinem Controller.</translation>
    </message>
    <message>
        <source>The kube-system namespace (unmanaged) with CoreDNS (k8s-app: kube-dns).</source>
        <translation>Der Namespace kube-system (nicht verwaltet) mit CoreDNS (k8s-app: kube-dns).</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Outside the cluster</source>
        <translation>Außerhalb des Clusters</translation>
    </message>
    <message>
        <source>%1
Double-click to start a new design from this template.</source>
        <translation>%1
Doppelklicken Sie, um ein neues Design aus dieser Vorlage zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Netpol::PortsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>name &quot;%1&quot;: %2</source>
        <translation>Name „%1“: %2</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is used twice</source>
        <translation>Name „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number</source>
        <translation>Port „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
</context>
<context>
    <name>Netpol::PreferencesDialog</name>
    <message>
        <source>Allow DNS where egress is denied</source>
        <translation>DNS erlauben, wo Egress gesperrt ist</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>per flow</source>
        <translation>pro Datenfluss</translation>
    </message>
    <message>
        <source>per workload</source>
        <translation>pro Workload</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> s after the last change</source>
        <translation> s nach der letzten Änderung</translation>
    </message>
    <message>
        <source>New designs</source>
        <translation>Neue Designs</translation>
    </message>
    <message>
        <source>DNS namespace</source>
        <translation>DNS-Namespace</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Rastergröße</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Automatisch speichern</translation>
    </message>
</context>
<context>
    <name>Netpol::ReachabilityModel</name>
    <message>
        <source>all</source>
        <comment>ports</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 itself</source>
        <translation>%1 selbst</translation>
    </message>
    <message>
        <source>%1 → %2: allowed</source>
        <translation>%1 → %2: erlaubt</translation>
    </message>
    <message>
        <source>%1 → %2: denied</source>
        <translation>%1 → %2: gesperrt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>sends: %1</source>
        <translation>sendet: %1</translation>
    </message>
    <message>
        <source>receives: %1</source>
        <translation>empfängt: %1</translation>
    </message>
</context>
<context>
    <name>Netpol::ReachabilityView</name>
    <message>
        <source>Any port</source>
        <translation>Beliebiger Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Any port: a cell lists the allowed ports. Port: allowed or denied on one port and protocol</source>
        <translation>Beliebiger Port: Eine Zelle zeigt die erlaubten Ports. Port: erlaubt oder gesperrt auf einem Port und Protokoll</translation>
    </message>
    <message>
        <source>The senders shown (rows)</source>
        <translation>Die angezeigten Sender (Zeilen)</translation>
    </message>
    <message>
        <source>The receivers shown (columns)</source>
        <translation>Die angezeigten Empfänger (Spalten)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Click a cell for the reasons per side.</source>
        <translation>Klicken Sie auf eine Zelle, um die Gründe je Seite zu sehen.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet …</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>endpoints, connections</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>addresses outside</source>
        <translation>Adressen außerhalb</translation>
    </message>
</context>
<context>
    <name>Netpol::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Netpol Designer did not close normally. These designs had changes that were not saved; restore them to go on where you left off.</source>
        <translation>Netpol Designer wurde nicht normal beendet. Diese Designs hatten ungespeicherte Änderungen; stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Ursprüngliche Datei</translation>
    </message>
    <message>
        <source>Last autosave</source>
        <translation>Letzte automatische Sicherung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Discard Recovered Design</source>
        <translation>Wiederhergestelltes Design verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of &quot;%1&quot;? They cannot be recovered afterwards.</source>
        <translation>Die ungespeicherten Änderungen von „%1“ verwerfen? Sie lassen sich danach nicht mehr wiederherstellen.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
</context>
<context>
    <name>Netpol::ReportDialog</name>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Netpol::WelcomePanel</name>
    <message>
        <source>Start a design</source>
        <translation>Ein Design beginnen</translation>
    </message>
    <message>
        <source>Drag a Namespace from the palette to draw from scratch, or:</source>
        <translation>Ziehen Sie einen Namespace aus der Palette, um neu zu zeichnen, oder:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>Netpol::WorkloadPage</name>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>A workload needs a name</source>
        <translation>Ein Workload braucht einen Namen</translation>
    </message>
    <message>
        <source>Namespace %1 has a workload &quot;%2&quot; already</source>
        <translation>Namespace %1 hat bereits einen Workload „%2“</translation>
    </message>
    <message>
        <source>The pod labels: the generated podSelector is exactly this map.</source>
        <translation>Die Pod-Labels: Der erzeugte podSelector ist genau diese Map.</translation>
    </message>
    <message>
        <source>Container ports: a flow&apos;s named port (http/TCP) resolves here.</source>
        <translation>Container-Ports: Der benannte Port eines Datenflusses (http/TCP) wird hier aufgelöst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Pod labels</source>
        <translation>Pod-Labels</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet …</translation>
    </message>
</context>
<context>
    <name>Netpol::YamlPreview</name>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy the whole YAML to the clipboard</source>
        <translation>Das ganze YAML in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert …</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>policies in namespaces</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n Policy</numerusform>
            <numerusform>%n Policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not a recovery file of this version</source>
        <translation>keine Wiederherstellungsdatei dieser Version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set: Kubernetes reads it as %2</source>
        <translation>„%1“ hat gesetzte Host-Bits: Kubernetes liest es als %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A workload (NS/NAME), every workload of a namespace (NS/*) or of the design (*/*), an external (external/NAME) or an IP address</source>
        <translation>Ein Workload (NS/NAME), alle Workloads eines Namespaces (NS/*) oder des Designs (*/*), ein externer Peer (external/NAME) oder eine IP-Adresse</translation>
    </message>
    <message>
        <source>Ingress and Egress</source>
        <translation>Ingress und Egress</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>ReachabilityData</name>
    <message>
        <source>other: %1</source>
        <translation>sonstige: %1</translation>
    </message>
    <message>
        <source>a pod may always reach itself</source>
        <translation>ein Pod darf sich selbst immer erreichen</translation>
    </message>
    <message>
        <source>both ends are outside the cluster: no policy sees it</source>
        <translation>beide Enden liegen außerhalb des Clusters: keine Policy sieht es</translation>
    </message>
</context>
<context>
    <name>WorkloadItem</name>
    <message>
        <source>&lt;b&gt;%1/%2&lt;/b&gt; (%3)&lt;br&gt;labels: %4&lt;br&gt;ports: %5</source>
        <translation>&lt;b&gt;%1/%2&lt;/b&gt; (%3)&lt;br&gt;Labels: %4&lt;br&gt;Ports: %5</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no labels</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no ports</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Exposure (%1):</source>
        <translation>Erreichbarkeit (%1):</translation>
    </message>
    <message>
        <source>Exposure:</source>
        <translation>Erreichbarkeit:</translation>
    </message>
    <message numerus="yes">
        <source>+%n more label(s)</source>
        <translation>
            <numerusform>+%n weiteres Label</numerusform>
            <numerusform>+%n weitere Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>no labels: selects every pod</source>
        <translation>keine Labels: wählt jeden Pod</translation>
    </message>
</context>
</TS>
