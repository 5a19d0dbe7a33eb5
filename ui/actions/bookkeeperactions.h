#pragma once

// BookkeeperActions: File → Import/Export — customer and product CSV imports (all or nothing,
// with core's row-by-row report) and the journal and invoice-list CSV exports. One service call
// each; the files are read and written here, the content is core's.

#include <QObject>

class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class BookkeeperActions : public QObject
{
    Q_OBJECT

public:
    BookkeeperActions(storage::Database& db, QWidget* parent);

public slots:
    void importCsv(bool products);
    void exportCsv(bool journal);

signals:
    void message(const QString& text);

private:
    storage::Database& m_db;
    QWidget* m_parent;
};

} // namespace sd::ui
