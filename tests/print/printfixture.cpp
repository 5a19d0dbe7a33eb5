#include "printfixture.h"

#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "services/stockservice.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace sd::test {

namespace {

QString runPdftotext(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    out.replace(QChar(0x00A0), u' ');
    out.replace(QChar(0x202F), u' ');
    return out;
}

QString unescape(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

} // namespace

QString pdfText(const QString& pdf)
{
    return runPdftotext({ QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

QString pdfRawText(const QString& pdf)
{
    return runPdftotext({ QStringLiteral("-raw"), pdf, QStringLiteral("-") });
}

QList<PdfWord> pdfWords(const QString& pdf, QList<PdfPage>* pages)
{
    const QString html = runPdftotext({ QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    static const QRegularExpression pageRe(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int page = -1;
    for (const QString& line : html.split(u'\n')) {
        if (auto m = pageRe.match(line); m.hasMatch()) {
            ++page;
            if (pages)
                pages->append(PdfPage { m.captured(1).toDouble(), m.captured(2).toDouble() });
        } else if (auto w = wordRe.match(line); w.hasMatch()) {
            const qreal x0 = w.captured(1).toDouble(), y0 = w.captured(2).toDouble();
            words << PdfWord { page,
                QRectF(
                    QPointF(x0, y0), QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())),
                unescape(w.captured(5)) };
        }
    }
    return words;
}

QStringList overlappingWords(const QList<PdfWord>& words)
{
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const PdfWord& a = words[i];
            const PdfWord& b = words[j];
            if (a.page != b.page)
                continue;
            const QRectF both = a.box.intersected(b.box);
            // A hair of overlap is glyph metrics, not a layout fault.
            if (both.width() > 0.8 && both.height() > 0.8)
                out << QStringLiteral("page %1: “%2” overlaps “%3”")
                           .arg(a.page + 1)
                           .arg(a.text, b.text);
        }
    }
    return out;
}

QStringList wordsOffPage(const QList<PdfWord>& words, const QList<PdfPage>& pages)
{
    QStringList out;
    for (const PdfWord& w : words) {
        const PdfPage p = pages.value(w.page);
        if (w.box.left() < 0 || w.box.top() < 0 || w.box.right() > p.width
            || w.box.bottom() > p.height)
            out << QStringLiteral("page %1: “%2”").arg(w.page + 1).arg(w.text);
    }
    return out;
}

int occurrences(const QString& text, const QString& needle)
{
    return int(text.count(needle));
}

PrintShop::PrintShop()
    : clock(QDateTime(QDate(2025, 3, 3), QTime(10, 0)))
{
    Clock::setInstance(&clock);
    CompanyService company(*c.db);
    for (auto [k, v] : { std::pair { "company.address", "Strandgata 12" },
             std::pair { "company.postcode", "5013" },
             std::pair { "company.city", "Bergen" },
             std::pair { "company.bank_account", "15030000002" },
             std::pair { "company.iban", "NO9386011117947" },
             std::pair { "company.bic", "DNBANOKK" },
             std::pair { "invoice.kid", "mod10" } }) {
        INFO(k);
        REQUIRE_OK(company.setSetting(QString::fromLatin1(k), QString::fromLatin1(v)));
    }
    MasterDataService m(*c.db);
    Customer k;
    k.name = QStringLiteral("Bryggen Kafé AS");
    k.orgnr = QStringLiteral("987654325");
    k.billing.street = QStringLiteral("Bryggen 1");
    k.billing.postcode = QStringLiteral("5003");
    k.billing.city = QStringLiteral("Bergen");
    k.delivery.street = QStringLiteral("Lagerveien 9");
    k.delivery.postcode = QStringLiteral("5257");
    k.delivery.city = QStringLiteral("Kokstad");
    REQUIRE_OK(m.addCustomer(k));
    struct P
    {
        const char* sku;
        const char* name;
        const char* price;
        const char* location;
    };
    for (const P& p : { P { "KVERN", "Kaffekvern, elektrisk", "899", "C-01" },
             P { "KOPP", "Kaffekopp, hvit porselen", "79", "B-04" },
             P { "TERMOS", "Termos 1 liter", "349", "B-07" } }) {
        Product prod;
        prod.sku = QString::fromLatin1(p.sku);
        prod.name = QString::fromUtf8(p.name);
        prod.price = UnitPrice::parse(QString::fromLatin1(p.price)).value();
        prod.location = QString::fromLatin1(p.location);
        REQUIRE_OK(m.addProduct(prod));
        REQUIRE_OK(StockService(*c.db).receive(
            prod.sku, Quantity::fromUnits(1000), UnitPrice::parse(QStringLiteral("10")).value()));
    }
    Product set;
    set.sku = QStringLiteral("STARTSETT");
    set.name = QStringLiteral("Startsett (kvern, termos, 2 kopper)");
    set.price = UnitPrice::parse(QStringLiteral("1299")).value();
    REQUIRE_OK(m.addBundle(set,
        { { QStringLiteral("KVERN"), Quantity::fromUnits(1) },
            { QStringLiteral("TERMOS"), Quantity::fromUnits(1) },
            { QStringLiteral("KOPP"), Quantity::fromUnits(2) } }));
}

PrintShop::~PrintShop()
{
    Clock::setInstance(nullptr);
}

LineInput PrintShop::product(const char* sku, qint64 units) const
{
    LineInput in;
    in.sku = QString::fromLatin1(sku);
    in.quantity = Quantity::fromUnits(units);
    return in;
}

qint64 PrintShop::makeOrder()
{
    auto order = sales.create(DocumentType::Order, 10001);
    REQUIRE_OK(order);
    LineInput group;
    group.kind = LineKind::Group;
    group.text = QStringLiteral("Kaffeutstyr");
    REQUIRE_OK(sales.addLine(*order, group));
    REQUIRE_OK(sales.addLine(*order, product("KVERN", 1)));
    LineInput bundle = product("STARTSETT", 2);
    bundle.kind = LineKind::Bundle;
    REQUIRE_OK(sales.addLine(*order, bundle));
    LineInput cups = product("KOPP", 6);
    cups.discount = Percent::fromWhole(10);
    REQUIRE_OK(sales.addLine(*order, cups));
    LineInput text;
    text.kind = LineKind::Text;
    text.text = QStringLiteral("Levering avtales med butikksjef.");
    REQUIRE_OK(sales.addLine(*order, text));
    HeaderChange h;
    h.yourReference = QStringLiteral("Kari Kafé");
    h.ourReference = QStringLiteral("Ola");
    h.deliveryDate = QDate(2025, 3, 10);
    REQUIRE_OK(sales.setHeader(*order, h));
    REQUIRE_OK(sales.confirmOrder(*order));
    return *order;
}

} // namespace sd::test
