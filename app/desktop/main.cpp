// salgsdesk: the desktop app. Parses arguments, installs translators (Qt's own first), opens
// the company file and shows the main window.

#include "actions/mainmenus.h"
#include "common/appinfo.h"
#include "common/preferences.h"
#include "dialogs/newcompanydialog.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Salgsdesk"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(sd::appinfo::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sd::appinfo::kVersion));

    // The language chosen in the preferences ("nb", "da", "sv", "en"), else the system's. A chosen
    // language also becomes the default locale, so dates and amounts follow it.
    const QString language = sd::ui::prefs::language.get();
    const QLocale uiLocale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(uiLocale);
    // Qt's own catalogue first (stock dialogs and buttons), then ours.
    QTranslator qtTranslator;
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    bool qtLoaded = qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations);
    // Debian ships qtbase_nn.qm but no qtbase_nb.qm: Nynorsk reads far better to a Bokmål user
    // than English does.
    if (!qtLoaded && uiLocale.language() == QLocale::NorwegianBokmal)
        qtLoaded = qtTranslator.load(QStringLiteral("qtbase_nn"), qtTranslations);
    if (qtLoaded)
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(uiLocale, QStringLiteral("salgsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Sales and inventory desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "Company file (.sdk) to open"));
    // For documentation and visual checks: render the window to a PNG and quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a screenshot of the main window and quit"),
                                  QStringLiteral("png"));
    parser.addOption(screenshot);
    QCommandLineOption openDocument(QStringLiteral("open"),
                                    QCoreApplication::translate("main", "Open the document with this id at start"),
                                    QStringLiteral("id"));
    parser.addOption(openDocument);
    parser.process(app);

    std::unique_ptr<sd::storage::Database> db;
    QString path;
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    else if (QFileInfo::exists(sd::ui::prefs::lastCompanyFile.get()))
        path = sd::ui::prefs::lastCompanyFile.get();
    if (!path.isEmpty()) {
        auto opened = sd::storage::Database::open(path);
        if (!opened) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Salgsdesk"), opened.error().message);
            // A named file that fails is an error; a remembered one falls through to the wizard.
            if (!parser.positionalArguments().isEmpty())
                return 3;
        } else {
            db = std::move(*opened);
        }
    }
    if (!db) {
        // First run (or the last file is gone): create a company or open the demo.
        sd::ui::NewCompanyDialog wizard;
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        db = wizard.takeDatabase();
    }
    sd::ui::MainMenus::addRecentFile(db->path());
    sd::ui::prefs::lastCompanyFile.set(QFileInfo(db->path()).absoluteFilePath());
    // On the heap: File → Open replaces the window by a new one and closes this one.
    auto* window = new sd::ui::MainWindow(std::move(db));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!parser.isSet(screenshot))
        window->startAutomaticBackups();
    if (parser.isSet(openDocument))
        window->openDocument(parser.value(openDocument).toLongLong());
    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        QTimer::singleShot(800, window, [window, target]() {
            window->grab().save(target);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
