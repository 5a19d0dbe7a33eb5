// Shared main for every test executable: a headless QApplication-less GUI app (QGuiApplication
// is enough for painting; the ui tests construct widgets, so they need QApplication — both
// are served by creating QApplication only when the widgets library is linked).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

// Weak hook so the ui test executable can create a QApplication instead.
__attribute__((weak)) QCoreApplication* sdCreateTestApplication(int& argc, char** argv)
{
    return new QGuiApplication(argc, argv);
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toUtf8() + "/salgsdesk-tests-runtime");
    QDir().mkpath(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    QFile::setPermissions(qEnvironmentVariable("XDG_RUNTIME_DIR"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QStandardPaths::setTestModeEnabled(true);
    // Company files of tests live in memory-backed /dev/shm where there is one: synchronous=FULL
    // fsyncs stay real calls but cost nothing, so thousands of files stay fast.
    if (qEnvironmentVariableIsEmpty("TMPDIR") && QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        qputenv("TMPDIR", "/dev/shm");
    // Property tests: thousands of sequences, reproducible by default (override with RC_PARAMS).
    if (qEnvironmentVariableIsEmpty("RC_PARAMS"))
        qputenv("RC_PARAMS", "max_success=2000 max_size=60 seed=20261123");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    std::unique_ptr<QCoreApplication> app(sdCreateTestApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("SalgsdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("salgsdesk-tests"));
    // Preferences (QSettings) of this process only: ctest runs test cases as parallel
    // processes, and a shared settings file let one test's remembered filter leak into another.
    const QString settingsDir = QDir::tempPath() + QStringLiteral("/salgsdesk-tests-settings-")
        + QString::number(QCoreApplication::applicationPid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    const int result = Catch::Session().run(argc, argv);
    QDir(settingsDir).removeRecursively();
    return result;
}
