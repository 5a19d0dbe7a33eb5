#pragma once

// DocumentSidePanel: the activity log with comments, and the attachments, of one document
// (seed 000: a PDF attached to a quote; seed 002: any file on an order, comments on the log).
// Comments and attachments live outside the booking guard, so they work on booked documents too.

#include <QTabWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace sd::ui {

class DocumentSession;

class DocumentSidePanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit DocumentSidePanel(DocumentSession& session, QWidget* parent = nullptr);

public slots:
    void refresh();
    // Adds a comment to the log (the comment field's Enter).
    bool addComment(const QString& text);
    // Attaches a file; the Attach button asks for the path.
    bool attachFile(const QString& path);

private:
    void chooseFile();

    DocumentSession& m_session;
    QListWidget* m_activity;
    QLineEdit* m_comment;
    QPushButton* m_commentButton;
    QListWidget* m_attachments;
    QPushButton* m_attachButton;
};

} // namespace sd::ui
