#pragma once

// Icons by typed enum, never by scattered strings (KMyMoney icons/icons.h). Each icon comes
// from the desktop theme (freedesktop names) with a QStyle standard icon as fallback, so the
// app has icons on Windows/macOS and offscreen without an SVG dependency.

#include <QIcon>

namespace sd::ui {

enum class Icon
{
    NewDocument,
    OpenFile,
    Print,
    PrintPreview,
    Undo,
    Redo,
    Find,
    Quit,
    About,
    Send,
    Accept,
    Reject,
    Confirm,
    Ship,
    Pick,
    Invoice,
    Book,
    Credit,
    Payment,
    Remind,
    Backorder,
    Cancel,
    Duplicate,
    Delete,
    Export,
    Import,
    Archive,
    Company,
};

namespace icons {
QIcon get(Icon icon);
} // namespace icons

} // namespace sd::ui
