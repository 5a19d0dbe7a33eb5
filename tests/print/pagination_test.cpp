// Multi-page printouts: every line exactly once, "Page N of M", repeated table header, carried
// and brought forward sums, totals only on the last page — and fixtures with very long
// descriptions, a long payment-terms text and a four-line footer where no word overlaps
// another, leaves its page or goes missing.

#include "printfixture.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::test;

namespace {

QString withoutSpace(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

void requireClean(const QString& pdf)
{
    QList<PdfPage> pages;
    const QList<PdfWord> words = pdfWords(pdf, &pages);
    REQUIRE_FALSE(words.isEmpty());
    const QStringList overlaps = overlappingWords(words);
    INFO(overlaps.mid(0, 10).join(u'\n').toStdString());
    CHECK(overlaps.isEmpty());
    const QStringList off = wordsOffPage(words, pages);
    INFO(off.mid(0, 10).join(u'\n').toStdString());
    CHECK(off.isEmpty());
}

} // namespace

TEST_CASE("a 300-line invoice paginates with every line exactly once", "[print][pagination]")
{
    PrintShop s;
    auto inv = s.sales.create(DocumentType::Invoice, 10001);
    REQUIRE_OK(inv);
    for (int i = 1; i <= 300; ++i) {
        LineInput in = s.product("KOPP", i % 7 + 1);
        in.text = QStringLiteral("Artikkel-%1").arg(i, 3, 10, QChar(u'0'));
        REQUIRE_OK(s.sales.addLine(*inv, in));
    }
    REQUIRE_OK(s.sales.book(*inv));
    const QString pdf = s.pdf(QStringLiteral("long.pdf"));
    REQUIRE_OK(s.print.renderPdf(*inv, pdf));
    const QString text = pdfText(pdf);
    for (int i = 1; i <= 300; ++i) {
        const QString needle = QStringLiteral("Artikkel-%1").arg(i, 3, 10, QChar(u'0'));
        INFO(needle.toStdString());
        CHECK(occurrences(text, needle) == 1);
    }
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    const int m = int(pages.size());
    REQUIRE(m >= 5);
    for (int n = 1; n <= m; ++n) {
        INFO("page " << n);
        const QString& page = pages[n - 1];
        CHECK(page.contains(QStringLiteral("Side %1 av %2").arg(n).arg(m)));
        CHECK(page.contains(QStringLiteral("Beskrivelse"))); // the table header repeats
        CHECK(page.contains(QStringLiteral("Overføres")) == (n < m));
        CHECK(page.contains(QStringLiteral("Overført")) == (n > 1));
        CHECK(page.contains(QStringLiteral("Sum eks. MVA"))
            == (n == m)); // totals on the last page only
        CHECK(page.contains(QStringLiteral("Betalingsinformasjon")) == (n == m));
    }
    // The sum carried from page 1 is what page 2 brings forward.
    static const QRegularExpression carried(QStringLiteral("Overføres\\s+([0-9 ]+,[0-9]{2})"));
    static const QRegularExpression brought(QStringLiteral("Overført\\s+([0-9 ]+,[0-9]{2})"));
    const auto c1 = carried.match(pages[0]);
    const auto b2 = brought.match(pages[1]);
    REQUIRE(c1.hasMatch());
    REQUIRE(b2.hasMatch());
    CHECK(c1.captured(1) == b2.captured(1));
    requireClean(pdf);
}

TEST_CASE("long descriptions, long payment terms and a four-line footer never overlap or get cut",
    "[print][pagination]")
{
    PrintShop s;
    const QString footer = QStringLiteral(
        "Testfirma AS · Strandgata 12 · 5013 Bergen\n"
        "Telefon 55 00 00 00 · post@testfirma.example\n"
        "Bank 1503 00 00002 · IBAN NO9386011117947 · BIC DNBANOKK\n"
        "Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.");
    QString terms;
    for (int i = 1; i <= 40; ++i)
        terms += QStringLiteral(
            "Vilkår %1: varer forblir selgers eiendom inntil kjøpesummen er betalt i sin helhet. ")
                     .arg(i);
    REQUIRE_OK(s.print.setLayoutFields(QStringLiteral("Standard"),
        { { QStringLiteral("footer"), footer }, { QStringLiteral("terms"), terms } }));
    QString longText;
    for (int i = 1; i <= 60; ++i)
        longText += QStringLiteral("beskrivelse%1 med mange ord som må brytes pent ").arg(i);
    const QString longWord
        = QStringLiteral("Ubrytelig") + QString(110, u'X') + QStringLiteral("Slutt");
    QString hugeText; // taller than a page: must continue on the next one
    for (int i = 1; i <= 700; ++i)
        hugeText += QStringLiteral("ord%1 ").arg(i);

    auto inv = s.sales.create(DocumentType::Invoice, 10001);
    REQUIRE_OK(inv);
    LineInput a = s.product("KVERN", 1);
    a.text = longText.trimmed();
    REQUIRE_OK(s.sales.addLine(*inv, a));
    LineInput b = s.product("KOPP", 2);
    b.text = longWord;
    REQUIRE_OK(s.sales.addLine(*inv, b));
    LineInput c = s.product("TERMOS", 3);
    c.text = hugeText.trimmed();
    REQUIRE_OK(s.sales.addLine(*inv, c));
    REQUIRE_OK(s.sales.book(*inv));
    const QString pdf = s.pdf(QStringLiteral("stress.pdf"));
    REQUIRE_OK(s.print.renderPdf(*inv, pdf));

    requireClean(pdf);
    const QString text = pdfText(pdf);
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 3);
    for (const QString& page : pages) // the whole footer on every page
        for (const QString& line : footer.split(u'\n'))
            CHECK(page.contains(line));
    // Every word is there, once: nothing was cut off at a column edge or a page end.
    QSet<QString> seen;
    for (const PdfWord& w : pdfWords(pdf))
        seen.insert(w.text);
    for (int i = 1; i <= 60; ++i)
        CHECK(seen.contains(QStringLiteral("beskrivelse%1").arg(i)));
    for (int i = 1; i <= 700; ++i) {
        INFO(i);
        CHECK(seen.contains(QStringLiteral("ord%1").arg(i)));
    }
    CHECK(occurrences(text, QStringLiteral("Vilkår")) == 40);
    for (int i = 1; i <= 40; ++i)
        CHECK(seen.contains(QStringLiteral("%1:").arg(i)));
    // The word longer than its column was broken, not clipped: its pieces in order make it whole.
    CHECK(withoutSpace(pdfRawText(pdf)).contains(longWord));
}
