// salgsdesk-bench run, the write side: everything here changes the COPY of the input file.

#include "benchutil.h"
#include "common/clock.h"
#include "editors/documentsession.h"
#include "models/documentlinesmodel.h"
#include "runner.h"
#include "services/batch.h"
#include "services/importexportservice.h"
#include "services/masterdataservice.h"
#include "services/printservice.h"
#include "services/salesservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDir>
#include <QUndoStack>

namespace sd::bench {

namespace {

constexpr int kProducts = 200; // a 200-line document has 200 different products

QString benchSku(int i)
{
    return QStringLiteral("BENCH%1").arg(i % kProducts + 1, 2, 10, QChar(u'0'));
}

// Products and a customer of the benchmark's own, so any company file can be measured.
qint64 addBenchMasterData(storage::Database& db)
{
    MasterDataService master(db);
    for (int i = 0; i < kProducts; ++i) {
        Product p;
        p.sku = benchSku(i);
        p.name = QStringLiteral("Benkvare %1").arg(i + 1);
        p.price = UnitPrice::fromRaw((100 + 9 * i) * UnitPrice::kScale + 5000);
        p.stockTracked = false; // booking without shipment: stock is the generator's business
        need(master.addProduct(p), QStringLiteral("bench product"));
    }
    Customer c;
    c.name = QStringLiteral("Benk Testkunde AS");
    c.orgnr = QStringLiteral("987654325");
    c.email = QStringLiteral("faktura@benk.no");
    c.billing = {QStringLiteral("Torget 2"), QStringLiteral("5014"), QStringLiteral("Bergen"), QStringLiteral("NO")};
    return need(master.addCustomer(c), QStringLiteral("bench customer")).number;
}

// A draft with `lines` product lines, built in batch mode (one commit).
qint64 makeDraft(storage::Database& db, DocumentType type, qint64 customer, int lines)
{
    SalesService sales(db);
    Batch batch(db);
    need(batch.begin(), QStringLiteral("batch"));
    const qint64 id = need(sales.create(type, customer), QStringLiteral("draft"));
    for (int i = 0; i < lines; ++i) {
        LineInput in;
        in.sku = benchSku(i);
        in.quantity = Quantity::fromUnits(i % 7 + 1);
        need(sales.addLine(id, in), QStringLiteral("line"));
    }
    need(batch.commit(), QStringLiteral("commit"));
    return id;
}

template <typename F>
double medianMs(int runs, F&& f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        Stopwatch w;
        f();
        times << w.ms();
    }
    return median(times);
}

} // namespace

