// salgsdesk-cli: the scripting interface. Links salgsdesk_core only (KeePassXC keepassxc-cli
// pattern) and runs a QGuiApplication on the offscreen platform, where it paints PDFs.

#include "cli/cli.h"
#include "common/appinfo.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace sd::cli;

namespace {

QString helpText()
{
    return Context::tr(
        "Usage: salgsdesk-cli [--file COMPANY.sdk] [--json] COMMAND ...\n"
        "Commands: init, settings get|set, customer add|list|show|set, product add|list|show|set,\n"
        "bundle add, backup --out FILE, check. See the README and shared/CLI.md for every verb.\n"
        "Exit codes: 0 ok, 1 refused by the rules, 2 malformed input, 3 file problem.");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Qt warns on stderr when XDG_RUNTIME_DIR is unset (cron jobs, CI); give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toUtf8() + "/salgsdesk-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salgsdesk-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(sd::appinfo::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sd::appinfo::kVersion));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("salgsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    Context ctx;
    QStringList tokens = QCoreApplication::arguments().mid(1);
    // Global options may stand anywhere.
    for (qsizetype i = 0; i < tokens.size();) {
        const QString t = tokens[i];
        if (t == QStringLiteral("--json")) {
            ctx.json = true;
            tokens.removeAt(i);
        } else if ((t == QStringLiteral("--file") || t == QStringLiteral("--db")) && i + 1 < tokens.size()) {
            (t == QStringLiteral("--file") ? ctx.file : ctx.dbUrl) = tokens[i + 1];
            tokens.remove(i, 2);
        } else if (t.startsWith(QStringLiteral("--file="))) {
            ctx.file = t.mid(7);
            tokens.removeAt(i);
        } else if (t == QStringLiteral("--file") || t == QStringLiteral("--db")) {
            return ctx.usage(Context::tr("The option %1 needs a value.").arg(t));
        } else {
            ++i;
        }
    }
    if (tokens.isEmpty() || tokens.first() == QStringLiteral("--help") || tokens.first() == QStringLiteral("help")) {
        ctx.out << helpText() << Qt::endl;
        return tokens.isEmpty() ? 2 : 0;
    }
    if (tokens.first() == QStringLiteral("--version")) {
        return ctx.ok(QJsonValue(QString::fromLatin1(sd::appinfo::kVersion)),
                      QStringLiteral("salgsdesk-cli ") + QString::fromLatin1(sd::appinfo::kVersion));
    }
    ctx.rest = tokens;

    QList<Command> commands = companyCommands() + masterDataCommands() + documentCommands() + invoiceCommands() + lineCommands() + stockCommands() + exportCommands() + printCommands() + backupCommands();
    // Longest match of verb words first ("customer add" before "customer").
    const Command* best = nullptr;
    for (const auto& c : commands) {
        if (tokens.size() >= c.words.size() && tokens.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best)
        return ctx.usage(Context::tr("Unknown command “%1”. Run salgsdesk-cli --help.").arg(tokens.join(u' ')));
    return best->handler(ctx);
}
