#include "customercsvimporter.h"

#include "services/masterdataservice.h"

namespace sd {

const QHash<QString, QString>& CustomerCsvImporter::aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString& f : CustomerRules::fieldNames())
            m.insert(f, f);
        const QList<QPair<QString, QStringList>> extra = {
            {QStringLiteral("number"), {QStringLiteral("number"), QStringLiteral("kundenr"), QStringLiteral("kundenummer"),
                                        QStringLiteral("customer-number"), QStringLiteral("customer-no"), QStringLiteral("nr")}},
            {QStringLiteral("name"), {QStringLiteral("navn"), QStringLiteral("kundenavn"), QStringLiteral("firmanavn"),
                                      QStringLiteral("customer-name"), QStringLiteral("company")}},
            {QStringLiteral("orgnr"), {QStringLiteral("org-nr"), QStringLiteral("organisasjonsnummer"), QStringLiteral("orgno"),
                                       QStringLiteral("org-no"), QStringLiteral("organisation-number"),
                                       QStringLiteral("organization-number")}},
            {QStringLiteral("vat-number"), {QStringLiteral("mva-nr"), QStringLiteral("mva-nummer"), QStringLiteral("vat"),
                                            QStringLiteral("vat-no"), QStringLiteral("vat-id")}},
            {QStringLiteral("peppol-id"), {QStringLiteral("peppol"), QStringLiteral("ehf-adresse")}},
            {QStringLiteral("email"), {QStringLiteral("epost"), QStringLiteral("e-post"), QStringLiteral("e-mail"),
                                       QStringLiteral("mail")}},
            {QStringLiteral("phone"), {QStringLiteral("telefon"), QStringLiteral("tlf"), QStringLiteral("mobil")}},
            {QStringLiteral("contact"), {QStringLiteral("kontakt"), QStringLiteral("kontaktperson")}},
            {QStringLiteral("address"), {QStringLiteral("adresse"), QStringLiteral("gateadresse"), QStringLiteral("postadresse"),
                                         QStringLiteral("street")}},
            {QStringLiteral("postcode"), {QStringLiteral("postnr"), QStringLiteral("post-nr"), QStringLiteral("postnummer"),
                                          QStringLiteral("zip"), QStringLiteral("postal-code")}},
            {QStringLiteral("city"), {QStringLiteral("sted"), QStringLiteral("poststed"), QStringLiteral("by")}},
            {QStringLiteral("country"), {QStringLiteral("land"), QStringLiteral("landkode")}},
            {QStringLiteral("delivery-address"), {QStringLiteral("leveringsadresse")}},
            {QStringLiteral("delivery-postcode"), {QStringLiteral("leveringspostnr")}},
            {QStringLiteral("delivery-city"), {QStringLiteral("leveringssted")}},
            {QStringLiteral("delivery-country"), {QStringLiteral("leveringsland")}},
            {QStringLiteral("language"), {QStringLiteral("språk")}},
            {QStringLiteral("currency"), {QStringLiteral("valuta")}},
            {QStringLiteral("payment-days"), {QStringLiteral("betalingsfrist"), QStringLiteral("kredittid")}},
            {QStringLiteral("group"), {QStringLiteral("gruppe"), QStringLiteral("kundegruppe"), QStringLiteral("customer-group")}},
            {QStringLiteral("notes"), {QStringLiteral("notat"), QStringLiteral("merknad"), QStringLiteral("note")}},
        };
        for (const auto& [field, names] : extra)
            for (const QString& n : names)
                m.insert(n, field);
        return m;
    }();
    return map;
}

QList<ImportRow<Customer>> CustomerCsvImporter::read(const CsvTable& table, MasterDataService& service, ImportReport& report,
                                                     const RowTick& tick)
{
    QList<ImportRow<Customer>> out;
    const QStringList fields = mapHeader(table.header.fields, aliases());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].isEmpty())
            report.ignoredColumns << table.header.fields[i];
        else if (fields.indexOf(fields[i]) != i)
            report.issues << ImportIssue{table.header.line, tr("Two columns mean “%1”: “%2” and “%3”.")
                                                                .arg(fields[i], table.header.fields[fields.indexOf(fields[i])],
                                                                     table.header.fields[i])};
    }
    if (!fields.contains(QStringLiteral("name")))
        report.issues << ImportIssue{table.header.line, tr("The required column “name” (navn) is missing.")};
    report.rows = int(table.rows.size());
    if (!report.issues.isEmpty())
        return out;

    QHash<qint64, int> numbers; // customer number → first line
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
        Customer c;
        Result<void> set;
        for (qsizetype i = 0; i < rec.fields.size() && set; ++i) {
            const QString& value = rec.fields[i];
            if (fields[i].isEmpty() || (value.isEmpty() && fields[i] != QStringLiteral("name")))
                continue; // an empty cell keeps the default (country NO, currency NOK …)
            if (fields[i] == QStringLiteral("number")) {
                bool ok = false;
                c.number = value.toLongLong(&ok);
                if (!ok || c.number < 1)
                    set = makeError(ErrorCode::InvalidInput, tr("“%1” is not a customer number.").arg(value));
            } else {
                set = CustomerRules::setField(c, fields[i], value);
            }
        }
        if (!set) {
            report.issues << ImportIssue{rec.line, set.error().message};
            continue;
        }
        if (c.number != 0) {
            if (numbers.contains(c.number)) {
                report.issues << ImportIssue{rec.line, tr("Customer number %1 is also on line %2.").arg(c.number).arg(numbers.value(c.number))};
                continue;
            }
            numbers.insert(c.number, rec.line);
        }
        auto checked = service.checkCustomer(c, true);
        if (!checked) {
            report.issues << ImportIssue{rec.line, checked.error().message};
            continue;
        }
        out << ImportRow<Customer>{rec.line, *checked};
    }
    if (tick && !table.rows.isEmpty() && !tick())
        report.cancelled = true;
    return out;
}

} // namespace sd
