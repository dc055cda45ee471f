#include "sarifreport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <map>

namespace Netpol::Cli {

namespace {

const char kSrcRoot[] = "%SRCROOT%";

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject textAndMarkdown(const std::string &markdown)
{
    return {{"text", qs(markdownToPlain(markdown))}, {"markdown", qs(markdown)}};
}

QString level(const std::string &severity)
{
    return severity == "error" ? "error" : severity == "warning" ? "warning" : "note";
}

QJsonObject ruleObject(const DiagnosticRule &rule)
{
    const std::string meaning = markdownToPlain(rule.meaning);
    QJsonObject o;
    o["id"] = qs(rule.code);
    o["name"] = qs(rule.code);
    o["shortDescription"] = QJsonObject{{"text", qs(firstSentence(meaning))}};
    o["fullDescription"] = QJsonObject{{"text", qs(meaning)}};
    o["help"] = textAndMarkdown(rule.fix);
    o["defaultConfiguration"] = QJsonObject{{"level", level(rule.severity)}};
    o["properties"] = QJsonObject{{"tags", QJsonArray{"kubernetes", "networkpolicy"}}};
    return o;
}

// Standard input and diagnostics about no file have no location a reader could open.
bool hasArtifact(const Diagnostic &d)
{
    return !d.location.file.empty() && d.location.file != "<stdin>";
}

QJsonObject resultObject(const Diagnostic &d, const std::map<std::string, int> &ruleIndex,
                         const QDir &base)
{
    QJsonObject o;
    o["ruleId"] = qs(d.code);
    if (const auto at = ruleIndex.find(d.code); at != ruleIndex.end())
        o["ruleIndex"] = at->second;
    o["level"] = level(std::string(severityName(d.severity)));
    o["message"] = QJsonObject{{"text", qs(d.message)}};
    QJsonObject location;
    if (hasArtifact(d)) {
        // Code scanning wants a region in every physical location: a finding about the file
        // as a whole (line 0) is placed on its first line.
        QJsonObject region{{"startLine", std::max(d.location.line, 1)}};
        if (d.location.line > 0 && d.location.column > 0)
            region["startColumn"] = d.location.column;
        location["physicalLocation"] = QJsonObject{
            {"artifactLocation", artifactLocation(d.location.file, base)}, {"region", region}};
    }
    if (!d.location.element.isNull()) {
        QJsonObject logical{{"name", qs(d.location.element.toString())}, {"kind", "element"}};
        const std::string path = d.location.element.path();
        if (!path.empty())
            logical["fullyQualifiedName"] = qs(path);
        location["logicalLocations"] = QJsonArray{logical};
    }
    if (!location.isEmpty())
        o["locations"] = QJsonArray{location};
    QJsonObject properties;
    if (!d.hint.empty())
        properties["hint"] = qs(d.hint);
    if (!d.location.field.empty())
        properties["field"] = qs(d.location.field);
    if (!properties.isEmpty())
        o["properties"] = properties;
    return o;
}

} // namespace

QJsonObject artifactLocation(const std::string &file, const QDir &base)
{
    const QString absolute = QFileInfo(qs(file)).absoluteFilePath();
    const QString relative = base.relativeFilePath(absolute);
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return {{"uri", QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)}};
    return {{"uri", QString::fromLatin1(QUrl::toPercentEncoding(relative, "/"))},
            {"uriBaseId", kSrcRoot}};
}

QJsonObject sarifLog(const Diagnostics &diagnostics, const std::vector<DiagnosticRule> &rules,
                     const QDir &base)
{
    QJsonArray ruleArray;
    std::map<std::string, int> ruleIndex;
    for (const DiagnosticRule &rule : rules) {
        ruleIndex[rule.code] = int(ruleArray.size());
        ruleArray.append(ruleObject(rule));
    }
    QJsonArray results;
    for (const Diagnostic &d : diagnostics)
        results.append(resultObject(d, ruleIndex, base));

    QJsonObject driver;
    driver["name"] = "netpol";
    driver["fullName"] = "Netpol Designer (netpol validate)";
    driver["version"] = NETPOL_VERSION;
    driver["semanticVersion"] = NETPOL_VERSION;
    driver["rules"] = ruleArray;

    QString root = QUrl::fromLocalFile(base.absolutePath()).toString(QUrl::FullyEncoded);
    if (!root.endsWith('/'))
        root += '/';
    QJsonObject run;
    run["tool"] = QJsonObject{{"driver", driver}};
    run["originalUriBaseIds"] = QJsonObject{{kSrcRoot, QJsonObject{{"uri", root}}}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = results;

    QJsonObject log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = QJsonArray{run};
    return log;
}

} // namespace Netpol::Cli
