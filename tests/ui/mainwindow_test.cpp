#include "mainwindow.h"
#include "services/masterdataservice.h"
#include "support/tempcompany.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
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
    auto* label = w.findChild<QLabel*>(QStringLiteral("companyStatusLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Testfirma AS")));

    auto* search = w.findChild<QLineEdit*>(QStringLiteral("customerSearchLineEdit"));
    auto* table = w.findChild<QTableWidget*>(QStringLiteral("customersTableWidget"));
    REQUIRE(search);
    REQUIRE(table);
    CHECK(table->rowCount() == 1);
    QTest::keyClicks(search, QStringLiteral("zzz"));
    CHECK(table->rowCount() == 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Bryggen"));
    CHECK(table->rowCount() == 1);
}
