<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BundleItem</name>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <comment>a bundle of flows between two namespaces</comment>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 inside the namespace</source>
        <comment>a bundle&apos;s tooltip: namespace, &apos;12 flows&apos;</comment>
        <translation>%1 : %2 à l’intérieur du Namespace</translation>
    </message>
</context>
<context>
    <name>BundledDesigns</name>
    <message>
        <source>Zero-trust namespace</source>
        <translation>Namespace zero trust</translation>
    </message>
    <message>
        <source>Three-tier application</source>
        <translation>Application à trois niveaux</translation>
    </message>
    <message>
        <source>Egress lockdown to an external API</source>
        <translation>Egress limité à une API externe</translation>
    </message>
    <message>
        <source>Monitoring every namespace</source>
        <translation>Supervision de tous les Namespaces</translation>
    </message>
    <message>
        <source>Protect kube-system</source>
        <translation>Protéger kube-system</translation>
    </message>
    <message>
        <source>Monitoring may scrape everything</source>
        <translation>La supervision peut tout collecter</translation>
    </message>
    <message>
        <source>Baseline deny for tenant namespaces</source>
        <translation>Refus de base pour les Namespaces des locataires</translation>
    </message>
    <message>
        <source>Production zero-trust</source>
        <translation>Production zero trust</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Boutique en ligne</translation>
    </message>
