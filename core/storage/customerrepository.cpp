#include "customerrepository.h"

#include "common/clock.h"
#include "database.h"
#include "listkeyset.h"

namespace sd::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, number, name, orgnr, vat_number, gln, peppol_id, email, phone, contact, address, postcode, "
    "city, country, delivery_address, delivery_postcode, delivery_city, delivery_country, language, "
    "currency, payment_days, customer_group, layout, ehf, notes, deleted");

QVariantList bindValues(const Customer& c)
{
    return {c.number, c.name, c.orgnr, c.vatNumber, c.gln, c.peppolId, c.email, c.phone, c.contact,
            c.billing.street, c.billing.postcode, c.billing.city, c.billing.country,
            c.delivery.street, c.delivery.postcode, c.delivery.city, c.delivery.country,
            c.language, c.currency,
            c.paymentDays ? QVariant(*c.paymentDays) : QVariant(),
            c.customerGroup.isEmpty() ? QVariant() : QVariant(c.customerGroup),
            c.layout, c.ehf ? 1 : 0, c.notes, c.deleted ? 1 : 0};
}

} // namespace

Result<qint64> CustomerRepository::insert(const Customer& c)
{
    QVariantList values = bindValues(c);
    values << Clock::instance().now().toString(Qt::ISODate);
    auto r = m_db.run(QStringLiteral(
                          "INSERT INTO customers(number, name, orgnr, vat_number, gln, peppol_id, email, "
                          "phone, contact, address, postcode, city, country, delivery_address, "
                          "delivery_postcode, delivery_city, delivery_country, language, currency, "
                          "payment_days, customer_group, layout, ehf, notes, deleted, created_at) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      values);
    if (!r)
        return r.error();
    return r->lastInsertId();
}

Result<void> CustomerRepository::update(const Customer& c)
{
    QVariantList values = bindValues(c);
    values << c.id;
    SD_TRY(m_db.run(QStringLiteral(
                        "UPDATE customers SET number=?, name=?, orgnr=?, vat_number=?, gln=?, peppol_id=?, "
                        "email=?, phone=?, contact=?, address=?, postcode=?, city=?, country=?, "
                        "delivery_address=?, delivery_postcode=?, delivery_city=?, delivery_country=?, "
                        "language=?, currency=?, payment_days=?, customer_group=?, layout=?, ehf=?, "
                        "notes=?, deleted=? WHERE id=?"),
                    values));
    return {};
}

Result<QList<Customer>> CustomerRepository::select(const QString& where, const QVariantList& values)
{
    auto rows = m_db.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers ") + where,
                         values);
    if (!rows)
        return rows.error();
    QList<Customer> out;
    while (rows->next()) {
        Customer c;
        int i = 0;
        c.id = rows->i64(i++);
        c.number = rows->i64(i++);
        c.name = rows->str(i++);
        c.orgnr = rows->str(i++);
        c.vatNumber = rows->str(i++);
        c.gln = rows->str(i++);
        c.peppolId = rows->str(i++);
        c.email = rows->str(i++);
        c.phone = rows->str(i++);
        c.contact = rows->str(i++);
        c.billing = {rows->str(i), rows->str(i + 1), rows->str(i + 2), rows->str(i + 3)};
        i += 4;
        c.delivery = {rows->str(i), rows->str(i + 1), rows->str(i + 2), rows->str(i + 3)};
        i += 4;
        c.language = rows->str(i++);
        c.currency = rows->str(i++);
        if (!rows->isNull(i))
            c.paymentDays = rows->i32(i);
        ++i;
        c.customerGroup = rows->str(i++);
        c.layout = rows->str(i++);
        c.ehf = rows->flag(i++);
        c.notes = rows->str(i++);
        c.deleted = rows->flag(i++);
        out << c;
    }
    return out;
}

Result<Customer> CustomerRepository::byNumber(qint64 number)
{
    // Every new document and order confirmation reads its customer: remembered per write
    // transaction (Database::remembered says when it is forgotten), issue 9.
    if (auto known = m_db.remembered(Database::Lookup::CustomerByNumber, number))
        return *std::static_pointer_cast<const Customer>(known);
    auto list = select(QStringLiteral("WHERE number = ?"), {number});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, Database::tr("There is no customer number %1.").arg(number));
    m_db.remember(Database::Lookup::CustomerByNumber, number, std::make_shared<const Customer>(list->first()));
    return list->first();
}

Result<Customer> CustomerRepository::byId(qint64 id)
{
    if (auto known = m_db.remembered(Database::Lookup::CustomerById, id))
        return *std::static_pointer_cast<const Customer>(known);
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, Database::tr("The customer does not exist."));
    m_db.remember(Database::Lookup::CustomerById, id, std::make_shared<const Customer>(list->first()));
    return list->first();
}

Result<bool> CustomerRepository::numberExists(qint64 number)
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE number = ?"), {number});
    if (!v)
        return v.error();
    return !v->isNull();
}

Result<qint64> CustomerRepository::maxNumber()
{
    auto v = m_db.scalar(QStringLiteral("SELECT coalesce(max(number), 0) FROM customers"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<Customer>> CustomerRepository::list(const QString& search, qint64 afterNumber, int limit)
{
    if (search.trimmed().isEmpty())
        return select(QStringLiteral("WHERE deleted = 0 AND number > ? ORDER BY number LIMIT ?"),
                      {afterNumber, limit});
    const QString like = u'%' + search.trimmed() + u'%';
    return select(QStringLiteral("WHERE deleted = 0 AND number > ? AND (name LIKE ? OR orgnr LIKE ? "
                                 "OR CAST(number AS TEXT) = ? OR email LIKE ?) ORDER BY number LIMIT ?"),
                  {afterNumber, like, like, search.trimmed(), like, limit});
}

Result<QList<Customer>> CustomerRepository::page(const QString& search,
    SortColumn column,
    bool ascending,
    int limit,
    const std::optional<Customer>& after)
{
    // Written as in the indexes: number UNIQUE, customers_name (0001), customers_list_* (0007).
    QString key = QStringLiteral("number");
    QVariant afterKey;
    switch (column) {
    case SortColumn::Number:
        afterKey = after ? QVariant(after->number) : QVariant();
        break;
    case SortColumn::Name:
        key = QStringLiteral("name COLLATE NOCASE");
        afterKey = after ? after->name : QString();
        break;
    case SortColumn::City:
        key = QStringLiteral("city COLLATE NOCASE");
        afterKey = after ? after->billing.city : QString();
        break;
    case SortColumn::Email:
        key = QStringLiteral("email COLLATE NOCASE");
        afterKey = after ? after->email : QString();
        break;
    }
    const ListKeyset keyset = ListKeyset::make(key, ascending, afterKey, after ? after->id : 0);
    QString where = QStringLiteral("WHERE deleted = 0");
    QVariantList values;
    if (!keyset.where.isEmpty()) {
        where += QStringLiteral(" AND ") + keyset.where;
        values << keyset.values;
    }
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        // The same fields as list(); tested on each row the sort index delivers, so a page
        // stops as soon as it is full. Wildcards typed by the user are literal.
        const QString like = u'%' + likeEscaped(text) + u'%';
        where += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR orgnr LIKE ? ESCAPE '\\' "
                                "OR CAST(number AS TEXT) = ? OR email LIKE ? ESCAPE '\\')");
        values << like << like << text << like;
    }
    values << limit;
    return select(where + keyset.orderBy + QStringLiteral(" LIMIT ?"), values);
}

} // namespace sd::storage
