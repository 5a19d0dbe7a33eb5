#include "productcsvimporter.h"

#include "services/masterdataservice.h"

namespace sd {

const QHash<QString, QString>& ProductCsvImporter::aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString& f : ProductRules::fieldNames())
            m.insert(f, f);
        const QList<QPair<QString, QStringList>> extra = {
            {QStringLiteral("sku"), {QStringLiteral("sku"), QStringLiteral("varenr"), QStringLiteral("varenummer"),
                                     QStringLiteral("artikkelnr"), QStringLiteral("item-number"),
                                     QStringLiteral("product-number")}},
            {QStringLiteral("name"), {QStringLiteral("varenavn"), QStringLiteral("navn"), QStringLiteral("product-name"),
                                      QStringLiteral("beskrivelse"), QStringLiteral("description")}},
            {QStringLiteral("price"), {QStringLiteral("pris"), QStringLiteral("salgspris"), QStringLiteral("utpris"),
                                       QStringLiteral("sales-price")}},
            {QStringLiteral("cost"), {QStringLiteral("kostpris"), QStringLiteral("innpris"), QStringLiteral("cost-price")}},
            {QStringLiteral("vat"), {QStringLiteral("vat"), QStringLiteral("mva"), QStringLiteral("mva-sats"),
                                     QStringLiteral("vat-rate")}},
            {QStringLiteral("vat-code"), {QStringLiteral("mva-kode"), QStringLiteral("avgiftskode")}},
            {QStringLiteral("ean"), {QStringLiteral("strekkode"), QStringLiteral("barcode"), QStringLiteral("gtin")}},
            {QStringLiteral("unit"), {QStringLiteral("enhet")}},
            {QStringLiteral("group"), {QStringLiteral("gruppe"), QStringLiteral("varegruppe"), QStringLiteral("product-group")}},
            {QStringLiteral("stock-tracked"), {QStringLiteral("lagerført"), QStringLiteral("lagerstyrt")}},
            {QStringLiteral("location"), {QStringLiteral("lokasjon"), QStringLiteral("hylle"), QStringLiteral("plassering")}},
        };
        for (const auto& [field, names] : extra)
            for (const QString& n : names)
                m.insert(n, field);
        return m;
    }();
    return map;
}

QString ProductCsvImporter::normalizeNumber(const QString& text)
{
    QString t = text.trimmed();
    t.remove(u' ');
    t.remove(QChar(0x00A0)); // no-break space, Norwegian thousands separator in spreadsheets
    t.remove(QChar(0x202F));
    const qsizetype dot = t.lastIndexOf(u'.');
    const qsizetype comma = t.lastIndexOf(u',');
    if (dot >= 0 && comma >= 0) { // the later one is the decimal separator
        t.remove(dot > comma ? u',' : u'.');
    }
    t.replace(u',', u'.');
    return t;
}

QList<ImportRow<Product>> ProductCsvImporter::read(const CsvTable& table, MasterDataService& service, const QDate& date,
                                                   ImportReport& report, const RowTick& tick)
{
    QList<ImportRow<Product>> out;
    const QStringList fields = mapHeader(table.header.fields, aliases());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].isEmpty())
            report.ignoredColumns << table.header.fields[i];
        else if (fields.indexOf(fields[i]) != i)
            report.issues << ImportIssue{table.header.line, tr("Two columns mean “%1”: “%2” and “%3”.")
                                                                .arg(fields[i], table.header.fields[fields.indexOf(fields[i])],
                                                                     table.header.fields[i])};
    }
    if (fields.contains(QStringLiteral("vat")) && fields.contains(QStringLiteral("vat-code")))
        report.issues << ImportIssue{table.header.line, tr("Give either a VAT rate column or a VAT code column, not both.")};
    for (const QString& required : {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")})
        if (!fields.contains(required))
            report.issues << ImportIssue{table.header.line, tr("The required column “%1” is missing.").arg(required)};
    report.rows = int(table.rows.size());
    if (!report.issues.isEmpty())
        return out;

    const QStringList required = {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")};
    QHash<QString, int> skus; // → first line
    QHash<QString, int> eans;
    QHash<QString, QString> vatByRate; // cache: "25" → "3"
    for (const CsvRecord& rec : table.rows) {
        // The tick for the row before: the loop body leaves through several `continue`s.
        if (tick && &rec != &table.rows.first() && !tick()) {
            report.cancelled = true;
            return out;
        }
        if (rec.fields.size() > fields.size()) {
            report.issues << ImportIssue{rec.line, tr("The row has %1 fields, the header %2.").arg(rec.fields.size()).arg(fields.size())};
            continue;
        }
        Product p;
        Result<void> set;
        for (qsizetype i = 0; i < fields.size() && set; ++i) {
            const QString& field = fields[i];
            QString value = i < rec.fields.size() ? rec.fields[i] : QString();
            if (field.isEmpty() || (value.isEmpty() && !required.contains(field)))
                continue; // an empty optional cell keeps the default (unit stk, VAT code 3 …)
            if (field == QStringLiteral("sku")) {
                p.sku = value.trimmed();
            } else if (field == QStringLiteral("vat")) {
                QString rate = value.trimmed();
                const bool isRate = rate.endsWith(u'%');
                rate.chop(isRate ? 1 : 0);
                rate = normalizeNumber(rate);
                if (!vatByRate.contains(rate)) {
                    auto code = service.vatCodeForPercent(rate, date);
                    // Not a rate on that date: then it may be a code ("5", "52"); checkProduct
                    // refuses it if it is neither.
                    vatByRate.insert(rate, code ? *code : (isRate ? QString() : rate));
                }
                p.vatCode = vatByRate.value(rate);
                if (p.vatCode.isEmpty())
                    set = makeError(ErrorCode::NotFound, tr("No VAT code has the rate %1 %.").arg(rate));
            } else if (field == QStringLiteral("price") || field == QStringLiteral("cost")) {
                set = ProductRules::setField(p, field, normalizeNumber(value));
            } else {
                set = ProductRules::setField(p, field, value);
            }
        }
        if (!set) {
            report.issues << ImportIssue{rec.line, set.error().message};
            continue;
        }
        if (skus.contains(p.sku)) {
            report.issues << ImportIssue{rec.line, tr("The SKU “%1” is also on line %2.").arg(p.sku).arg(skus.value(p.sku))};
            continue;
        }
        if (!p.sku.isEmpty())
            skus.insert(p.sku, rec.line);
        if (!p.ean.isEmpty()) {
            if (eans.contains(p.ean)) {
                report.issues << ImportIssue{rec.line, tr("The barcode %1 is also on line %2.").arg(p.ean).arg(eans.value(p.ean))};
                continue;
            }
            eans.insert(p.ean, rec.line);
        }
        auto checked = service.checkProduct(p, true);
        if (!checked) {
            report.issues << ImportIssue{rec.line, checked.error().message};
            continue;
        }
        out << ImportRow<Product>{rec.line, *checked};
    }
    if (tick && !table.rows.isEmpty() && !tick())
        report.cancelled = true;
    return out;
}

} // namespace sd
