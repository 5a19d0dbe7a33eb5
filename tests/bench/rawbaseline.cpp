#include "rawbaseline.h"

#include "benchutil.h"

#include <sqlite3.h>

namespace sd::bench {

namespace {

// A small RAII owner for a connection and its statements; failures stop the tool.
class Raw
{
public:
    Raw(const QString& file, bool readOnly)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        if (sqlite3_open_v2(file.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
            fail("open");
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Raw()
    {
        for (sqlite3_stmt* s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;

    void exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(sql);
    }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
            fail(sql);
        m_statements << s;
        return s;
    }
    void stepDone(sqlite3_stmt* s)
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            fail("step");
        sqlite3_reset(s);
        ++m_steps;
    }
    qint64 steps() const { return m_steps; }
    qint64 scalar(const char* sql)
    {
        sqlite3_stmt* s = prepare(sql);
        const qint64 v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        sqlite3_reset(s);
        return v;
    }
    [[noreturn]] void fail(const char* what)
    {
        die(QStringLiteral("raw sqlite3: %1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

private:
    sqlite3* m_db = nullptr;
    QList<sqlite3_stmt*> m_statements;
    qint64 m_steps = 0;
};

void bindText(sqlite3_stmt* s, int i, const QByteArray& text)
{
    sqlite3_bind_text(s, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

RawCounts rawCounts(const QString& file)
{
    Raw raw(file, true);
    return {raw.scalar("SELECT count(*) FROM documents"), raw.scalar("SELECT count(*) FROM document_lines"),
        raw.scalar("SELECT count(*) FROM activity_log"), raw.scalar("SELECT count(*) FROM stock_moves"),
        raw.scalar("SELECT count(*) FROM document_relations"), raw.scalar("SELECT count(*) FROM payments")};
}

double rawInsertRowsPerSecond(const QString& scratchFile, const RawCounts& counts)
{
    Raw raw(scratchFile, false);
    raw.exec("PRAGMA foreign_keys = ON");
    raw.exec("PRAGMA synchronous = FULL");
    const qint64 customerId = raw.scalar("SELECT id FROM customers ORDER BY id LIMIT 1");
    sqlite3_stmt* doc = raw.prepare(
        "INSERT INTO documents(type, number, status, customer_id, cust_number, cust_name, cust_orgnr, cust_email, "
        "cust_address, cust_postcode, cust_city, date, due_date, payment_days, net, vat, gross, kid, sent, archived, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt* line = raw.prepare(
        "INSERT INTO document_lines(document_id, line_no, position, kind, sku, description, quantity, unit, "
        "unit_price, discount, vat_code, vat_category, vat_percent, net) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt* log = raw.prepare("INSERT INTO activity_log(document_id, at, user, kind, text) VALUES (?,?,?,?,?)");
    sqlite3_stmt* move = raw.prepare(
        "INSERT INTO stock_moves(product_id, date, quantity, value, reason, note, document_id, document_line_id, "
        "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt* relation = raw.prepare("INSERT INTO document_relations(from_id, to_id, relation) VALUES (?,?,?)");
    sqlite3_stmt* payment = raw.prepare(
        "INSERT INTO payments(invoice_id, date, amount, note, created_at, created_by) VALUES (?,?,?,?,?,?)");
    const qint64 productId = raw.scalar("SELECT id FROM products ORDER BY id LIMIT 1");
    static const char* const kTypes[] = {"quote", "order", "shipment", "invoice", "credit_note"};
    const qint64 docs = qMax<qint64>(1, counts.documents);
    Stopwatch watch;
    raw.exec("BEGIN IMMEDIATE");
    for (qint64 i = 0; i < docs; ++i) {
        const QDate date = QDate(2015, 1, 2).addDays(i * 3650 / docs);
        const QByteArray day = date.toString(Qt::ISODate).toUtf8();
        const QByteArray now = day + "T10:00:00.000";
        const qint64 gross = 10000 + (i * 7919) % 900000;
        bindText(doc, 1, kTypes[i % 5]);
        sqlite3_bind_int64(doc, 2, i + 1);
        bindText(doc, 3, "draft");
        sqlite3_bind_int64(doc, 4, customerId);
        sqlite3_bind_int64(doc, 5, 10001);
        bindText(doc, 6, "Fjord Handel AS");
        bindText(doc, 7, "923609016");
        bindText(doc, 8, "faktura@example.no");
        bindText(doc, 9, "Gate 1");
        bindText(doc, 10, "5003");
        bindText(doc, 11, "Bergen");
        bindText(doc, 12, day);
        bindText(doc, 13, date.addDays(14).toString(Qt::ISODate).toUtf8());
        sqlite3_bind_int64(doc, 14, 14);
        sqlite3_bind_int64(doc, 15, gross * 4 / 5);
        sqlite3_bind_int64(doc, 16, gross / 5);
        sqlite3_bind_int64(doc, 17, gross);
        bindText(doc, 18, QByteArray::number(1000000 + i));
        sqlite3_bind_int64(doc, 19, 1);
        sqlite3_bind_int64(doc, 20, i % 10 != 0);
        bindText(doc, 21, now);
        bindText(doc, 22, now);
        raw.stepDone(doc);
        const qint64 docId = sqlite3_last_insert_rowid(sqlite3_db_handle(doc));
        // The i-th document's share of a table's rows: the same spread for every table.
        const auto share = [&](qint64 total) { return (i + 1) * total / docs - i * total / docs; };
        const qint64 n = share(counts.lines);
        for (qint64 l = 1; l <= n; ++l) {
            sqlite3_bind_int64(line, 1, docId);
            sqlite3_bind_int64(line, 2, l);
            sqlite3_bind_int64(line, 3, l);
            bindText(line, 4, "product");
            bindText(line, 5, "P" + QByteArray::number(100 + (i + l) % 800));
            bindText(line, 6, "Klassisk kaffekopp");
            sqlite3_bind_int64(line, 7, 1000 * (1 + l % 10));
            bindText(line, 8, "stk");
            sqlite3_bind_int64(line, 9, 1990000);
            sqlite3_bind_int64(line, 10, 0);
            bindText(line, 11, "3");
            bindText(line, 12, "S");
            sqlite3_bind_int64(line, 13, 250000);
            sqlite3_bind_int64(line, 14, 19900 * (1 + l % 10));
            raw.stepDone(line);
        }
        for (qint64 k = share(counts.logEntries); k > 0; --k) {
            sqlite3_bind_int64(log, 1, docId);
            bindText(log, 2, now);
            bindText(log, 3, "bench");
            bindText(log, 4, "status");
            bindText(log, 5, "Status changed to sent");
            raw.stepDone(log);
        }
        for (qint64 k = share(counts.stockMoves); k > 0; --k) {
            sqlite3_bind_int64(move, 1, productId);
            bindText(move, 2, day);
            sqlite3_bind_int64(move, 3, k % 3 ? -1000 * k : 50000);
            sqlite3_bind_int64(move, 4, k % 3 ? -9950 * k : 497500);
            bindText(move, 5, k % 3 ? "shipment" : "receipt");
            bindText(move, 6, "");
            sqlite3_bind_int64(move, 7, docId);
            sqlite3_bind_null(move, 8);
            bindText(move, 9, now);
            bindText(move, 10, "bench");
            raw.stepDone(move);
        }
        if (i > 0 && share(counts.relations) > 0) { // at most one per document: the previous one is its source
            sqlite3_bind_int64(relation, 1, docId - 1);
            sqlite3_bind_int64(relation, 2, docId);
            bindText(relation, 3, "shipment");
            raw.stepDone(relation);
        }
        for (qint64 k = share(counts.payments); k > 0; --k) {
            sqlite3_bind_int64(payment, 1, docId);
            bindText(payment, 2, day);
            sqlite3_bind_int64(payment, 3, gross);
            bindText(payment, 4, "");
            bindText(payment, 5, now);
            bindText(payment, 6, "bench");
            raw.stepDone(payment);
        }
    }
    // Since schema 9 the triggers only queue a changed document; its full-text row is written
    // before COMMIT (storage::SearchIndex::flush). A raw writer must do the same step, or the
    // baseline would skip the search index the generator pays for — and leave a file whose new
    // documents cannot be found.
    raw.exec("INSERT INTO document_search(rowid, text) SELECT id, text FROM document_search_text "
             "WHERE id IN (SELECT id FROM document_search_pending)");
    raw.exec("DELETE FROM document_search_pending");
    raw.exec("COMMIT");
    const double seconds = watch.ms() / 1000.0;
    return double(raw.steps()) / seconds; // every stepDone above is one inserted row
}

double rawInvoiceListMs(const QString& file, int pageSize, int runs)
{
    Raw raw(file, true);
    // As DocumentListQuery::page builds it for {invoice, credit_note}, archived hidden, date
    // order: one keyset arm per type, merged with UNION ALL.
    const char* arm = "SELECT * FROM (SELECT id, type, number, status, cust_number, cust_name, date, "
                      "CASE WHEN type = 'quote' THEN valid_until ELSE due_date END, gross, archived, sent, "
                      "date AS sort_key FROM documents WHERE type = ? AND archived = ? "
                      "ORDER BY date DESC, id DESC LIMIT ?)";
    const QByteArray sql = QByteArray(arm) + " UNION ALL " + arm + " ORDER BY sort_key DESC, id DESC LIMIT ?";
    sqlite3_stmt* s = raw.prepare(sql.constData());
    QList<double> times;
    qint64 sink = 0;
    for (int run = 0; run < runs; ++run) {
        Stopwatch watch;
        bindText(s, 1, "invoice");
        sqlite3_bind_int(s, 2, 0);
        sqlite3_bind_int(s, 3, pageSize);
        bindText(s, 4, "credit_note");
        sqlite3_bind_int(s, 5, 0);
        sqlite3_bind_int(s, 6, pageSize);
        sqlite3_bind_int(s, 7, pageSize);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < 11; ++c)
                sink += sqlite3_column_bytes(s, c) + sqlite3_column_int64(s, c);
        }
        sqlite3_reset(s);
        times << watch.ms();
    }
    Q_UNUSED(sink);
    return median(times);
}

} // namespace sd::bench
