#include "mainwindow.h"
#include "services/masterdataservice.h"
#include "support/tempcompany.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

// The ui tests need a QApplication (overrides the weak default in testmain.cpp).
QCoreApplication* sdCreateTestApplication(int& argc, char** argv)
{
    return new QApplication(argc, argv);
}

using namespace sd;

TEST_CASE("the main window shows one dock per document type and the company", "[ui]")
{
    test::TempCompany c;
    Customer k;
    k.name = QStringLiteral("Bryggen Kafé AS");
    REQUIRE(MasterDataService(*c.db).addCustomer(k));
    ui::MainWindow w(std::move(c.db));
    w.show();
    QStringList names;
    for (auto* dock : w.docks())
        names << dock->objectName();
    for (const char* expected : {"quotesDock", "ordersDock", "shipmentsDock", "invoicesDock", "customersDock", "productsDock"})
        CHECK(names.contains(QString::fromLatin1(expected)));
    auto* productsDock = w.findChild<QDockWidget*>(QStringLiteral("productsDock"));
    REQUIRE(productsDock);
    CHECK(productsDock->windowTitle() == QStringLiteral("Products and stock"));
    CHECK(productsDock->toggleViewAction()->text() == QStringLiteral("Products and stock"));
    // No dock title holds a mnemonic marker: a tab shows "&" as an underline under the next letter.
    for (auto* dock : w.findChildren<QDockWidget*>())
        CHECK_FALSE(dock->windowTitle().contains(u'&'));
    auto* label = w.findChild<QLabel*>(QStringLiteral("companyStatusLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Testfirma AS")));

    auto* search = w.findChild<QLineEdit*>(QStringLiteral("customerSearchLineEdit"));
    auto* table = w.findChild<QTableView*>(QStringLiteral("customerTableView"));
    REQUIRE(search);
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 1);
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTest::keyClick(search, Qt::Key_Return); // applies without waiting for the typing delay
    CHECK(table->model()->rowCount() == 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Bryggen"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(table->model()->rowCount() == 1);
}
