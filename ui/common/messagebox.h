#pragma once

// MessageBox: every question and error the UI shows goes through here, so tests can answer
// them without a modal loop (KeePassXC src/gui/MessageBox.h). `setNextAnswer` makes the next
// call return at once; `setNextText` does the same for the small text prompt. Tests read what
// would have been shown from `lastText()`.

#include <QMessageBox>
#include <QString>

#include <optional>

namespace sd::ui {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text);
    static Button critical(QWidget* parent, const QString& title, const QString& text);
    // Yes/No (or the given buttons); returns the button chosen.
    static Button question(QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);
    // One line of text (an amount, a name); nullopt when cancelled.
    static std::optional<QString> askText(
        QWidget* parent, const QString& title, const QString& label, const QString& initial = {});

    // Test seams: the next call returns this without showing anything.
    static void setNextAnswer(Button button);
    static void setNextText(const std::optional<QString>& text);
    // The text of the last message or prompt, shown or answered by a seam.
    static QString lastText();
    static void clearLastText();

private:
    static Button show(QMessageBox::Icon icon,
        QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons,
        Button defaultButton);
};

} // namespace sd::ui
