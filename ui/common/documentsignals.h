#pragma once

// DocumentSignals: one app-wide notifier, so every list showing a document refreshes when an
// action anywhere changes it (issue 5: "lists refresh when a document changes anywhere").
// Actions emit after each successful service call; docks and views connect and refresh.
// A singleton rather than a MainWindow signal, because editors, dialogs and docks that do not
// know each other all need it.

#include <QObject>

namespace sd::ui {

class DocumentSignals : public QObject
{
    Q_OBJECT

public:
    static DocumentSignals* instance();

    // Convenience for emitters: DocumentSignals::notifyChanged(id).
    static void notifyChanged(qint64 id) { emit instance()->documentChanged(id); }

signals:
    // `id` was created, changed or deleted (0: something changed, reload everything).
    void documentChanged(qint64 id);

private:
    DocumentSignals() = default;
};

} // namespace sd::ui
