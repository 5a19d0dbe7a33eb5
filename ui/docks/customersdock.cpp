#include "customersdock.h"

#include "services/masterdataservice.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

CustomersDock::CustomersDock(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, number, org.nr…"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("customersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("City")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersDock::refresh);
    refresh();
}

void CustomersDock::refresh()
{
    // One page; the lazy paged model replaces this table with the desktop-shell work.
    auto list = MasterDataService(m_db).customers(m_search->text(), 200);
    m_table->setRowCount(0);
    if (!list)
        return;
    m_table->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const Customer& c = list->at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(c.number)));
        m_table->setItem(row, 1, new QTableWidgetItem(c.name));
        m_table->setItem(row, 2, new QTableWidgetItem(c.billing.city));
    }
}

} // namespace sd::ui
