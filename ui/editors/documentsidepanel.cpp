#include "documentsidepanel.h"

#include "documentsession.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

DocumentSidePanel::DocumentSidePanel(DocumentSession& session, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_activity(new QListWidget)
    , m_comment(new QLineEdit)
    , m_commentButton(new QPushButton(tr("&Comment")))
    , m_attachments(new QListWidget)
    , m_attachButton(new QPushButton(tr("A&ttach file…")))
{
    setObjectName(QStringLiteral("documentSideTabWidget"));
    m_activity->setObjectName(QStringLiteral("activityListWidget"));
    m_activity->setWordWrap(true);
    m_activity->setSpacing(5); // entries are two lines; keep them apart
    m_comment->setObjectName(QStringLiteral("commentLineEdit"));
    m_comment->setPlaceholderText(tr("Write a comment and press Enter"));
    m_commentButton->setObjectName(QStringLiteral("addCommentButton"));
    m_attachments->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_attachButton->setObjectName(QStringLiteral("attachFileButton"));

    auto* activityPage = new QWidget;
    auto* al = new QVBoxLayout(activityPage);
    al->addWidget(m_activity);
    auto* row = new QHBoxLayout;
    row->addWidget(m_comment);
    row->addWidget(m_commentButton);
    al->addLayout(row);
    addTab(activityPage, tr("Activity"));

    auto* attachPage = new QWidget;
    auto* tl = new QVBoxLayout(attachPage);
    tl->addWidget(m_attachments);
    tl->addWidget(m_attachButton, 0, Qt::AlignRight);
    addTab(attachPage, tr("Attachments"));

    auto comment = [this] {
        if (addComment(m_comment->text()))
            m_comment->clear();
    };
    connect(m_comment, &QLineEdit::returnPressed, this, comment);
    connect(m_commentButton, &QPushButton::clicked, this, comment);
    connect(m_attachButton, &QPushButton::clicked, this, &DocumentSidePanel::chooseFile);
    connect(&m_session, &DocumentSession::changed, this, &DocumentSidePanel::refresh);
    refresh();
}

void DocumentSidePanel::refresh()
{
    m_activity->clear();
    if (auto log = m_session.sales().activity(m_session.documentId())) {
        // Newest first: what just happened is what the user looks for.
        for (auto it = log->crbegin(); it != log->crend(); ++it) {
            const QString when = QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat);
            auto* item = new QListWidgetItem(tr("%1\n%2 · %3").arg(it->text, when, it->user), m_activity);
            if (it->kind == QStringLiteral("comment")) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
            }
        }
    }
    m_attachments->clear();
    if (auto files = m_session.sales().attachments(m_session.documentId())) {
        for (const auto& a : *files) {
            m_attachments->addItem(tr("%1 (%2)").arg(a.name, QLocale().formattedDataSize(a.size)));
        }
    }
    setTabText(1, tr("Attachments (%1)").arg(m_attachments->count()));
}

bool DocumentSidePanel::addComment(const QString& text)
{
    if (text.trimmed().isEmpty())
        return false;
    auto r = m_session.sales().comment(m_session.documentId(), text.trimmed());
    if (!r) {
        m_session.report(r.error());
        return false;
    }
    refresh();
    return true;
}

bool DocumentSidePanel::attachFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_session.report(Error {ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), {}});
        return false;
    }
    auto r = m_session.sales().attach(m_session.documentId(), QFileInfo(path).fileName(), file.readAll());
    if (!r) {
        m_session.report(r.error());
        return false;
    }
    refresh();
    return true;
}

void DocumentSidePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
    if (!path.isEmpty())
        attachFile(path);
}

} // namespace sd::ui