void measureWrites(storage::Database& db, const QString& tempDir, int bookings, QJsonObject& out)
{
    Clock::setInstance(nullptr); // today: after every generated date, so nothing is back-dated
    SalesService sales(db);
    const qint64 customer = addBenchMasterData(db);

    // Opening a 200-line document: the service's view, and the editor's session + line model
    // with every cell read once (what a view does for the rows it shows).
    const qint64 big = makeDraft(db, DocumentType::Order, customer, 200);
    out.insert(QStringLiteral("view_200_line_doc_ms"),
        round2(medianMs(5, [&] { need(sales.view(big), QStringLiteral("view")); })));
    out.insert(QStringLiteral("open_200_line_doc_ms"), round2(medianMs(5, [&] {
        ui::DocumentSession session(db, big);
        QUndoStack undo;
        ui::DocumentLinesModel model(session, undo);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                (void)model.data(model.index(r, c));
    })));

    // The same in an invoice draft, whose editor shows no stock column.
    const qint64 bigInvoice = makeDraft(db, DocumentType::Invoice, customer, 200);
    out.insert(QStringLiteral("open_200_line_invoice_ms"), round2(medianMs(5, [&] {
        ui::DocumentSession session(db, bigInvoice);
        QUndoStack undo;
        ui::DocumentLinesModel model(session, undo);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                (void)model.data(model.index(r, c));
    })));
    // Removing a line and deleting a draft: deletes are where foreign keys without an index
    // on the child side turn into table scans.
    {
        const qint64 small = makeDraft(db, DocumentType::Order, customer, 6);
        QList<double> removeTimes;
        for (int lineNo = 1; lineNo <= 5; ++lineNo) {
            Stopwatch w;
            need(sales.removeLine(small, lineNo), QStringLiteral("remove line"));
            removeTimes << w.ms();
        }
        out.insert(QStringLiteral("remove_line_ms"), round2(median(removeTimes)));
        Stopwatch w;
        need(sales.deleteDraft(small), QStringLiteral("delete draft"));
        out.insert(QStringLiteral("delete_draft_ms"), round2(w.ms()));
    }
    phaseDone("200-line document");
    // Booking latency: small drafts made in batch mode, then booked one call (one commit) each.
    QList<qint64> drafts;
    {
        Batch batch(db);
        need(batch.begin(), QStringLiteral("batch"));
        for (int i = 0; i < bookings; ++i) {
            const qint64 id = need(sales.create(DocumentType::Invoice, customer), QStringLiteral("invoice"));
            for (int l = 0; l < 3; ++l) {
                LineInput in;
                in.sku = benchSku(i + l);
                in.quantity = Quantity::fromUnits(l + 1);
                need(sales.addLine(id, in), QStringLiteral("line"));
            }
            drafts << id;
        }
        need(batch.commit(), QStringLiteral("commit"));
    }
    phaseDone("drafts to book");
    QList<double> bookTimes;
    for (qint64 id : drafts) {
        Stopwatch w;
        need(sales.book(id), QStringLiteral("book"));
        bookTimes << w.ms();
    }
    out.insert(QStringLiteral("book_median_ms"), round2(median(bookTimes)));
    out.insert(QStringLiteral("book_p99_ms"), round2(percentile(bookTimes, 99)));

    phaseDone("bookings");
    // Booking time against the number of lines: must grow linearly.
    for (int lines : {250, 500, 1000}) {
        const qint64 id = makeDraft(db, DocumentType::Invoice, customer, lines);
        Stopwatch w;
        need(sales.book(id), QStringLiteral("book large invoice"));
        out.insert(QStringLiteral("book_%1_lines_ms").arg(lines), round2(w.ms()));
    }

    phaseDone("large invoices");
    // Printouts and EHF of booked invoices.
    PrintService print(db);
    for (int lines : {20, 300}) {
        const qint64 id = makeDraft(db, DocumentType::Invoice, customer, lines);
        const qint64 number = need(sales.book(id), QStringLiteral("book"));
        const QString pdf = QDir(tempDir).filePath(QStringLiteral("invoice-%1.pdf").arg(lines));
        Stopwatch cold;
        need(print.renderPdf(id, pdf), QStringLiteral("pdf"));
        out.insert(QStringLiteral("pdf_%1_lines_first_ms").arg(lines), round2(cold.ms()));
        out.insert(QStringLiteral("pdf_%1_lines_ms").arg(lines),
            round2(medianMs(5, [&] { need(print.renderPdf(id, pdf), QStringLiteral("pdf")); })));
        if (lines == 20) {
            ImportExportService io(db);
            out.insert(QStringLiteral("ehf_export_ms"), round2(medianMs(5, [&] {
                need(io.ehf(DocumentType::Invoice, number), QStringLiteral("ehf"));
            })));
        }
    }

    phaseDone("pdf and ehf");
    // What batch mode costs and saves: an empty nested transaction (SAVEPOINT + RELEASE), and
    // a small service call inside a batch against the same call committing on its own.
    {
        Batch batch(db);
        need(batch.begin(), QStringLiteral("batch"));
        constexpr int kPairs = 5000;
        Stopwatch w;
        for (int i = 0; i < kPairs; ++i) {
            storage::Transaction tx(db);
            need(tx.begin(), QStringLiteral("savepoint"));
            need(tx.commit(), QStringLiteral("release"));
        }
        out.insert(QStringLiteral("savepoint_us"), round2(w.ms() * 1000.0 / kPairs));
        w.restart();
        for (int i = 0; i < 1000; ++i)
            need(sales.comment(drafts.first(), QStringLiteral("benk")), QStringLiteral("comment"));
        out.insert(QStringLiteral("call_in_batch_us"), round2(w.ms()));
        need(batch.commit(), QStringLiteral("commit"));
    }
    Stopwatch alone;
    for (int i = 0; i < 100; ++i)
        need(sales.comment(drafts.first(), QStringLiteral("benk")), QStringLiteral("comment"));
    out.insert(QStringLiteral("call_own_commit_us"), round2(alone.ms() * 10.0));
    phaseDone("batch costs");
}

} // namespace sd::bench
