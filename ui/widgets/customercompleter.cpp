#include "customercompleter.h"

#include "services/masterdataservice.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace sd::ui {

namespace {
constexpr int kMatches = 20;
}

CustomerCompleter::CustomerCompleter(storage::Database& db, QLineEdit* lineEdit)
    : QCompleter(lineEdit)
    , m_db(db)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    // The service already filtered; the completer must not filter its results a second time.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompletionRole(Qt::EditRole);
    lineEdit->setCompleter(this);
    connect(lineEdit, &QLineEdit::textEdited, this, &CustomerCompleter::update);
}

void CustomerCompleter::update(const QString& text)
{
    m_model->clear();
    if (text.trimmed().isEmpty())
        return;
    auto found = MasterDataService(m_db).customers(text.trimmed(), kMatches);
    if (!found)
        return;
    for (const Customer& c : *found) {
        auto* item = new QStandardItem;
        const QString key = QStringLiteral("%1 %2").arg(c.number).arg(c.name);
        item->setData(key, Qt::EditRole);
        item->setData(c.orgnr.isEmpty() ? key : tr("%1 (org.nr %2)").arg(key, c.orgnr), Qt::DisplayRole);
        m_model->appendRow(item);
    }
    complete();
}

Result<Customer> CustomerCompleter::resolve(storage::Database& db, const QString& text)
{
    MasterDataService master(db);
    const QString t = text.trimmed();
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\d{1,8})(\\s|$)"));
    if (auto m = leadingNumber.match(t); m.hasMatch()) {
        if (auto c = master.customer(m.captured(1).toLongLong()))
            return c;
    }
    auto found = master.customers(t, 2);
    if (!found)
        return found.error();
    if (found->size() == 1)
        return found->first();
    return makeError(ErrorCode::NotFound,
                     found->isEmpty() ? tr("No customer matches “%1”.").arg(t)
                                      : tr("Several customers match “%1”; choose one from the list.").arg(t));
}

ProductCompleter::ProductCompleter(storage::Database& db, QLineEdit* lineEdit)
    : QCompleter(lineEdit)
    , m_db(db)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompletionRole(Qt::EditRole);
    lineEdit->setCompleter(this);
    connect(lineEdit, &QLineEdit::textEdited, this, &ProductCompleter::update);
}

void ProductCompleter::update(const QString& text)
{
    m_model->clear();
    if (text.trimmed().isEmpty())
        return;
    auto found = MasterDataService(m_db).products(text.trimmed(), kMatches);
    if (!found)
        return;
    for (const Product& p : *found) {
        auto* item = new QStandardItem;
        item->setData(p.sku, Qt::EditRole);
        QString shown = QStringLiteral("%1 — %2").arg(p.sku, p.name);
        if (p.isBundle)
            shown += tr(" (bundle)");
        item->setData(shown, Qt::DisplayRole);
        m_model->appendRow(item);
    }
    complete();
}

Result<Product> ProductCompleter::resolve(storage::Database& db, const QString& text)
{
    MasterDataService master(db);
    const QString t = text.trimmed();
    if (auto p = master.product(t))
        return p;
    if (auto p = master.productByEan(t))
        return p;
    auto found = master.products(t, 2);
    if (!found)
        return found.error();
    if (found->size() == 1)
        return found->first();
    return makeError(ErrorCode::NotFound,
                     found->isEmpty() ? tr("No product matches “%1”.").arg(t)
                                      : tr("Several products match “%1”; choose one from the list.").arg(t));
}

} // namespace sd::ui
