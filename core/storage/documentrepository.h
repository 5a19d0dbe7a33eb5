#pragma once

// DocumentRepository: documents, their lines, relations, activity log, attachments, payments
// and reminders. Typed functions only; the services decide what is allowed.

#include "common/result.h"
#include "documents/document.h"

#include <QByteArray>
#include <QList>

namespace sd::storage {

class Database;

struct Relation
{
    DocumentType type = DocumentType::Quote;
    qint64 id = 0;
    std::optional<qint64> number;
    QString relation; // from the point of view of the document asked about
};

struct ActivityEntry
{
    QDateTime at;
    QString user;
    QString kind;
    QString text;
};

struct AttachmentInfo
{
    qint64 id = 0;
    QString name;
    QString mime;
    qint64 size = 0;
    QDateTime addedAt;
};

// Per order line: what shipments, invoices and credit notes did with it (derived statuses).
struct OrderLineFacts
{
    qint64 lineId = 0;
    Quantity shippedOnSent; // for bundles: min over components, in bundles
    Quantity onUnsentShipments;
    Quantity onDraftInvoices;
    Quantity invoicedBooked;
    Quantity creditedReinvoiceable; // credited on booked credit notes with reinvoice set
};

class DocumentRepository
{
public:
    explicit DocumentRepository(Database& db)
        : m_db(db)
    {
    }

    // Header and lines; fills ids. A line whose parentLineId is negative belongs to the line
    // numbered -parentLineId of the same document (a shipment's bundle components); it is
    // given that line's id.
    Result<qint64> insert(Document& document);
    // Inside a write transaction, a document read or written in it is handed out again from
    // memory until anything writes it (issue 9: a batch read every document again for every
    // step of its flow). Every write below forgets the document it touches; insert() and the
    // writes that leave the whole document known (updateHeader with unchanged lines,
    // remember()) keep it.
    Result<Document> load(qint64 id);
    // `d` as it now is on file, header and every line: for a caller that has just written it
    // (recompute).
    void remember(const Document& d);
    // Only the status: for derived statuses that look at related documents (issue 9).
    Result<QString> status(qint64 id);
    // Writes the header. With `onFile` (the document as the caller loaded it in this
    // transaction, header not written since) only the columns that differ are set: fewer
    // values to bind and only the indexes over those columns to maintain (issue 9).
    Result<void> updateHeader(const Document& document, const Document* onFile = nullptr);
    Result<void> remove(qint64 id);

    Result<qint64> insertLine(qint64 documentId, DocumentLine& line);
    Result<void> updateLine(qint64 documentId, const DocumentLine& line);
    Result<void> removeLine(qint64 documentId, qint64 lineId);
    Result<int> highestLineNo(qint64 documentId);
    Result<void> setPicked(qint64 documentId, qint64 lineId, Quantity picked);
    // Every product line of the document picked in full: one statement for pickAll.
    Result<void> pickAllLines(qint64 documentId);

    Result<std::optional<qint64>> idByNumber(DocumentType type, qint64 number);

    Result<void> addRelation(qint64 fromId, qint64 toId, const QString& relation);
    Result<QList<Relation>> relations(qint64 id);
    Result<QList<qint64>> relatedIds(qint64 id, DocumentType type, const QString& relation);
    // The documents of `type` that `id` was made from (the "source" side of relations()), by
    // id: one index read instead of both directions with their numbers (issue 9).
    Result<QList<qint64>> sourceIds(qint64 id, DocumentType type);

    Result<void> log(qint64 documentId, const QString& kind, const QString& text);
    Result<QList<ActivityEntry>> activity(qint64 documentId);

    Result<qint64> addAttachment(qint64 documentId, const QString& name, const QString& mime, const QByteArray& data);
    Result<QList<AttachmentInfo>> attachments(qint64 documentId);

    // Order quantities as the derived statuses and conversions need them.
    Result<QList<OrderLineFacts>> orderLineFacts(qint64 orderId);
    // Per invoice line: quantity already credited on credit notes (booked and drafts).
    Result<QHash<qint64, Quantity>> creditedPerInvoiceLine(qint64 invoiceId, bool bookedOnly);

    Result<qint64> addPayment(qint64 invoiceId, const QDate& date, Money amount, const QString& note);
    Result<Money> paid(qint64 invoiceId);
    Result<Money> credited(qint64 invoiceId); // gross of booked credit notes
    // Both of the above in one statement (an invoice's payment figures, issue 9).
    Result<QPair<Money, Money>> paidAndCredited(qint64 invoiceId);
    Result<qint64> addReminder(qint64 invoiceId, const QDate& date, Money fee);
    Result<int> reminderCount(qint64 invoiceId, bool withFeeOnly);
    // Reminder fees are receivables of their own: open until paid or written off on purpose.
    struct ReminderFee
    {
        qint64 id = 0;
        Money fee;
        QString status; // open, paid, written_off
    };
    Result<QList<ReminderFee>> reminderFees(qint64 invoiceId);
    // Every reminder of the invoice, with or without a fee, oldest first: the count and the
    // fees in one read.
    Result<QList<ReminderFee>> reminders(qint64 invoiceId);
    Result<void> setReminderFeeStatus(qint64 reminderId, const QString& status);

    Result<bool> anyBooked(DocumentType type);
    static QString currentUser();

private:
    Result<QList<DocumentLine>> loadLines(qint64 documentId);
    void forget(qint64 documentId);
    Database& m_db;
};

} // namespace sd::storage
