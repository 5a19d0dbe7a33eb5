#include "demodata.h"

#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "services/stockservice.h"
#include "common/clock.h"

#include <QFile>

namespace sd {

namespace {

// Stock and documents in every status, so each dock has something to show.
Result<void> fillDocuments(storage::Database& db)
{
    const QDate today = Clock::instance().today();
    StockService stock(db);
    for (const auto* sku : {"KAFFE-1KG", "KOPP-HVIT", "TERMOS-1L", "FILTER-100", "KVERN-EL"}) {
        auto product = MasterDataService(db).product(QString::fromLatin1(sku));
        if (!product)
            return product.error();
        SD_TRY(stock.receive(product->sku, Quantity::fromUnits(40), product->cost, today.addDays(-120)));
    }
    SalesService sales(db);
    auto line = [](const char* sku, qint64 units) {
        LineInput in;
        in.sku = QString::fromLatin1(sku);
        in.quantity = Quantity::fromUnits(units);
        return in;
    };
    auto newDoc = [&](DocumentType type, qint64 customer, std::initializer_list<LineInput> lines,
                      const QString& reference) -> Result<qint64> {
        auto id = sales.create(type, customer);
        if (!id)
            return id;
        HeaderChange h;
        h.yourReference = reference;
        SD_TRY(sales.setHeader(*id, h));
        for (const auto& l : lines)
            SD_TRY(sales.addLine(*id, l));
        return id;
    };
    // Quotes: draft, sent, rejected, and one accepted into an order.
    SD_TRY(newDoc(DocumentType::Quote, 10002, {line("KVERN-EL", 2), line("MONTERING", 3)}, QStringLiteral("Ny butikk")));
    auto sentQuote = newDoc(DocumentType::Quote, 10004, {line("STARTSETT", 4)}, QStringLiteral("Kantine"));
    if (!sentQuote)
        return sentQuote.error();
    SD_TRY(sales.sendQuote(*sentQuote));
    auto rejected = newDoc(DocumentType::Quote, 10005, {line("TERMOS-1L", 1)}, QString());
    if (!rejected)
        return rejected.error();
    SD_TRY(sales.rejectQuote(*rejected));
    auto accepted = newDoc(DocumentType::Quote, 10001, {line("KAFFE-1KG", 12), line("FILTER-100", 6)}, QStringLiteral("Uke 48"));
    if (!accepted)
        return accepted.error();
    SD_TRY(sales.sendQuote(*accepted));
    auto order = sales.acceptQuote(*accepted, DocumentType::Order);
    if (!order)
        return order.error();
    SD_TRY(sales.confirmOrder(*order));
    // A partly shipped order waiting for the rest.
    auto ship = sales.createShipment(*order);
    if (!ship)
        return ship.error();
    SD_TRY(sales.pick(*ship, QStringLiteral("KAFFE-1KG"), Quantity::fromUnits(8)));
    SD_TRY(sales.pick(*ship, QStringLiteral("FILTER-100"), Quantity::fromUnits(6)));
    SD_TRY(sales.sendShipment(*ship));
    // A draft order and a confirmed one ready for picking.
    SD_TRY(newDoc(DocumentType::Order, 10003, {line("KOPP-HVIT", 24)}, QString()));
    auto ready = newDoc(DocumentType::Order, 10002, {line("STARTSETT", 2), line("KAFFE-1KG", 4)}, QStringLiteral("Åpning"));
    if (!ready)
        return ready.error();
    SD_TRY(sales.confirmOrder(*ready));
    SD_TRY(sales.createShipment(*ready));
    // Invoices: one booked and paid, one overdue with a reminder, one draft, and a credit note.
    auto delivered = newDoc(DocumentType::Order, 10004, {line("TERMOS-1L", 5), line("KOPP-HVIT", 10)}, QStringLiteral("PO-7781"));
    if (!delivered)
        return delivered.error();
    SD_TRY(sales.confirmOrder(*delivered));
    auto ship2 = sales.createShipment(*delivered);
    if (!ship2)
        return ship2.error();
    SD_TRY(sales.pickAll(*ship2));
    SD_TRY(sales.sendShipment(*ship2));
    auto invoice = sales.invoiceOrder(*delivered, true);
    if (!invoice)
        return invoice.error();
    auto number = sales.book(*invoice);
    if (!number)
        return number.error();
    auto view = sales.view(*invoice);
    if (!view)
        return view.error();
    SD_TRY(sales.registerPayment(*number, view->amountDue));
    auto overdue = newDoc(DocumentType::Invoice, 10001, {line("MONTERING", 4)}, QStringLiteral("Service oktober"));
    if (!overdue)
        return overdue.error();
    HeaderChange past;
    past.date = today.addDays(-40);
    SD_TRY(sales.setHeader(*overdue, past));
    auto overdueNumber = sales.book(*overdue);
    if (!overdueNumber)
        return overdueNumber.error();
    SD_TRY(sales.remind(*overdueNumber));
    auto credited = newDoc(DocumentType::Invoice, 10003, {line("KVERN-EL", 2), line("FILTER-100", 3)}, QString());
    if (!credited)
        return credited.error();
    auto creditedNumber = sales.book(*credited, BookOptions{std::nullopt, true, false});
    if (!creditedNumber)
        return creditedNumber.error();
    auto creditNote = sales.credit(*creditedNumber, {{1, Quantity::fromUnits(1)}}, true, false);
    if (!creditNote)
        return creditNote.error();
    SD_TRY(sales.book(*creditNote));
    SD_TRY(newDoc(DocumentType::Invoice, 10005, {line("KAFFE-1KG", 1), line("KOPP-HVIT", 2)}, QString()));
    return {};
}

} // namespace

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
        return fillDocuments(db);
    };
    if (auto r = fill(); !r) {
        created->reset();
        QFile::remove(path);
        return r.error();
    }
    return created;
}

} // namespace sd