</context>
<context>
    <name>CanvasExporter</name>
    <message>
        <source>The design is empty: there is nothing to export.</source>
        <translation>Le design est vide&#xa0;: il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>The canvas is too large for a PNG image (%1 × %2 pixels).</source>
        <translation>Le canevas est trop grand pour une image PNG (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>Name the file .svg or .png: the extension picks the format.</source>
        <translation>Nommez le fichier .svg ou .png&#xa0;: l’extension détermine le format.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 is not in a git repository</source>
        <translation>%1 n’est pas dans un dépôt git</translation>
    </message>
    <message>
        <source>%1 has errors; nothing is compared:
%2</source>
        <translation>%1 contient des erreurs&#x202f;; rien n’est comparé&#xa0;:
%2</translation>
    </message>
    <message>
        <source>the saved file</source>
        <translation>le fichier enregistré</translation>
    </message>
    <message>
        <source>git %1</source>
        <translation>git %1</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>%1 is not an external of this design</source>
        <translation>%1 n’est pas un pair externe de ce design</translation>
    </message>
    <message>
        <source>%1 has no address outside its except list</source>
        <translation>%1 n’a aucune adresse hors de sa liste except</translation>
    </message>
    <message>
        <source>the connection cannot be evaluated</source>
        <translation>la connexion ne peut pas être évaluée</translation>
    </message>
    <message>
        <source>some of its connections are allowed and some denied: there is no one verdict to assert</source>
        <translation>certaines de ses connexions sont autorisées et d’autres refusées&#xa0;: il n’y a pas de verdict unique à affirmer</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>egress</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>ingress</translation>
    </message>
    <message>
        <source>%1: no policy applies (outside the cluster)</source>
        <translation>%1&#xa0;: aucune politique ne s’applique (hors du cluster)</translation>
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
        <translation>%1&#xa0;: niveau Admin, %2 règle %3 (%4)</translation>
    </message>
    <message>
        <source>%1: Baseline tier, %2 rule %3 (%4)</source>
        <translation>%1&#xa0;: niveau Baseline, %2 règle %3 (%4)</translation>
    </message>
    <message>
        <source> after a Pass</source>
        <translation> après un Pass</translation>
    </message>
    <message>
        <source>%1: NetworkPolicy%2</source>
        <translation>%1&#xa0;: NetworkPolicy%2</translation>
    </message>
    <message>
        <source>%1: default (allowed)%2</source>
        <translation>%1&#xa0;: par défaut (autorisé)%2</translation>
    </message>
</context>
<context>
    <name>ExposureBadge</name>
    <message>
        <source>open both ways</source>
        <translation>grand ouvert</translation>
    </message>
    <message>
        <source>accepts all</source>
        <translation>accepte tout</translation>
    </message>
    <message>
        <source>sends to all</source>
        <translation>envoie à tous</translation>
    </message>
</context>
<context>
    <name>ExternalItem</name>
    <message>
        <source>&lt;b&gt;external %1&lt;/b&gt;&lt;br&gt;ipBlock %2</source>
        <comment>a peer outside the cluster</comment>
        <translation>&lt;b&gt;pair externe %1&lt;/b&gt;&lt;br&gt;ipBlock %2</translation>
    </message>
    <message>
        <source>except %1</source>
        <comment>CIDRs left out of the ipBlock</comment>
        <translation>sauf %1</translation>
    </message>
    <message numerus="yes">
        <source>except %n</source>
        <comment>how many CIDRs the ipBlock leaves out</comment>
        <translation>
            <numerusform>sauf %n</numerusform>
            <numerusform>sauf %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>all ports</source>
        <translation>tous les ports</translation>
    </message>
    <message>
        <source>%1 → %2&lt;br&gt;ports: %3</source>
        <translation>%1 → %2&lt;br&gt;ports&#xa0;: %3</translation>
    </message>
    <message>
        <source>Click its label (or double-click the line) to add it as a flow, so both sides are generated; select it and press Delete to dismiss it.</source>
        <translation>Cliquez sur son étiquette (ou double-cliquez sur la ligne) pour l’ajouter comme flux, afin que les deux côtés soient générés&#x202f;; sélectionnez-le et appuyez sur Suppr pour l’ignorer.</translation>
    </message>
    <message>
        <source>*/* every pod</source>
        <comment>the badge of a flow to all pods of all namespaces</comment>
        <translation>*/* tous les pods</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Netpol designs (*.netpol.yaml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Designs Netpol (*.netpol.yaml);;Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Manifestes Kubernetes (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Centrer horizontalement</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir ver&amp;ticalement</translation>
    </message>
</context>
<context>
    <name>NamespaceItem</name>
    <message>
        <source>&lt;b&gt;namespace %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;labels: %3</source>
        <translation>&lt;b&gt;namespace %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;labels&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no labels</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <comment>a namespace the design only references</comment>
        <translation>non géré</translation>
    </message>
    <message>
        <source>deny in + out</source>
        <comment>default deny for ingress and egress</comment>
        <translation>refus entrée + sortie</translation>
    </message>
    <message>
        <source>deny ingress</source>
        <translation>refus Ingress</translation>
    </message>
    <message>
        <source>deny egress</source>
        <translation>refus Egress</translation>
    </message>
    <message>
        <source>no default deny</source>
        <translation>pas de refus par défaut</translation>
    </message>
</context>
<context>
    <name>Netpol::AutoSaver</name>
    <message>
        <source>Cannot create the recovery folder %1</source>
        <translation>Impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <source>Cannot lock the recovery file %1</source>
        <translation>Impossible de verrouiller le fichier de récupération %1</translation>
    </message>
    <message>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Impossible d’écrire le fichier de récupération %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Netpol::ChangesView</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>No Connections</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Not comparing. View &gt; Compare With… shows what the design changes in the allowed connections.</source>
        <translation>Aucune comparaison. Affichage &gt; Comparer avec… montre ce que le design change dans les connexions autorisées.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Not comparing.</source>
        <translation>Aucune comparaison.</translation>
    </message>
    <message>
        <source>Compared with %1: no differences in the allowed connections.</source>
        <translation>Comparé avec %1&#xa0;: aucune différence dans les connexions autorisées.</translation>
    </message>
    <message>
        <source>Compared with %1: %2, %3, %4</source>
        <comment>baseline, added, removed, changed</comment>
        <translation>Comparé avec %1&#xa0;: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::CheckConnectionDialog</name>
    <message>
        <source>Check Connection</source>
        <translation>Vérifier une connexion</translation>
    </message>
    <message>
        <source>a number, or a port name of the destination</source>
        <translation>un numéro, ou un nom de port de la destination</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Ask whether the source may open a connection to the destination.</source>
        <translation>Demandez si la source peut ouvrir une connexion vers la destination.</translation>
    </message>
    <message>
        <source>Double-click to ask again on the design as it is now</source>
        <translation>Double-cliquez pour reposer la question sur le design tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Vé&amp;rifier</translation>
    </message>
    <message>
        <source>Recent checks:</source>
        <translation>Vérifications récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in a source, a destination and a port.</source>
        <translation>Indiquez une source, une destination et un port.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Vérification de %1 …</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Impossible de vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Allowed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;✓ Autorisé&lt;/b&gt;&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✗ Denied&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;✗ Refusé&lt;/b&gt;&#xa0;: %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Save as &amp;Assertion</source>
        <translation>Enregistrer comme &amp;assertion</translation>
    </message>
    <message>
        <source>Add the selected recent check (else the newest) to the design&apos;s expect: list, with the verdict found</source>
        <translation>Ajouter la vérification récente sélectionnée (sinon la plus récente) à la liste expect: du design, avec le verdict trouvé</translation>
    </message>
    <message>
        <source>Saved in the design: %1</source>
        <translation>Enregistré dans le design&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;± Partly allowed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;± Partiellement autorisé&lt;/b&gt;&#xa0;: %1</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partiellement</translation>
    </message>
    <message>
        <source>no check to save</source>
        <translation>aucune vérification à enregistrer</translation>
    </message>
    <message>
        <source>the design already asserts %1</source>
        <translation>le design affirme déjà %1</translation>
    </message>
    <message>
        <source>Add Assertion %1</source>
        <translation>Ajouter l’assertion %1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Décidé par&#xa0;: %1</translation>
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
        <translation>Autoriser le DNS là où l’Egress est refusé</translation>
    </message>
    <message>
        <source>shown as the window title</source>
        <translation>affiché comme titre de la fenêtre</translation>
    </message>
    <message>
        <source>per flow</source>
        <translation>par flux</translation>
    </message>
    <message>
        <source>per workload</source>
        <translation>par workload</translation>
    </message>
    <message>
        <source>per flow: one policy per side of each flow; per workload: one ingress and one egress policy per workload</source>
        <translation>par flux&#xa0;: une politique par côté de chaque flux&#x202f;; par workload&#xa0;: une politique Ingress et une politique Egress par workload</translation>
    </message>
    <message>
        <source>none (e.g. 10.0.0.0/16 for kubelet probes)</source>
        <translation>aucun (p. ex. 10.0.0.0/16 pour les sondes du kubelet)</translation>
    </message>
    <message>
        <source>The DNS pods&apos; labels; an empty map allows every pod of the namespace.</source>
        <translation>Les labels des pods DNS&#x202f;; une liste vide autorise tous les pods du namespace.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>DNS namespace</source>
        <translation>Namespace DNS</translation>
    </message>
    <message>
        <source>DNS pods</source>
        <translation>Pods DNS</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Node CIDR</source>
        <translation>CIDR des nœuds</translation>
    </message>
    <message>
        <source>Nothing is selected: these settings apply to the whole design.</source>
        <translation>Rien n’est sélectionné&#xa0;: ces réglages s’appliquent à tout le design.</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external(s)</source>
        <translation>
            <numerusform>%n pair externe</numerusform>
            <numerusform>%n pairs externes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::DesignScene</name>
    <message>
        <source>Release the flow on a workload, a namespace or an external</source>
        <translation>Relâchez le flux sur un workload, un namespace ou un pair externe</translation>
    </message>
    <message>
        <source>Drop to add a %1 to namespace %2</source>
        <translation>Déposez pour ajouter un %1 au namespace %2</translation>
    </message>
    <message>
        <source>A workload goes inside a namespace frame</source>
        <translation>Un workload se place dans le cadre d’un namespace</translation>
    </message>
    <message>
        <source>A workload lives in a namespace: drop it inside a namespace frame</source>
        <translation>Un workload vit dans un namespace&#xa0;: déposez-le dans le cadre d’un namespace</translation>
    </message>
    <message>
        <source>Click the element the flow comes from (Esc cancels)</source>
        <translation>Cliquez sur l’élément d’où part le flux (Échap annule)</translation>
    </message>
    <message>
        <source>Click the element the flow goes to (Esc cancels)</source>
        <translation>Cliquez sur l’élément où arrive le flux (Échap annule)</translation>
    </message>
</context>
<context>
    <name>Netpol::DiagnosticsView</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::DiagramDialog</name>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;All files (*)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>DNS edges (from namespaces that deny egress to the DNS pods)</source>
        <translation>Arêtes DNS (des namespaces qui refusent l’Egress vers les pods DNS)</translation>
    </message>
    <message>
        <source>Port labels on flows</source>
        <translation>Ports affichés sur les flux</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>De haut en bas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format: %1, drawn by Graphviz as: netpol dot DESIGN -o FILE</source>
        <translation>Format&#xa0;: %1, dessiné par Graphviz comme&#xa0;: netpol dot DESIGN -o FICHIER</translation>
    </message>
    <message>
        <source>Name the file .svg, .png, .pdf or .dot: the extension picks the format.</source>
        <translation>Nommez le fichier .svg, .png, .pdf ou .dot&#xa0;: l’extension détermine le format.</translation>
    </message>
    <message>
        <source>Export diagram to</source>
        <translation>Exporter le diagramme vers</translation>
    </message>
</context>
<context>
    <name>Netpol::Document</name>
    <message>
        <source>half-open: egress only</source>
        <translation>à moitié ouvert&#xa0;: Egress seulement</translation>
    </message>
    <message>
        <source>half-open: ingress only</source>
        <translation>à moitié ouvert&#xa0;: Ingress seulement</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s) (see Diagnostics); fix them before exporting, as `netpol generate` would refuse this design too.</source>
        <translation>
            <numerusform>Le design comporte %n erreur (voir Diagnostics)&#x202f;; corrigez-la avant l’export, car `netpol generate` refuserait aussi ce design.</numerusform>
            <numerusform>Le design comporte %n erreurs (voir Diagnostics)&#x202f;; corrigez-les avant l’export, car `netpol generate` refuserait aussi ce design.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::EditController</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>workload %1</source>
        <translation>workload %1</translation>
    </message>
    <message>
        <source>external %1</source>
        <translation>pair externe %1</translation>
    </message>
    <message>
        <source>flow %1 → %2</source>
        <translation>flux %1 → %2</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>design</source>
        <translation>design</translation>
    </message>
    <message>
        <source>Unknown palette entry &quot;%1&quot;</source>
        <translation>Entrée de palette inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>A flow connects workloads, namespaces and externals</source>
        <translation>Un flux relie des workloads, des namespaces et des pairs externes</translation>
    </message>
    <message>
        <source>Connect %1 → %2</source>
        <translation>Relier %1 → %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Change design options</source>
        <translation>Modifier les options du design</translation>
    </message>
    <message>
        <source>Change design name</source>
        <translation>Modifier le nom du design</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>Couper %1</translation>
    </message>
    <message>
        <source>The clipboard holds no design elements</source>
        <translation>Le presse-papiers ne contient aucun élément de design</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Coller %1</translation>
    </message>
    <message>
        <source>Add flow %1 -&gt; %2</source>
        <translation>Ajouter le flux %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Dismiss half-open %1 -&gt; %2</source>
        <translation>Ignorer le flux à moitié ouvert %1 -&gt; %2</translation>
    </message>
    <message>
        <source>&lt;clipboard&gt;</source>
        <translation>&lt;presse-papiers&gt;</translation>
    </message>
    <message>
        <source>Reverse flow %1 → %2</source>
        <translation>Inverser le flux %1 → %2</translation>
    </message>
    <message>
        <source>Manage namespace %1</source>
        <translation>Gérer le Namespace %1</translation>
    </message>
    <message>
        <source>Stop managing namespace %1</source>
        <translation>Ne plus gérer le Namespace %1</translation>
    </message>
    <message>
        <source>Namespace %1 denies %2 by default</source>
        <translation>Le Namespace %1 refuse %2 par défaut</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>Centrer horizontalement</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Aligner en haut</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>Centrer verticalement</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Aligner en bas</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Répartir horizontalement</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Répartir verticalement</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>no NetworkPolicy, Namespace or workload in it</source>
        <translation>ils ne contiennent ni NetworkPolicy, ni Namespace, ni Workload</translation>
    </message>
    <message>
        <source>Nothing to import from %1: %2</source>
        <translation>Rien à importer de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The manifests were not imported: %1</source>
        <translation>Les manifestes n’ont pas été importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The design already has everything these manifests allow</source>
        <translation>Le design contient déjà tout ce que ces manifestes autorisent</translation>
    </message>
    <message>
        <source>Paste manifests (%1 added)</source>
        <translation>Coller des manifestes (%1 ajoutés)</translation>
    </message>
    <message>
        <source>Add guardrail %1</source>
        <translation>Ajouter le garde-fou %1</translation>
    </message>
    <message>
        <source>Remove guardrail %1</source>
        <translation>Supprimer le garde-fou %1</translation>
    </message>
    <message>
        <source>Reorder guardrail %1</source>
        <translation>Réordonner le garde-fou %1</translation>
    </message>
</context>
<context>
    <name>Netpol::ExportDialog</name>
    <message>
        <source>Export YAML</source>
        <translation>Exporter le YAML</translation>
    </message>
    <message>
        <source>One file (single)</source>
        <translation>Un seul fichier (single)</translation>
    </message>
    <message>
        <source>A file per namespace (per-namespace)</source>
        <translation>Un fichier par namespace (per-namespace)</translation>
    </message>
    <message>
        <source>Per-namespace files + kustomization.yaml (kustomize)</source>
        <translation>Fichiers par namespace + kustomization.yaml (kustomize)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The same file as: netpol generate DESIGN -o FILE</source>
        <translation>Le même fichier que&#xa0;: netpol generate DESIGN -o FICHIER</translation>
    </message>
    <message>
        <source>The same files as: netpol generate DESIGN --layout %1 -o DIR (the folder is created when missing)</source>
        <translation>Les mêmes fichiers que&#xa0;: netpol generate DESIGN --layout %1 -o DOSSIER (le dossier est créé s’il manque)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
</context>
<context>
    <name>Netpol::ExternalPage</name>
    <message>
        <source>External</source>
        <translation>Pair externe</translation>
    </message>
    <message>
        <source>An external needs a name</source>
        <translation>Un pair externe doit avoir un nom</translation>
    </message>
    <message>
        <source>The design has an external &quot;%1&quot; already</source>
        <translation>Le design a déjà un pair externe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>none (CIDRs inside the block, comma separated)</source>
        <translation>aucun (CIDR à l’intérieur du bloc, séparés par des virgules)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>A peer outside the cluster: policies reach it as an ipBlock.</source>
        <translation>Un pair hors du cluster&#xa0;: les politiques l’atteignent comme ipBlock.</translation>
    </message>
</context>
<context>
    <name>Netpol::FindPanel</name>
    <message>
        <source>name, label (app=web), namespace, kind or CIDR</source>
        <translation>nom, label (app=web), namespace, type ou CIDR</translation>
    </message>
    <message>
        <source>Type to search the design</source>
        <translation>Tapez pour rechercher dans le design</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), the first %1 shown</source>
        <translation>
            <numerusform>%n résultat, les %1 premiers affichés</numerusform>
            <numerusform>%n résultats, les %1 premiers affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::FlowPage</name>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>No ports: every port of every protocol is allowed.</source>
        <translation>Aucun port&#xa0;: tous les ports de tous les protocoles sont autorisés.</translation>
    </message>
    <message>
        <source>Reverse direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the design</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le design</translation>
    </message>
    <message>
        <source>Flow #%1: both its policy sides are generated where the namespaces deny traffic.</source>
        <translation>Flux n°&#xa0;%1&#xa0;: ses deux côtés de politique sont générés là où les namespaces refusent le trafic.</translation>
    </message>
</context>
<context>
    <name>Netpol::GuardrailBand</name>
    <message>
        <source>Guardrail / rule</source>
        <translation>Garde-fou / règle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Cluster guardrails in evaluation order: the Admin tier, then NetworkPolicies, then the Baseline tier. Drag a guardrail to change its priority.</source>
        <translation>Garde-fous du cluster dans l’ordre d’évaluation&#xa0;: le niveau Admin, puis les NetworkPolicies, puis le niveau Baseline. Faites glisser un garde-fou pour changer sa priorité.</translation>
    </message>
    <message>
        <source>Add Admin Guardrail</source>
        <translation>Ajouter un garde-fou Admin</translation>
    </message>
    <message>
        <source>Add Baseline Guardrail</source>
        <translation>Ajouter un garde-fou Baseline</translation>
    </message>
    <message>
        <source>Remove Guardrail</source>
        <translation>Supprimer le garde-fou</translation>
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
        <translation>sujet %1</translation>
    </message>
    <message>
        <source>egress %1</source>
        <translation>egress %1</translation>
    </message>
    <message>
        <source>ingress %1</source>
        <translation>ingress %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>tous les ports</translation>
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
        <translation>Sujet du garde-fou %1</translation>
    </message>
    <message>
        <source>◎ %1</source>
        <translation>◎ %1</translation>
    </message>
    <message>
        <source>egress rule %1</source>
        <translation>règle egress %1</translation>
    </message>
    <message>
        <source>ingress rule %1</source>
        <translation>règle ingress %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 (guardrail %4)</source>
        <translation>%1 %2&#xa0;: %3 (garde-fou %4)</translation>
    </message>
</context>
<context>
    <name>Netpol::GuardrailPage</name>
    <message>
        <source>Guardrail</source>
        <translation>Garde-fou</translation>
    </message>
    <message>
        <source>A guardrail needs a name</source>
        <translation>Un garde-fou a besoin d’un nom</translation>
    </message>
    <message>
        <source>The design has a guardrail &quot;%1&quot; already</source>
        <translation>Le modèle a déjà un garde-fou «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The priority is a whole number from 0 to 1000</source>
        <translation>La priorité est un nombre entier de 0 à 1000</translation>
    </message>
    <message>
        <source>A subject selects namespaces or pods</source>
        <translation>Un sujet sélectionne des namespaces ou des pods</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>A rule name has at most 100 characters</source>
        <translation>Un nom de règle a au plus 100 caractères</translation>
    </message>
    <message>
        <source>Admin (before NetworkPolicies)</source>
        <translation>Admin (avant les NetworkPolicies)</translation>
    </message>
    <message>
        <source>Baseline (after NetworkPolicies)</source>
        <translation>Baseline (après les NetworkPolicies)</translation>
    </message>
    <message>
        <source>namespaces: {}; pods: team=a / app=web; networks: 10.0.0.0/8</source>
        <translation>namespaces: {}; pods: team=a / app=web; networks: 10.0.0.0/8</translation>
    </message>
    <message>
        <source>all ports (53/UDP, 443, 8000-8100/TCP, http)</source>
        <translation>tous les ports (53/UDP, 443, 8000-8100/TCP, http)</translation>
    </message>
    <message>
        <source>Add Ingress Rule</source>
        <translation>Ajouter une règle ingress</translation>
    </message>
    <message>
        <source>Add Egress Rule</source>
        <translation>Ajouter une règle egress</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Peers: KIND: VALUE separated by &quot;;&quot; (namespaces, pods with NAMESPACES / PODS, nodes, networks, domainNames).</source>
        <translation>Pairs&#xa0;: TYPE: VALEUR séparés par «&#xa0;;&#xa0;» (namespaces, pods avec NAMESPACES / PODS, nodes, networks, domainNames).</translation>
    </message>
    <message>
        <source>Rename guardrail to %1</source>
        <translation>Renommer le garde-fou en %1</translation>
    </message>
    <message>
        <source>Change guardrail tier</source>
        <translation>Changer le niveau du garde-fou</translation>
    </message>
    <message>
        <source>Change guardrail priority</source>
        <translation>Changer la priorité du garde-fou</translation>
    </message>
    <message>
        <source>Change guardrail subject</source>
        <translation>Changer le sujet du garde-fou</translation>
    </message>
    <message>
        <source>Add egress rule</source>
        <translation>Ajouter une règle egress</translation>
    </message>
    <message>
        <source>Add ingress rule</source>
        <translation>Ajouter une règle ingress</translation>
    </message>
    <message>
        <source>Remove guardrail rule</source>
        <translation>Supprimer une règle du garde-fou</translation>
    </message>
    <message>
        <source>Rename guardrail rule</source>
        <translation>Renommer une règle du garde-fou</translation>
    </message>
    <message>
        <source>Change guardrail rule action</source>
        <translation>Changer l’action de la règle</translation>
    </message>
    <message>
        <source>Change guardrail rule peers</source>
        <translation>Changer les pairs de la règle</translation>
    </message>
    <message>
        <source>Change guardrail rule ports</source>
        <translation>Changer les ports de la règle</translation>
    </message>
    <message>
        <source>egress %1</source>
        <translation>egress %1</translation>
    </message>
    <message>
        <source>ingress %1</source>
        <translation>ingress %1</translation>
    </message>
    <message>
        <source>Egress rule %1</source>
        <translation>Règle egress %1</translation>
    </message>
    <message>
        <source>Ingress rule %1</source>
        <translation>Règle ingress %1</translation>
    </message>
    <message>
        <source>A rule needs at least one peer</source>
        <translation>Une règle a besoin d’au moins un pair</translation>
    </message>
    <message>
        <source>A rule has at most 25 peers</source>
        <translation>Une règle a au plus 25 pairs</translation>
    </message>
    <message>
        <source>Ingress peers are namespaces or pods</source>
        <translation>Les pairs ingress sont des namespaces ou des pods</translation>
    </message>
    <message>
        <source>domainNames are allowed only in Admin-tier Accept rules</source>
        <translation>domainNames n’est permis que dans les règles Accept du niveau Admin</translation>
    </message>
    <message>
        <source>Named ports cannot be used with networks, nodes or domainNames peers</source>
        <translation>Les ports nommés ne vont pas avec les pairs networks, nodes ou domainNames</translation>
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
        <translation>La commande netpol est introuvable à côté du designer (%1) comme dans le PATH. %2 l’exécute pour que Graphviz travaille hors de la fenêtre&#x202f;; elle est compilée et installée avec le designer.</translation>
    </message>
    <message>
        <source>The netpol command %1 is missing or not executable.</source>
        <translation>La commande netpol %1 est absente ou n’est pas exécutable.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s and was stopped.</source>
        <translation>%1 a duré plus de %2 s et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 a été annulé.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly: the netpol helper crashed.</source>
        <translation>%1 s’est arrêté de façon inattendue&#xa0;: l’assistant netpol a planté.</translation>
    </message>
</context>
<context>
    <name>Netpol::HelperTasks</name>
    <message>
        <source>%1 is still running: wait for it, or cancel it.</source>
        <translation>%1 est toujours en cours&#xa0;: attendez la fin, ou annulez.</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s) (see Diagnostics): fix them first.</source>
        <translation>
            <numerusform>Le design comporte %n erreur (voir Diagnostics)&#xa0;: corrigez-la d’abord.</numerusform>
            <numerusform>Le design comporte %n erreurs (voir Diagnostics)&#xa0;: corrigez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>Import Manifests</source>
        <translation>Importer des manifestes</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramme exporté vers %1</translation>
    </message>
    <message>
        <source>Arrange failed: netpol arrange wrote a design that cannot be read.</source>
        <translation>Échec de l’organisation&#xa0;: netpol arrange a écrit un design illisible.</translation>
    </message>
    <message>
        <source>The design changed while Graphviz was arranging it, so nothing was moved. Arrange again.</source>
        <translation>Le design a changé pendant que Graphviz l’organisait, rien n’a donc été déplacé. Relancez l’organisation.</translation>
    </message>
    <message>
        <source>Arrange top to bottom</source>
        <translation>Organiser de haut en bas</translation>
    </message>
    <message>
        <source>Arrange left to right</source>
        <translation>Organiser de gauche à droite</translation>
    </message>
    <message>
        <source>Arrange failed: the arranged design is not this design.</source>
        <translation>Échec de l’organisation&#xa0;: le design organisé n’est pas ce design.</translation>
    </message>
    <message>
        <source>The design is arranged already: nothing moved.</source>
        <translation>Le design est déjà organisé&#xa0;: rien n’a bougé.</translation>
    </message>
    <message numerus="yes">
        <source>Arranged: %n element(s) moved (one undo step).</source>
        <translation>
            <numerusform>Organisé&#xa0;: %n élément déplacé (une seule étape d’annulation).</numerusform>
            <numerusform>Organisé&#xa0;: %n éléments déplacés (une seule étape d’annulation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: netpol import wrote a design that cannot be read.</source>
        <translation>Échec de l’import&#xa0;: netpol import a écrit un design illisible.</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3 and %4; not saved yet.</source>
        <translation>Importé&#xa0;: %1, %2, %3 et %4&#x202f;; pas encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external(s)</source>
        <translation>
            <numerusform>%n pair externe</numerusform>
            <numerusform>%n pairs externes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::InspectorWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n element(s) selected&lt;/b&gt;&lt;br&gt;&lt;br&gt;Drag them together, nudge them with the arrow keys, copy, duplicate or delete them. Select one element to edit it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n élément sélectionné&lt;/b&gt;&lt;br&gt;&lt;br&gt;Faites-le glisser, déplacez-le avec les flèches, copiez-le, dupliquez-le ou supprimez-le. Sélectionnez un seul élément pour le modifier.</numerusform>
            <numerusform>&lt;b&gt;%n éléments sélectionnés&lt;/b&gt;&lt;br&gt;&lt;br&gt;Faites-les glisser ensemble, déplacez-les avec les flèches, copiez-les, dupliquez-les ou supprimez-les. Sélectionnez un seul élément pour le modifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::LabelsEditor</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Ajouter un label</translation>
    </message>
    <message>
        <source>a label needs a key</source>
        <translation>un label doit avoir une clé</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: %2</source>
        <translation>clé «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is used twice</source>
        <translation>la clé «&#xa0;%1&#xa0;» est utilisée deux fois</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;: %2</source>
        <translation>valeur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Netpol::MainWindow</name>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;design ouvert&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Live YAML</source>
        <translation>YAML en direct</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n politique</numerusform>
            <numerusform>%n politiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect: drag from a workload, namespace or external to another one. Esc returns to Select.</source>
        <translation>Connecter&#xa0;: faites glisser d’un workload, d’un namespace ou d’un pair externe vers un autre. Échap revient à la sélection.</translation>
    </message>
    <message>
        <source>%1[*] — Netpol Designer</source>
        <translation>%1[*] — Netpol Designer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export YAML…</source>
        <translation>E&amp;xporter le YAML…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Show the selected elements&apos; flows at full strength and fade the rest</source>
        <translation>Afficher les flux des éléments sélectionnés en pleine intensité et estomper le reste</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Sélectionner et déplacer</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Select and move (V): drag items, rubber-band select; drag from a connector dot to draw a flow</source>
        <translation>Sélectionner et déplacer (V)&#xa0;: faites glisser les éléments, sélectionnez au lasso&#x202f;; tirez depuis un point de connexion pour dessiner un flux</translation>
    </message>
    <message>
        <source>Connect (C): drag from any workload, namespace or external to another to draw a flow</source>
        <translation>Connecter (C)&#xa0;: faites glisser d’un workload, d’un namespace ou d’un pair externe vers un autre pour dessiner un flux</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Netpol Designer</source>
        <translation>À &amp;propos de Netpol Designer</translation>
    </message>
    <message>
        <source>About Netpol Designer</source>
        <translation>À propos de Netpol Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Netpol Designer %1&lt;/b&gt;&lt;p&gt;Draw the traffic you allow; get a complete, exact set of zero-trust Kubernetes NetworkPolicies.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Netpol Designer %1&lt;/b&gt;&lt;p&gt;Dessinez le trafic que vous autorisez&#x202f;; obtenez un ensemble complet et exact de NetworkPolicies Kubernetes zero trust.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Arrange &amp;Direction</source>
        <translation>Se&amp;ns d’organisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Check Connection (Ctrl+K): may one endpoint reach another on a port, and why; filled in from the selected pair or flow</source>
        <translation>Vérifier une connexion (Ctrl+K)&#xa0;: un point peut-il en joindre un autre sur un port, et pourquoi&#x202f;? Prérempli depuis la paire ou le flux sélectionné</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer d’abord&#x202f;?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Ouvrir un design</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Impossible d’ouvrir le design</translation>
    </message>
    <message>
        <source>%1 was not opened; the current design is unchanged.</source>
        <translation>%1 n’a pas été ouvert&#x202f;; le design actuel est inchangé.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Enregistrer le design</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Impossible d’enregistrer le design</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>%1 n’a pas été écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The design is still open with all its changes. The file on disk, if there was one, is unchanged. Save to another folder with Save As.</source>
        <translation>Le design reste ouvert avec toutes ses modifications. Le fichier sur le disque, s’il existait, est inchangé. Enregistrez dans un autre dossier avec «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot restore design</source>
        <translation>Impossible de restaurer le design</translation>
    </message>
    <message>
        <source>The recovered &quot;%1&quot; does not read as a design; its recovery file is kept at %2.</source>
        <translation>«&#xa0;%1&#xa0;» récupéré ne se lit pas comme un design&#x202f;; son fichier de récupération est conservé dans %2.</translation>
    </message>
    <message>
        <source>Restored %1 from its autosave of %2</source>
        <translation>%1 restauré depuis sa sauvegarde automatique du %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Exported the policies to %1</source>
        <translation>Politiques exportées vers %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Arrange (Ctrl+Shift+L): lay the design out with Graphviz, namespaces as clusters; one undo step</source>
        <translation>Organiser (Ctrl+Maj+L)&#xa0;: disposer le design avec Graphviz, les namespaces comme groupes&#x202f;; une seule étape d’annulation</translation>
    </message>
    <message>
        <source>&amp;Left to Right</source>
        <translation>De &amp;gauche à droite</translation>
    </message>
    <message>
        <source>&amp;Top to Bottom</source>
        <translation>De &amp;haut en bas</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>Exporter le dia&amp;gramme…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Canvas…</source>
        <translation>Exporter le &amp;canevas…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import Manifests from &amp;Folder…</source>
        <translation>Importer des manifestes d’un &amp;dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: running netpol…</source>
        <translation>%1&#xa0;: netpol en cours…</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Exporter le canevas</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>The canvas was not exported.</source>
        <translation>Le canevas n’a pas été exporté.</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>Canevas exporté vers %1</translation>
    </message>
    <message>
        <source>Import manifests</source>
        <translation>Importer des manifestes</translation>
    </message>
    <message>
        <source>Import manifests from folder</source>
        <translation>Importer des manifestes d’un dossier</translation>
    </message>
    <message>
        <source>The imported design was not opened.</source>
        <translation>Le design importé n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1: report</source>
        <translation>%1&#xa0;: rapport</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Échec de %1</translation>
    </message>
    <message>
        <source>What the design cannot express exactly is listed below (see the README&apos;s netpol import section).</source>
        <translation>Ce que le design ne peut pas exprimer exactement est listé ci-dessous (voir la section «&#xa0;netpol import&#xa0;» du README).</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Focus on Se&amp;lection</source>
        <translation>Mettre la &amp;sélection en avant</translation>
    </message>
    <message>
        <source>C&amp;heck Connection…</source>
        <translation>&amp;Vérifier une connexion…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Running Task</source>
        <translation>&amp;Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Ca&amp;ncel %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>Annuler %1 (%2)</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>Rétablir %1 (%2)</translation>
    </message>
    <message>
        <source>Select one namespace, workload or external to rename it</source>
        <translation>Sélectionnez un Namespace, un Workload ou un pair externe pour le renommer</translation>
    </message>
    <message>
        <source>Paste &amp;Manifests</source>
        <translation>Coller des &amp;manifestes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Import Manifests into the C&amp;urrent Design…</source>
        <translation>Importer des manifestes dans le design co&amp;urant…</translation>
    </message>
    <message>
        <source>Import manifests into the current design</source>
        <translation>Importer des manifestes dans le design courant</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Manifestes Kubernetes (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Flow &amp;From Here</source>
        <translation>Flux &amp;depuis ici</translation>
    </message>
    <message>
        <source>Add Flow &amp;To Here</source>
        <translation>Flux ve&amp;rs ici</translation>
    </message>
    <message>
        <source>&amp;Select Its Flows</source>
        <translation>Sélectionner ses f&amp;lux</translation>
    </message>
    <message>
        <source>&amp;Check Connection…</source>
        <translation>&amp;Vérifier la connexion…</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Edit &amp;Ports</source>
        <translation>Modifier les &amp;ports</translation>
    </message>
    <message>
        <source>Add &amp;Workload</source>
        <translation>Ajouter un &amp;Workload</translation>
    </message>
    <message>
        <source>Select &amp;Contents</source>
        <translation>Sélectionner le &amp;contenu</translation>
    </message>
    <message>
        <source>&amp;Managed</source>
        <translation>&amp;Géré</translation>
    </message>
    <message>
        <source>Ingress and Egress</source>
        <translation>Ingress et Egress</translation>
    </message>
    <message>
        <source>Ingress Only</source>
        <translation>Ingress seulement</translation>
    </message>
    <message>
        <source>Egress Only</source>
        <translation>Egress seulement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Add &amp;Namespace Here</source>
        <translation>Ajouter un &amp;Namespace ici</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;V / C&lt;/td&gt;&lt;td&gt;Select and move / Connect tool&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Drag a connector dot&lt;/td&gt;&lt;td&gt;Draw a flow (any tool)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Leave Connect, or clear the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arrow keys&lt;/td&gt;&lt;td&gt;Nudge the selection by a grid step (Shift: 1 px)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Delete the selection (and the flows touching it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / X / V / D&lt;/td&gt;&lt;td&gt;Copy / cut / paste / duplicate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+V&lt;/td&gt;&lt;td&gt;Paste Kubernetes manifests into the design&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;Rename the selected element in place&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wheel&lt;/td&gt;&lt;td&gt;Zoom around the cursor (Shift+wheel scrolls)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++ / Ctrl+- / Ctrl+0&lt;/td&gt;&lt;td&gt;Zoom in / out / actual size&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+F&lt;/td&gt;&lt;td&gt;Fit the design to the window&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Middle drag, Space+drag&lt;/td&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;Export YAML&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+L&lt;/td&gt;&lt;td&gt;Arrange with Graphviz (one undo step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+K&lt;/td&gt;&lt;td&gt;Check a connection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+E&lt;/td&gt;&lt;td&gt;Export Diagram (netpol dot)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import Manifests (netpol import)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;V / C&lt;/td&gt;&lt;td&gt;Outil Sélectionner et déplacer / Connecter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tirer un point de connexion&lt;/td&gt;&lt;td&gt;Dessiner un flux (avec tout outil)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Échap&lt;/td&gt;&lt;td&gt;Quitter Connecter, ou vider la sélection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Flèches&lt;/td&gt;&lt;td&gt;Décaler la sélection d’un pas de grille (Maj&#xa0;: 1 px)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Suppr&lt;/td&gt;&lt;td&gt;Supprimer la sélection (et les flux qui la touchent)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / X / V / D&lt;/td&gt;&lt;td&gt;Copier / couper / coller / dupliquer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+V&lt;/td&gt;&lt;td&gt;Coller des manifestes Kubernetes dans le design&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;Renommer sur place l’élément sélectionné&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Maj+Z&lt;/td&gt;&lt;td&gt;Annuler / rétablir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Molette&lt;/td&gt;&lt;td&gt;Zoomer autour du pointeur (Maj+molette fait défiler)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++ / Ctrl+- / Ctrl+0&lt;/td&gt;&lt;td&gt;Zoom avant / arrière / taille réelle&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+F&lt;/td&gt;&lt;td&gt;Ajuster le design à la fenêtre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Glisser avec le bouton du milieu, Espace+glisser&lt;/td&gt;&lt;td&gt;Faire défiler la vue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;Exporter le YAML&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+L&lt;/td&gt;&lt;td&gt;Organiser avec Graphviz (une seule étape d’annulation)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+K&lt;/td&gt;&lt;td&gt;Vérifier une connexion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+E&lt;/td&gt;&lt;td&gt;Exporter le diagramme (netpol dot)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Importer des manifestes (netpol import)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Saved File</source>
        <translation>Fichier &amp;enregistré</translation>
    </message>
    <message>
        <source>Show what the unsaved edits change in the allowed connections</source>
        <translation>Montre ce que les modifications non enregistrées changent dans les connexions autorisées</translation>
    </message>
    <message>
        <source>Another &amp;Design or Manifests…</source>
        <translation>Autre &amp;design ou manifestes…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Designs and manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Designs et manifestes (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Manifest &amp;Folder…</source>
        <translation>Dossier de &amp;manifestes…</translation>
    </message>
    <message>
        <source>Compare With Manifests</source>
        <translation>Comparer avec des manifestes</translation>
    </message>
    <message>
        <source>&amp;Git Revision…</source>
        <translation>Révision &amp;git…</translation>
    </message>
    <message>
        <source>The design&apos;s file at a git revision (git show REV:PATH)</source>
        <translation>Le fichier du design à une révision git (git show REV:CHEMIN)</translation>
    </message>
    <message>
        <source>Compare With Git Revision</source>
        <translation>Comparer avec une révision git</translation>
    </message>
    <message>
        <source>Revision of %1 (a commit, branch or tag):</source>
        <translation>Révision de %1 (un commit, une branche ou une étiquette)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>&amp;Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>Com&amp;parer avec</translation>
    </message>
    <message>
        <source>Cannot compare the design.</source>
        <translation>Impossible de comparer le design.</translation>
    </message>
    <message>
        <source>The design has no file yet: save it first.</source>
        <translation>Le design n’a pas encore de fichier&#xa0;: enregistrez-le d’abord.</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
    <message>
        <source>Compare mode: the changes since %1 are drawn on the canvas</source>
        <translation>Mode comparaison&#xa0;: les changements depuis %1 sont dessinés sur le canevas</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>The bundled design does not read.</source>
        <translation>Le design fourni ne se lit pas.</translation>
    </message>
    <message>
        <source>New design from %1 (not saved yet)</source>
        <translation>Nouveau design depuis %1 (pas encore enregistré)</translation>
    </message>
    <message>
        <source>No program opens %1</source>
        <translation>Aucun programme n’ouvre %1</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Import Manifests as a New Design…</source>
        <translation>&amp;Importer des manifestes comme nouveau design…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>A&amp;ligner</translation>
    </message>
    <message>
        <source>Defa&amp;ult Deny</source>
        <translation>&amp;Refus par défaut</translation>
    </message>
    <message>
        <source>Cluster Guardrails</source>
        <translation>Garde-fous du cluster</translation>
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
        <translation>Un namespace doit avoir un nom</translation>
    </message>
    <message>
        <source>The design has a namespace &quot;%1&quot; already</source>
        <translation>Le design a déjà un namespace «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;external&quot; is reserved for external peers</source>
        <translation>«&#xa0;external&#xa0;» est réservé aux pairs externes</translation>
    </message>
    <message>
        <source>Managed: generate its policies</source>
        <translation>Géré&#xa0;: générer ses politiques</translation>
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
        <translation>Les namespaces non gérés (ingress-nginx, kube-system) sont seulement référencés&#xa0;: aucune politique n’y est générée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Default deny</source>
        <translation>Refus par défaut</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Cadre</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>policies are generated here</source>
        <translation>les politiques sont générées ici</translation>
    </message>
    <message>
        <source>only referenced</source>
        <translation>seulement référencé</translation>
    </message>
</context>
<context>
    <name>Netpol::OverviewWidget</name>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation>Le design entier&#x202f;; cliquez ou faites glisser pour y déplacer le canevas</translation>
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
        <translation>Pair externe (CIDR)</translation>
    </message>
    <message>
        <source>Ingress controller</source>
        <translation>Contrôleur Ingress</translation>
    </message>
    <message>
        <source>Cluster DNS</source>
        <translation>DNS du cluster</translation>
    </message>
    <message>
        <source>A managed namespace: default deny for ingress and egress, DNS allowed.</source>
        <translation>Un namespace géré&#xa0;: refus par défaut en Ingress et en Egress, DNS autorisé.</translation>
    </message>
    <message>
        <source>A %1: drop it inside a namespace. Its pod labels select it in policies.</source>
        <comment>%1 is a workload kind: Deployment, StatefulSet, DaemonSet, Pod, ...</comment>
        <translation>%1&#xa0;: déposez-le dans un namespace. Ses labels de pod le sélectionnent dans les politiques.</translation>
    </message>
    <message>
        <source>A peer outside the cluster, reached as an ipBlock (CIDR).</source>
        <translation>Un pair hors du cluster, joint comme ipBlock (CIDR).</translation>
    </message>
    <message>
        <source>The ingress-nginx namespace (unmanaged) with its controller.</source>
        <translation>Le namespace ingress-nginx (non géré) avec son contrôleur.</translation>
    </message>
    <message>
        <source>The kube-system namespace (unmanaged) with CoreDNS (k8s-app: kube-dns).</source>
        <translation>Le namespace kube-system (non géré) avec CoreDNS (k8s-app: kube-dns).</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Outside the cluster</source>
        <translation>Hors du cluster</translation>
    </message>
    <message>
        <source>%1
Double-click to start a new design from this template.</source>
        <translation>%1
Double-cliquez pour commencer un nouveau design à partir de ce modèle.</translation>
    </message>
</context>
<context>
    <name>Netpol::PortsEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <source>name &quot;%1&quot;: %2</source>
        <translation>nom «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is used twice</source>
        <translation>le nom «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number</source>
        <translation>le port «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>port %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Netpol::PreferencesDialog</name>
    <message>
        <source>Allow DNS where egress is denied</source>
        <translation>Autoriser le DNS là où l’Egress est refusé</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>per flow</source>
        <translation>par flux</translation>
    </message>
    <message>
        <source>per workload</source>
        <translation>par Workload</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> s after the last change</source>
        <translation> s après la dernière modification</translation>
    </message>
    <message>
        <source>New designs</source>
        <translation>Nouveaux designs</translation>
    </message>
    <message>
        <source>DNS namespace</source>
        <translation>Namespace DNS</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Taille de la grille</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
</context>
<context>
    <name>Netpol::ReachabilityModel</name>
    <message>
        <source>all</source>
        <comment>ports</comment>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 itself</source>
        <translation>%1 lui-même</translation>
    </message>
    <message>
        <source>%1 → %2: allowed</source>
        <translation>%1 → %2&#xa0;: autorisé</translation>
    </message>
    <message>
        <source>%1 → %2: denied</source>
        <translation>%1 → %2&#xa0;: refusé</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>sends: %1</source>
        <translation>envoie&#xa0;: %1</translation>
    </message>
    <message>
        <source>receives: %1</source>
        <translation>reçoit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Netpol::ReachabilityView</name>
    <message>
        <source>Any port</source>
        <translation>Tout port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Any port: a cell lists the allowed ports. Port: allowed or denied on one port and protocol</source>
        <translation>Tout port&#xa0;: une cellule liste les ports autorisés. Port&#xa0;: autorisé ou refusé sur un port et un protocole</translation>
    </message>
    <message>
        <source>The senders shown (rows)</source>
        <translation>Les émetteurs affichés (lignes)</translation>
    </message>
    <message>
        <source>The receivers shown (columns)</source>
        <translation>Les récepteurs affichés (colonnes)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Click a cell for the reasons per side.</source>
        <translation>Cliquez sur une cellule pour voir les raisons de chaque côté.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>endpoints, connections</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>addresses outside</source>
        <translation>adresses extérieures</translation>
    </message>
</context>
<context>
    <name>Netpol::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Netpol Designer did not close normally. These designs had changes that were not saved; restore them to go on where you left off.</source>
        <translation>Netpol Designer ne s’est pas fermé normalement. Ces designs avaient des modifications non enregistrées&#x202f;; restaurez-les pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Fichier d’origine</translation>
    </message>
    <message>
        <source>Last autosave</source>
        <translation>Dernière sauvegarde automatique</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Discard Recovered Design</source>
        <translation>Abandonner le design récupéré</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of &quot;%1&quot;? They cannot be recovered afterwards.</source>
        <translation>Abandonner les modifications non enregistrées de «&#xa0;%1&#xa0;»&#x202f;? Elles ne pourront plus être récupérées.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
</context>
<context>
    <name>Netpol::ReportDialog</name>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>info</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Netpol::WelcomePanel</name>
    <message>
        <source>Start a design</source>
        <translation>Commencer un design</translation>
    </message>
    <message>
        <source>Drag a Namespace from the palette to draw from scratch, or:</source>
        <translation>Faites glisser un Namespace depuis la palette pour partir de zéro, ou&#xa0;:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
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
        <translation>Un workload doit avoir un nom</translation>
    </message>
    <message>
        <source>Namespace %1 has a workload &quot;%2&quot; already</source>
        <translation>Le namespace %1 a déjà un workload «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The pod labels: the generated podSelector is exactly this map.</source>
        <translation>Les labels du pod&#xa0;: le podSelector généré est exactement cette liste.</translation>
    </message>
    <message>
        <source>Container ports: a flow&apos;s named port (http/TCP) resolves here.</source>
        <translation>Ports des conteneurs&#xa0;: le port nommé d’un flux (http/TCP) se résout ici.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pod labels</source>
        <translation>Labels du pod</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
</context>
<context>
    <name>Netpol::YamlPreview</name>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy the whole YAML to the clipboard</source>
        <translation>Copier tout le YAML dans le presse-papiers</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>policies in namespaces</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n politique</numerusform>
            <numerusform>%n politiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>not a recovery file of this version</source>
        <translation>pas un fichier de récupération de cette version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set: Kubernetes reads it as %2</source>
        <translation>«&#xa0;%1&#xa0;» a des bits d’hôte à 1&#xa0;: Kubernetes le lit comme %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A workload (NS/NAME), every workload of a namespace (NS/*) or of the design (*/*), an external (external/NAME) or an IP address</source>
        <translation>Un Workload (NS/NOM), tous les Workloads d’un Namespace (NS/*) ou du design (*/*), un pair externe (external/NOM) ou une adresse IP</translation>
    </message>
    <message>
        <source>Ingress and Egress</source>
        <translation>Ingress et Egress</translation>
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
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>ReachabilityData</name>
    <message>
        <source>other: %1</source>
        <translation>autres&#xa0;: %1</translation>
    </message>
    <message>
        <source>a pod may always reach itself</source>
        <translation>un Pod peut toujours s’atteindre lui-même</translation>
    </message>
    <message>
        <source>both ends are outside the cluster: no policy sees it</source>
        <translation>les deux extrémités sont hors du cluster&#xa0;: aucune politique ne le voit</translation>
    </message>
</context>
<context>
    <name>WorkloadItem</name>
    <message>
        <source>&lt;b&gt;%1/%2&lt;/b&gt; (%3)&lt;br&gt;labels: %4&lt;br&gt;ports: %5</source>
        <translation>&lt;b&gt;%1/%2&lt;/b&gt; (%3)&lt;br&gt;labels&#xa0;: %4&lt;br&gt;ports&#xa0;: %5</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no labels</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no ports</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Exposure (%1):</source>
        <translation>Exposition (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Exposure:</source>
        <translation>Exposition&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>+%n more label(s)</source>
        <translation>
            <numerusform>+%n autre label</numerusform>
            <numerusform>+%n autres labels</numerusform>
        </translation>
    </message>
    <message>
        <source>no labels: selects every pod</source>
        <translation>aucun label&#xa0;: sélectionne tous les pods</translation>
    </message>
</context>
</TS>
