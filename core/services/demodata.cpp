#include "demodata.h"

#include "services/companyservice.h"
#include "services/masterdataservice.h"

#include <QFile>

namespace sd {

Result<std::unique_ptr<storage::Database>> DemoData::create(const QString& path)
{
    CompanySetup setup;
    setup.name = QStringLiteral("Fjordhandel AS");
    setup.orgnr = QStringLiteral("923609016");
    setup.form = QStringLiteral("AS");
    setup.vatRegistered = true;
    setup.stockPrinciple = StockPrinciple::Average;
    auto created = CompanyService::createCompany(path, setup);
    if (!created)
        return created;
    auto& db = **created;
    auto fill = [&]() -> Result<void> {
        CompanyService company(db);
        const QList<QPair<QString, QString>> settings = {
            {QStringLiteral("company.address"), QStringLiteral("Strandgata 12")},
            {QStringLiteral("company.postcode"), QStringLiteral("5013")},
            {QStringLiteral("company.city"), QStringLiteral("Bergen")},
            {QStringLiteral("company.email"), QStringLiteral("post@fjordhandel.example")},
            {QStringLiteral("company.phone"), QStringLiteral("+47 55 00 00 00")},
            {QStringLiteral("company.bank_account"), QStringLiteral("1503.00.00002")},
            {QStringLiteral("company.iban"), QStringLiteral("NO9386011117947")},
            {QStringLiteral("company.bic"), QStringLiteral("DNBANOKK")},
        };
        for (const auto& [k, v] : settings)
            SD_TRY(company.setSetting(k, v));

        MasterDataService master(db);
        struct C { const char* name; const char* orgnr; const char* city; const char* email; };
        const C customers[] = {
            {"Bryggen Kafé AS", "987654325", "Bergen", "innkjop@bryggenkafe.example"},
            {"Nordlys Interiør AS", "812345672", "Tromsø", "post@nordlys.example"},
            {"Ærlig & Søn ANS", "", "Stavanger", "ordre@aerlig.example"},
            {"Hansen Byggvare AS", "999999999", "Oslo", "faktura@hansenbygg.example"},
            {"Kari Nordmann", "", "Trondheim", "kari@example.com"},
        };
        for (const auto& c : customers) {
            Customer customer;
            customer.name = QString::fromUtf8(c.name);
            customer.orgnr = QString::fromUtf8(c.orgnr);
            customer.billing.street = QStringLiteral("Storgata 1");
            customer.billing.postcode = QStringLiteral("0155");
            customer.billing.city = QString::fromUtf8(c.city);
            customer.email = QString::fromUtf8(c.email);
            customer.customerGroup = QStringLiteral("domestic");
            auto added = master.addCustomer(customer);
            if (!added)
                return added.error();
        }
        struct P { const char* sku; const char* name; const char* price; const char* cost; const char* ean; const char* vat; const char* group; const char* location; };
        const P products[] = {
            {"KAFFE-1KG", "Kaffe, hele bønner 1 kg", "189.00", "92.50", "7038010069307", "31", "goods", "A-01"},
            {"KOPP-HVIT", "Kaffekopp, hvit porselen", "79.00", "31.20", "7040514501016", "3", "goods", "B-04"},
            {"TERMOS-1L", "Termos 1 liter, stål", "349.00", "160.00", "7311250004360", "3", "goods", "B-07"},
            {"FILTER-100", "Kaffefilter str. 4, 100 stk", "39.00", "12.00", "4006508126705", "3", "goods", "A-03"},
            {"KVERN-EL", "Kaffekvern, elektrisk", "899.00", "455.00", "5701234567899", "3", "goods", "C-01"},
            {"MONTERING", "Montering og opplæring, per time", "950.00", "0", "", "3", "services", ""},
        };
        for (const auto& p : products) {
            Product product;
            product.sku = QString::fromUtf8(p.sku);
            product.name = QString::fromUtf8(p.name);
            product.price = UnitPrice::parse(QString::fromUtf8(p.price)).value_or(UnitPrice());
            product.cost = UnitPrice::parse(QString::fromUtf8(p.cost)).value_or(UnitPrice());
            product.ean = QString::fromUtf8(p.ean);
            product.vatCode = QString::fromUtf8(p.vat);
            product.productGroup = QString::fromUtf8(p.group);
            product.location = QString::fromUtf8(p.location);
            if (product.sku == QStringLiteral("MONTERING")) {
                product.stockTracked = false;
                product.unit = QStringLiteral("t");
            }
            auto added = master.addProduct(product);
            if (!added)
                return added.error();
        }
        Product bundle;
        bundle.sku = QStringLiteral("STARTSETT");
        bundle.name = QStringLiteral("Startsett kaffe (kvern, termos, 2 kopper)");
        bundle.price = UnitPrice::parse(QStringLiteral("1299.00")).value_or(UnitPrice());
        bundle.productGroup = QStringLiteral("goods");
        auto b = master.addBundle(bundle,
                                  {{QStringLiteral("KVERN-EL"), Quantity::fromUnits(1)},
                                   {QStringLiteral("TERMOS-1L"), Quantity::fromUnits(1)},
                                   {QStringLiteral("KOPP-HVIT"), Quantity::fromUnits(2)}});
        if (!b)
            return b.error();
        return {};
    };
    if (auto r = fill(); !r) {
        created->reset();
        QFile::remove(path);
        return r.error();
    }
    return created;
}

} // namespace sd
