#pragma once

// What a printout says, already in words (the layout's language) but not yet placed on pages.
// buildPrintContent() decides content per printout type — including the legal content core
// enforces regardless of the layout — and DocumentRenderer decides where it goes.

#include "documentrenderer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct PrintCell
{
    QString text;
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
    int span = 1; // columns covered
    int indent = 0; // levels (bundle components on packing slips)
};

struct PrintColumn
{
    QString header;
    qreal weight = 0; // share of the table width; 0 = takes what is left (description)
    Qt::Alignment align = Qt::AlignLeft;
};

enum class PrintRowKind
{
    Line,
    Text,
    Group,
    Subtotal,
    Component
};

struct PrintRow
{
    PrintRowKind kind = PrintRowKind::Line;
    QList<PrintCell> cells;
    Money net; // counted into carried-forward sums (Line rows)
};

struct KeyValue
{
    QString key;
    QString value;
    bool bold = false;
};

struct InfoBox
{
    QString title;
    QList<KeyValue> rows;
    QString text; // free text below the rows (payment terms), may hold several lines
};

struct PrintContent
{
    QString title;
    QString companyName;
    QStringList sellerLines; // address, org.nr MVA, Foretaksregisteret, contact
    QString logoPath;
    QList<KeyValue> meta; // number, dates, references
    QString buyerTitle;
    QStringList buyerLines;
    QString deliveryTitle; // empty: no separate delivery block
    QStringList deliveryLines;
    QString barcode; // Code 128 data, empty = none
    QString intro; // heading, credited invoice, reminder text
    QList<PrintColumn> columns;
    QList<PrintRow> rows;
    bool carryAmounts = false; // carried/brought forward show sums (prices visible)
    QList<KeyValue> totals; // right-aligned block after the table; the last is the grand total
    QString note;
    QList<InfoBox> boxes;
    QString footer;
    QString language;
};

PrintContent buildPrintContent(const PrintData& data);
QString formatAmount(Money amount, const QString& language);

} // namespace sd
