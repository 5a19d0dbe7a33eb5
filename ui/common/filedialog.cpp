#include "filedialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace sd::ui {

namespace {
bool g_hasNext = false;
QString g_next;
} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    g_hasNext = true;
    g_next = fileName;
}

bool FileDialog::takeNext(QString& out)
{
    if (!g_hasNext)
        return false;
    g_hasNext = false;
    out = std::exchange(g_next, QString());
    return true;
}

QString FileDialog::companyFileFilter()
{
    return QCoreApplication::translate("sd::ui::FileDialog", "Salgsdesk company files (*.sdk)");
}

QString FileDialog::getOpenFileName(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace sd::ui
