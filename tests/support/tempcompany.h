#pragma once

// A fresh company file in a temporary directory, for tests. Every test makes its own.

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace sd::test {

struct TempCompany
{
    TempCompany();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::Database> db;

    storage::Database& operator*() { return *db; }
    QString file(const QString& name) const { return dir.filePath(name); }
};

// Runs salgsdesk-cli (path from the SALGSDESK_CLI environment set by CTest).
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {}, const QStringList& env = {});

// SHA-256 of a file's bytes, for "unchanged byte for byte" checks.
QByteArray fileHash(const QString& path);

} // namespace sd::test
