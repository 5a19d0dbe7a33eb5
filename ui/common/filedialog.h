#pragma once

// FileDialog: every file chooser goes through here so tests can answer it
// (KeePassXC src/gui/FileDialog.h). `setNextFileName` makes the next call return that name
// without showing a dialog; an empty name stands for "cancelled".

#include <QString>

class QWidget;

namespace sd::ui {

class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent,
        const QString& caption,
        const QString& dir = {},
        const QString& filter = {});
    static QString getSaveFileName(QWidget* parent,
        const QString& caption,
        const QString& dir = {},
        const QString& filter = {});

    static void setNextFileName(const QString& fileName);

    // "Salgsdesk company files (*.sdk)".
    static QString companyFileFilter();

private:
    static bool takeNext(QString& out);
};

} // namespace sd::ui
