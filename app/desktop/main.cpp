// salgsdesk: the desktop app. Parses arguments, installs translators (Qt's own first), opens
// the company file and shows the main window.

#include "common/appinfo.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("salgsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
    parser.process(app);

    std::unique_ptr<sd::storage::Database> db;
    if (!parser.positionalArguments().isEmpty()) {
        auto opened = sd::storage::Database::open(parser.positionalArguments().first());
        if (!opened) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Salgsdesk"), opened.error().message);
            return 3;
        }
        db = std::move(*opened);
    }
    sd::ui::MainWindow window(std::move(db));
    window.show();
    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, target]() {
            window.grab().save(target);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
