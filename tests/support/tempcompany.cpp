#include "tempcompany.h"

#include "services/companyservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

namespace sd::test {

TempCompany::TempCompany()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("company.sdk"));
    CompanySetup setup;
    setup.name = QStringLiteral("Testfirma AS");
    setup.orgnr = QStringLiteral("923609016");
    setup.vatRegistered = true;
    auto created = CompanyService::createCompany(path, setup);
    if (!created)
        FAIL(created.error().message.toStdString() + " " + created.error().detail.toStdString());
    db = std::move(*created);
}

CliResult runCli(const QStringList& args, const QByteArray& stdinData, const QStringList& env)
{
    const QString cli = qEnvironmentVariable("SALGSDESK_CLI", QStringLiteral(SALGSDESK_CLI_PATH));
    REQUIRE_FALSE(cli.isEmpty());
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.remove(QStringLiteral("SALGSDESK_FILE"));
    for (const QString& kv : env) {
        const qsizetype eq = kv.indexOf(u'=');
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    p.start(cli, args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace sd::test
