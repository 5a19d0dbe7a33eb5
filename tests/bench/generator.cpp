#include "generator.h"

#include "benchutil.h"
#include "common/clock.h"
#include "domain/checkdigits.h"
#include "services/batch.h"
#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "services/stockservice.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <deque>
#include <map>
#include <random>

namespace sd::bench {

namespace {

struct Preset
{
    qint64 documents;
    int customers;
    int products;
};

Preset presetNamed(const QString& name)
{
    if (name == QStringLiteral("small"))
        return {10'000, 400, 200};
    if (name == QStringLiteral("medium"))
        return {100'000, 2'000, 800};
    if (name == QStringLiteral("large"))
        return {1'000'000, 10'000, 3'000};
    die(QStringLiteral("unknown preset “%1” (small, medium or large)").arg(name));
}

// Word lists for names, '|'-separated so names may contain spaces.
QStringList words(const char* list)
{
    return QString::fromUtf8(list).split(u'|');
}
const QStringList kPlaces = words("Bryggen|Fjord|Nordlys|Vestland|Solsiden|Bergstad|Lofoten|Tromsø|Oslofjord|Havbris|"
                                  "Skogli|Fjellheim|Elvebakken|Strandvik|Dalsnes|Kystlinje|Midtby|Øyane");
const QStringList kTrades = words("Kafé|Bakeri|Handel|Bygg|Sport|Elektro|Interiør|Blomster|Fisk|Rør|Auto|Data|"
                                  "Regnskap|Hotell|Catering");
const QStringList kForms = words("AS|AS|AS|ANS|DA|ENK");
const QStringList kAdjectives = words("Klassisk|Robust|Lett|Stor|Liten|Grønn|Hvit|Sort|Premium|Basis");
const QStringList kNouns = words("kaffekopp|termos|hylle|lampe|kabel|hammer|pute|kaffe 500 g|skrue 100 stk|jakke|"
                                 "sekk|tallerken|vase|matte");

struct GenProduct
{
    QString sku;
    qint64 priceKr = 0;
    bool stock = true;
    bool bundle = false;
    QList<QPair<int, int>> components; // (product index, units per bundle)
};

struct GenLine
{
    int product = 0;
    int units = 0;
};

struct PendingPayment
{
    QDateTime at;
    qint64 invoiceId = 0;
    qint64 number = 0;
    bool partial = false;
};

class Generator
{
public:
    Generator(const GenerateOptions& options, storage::Database& db, FixedClock& clock)
        : m_options(options)
        , m_preset(presetNamed(options.preset))
        , m_rng(options.seed)
        , m_db(db)
        , m_clock(clock)
        , m_sales(db)
        , m_stock(db)
    {
        if (options.count > 0)
            m_preset.documents = options.count;
    }

    qint64 run();

private:
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform() < p; }
    QString pickOf(const QStringList& list) { return list.at(between(0, int(list.size()) - 1)); }

    void setup();
    void addCustomers();
    void addProducts();
    void flow();
    QList<GenLine> chooseLines();
    qint64 createWithLines(DocumentType type, qint64 customer, const QList<GenLine>& lines);
    void ensureStock(const QList<GenLine>& lines);
    void takeStock(int product, int units);
    void shipAndInvoice(qint64 orderId, const QList<GenLine>& lines);
    void bookInvoice(qint64 invoiceId, bool withShipment, bool mayCredit);
    void payDue();
    void advanceClock();
    bool stopEarly() { return m_progress > 0.99 && chance(0.25); } // the open working set

    const GenerateOptions& m_options;
    Preset m_preset;
    std::mt19937_64 m_rng;
    storage::Database& m_db;
    FixedClock& m_clock;
    SalesService m_sales;
    StockService m_stock;
    QList<qint64> m_customers;
    QList<GenProduct> m_products;
    QList<int> m_onHand; // units per product, mirrored so receipts come before shipments
    std::deque<PendingPayment> m_payments;
    qint64 m_documents = 0;
    double m_progress = 0;
    const QDateTime m_start{QDate(2015, 1, 2), QTime(8, 0)};
    const qint64 m_spanSecs = QDateTime(QDate(2015, 1, 2), QTime(8, 0)).secsTo(QDateTime(QDate(2024, 12, 30), QTime(16, 0)));
};

QString validOrgNr(std::mt19937_64& rng)
{
    for (;;) {
        QString base = QString::number(std::uniform_int_distribution<int>(80'000'000, 99'999'999)(rng));
        for (int check = 0; check <= 9; ++check) {
            const QString candidate = base + QString::number(check);
            if (checkdigits::isValidOrgNr(candidate))
                return candidate;
        }
    }
}

void Generator::setup()
{
    CompanyService company(m_db);
    const QList<QPair<QString, QString>> settings = {{QStringLiteral("company.address"), QStringLiteral("Bryggen 1")},
        {QStringLiteral("company.postcode"), QStringLiteral("5003")}, {QStringLiteral("company.city"), QStringLiteral("Bergen")},
        {QStringLiteral("company.bank_account"), QStringLiteral("12345678903")},
        {QStringLiteral("company.bic"), QStringLiteral("DNBANOKK")},
        {QStringLiteral("company.email"), QStringLiteral("post@tiaarhandel.no")}};
    for (const auto& [key, value] : settings)
        need(company.setSetting(key, value), QStringLiteral("setting ") + key);
}

void Generator::addCustomers()
{
    MasterDataService master(m_db);
    for (int i = 0; i < m_preset.customers; ++i) {
        Customer c;
        // One rare name, so a text search can be measured for a needle as well as a haystack.
        c.name = i == 7 ? QStringLiteral("Zebrafinke Sjeldenvik AS")
                        : pickOf(kPlaces) + u' ' + pickOf(kTrades) + u' ' + pickOf(kForms);
        c.orgnr = validOrgNr(m_rng);
        c.email = QStringLiteral("faktura%1@example.no").arg(i + 1);
        c.billing = {QStringLiteral("Gate %1").arg(between(1, 120)), QStringLiteral("%1").arg(between(1000, 9990)),
            pickOf(kPlaces), QStringLiteral("NO")};
        if (chance(0.2))
            c.paymentDays = 30;
        m_customers << need(master.addCustomer(c), QStringLiteral("customer")).number;
    }
}

void Generator::addProducts()
{
    MasterDataService master(m_db);
    const int bundles = qMax(2, m_preset.products / 20);
    for (int i = 0; i < m_preset.products; ++i) {
        GenProduct g;
        g.sku = QStringLiteral("P%1").arg(i + 1, 5, 10, QChar(u'0'));
        g.priceKr = between(49, 4999);
        g.stock = !chance(0.1); // a tenth are services (no stock)
        const bool bundle = i >= m_preset.products - bundles;
        Product p;
        p.sku = g.sku;
        p.name = pickOf(kAdjectives) + u' ' + pickOf(kNouns);
        p.price = UnitPrice::fromRaw(g.priceKr * UnitPrice::kScale);
        p.cost = UnitPrice::fromRaw(g.priceKr * UnitPrice::kScale * 55 / 100);
        p.stockTracked = g.stock;
        if (bundle) {
            g.bundle = true;
            g.stock = false;
            QList<QPair<QString, Quantity>> components;
            QSet<int> used;
            for (int c = between(2, 3); c > 0; --c) {
                int idx = between(0, m_preset.products - bundles - 1);
                if (!m_products[idx].stock || used.contains(idx))
                    continue;
                used.insert(idx);
                const int per = between(1, 2);
                g.components << qMakePair(idx, per);
                components << qMakePair(m_products[idx].sku, Quantity::fromUnits(per));
            }
            if (components.isEmpty()) {
                g.bundle = false;
                g.stock = true;
                need(master.addProduct(p), QStringLiteral("product"));
            } else {
                need(master.addBundle(p, components), QStringLiteral("bundle"));
            }
        } else {
            need(master.addProduct(p), QStringLiteral("product"));
        }
        m_products << g;
        m_onHand << 0;
    }
}

QList<GenLine> Generator::chooseLines()
{
    // Distinct products per document, and no product both alone and inside a bundle: picking
    // is by SKU, and the generator picks exact quantities.
    QList<GenLine> lines;
    QSet<int> used;
    for (int n = between(1, 9); n > 0; --n) {
        // Popular products sell more: a skewed choice.
        const int idx = int(std::pow(uniform(), 2.0) * m_products.size());
        const GenProduct& p = m_products[idx];
        bool clash = used.contains(idx);
        for (const auto& c : p.components)
            clash = clash || used.contains(c.first);
        if (clash)
            continue;
        used.insert(idx);
        for (const auto& c : p.components)
            used.insert(c.first);
        lines << GenLine{idx, between(1, 10)};
    }
    if (lines.isEmpty())
        lines << GenLine{0, 1};
    return lines;
}

qint64 Generator::createWithLines(DocumentType type, qint64 customer, const QList<GenLine>& lines)
{
    // The whole document in one service call (SalesService::createWithLines), as an import or
    // a pasted order makes it: header written once with its totals, one log entry for the lines.
    QList<LineInput> inputs;
    for (const GenLine& l : lines) {
        LineInput in;
        in.sku = m_products[l.product].sku;
        in.quantity = Quantity::fromUnits(l.units);
        inputs << in;
    }
    if (chance(0.05)) {
        LineInput text;
        text.kind = LineKind::Text;
        text.text = QStringLiteral("Levering etter avtale.");
        inputs << text;
    }
    const qint64 id = need(m_sales.createWithLines(type, customer, inputs), QStringLiteral("create with lines"));
    ++m_documents;
    return id;
}

void Generator::takeStock(int product, int units)
{
    const GenProduct& p = m_products[product];
    if (p.bundle) {
        for (const auto& [c, per] : p.components)
            m_onHand[c] -= units * per;
    } else if (p.stock) {
        m_onHand[product] -= units;
    }
}

void Generator::ensureStock(const QList<GenLine>& lines)
{
    std::map<int, int> needed; // ordered: the random lot sizes are drawn in a fixed order
    for (const GenLine& l : lines) {
        const GenProduct& p = m_products[l.product];
        if (p.bundle)
            for (const auto& [c, per] : p.components)
                needed[c] += l.units * per;
        else if (p.stock)
            needed[l.product] += l.units;
    }
    for (const auto& [product, units] : needed) {
        if (m_onHand[product] >= units)
            continue;
        const int lot = units + between(50, 300);
        const GenProduct& p = m_products[product];
        need(m_stock.receive(p.sku, Quantity::fromUnits(lot), UnitPrice::fromRaw(p.priceKr * UnitPrice::kScale / 2)),
            QStringLiteral("receipt"));
        m_onHand[product] += lot;
    }
}

void Generator::bookInvoice(qint64 invoiceId, bool withShipment, bool mayCredit)
{
    BookOptions options;
    options.withShipment = withShipment;
    const qint64 number = need(m_sales.book(invoiceId, options), QStringLiteral("book"));
    if (withShipment)
        ++m_documents;
    if (mayCredit && chance(0.04)) {
        // Credit notes: half of them a goodwill credit of one unit of line 1, half the whole rest.
        QList<CreditLineInput> credit;
        if (chance(0.5))
            credit << CreditLineInput{1, Quantity::fromUnits(1)};
        const qint64 cn = need(m_sales.credit(number, credit, false, false), QStringLiteral("credit"));
        ++m_documents;
        need(m_sales.book(cn), QStringLiteral("book credit note"));
        if (credit.isEmpty())
            return; // fully credited: nothing to pay
    }
    if (chance(0.03))
        return; // never paid (reminders and collection are someone else's benchmark)
    const int days = between(5, 40);
    m_payments.push_back({m_clock.now().addDays(days), invoiceId, number, chance(0.04)});
}

void Generator::payDue()
{
    while (!m_payments.empty() && m_payments.front().at <= m_clock.now()) {
        const PendingPayment p = m_payments.front();
        m_payments.pop_front();
        const DocumentView v = need(m_sales.view(p.invoiceId), QStringLiteral("view invoice"));
        Money amount = v.amountDue;
        if (p.partial)
            amount = Money::fromMinor(amount.minor() / 2);
        if (!amount.isZero() && !amount.isNegative())
            need(m_sales.registerPayment(p.number, amount), QStringLiteral("payment"));
    }
}

void Generator::shipAndInvoice(qint64 orderId, const QList<GenLine>& lines)
{
    bool shippable = false;
    for (const GenLine& l : lines)
        shippable = shippable || m_products[l.product].stock || m_products[l.product].bundle;
    if (!shippable) {
        const qint64 inv = need(m_sales.invoiceOrder(orderId, false), QStringLiteral("invoice order"));
        ++m_documents;
        if (!stopEarly())
            bookInvoice(inv, false, true);
        return;
    }
    ensureStock(lines);
    const bool partial = chance(0.3);
    const qint64 first = need(m_sales.createShipment(orderId), QStringLiteral("shipment"));
    ++m_documents;
    if (stopEarly())
        return;
    if (partial) {
        // Half of every product line now (at least one), bundles complete; the rest later.
        const DocumentView s = need(m_sales.view(first), QStringLiteral("view shipment"));
        QHash<QString, int> pickedUnits;
        QList<PickInput> picks; // one call for the whole pick list
        bool restLeft = false;
        for (const DocumentLine& l : s.document.lines) {
            if (l.kind != LineKind::Product)
                continue;
            const int units = int(l.quantity.milli() / Quantity::kScale);
            const int now = l.parentLineId ? units : (units + 1) / 2;
            restLeft = restLeft || now < units;
            picks << PickInput{l.sku, Quantity::fromUnits(now)};
            pickedUnits[l.sku] += now;
        }
        need(m_sales.pick(first, picks), QStringLiteral("pick"));
        need(m_sales.sendShipment(first), QStringLiteral("send shipment"));
        for (auto it = pickedUnits.cbegin(); it != pickedUnits.cend(); ++it)
            m_onHand[it.key().mid(1).toInt() - 1] -= it.value();
        const qint64 inv = need(m_sales.invoiceOrder(orderId, true), QStringLiteral("invoice shipped"));
        ++m_documents;
        bookInvoice(inv, false, !restLeft);
        if (!restLeft)
            return; // single units only: everything went at once
        m_clock.set(m_clock.now().addSecs(between(1, 5) * 3600));
        const qint64 rest = need(m_sales.createShipment(orderId), QStringLiteral("rest shipment"));
        ++m_documents;
        const DocumentView r = need(m_sales.view(rest), QStringLiteral("view rest shipment"));
        for (const DocumentLine& l : r.document.lines)
            if (l.kind == LineKind::Product)
                m_onHand[l.sku.mid(1).toInt() - 1] -= int(l.quantity.milli() / Quantity::kScale);
        need(m_sales.pickAll(rest), QStringLiteral("pick all"));
        need(m_sales.sendShipment(rest), QStringLiteral("send rest"));
        const qint64 inv2 = need(m_sales.invoiceOrder(orderId, true), QStringLiteral("invoice rest"));
        ++m_documents;
        bookInvoice(inv2, false, false);
        return;
    }
    need(m_sales.pickAll(first), QStringLiteral("pick all"));
    need(m_sales.sendShipment(first), QStringLiteral("send shipment"));
    for (const GenLine& l : lines)
        takeStock(l.product, l.units);
    const qint64 inv = need(m_sales.invoiceOrder(orderId, false), QStringLiteral("invoice order"));
    ++m_documents;
    if (!stopEarly())
        bookInvoice(inv, false, true);
}

void Generator::flow()
{
    const qint64 customer = m_customers.at(int(std::pow(uniform(), 1.6) * m_customers.size()));
    const QList<GenLine> lines = chooseLines();
    const double kind = uniform();
    qint64 orderId = 0;
    if (kind < 0.35) {
        const qint64 quote = createWithLines(DocumentType::Quote, customer, lines);
        if (stopEarly())
            return;
        need(m_sales.sendQuote(quote), QStringLiteral("send quote"));
        const double answer = uniform();
        if (answer < 0.40) {
            need(m_sales.rejectQuote(quote), QStringLiteral("reject quote"));
            return;
        }
        if (answer < 0.45)
            return; // no answer: the quote expires
        orderId = need(m_sales.acceptQuote(quote, DocumentType::Order), QStringLiteral("accept quote"));
        ++m_documents;
    } else if (kind < 0.88) {
        orderId = createWithLines(DocumentType::Order, customer, lines);
    } else {
        // Counter sale: an invoice straight away, shipped when booked.
        const qint64 inv = createWithLines(DocumentType::Invoice, customer, lines);
        if (stopEarly())
            return;
        ensureStock(lines);
        bool shippable = false;
        for (const GenLine& l : lines) {
            shippable = shippable || m_products[l.product].stock || m_products[l.product].bundle;
            takeStock(l.product, l.units);
        }
        bookInvoice(inv, shippable, true);
        return;
    }
    if (stopEarly())
        return;
    need(m_sales.confirmOrder(orderId), QStringLiteral("confirm order"));
    if (stopEarly())
        return;
    shipAndInvoice(orderId, lines);
}

void Generator::advanceClock()
{
    m_progress = double(m_documents) / double(m_preset.documents);
    const QDateTime at = m_start.addSecs(qint64(double(m_spanSecs) * qMin(1.0, m_progress)));
    if (at > m_clock.now())
        m_clock.set(at);
}

qint64 Generator::run()
{
    setup();
    // Any failed call stops the generator, so the calls need no savepoints of their own.
    Batch batch(m_db, m_options.commitEvery, Batch::Calls::AllOrNothing);
    need(batch.begin(), QStringLiteral("batch"));
    addCustomers();
    addProducts();
    need(batch.checkpoint(), QStringLiteral("commit"));
    Stopwatch progress;
    Stopwatch total;
    while (m_documents < m_preset.documents) {
        advanceClock();
        payDue();
        flow();
        need(batch.step(), QStringLiteral("commit"));
        if (progress.ms() > 2000) {
            progress.restart();
            std::fprintf(stderr, "generate: %lld / %lld documents (%.0f%%), %.0f docs/s\n", m_documents,
                m_preset.documents, 100.0 * m_progress, double(m_documents) / (total.ms() / 1000.0));
        }
    }
    need(batch.commit(), QStringLiteral("commit"));
    return m_documents;
}

} // namespace

GenerateResult generate(const GenerateOptions& options)
{
    if (options.out.isEmpty())
        die(QStringLiteral("generate needs --out FILE.sdk"));
    if (QFileInfo::exists(options.out))
        die(QStringLiteral("%1 exists already; generate writes a new file").arg(options.out));
    static FixedClock clock(QDateTime(QDate(2015, 1, 2), QTime(8, 0)));
    Clock::setInstance(&clock);
    Stopwatch watch;
    GenerateResult result;
    {
        CompanySetup setup;
        setup.name = QStringLiteral("Ti År Handel AS");
        setup.orgnr = QStringLiteral("923609016");
        setup.vatRegistered = true;
        auto db = need(CompanyService::createCompany(options.out, setup), QStringLiteral("create company"));
        Generator g(options, *db, clock);
        result.documents = g.run();
    } // closing checkpoints the WAL into the file: part of the cost
    result.seconds = watch.ms() / 1000.0;
    Clock::setInstance(nullptr);

    QJsonObject side;
    side.insert(QStringLiteral("preset"), options.preset);
    side.insert(QStringLiteral("seed"), QString::number(options.seed));
    side.insert(QStringLiteral("documents"), result.documents);
    side.insert(QStringLiteral("seconds"), round2(result.seconds));
    side.insert(QStringLiteral("generate_docs_per_s"), round2(double(result.documents) / result.seconds));
    side.insert(QStringLiteral("commit_every_flows"), options.commitEvery);
    QFile f(sidecarPath(options.out));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(f.fileName()));
    f.write(QJsonDocument(side).toJson());
    std::fprintf(stderr, "generate: %lld documents in %.1f s (%.0f docs/s) → %s\n", result.documents, result.seconds,
        double(result.documents) / result.seconds, qPrintable(options.out));
    return result;
}

} // namespace sd::bench
