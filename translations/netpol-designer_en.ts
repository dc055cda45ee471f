<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BundleItem</name>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <comment>a bundle of flows between two namespaces</comment>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalItem</name>
    <message numerus="yes">
        <source>except %n</source>
        <comment>how many CIDRs the ipBlock leaves out</comment>
        <translation>
            <numerusform>except %n</numerusform>
            <numerusform>except %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::ChangesView</name>
    <message numerus="yes">
        <source>%n added</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>connections</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::DesignPage</name>
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
            <numerusform>%n external</numerusform>
            <numerusform>%n externals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::DiagnosticsView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::Document</name>
    <message numerus="yes">
        <source>The design has %n error(s) (see Diagnostics); fix them before exporting, as `netpol generate` would refuse this design too.</source>
        <translation>
            <numerusform>The design has %n error (see Diagnostics); fix it before exporting, as `netpol generate` would refuse this design too.</numerusform>
            <numerusform>The design has %n errors (see Diagnostics); fix them before exporting, as `netpol generate` would refuse this design too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::EditController</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::FindPanel</name>
    <message numerus="yes">
        <source>%n match(es), the first %1 shown</source>
        <translation>
            <numerusform>%n match, the first %1 shown</numerusform>
            <numerusform>%n matches, the first %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::HelperTasks</name>
    <message numerus="yes">
        <source>The design has %n error(s) (see Diagnostics): fix them first.</source>
        <translation>
            <numerusform>The design has %n error (see Diagnostics): fix it first.</numerusform>
            <numerusform>The design has %n errors (see Diagnostics): fix them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arranged: %n element(s) moved (one undo step).</source>
        <translation>
            <numerusform>Arranged: %n element moved (one undo step).</numerusform>
            <numerusform>Arranged: %n elements moved (one undo step).</numerusform>
        </translation>
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
            <numerusform>%n external</numerusform>
            <numerusform>%n externals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::InspectorWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n element(s) selected&lt;/b&gt;&lt;br&gt;&lt;br&gt;Drag them together, nudge them with the arrow keys, copy, duplicate or delete them. Select one element to edit it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n element selected&lt;/b&gt;&lt;br&gt;&lt;br&gt;Drag them together, nudge them with the arrow keys, copy, duplicate or delete them. Select one element to edit it.</numerusform>
            <numerusform>&lt;b&gt;%n elements selected&lt;/b&gt;&lt;br&gt;&lt;br&gt;Drag them together, nudge them with the arrow keys, copy, duplicate or delete them. Select one element to edit it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::MainWindow</name>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::NamespacePage</name>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::ReachabilityView</name>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::ReportDialog</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netpol::YamlPreview</name>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
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
    <name>WorkloadItem</name>
    <message numerus="yes">
        <source>+%n more label(s)</source>
        <translation>
            <numerusform>+%n more label</numerusform>
            <numerusform>+%n more labels</numerusform>
        </translation>
    </message>
</context>
</TS>
