// The Reachability dock: its cells are the connection list of the design's generated policies
// (`netpol analyze DESIGN`'s list), for any port and for one port; filters and the explanation
// of a cell; double-click asks for the flow or the pair.

#include "viewtestsupport.h"

#include "document.h"
#include "views/panels/reachabilitymodel.h"
#include "views/panels/reachabilityview.h"

#include "model/analysis/addressset.h"
#include "model/analysis/connectionformat.h"
#include "model/generate/designmanifests.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>

#include <map>
#include <set>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// The connection list computed here, independently of the dock: NS/NAME -> NS/NAME -> ports.
struct Expected
{
    std::map<std::pair<std::string, std::string>, PortSet> cells;
    std::set<std::string> workloads;
    std::size_t addressSets = 0;
};

Expected connectionList(const Design &design)
{
    const Cluster cluster = buildCluster(designManifests(design, "x"));
    const PolicyEvaluator evaluator(cluster.policies);
    const ConnectionList list(cluster, evaluator, partitionAddresses({&cluster.policies}));
    Expected out;
    const auto key = [](const ConnectionEndpoint &e) {
        return e.workload ? e.ns + '/' + e.workloadName : e.name;
    };
    for (const ConnectionEndpoint &e : list.endpoints()) {
        if (e.workload)
            out.workloads.insert(key(e));
        else
            ++out.addressSets;
    }
    for (const PeerConnection &c : list.connections())
        out.cells.emplace(std::pair{key(list.endpoints()[c.from]), key(list.endpoints()[c.to])},
                          c.ports());
    return out;
}

// The endpoint of a row or column as the expected list names it.
std::string keyOf(const ReachabilityData &d, int i)
{
    const ConnectionEndpoint &e = d.endpoint(i);
    return e.workload ? e.ns + '/' + e.workloadName : e.name;
}

bool openShop(Document &document)
{
    bool ok = false;
    document.open(QString::fromStdString(examplePath("online-shop.netpol.yaml")), &ok);
    return ok;
}

void waitForData(ReachabilityView &view)
{
    QSignalSpy spy(&view, &ReachabilityView::updated);
    view.refresh();
    ASSERT_TRUE(spy.wait(30000)) << "the matrix never came";
}

} // namespace

TEST(Reachability, CellsAreTheConnectionListOfEveryExample)
{
    const std::vector<std::string> examples = listFiles(examplePath(""), ".netpol.yaml");
    ASSERT_GE(examples.size(), 2u);
    for (const std::string &file : examples) {
        SCOPED_TRACE(file);
        Document document;
        bool ok = false;
        document.open(QString::fromStdString(file), &ok);
        ASSERT_TRUE(ok);
        const Expected expected = connectionList(document.design());
        ReachabilityView view(&document);
        waitForData(view);
        ReachabilityModel *model = view.model();
        const ReachabilityData *d = model->reachability();
        ASSERT_EQ(model->rowCount(), int(expected.workloads.size() + expected.addressSets));
        ASSERT_EQ(model->columnCount(), model->rowCount());
        int allowed = 0;
        int denied = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex cell = model->index(r, c);
                const auto from = keyOf(*d, model->endpointOfRow(r));
                const auto to = keyOf(*d, model->endpointOfColumn(c));
                if (from == to) {
                    EXPECT_FALSE(cell.data(ReachabilityModel::kAllowedRole).isValid());
                    continue;
                }
                const auto it = expected.cells.find({from, to});
                const bool isAllowed = cell.data(ReachabilityModel::kAllowedRole).toBool();
                ASSERT_EQ(isAllowed, it != expected.cells.end()) << from << " -> " << to;
                const QString text = cell.data().toString();
                if (isAllowed) {
                    ++allowed;
                    // The ports, and a sign that says it without colour.
                    const std::string ports = it->second.isAll()
                        ? "all" : connectionPortsText(it->second);
                    EXPECT_EQ(text.toStdString(), "✓ " + ports);
                } else {
                    ++denied;
                    EXPECT_EQ(text, QStringLiteral("✗"));
                    EXPECT_EQ(cell.data(Qt::BackgroundRole).value<QBrush>().style(),
                              Qt::BDiagPattern) << "denied is hatched, not only coloured";
                }
            }
        }
        EXPECT_EQ(allowed, int(expected.cells.size()));
        EXPECT_GT(denied, 0);
    }
}

