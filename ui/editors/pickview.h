#pragma once

// PickView: the warehouse worker's screen for one shipment (ARCHITECTURE §1). Big type; the
// lines with ordered / picked / remaining; a scan field that takes a keyboard-wedge scanner's
// Enter-terminated EAN (one scan = one unit, SalesService::pickEan). A refused scan — unknown
// code, or more than the line holds — flashes red, beeps, says why, and changes nothing.
// "Pick all", and "Send + print packing slip" in one step.

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentSession;

class PickView : public QWidget
{
    Q_OBJECT

public:
    PickView(storage::Database& db, qint64 shipmentId, QWidget* parent = nullptr);

    qint64 documentId() const;
    QString title() const;
    // How the packing slip reaches paper: by default the PDF opens in the system viewer
    // (QDesktopServices); tests replace it to check the file without opening anything.
    void setPackingSlipHandler(std::function<void(const QString& pdfPath)> handler);

public slots:
    // One scan: true when a unit was picked.
    bool scan(const QString& code);
    bool pickAll();
    bool sendAndPrint();

signals:
    void titleChanged(const QString& title);
    // The shipment was sent; the shell may refresh its lists.
    void shipmentSent(qint64 id);

public slots:
    void refresh();

private:
    void fail(const QString& message);
    void succeed(const QString& message);

    DocumentSession* m_session;
    storage::Database& m_db;
    QLabel* m_title;
    QLabel* m_status;
    QTableWidget* m_table;
    QLineEdit* m_scan;
    QLabel* m_message;
    QPushButton* m_pickAll;
    QPushButton* m_send;
    QTimer* m_flash;
    std::function<void(const QString&)> m_packingSlip;
};

} // namespace sd::ui
