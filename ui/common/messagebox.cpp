#include "messagebox.h"

#include <QInputDialog>

namespace sd::ui {

namespace {
// Seams: one pending answer each, consumed by the next call.
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
bool g_hasNextText = false;
std::optional<QString> g_nextText;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(Button button)
{
    g_nextAnswer = button;
}

void MessageBox::setNextText(const std::optional<QString>& text)
{
    g_hasNextText = true;
    g_nextText = text;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

void MessageBox::clearLastText()
{
    g_lastText.clear();
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon,
    QWidget* parent,
    const QString& title,
    const QString& text,
    QMessageBox::StandardButtons buttons,
    Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::information(
    QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget* parent,
    const QString& title,
    const QString& text,
    QMessageBox::StandardButtons buttons,
    Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

std::optional<QString> MessageBox::askText(
    QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    g_lastText = label;
    if (g_hasNextText) {
        g_hasNextText = false;
        return std::exchange(g_nextText, std::nullopt);
    }
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace sd::ui
