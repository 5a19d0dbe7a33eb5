#include "icons.h"

#include <QApplication>
#include <QStyle>

namespace sd::ui::icons {

namespace {

struct Spec
{
    const char* themeName; // freedesktop icon naming specification
    QStyle::StandardPixmap fallback;
};

Spec specFor(Icon icon)
{
    switch (icon) {
    case Icon::NewDocument:
        return { "document-new", QStyle::SP_FileIcon };
    case Icon::OpenFile:
        return { "document-open", QStyle::SP_DialogOpenButton };
    case Icon::Print:
        return { "document-print", QStyle::SP_DialogSaveButton };
    case Icon::PrintPreview:
        return { "document-print-preview", QStyle::SP_FileDialogContentsView };
    case Icon::Undo:
        return { "edit-undo", QStyle::SP_ArrowBack };
    case Icon::Redo:
        return { "edit-redo", QStyle::SP_ArrowForward };
    case Icon::Find:
        return { "edit-find", QStyle::SP_FileDialogContentsView };
    case Icon::Quit:
        return { "application-exit", QStyle::SP_DialogCloseButton };
    case Icon::About:
        return { "help-about", QStyle::SP_MessageBoxInformation };
    case Icon::Send:
        return { "mail-send", QStyle::SP_ArrowRight };
    case Icon::Accept:
    case Icon::Confirm:
        return { "emblem-ok", QStyle::SP_DialogApplyButton };
    case Icon::Reject:
    case Icon::Cancel:
        return { "process-stop", QStyle::SP_DialogCancelButton };
    case Icon::Ship:
        return { "go-next", QStyle::SP_ArrowRight };
    case Icon::Pick:
        return { "object-select", QStyle::SP_DialogYesButton };
    case Icon::Invoice:
        return { "x-office-document", QStyle::SP_FileIcon };
    case Icon::Book:
        return { "document-save", QStyle::SP_DialogSaveButton };
    case Icon::Credit:
        return { "edit-undo", QStyle::SP_ArrowBack };
    case Icon::Payment:
        return { "emblem-money", QStyle::SP_DialogYesButton };
    case Icon::Remind:
        return { "dialog-warning", QStyle::SP_MessageBoxWarning };
    case Icon::Backorder:
        return { "edit-cut", QStyle::SP_ArrowDown };
    case Icon::Duplicate:
        return { "edit-copy", QStyle::SP_FileLinkIcon };
    case Icon::Delete:
        return { "edit-delete", QStyle::SP_TrashIcon };
    case Icon::Export:
        return { "document-export", QStyle::SP_DriveFDIcon };
    case Icon::Import:
        return { "document-import", QStyle::SP_DirOpenIcon };
    case Icon::Archive:
        return { "folder", QStyle::SP_DirIcon };
    case Icon::Company:
        return { "go-home", QStyle::SP_DirHomeIcon };
    }
    return { "", QStyle::SP_FileIcon };
}

} // namespace

QIcon get(Icon icon)
{
    const Spec spec = specFor(icon);
    // Outside a desktop session Qt knows no theme; Adwaita is on most Linux systems, and where
    // it is missing the QStyle icon below still gives every action a picture.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    const QIcon fallback = QApplication::style()->standardIcon(spec.fallback);
    return QIcon::fromTheme(QString::fromLatin1(spec.themeName), fallback);
}

} // namespace sd::ui::icons