TEST(Reachability, OnePortModeAgreesWithTheListsPorts)
{
    Document document;
    ASSERT_TRUE(openShop(document));
    const Expected expected = connectionList(document.design());
    ReachabilityView view(&document);
    waitForData(view);
    view.setPort(MatrixPort{5432, Protocol::TCP});
    ReachabilityModel *model = view.model();
    int allowed = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const auto from = keyOf(*model->reachability(), model->endpointOfRow(r));
            const auto to = keyOf(*model->reachability(), model->endpointOfColumn(c));
            if (from == to)
                continue;
            const auto it = expected.cells.find({from, to});
            const bool want = it != expected.cells.end() && it->second.contains(5432, Protocol::TCP);
            const QModelIndex cell = model->index(r, c);
            ASSERT_EQ(cell.data(ReachabilityModel::kAllowedRole).toBool(), want) << from << " -> " << to;
            EXPECT_EQ(cell.data().toString(), want ? QStringLiteral("✓") : QStringLiteral("✗"));
            allowed += want;
        }
    }
    EXPECT_GT(allowed, 0) << "the example's database is reachable on 5432 from somewhere";
    view.setPort(std::nullopt);
    EXPECT_FALSE(model->port());
}

TEST(Reachability, FiltersByNamespaceAndExplainsACell)
{
    Document document;
    ASSERT_TRUE(openShop(document));
    ReachabilityView view(&document);
    waitForData(view);
    ReachabilityModel *model = view.model();
    view.setRowFilter(QStringLiteral("payments"));
    view.setColumnFilter(QStringLiteral("data"));
    ASSERT_GT(model->rowCount(), 0);
    ASSERT_GT(model->columnCount(), 0);
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_EQ(model->reachability()->namespaceOf(model->endpointOfRow(r)), QStringLiteral("payments"));
    for (int c = 0; c < model->columnCount(); ++c)
        EXPECT_EQ(model->reachability()->namespaceOf(model->endpointOfColumn(c)), QStringLiteral("data"));
    const int row = model->rowOf(QStringLiteral("payments/payment-api"));
    const int column = model->columnOf(QStringLiteral("data/postgres"));
    ASSERT_GE(row, 0);
    ASSERT_GE(column, 0);
    const QModelIndex cell = model->index(row, column);
    ASSERT_TRUE(cell.data(ReachabilityModel::kAllowedRole).toBool());

    // The reasons are the model's explanation of the connection, one line per side.
    const ReachabilityData *d = model->reachability();
    const Cluster cluster = buildCluster(designManifests(document.design(), "design"));
    const PolicyEvaluator evaluator(cluster.policies);
    const auto lines = explainConnectionLines(cluster, evaluator, d->endpoint(model->endpointOfRow(row)),
                                              d->endpoint(model->endpointOfColumn(column)),
                                              *d->ports(model->endpointOfRow(row), model->endpointOfColumn(column)),
                                              true);
    ASSERT_GE(lines.size(), 2u);
    view.table()->setCurrentIndex(cell);
    const QString shown = view.explanationView()->toPlainText();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("payments/payment-api → data/postgres: allowed"))) << shown.toStdString();
    for (const std::string &line : lines)
        EXPECT_TRUE(shown.contains(QString::fromStdString(line))) << line;

    // Double-click: the flow drawn between them.
    QSignalSpy activated(&view, &ReachabilityView::elementsActivated);
    emit view.table()->doubleClicked(cell);
    ASSERT_EQ(activated.size(), 1);
    const auto elements = activated.front().at(0).value<QList<ElementRef>>();
    ASSERT_EQ(elements.size(), 1);
    ASSERT_EQ(elements.front().kind, ElementRef::Kind::Flow);
    const Flow &flow = document.design().flows[std::size_t(elements.front().index)];
    EXPECT_EQ(flow.from.toString(), "payments/payment-api");
    EXPECT_EQ(flow.to.toString(), "data/postgres");

    // The addresses outside the cluster are rows too; an external names its set.
    view.setRowFilter(ReachabilityModel::addressesFilter());
    ASSERT_GT(model->rowCount(), 0);
    bool named = false;
    for (int r = 0; r < model->rowCount(); ++r)
        named |= model->headerData(r, Qt::Vertical).toString().startsWith(QStringLiteral("external/"));
    EXPECT_TRUE(named);
}

TEST(Reachability, FollowsTheDesign)
{
    Document document;
    ASSERT_TRUE(openShop(document));
    ReachabilityView view(&document);
    waitForData(view);
    const int before = int(view.model()->reachability()->connectionCount());
    // Deleting a flow removes its connection once the worker has recomputed.
    const int flow = flowTo(document.design(), "data/postgres");
    ASSERT_GE(flow, 0);
    deleteFlow(document, flow);
    waitForData(view);
    EXPECT_LT(int(view.model()->reachability()->connectionCount()), before);
}
