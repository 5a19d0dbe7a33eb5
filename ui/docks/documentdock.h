#pragma once

// DocumentDock: the list of one document type (the invoices dock includes credit notes) with a
// search box, status filter, date range, archived mode and a sortable table, backed by the lazy
// DocumentListModel. The filter is remembered per dock (seed 001 "husk") and restored when the
// dock is created. A list that hides archived documents says how many (seed 001 FAQ "my invoice
// is gone"). Row actions hang off documentActivated until the row menu lands.

#include "documents/documenttypes.h"
#include "storage/documentlistquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentListModel;
template <typename T> class Preference;

class DocumentDock : public QWidget
{
    Q_OBJECT

public:
    // How long typing in the search box waits before querying.
    static constexpr int kSearchDelayMs = 150;

    DocumentDock(storage::Database& db, DocumentType type, QWidget* parent = nullptr);

    DocumentType type() const { return m_type; }
    DocumentListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    // The filter the widgets describe right now (applied or not).
    storage::DocumentListFilter currentFilter() const;

public slots:
    // Applies the widgets' filter without waiting for the search delay (tests, Enter key).
    void applyFilterNow();
    // Reloads the list, e.g. after a document changed elsewhere in the app.
    void refresh();

signals:
    // A row was double-clicked or Enter was pressed on it: open the document.
    void documentActivated(qint64 id);

private:
    void buildUi();
    void restoreFilter();
    void saveFilter() const;
    void updateHiddenLabel();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    const Preference<QVariantMap>& preference() const;
    QString objectNameFor(const char* behaviour) const;

    storage::Database& m_db;
    DocumentType m_type;
    DocumentListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_archived = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_hidden = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace sd::ui
