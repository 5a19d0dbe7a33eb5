#pragma once

// A small shop for print tests — company with bank account and KID, a customer with separate
// delivery address, products with bin locations and a bundle, at a pinned date — plus helpers
// that read PDFs back with poppler's pdftotext (-layout for text, -bbox for word positions).

#include "common/clock.h"
#include "services/printservice.h"
#include "services/salesservice.h"
#include "support/tempcompany.h"

#include <QRectF>
#include <QStringList>

namespace sd::test {

struct PdfWord
{
    int page = 0;
    QRectF box;
    QString text;
};

struct PdfPage
{
    qreal width = 0;
    qreal height = 0;
};

// Text of a PDF with pdftotext -layout; non-breaking spaces become plain spaces.
QString pdfText(const QString& pdf);
// Text in content-stream order (pdftotext -raw): a wrapped cell's lines come out consecutively.
QString pdfRawText(const QString& pdf);
// Every word with its box; `pages` receives the page sizes.
QList<PdfWord> pdfWords(const QString& pdf, QList<PdfPage>* pages = nullptr);
// Pairs of words whose boxes overlap (more than a hair), as readable strings; empty = none.
QStringList overlappingWords(const QList<PdfWord>& words);
// Words that leave their page.
QStringList wordsOffPage(const QList<PdfWord>& words, const QList<PdfPage>& pages);
// How often `needle` occurs in `text`.
int occurrences(const QString& text, const QString& needle);

struct PrintShop
{
    PrintShop();
    ~PrintShop();
    FixedClock clock;
    TempCompany c;
    SalesService sales { *c.db };
    PrintService print { *c.db };

    LineInput product(const char* sku, qint64 units) const;
    // An order with a group, a bundle, a discounted line and a text line; confirmed.
    qint64 makeOrder();
    QString pdf(const QString& name) const { return c.file(name); }
};

} // namespace sd::test
