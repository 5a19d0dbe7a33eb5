// Free-text search in the main window's document docks on the demo company: typed words find
// documents by line text and by a customer name with æ/ø, the dock shows what the query finds,
// and the search box says what it searches. With SD_GRAB_DIR set, the filtered main window is
// saved as search-dock.png there (for looking at it, not for asserting).

#include "common/preferences.h"
#include "mainwindow.h"
#include "models/documentlistmodel.h"
#include "services/demodata.h"
#include "storage/documentlistquery.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::ui;

namespace {

template <typename T> T* child(QObject& parent, const QString& name)
{
    auto* w = parent.findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(w);
    return w;
}

void resetListPreferences()
{
    for (const auto* p : { &prefs::quoteListFilter,
             &prefs::orderListFilter,
             &prefs::shipmentListFilter,
             &prefs::invoiceListFilter })
        p->reset();
}

QSet<qint64> shownIds(QTableView* table)
{
    auto* model = qobject_cast<DocumentListModel*>(table->model());
    REQUIRE(model);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->documentId(row));
    return ids;
}

} // namespace

TEST_CASE("typing words in a document dock finds documents by line text and customer",
    "[ui][lists][search]")
{
    resetListPreferences();
    QTemporaryDir dir;
    auto db = DemoData::create(dir.filePath(QStringLiteral("demo.sdk")));
    REQUIRE(db);
    storage::Database& file = **db;
    MainWindow w(std::move(*db));
    w.resize(1400, 900);
    w.show();

    auto* search = child<QLineEdit>(w, QStringLiteral("invoiceSearchLineEdit"));
    auto* table = child<QTableView>(w, QStringLiteral("invoiceTableView"));
    CHECK(search->placeholderText().contains(QStringLiteral("line text")));
    CHECK(search->toolTip().contains(QStringLiteral("reference")));
    const QSet<qint64> all = shownIds(table);

    auto expected = [&](const QString& text) {
        storage::DocumentListFilter f;
        f.types = { DocumentType::Invoice, DocumentType::CreditNote };
        f.search = text;
        QSet<qint64> ids;
        for (const auto& r : storage::DocumentListQuery(file).page(f, {}, 1000).value())
            ids.insert(r.id);
        return ids;
    };
    for (const QString& text : { QStringLiteral("termos"), QStringLiteral("KAFFE-1"),
             QStringLiteral("ærlig"), QStringLiteral("nordlys interi"),
             QStringLiteral("\"kaffe OR"), QStringLiteral("ingen slik") }) {
        INFO(text.toStdString());
        search->clear();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return); // applies without the typing delay
        const QSet<qint64> shown = shownIds(table);
        CHECK(shown == expected(text));
        CHECK(shown.size() < all.size());
    }
    // æ is a letter of its own.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("aerlig"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(shownIds(table).isEmpty());

    // A word from the lines finds some invoices, not all.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("kaffe"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK_FALSE(shownIds(table).isEmpty());
    CHECK(shownIds(table).size() < all.size());
    if (qEnvironmentVariableIsSet("SD_GRAB_DIR")) {
        QWidget* dock = table;
        while (dock && !qobject_cast<QDockWidget*>(dock))
            dock = dock->parentWidget();
        if (dock)
            dock->raise(); // the Invoices tab in front
        QCoreApplication::processEvents();
        w.grab().save(QDir(qEnvironmentVariable("SD_GRAB_DIR")).filePath(
            QStringLiteral("search-dock.png")));
    }
    resetListPreferences();
}
