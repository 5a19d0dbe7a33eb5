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

#include "common/result.h"

#include <catch2/catch.hpp>

// Readable failure messages for Qt strings and core errors.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace sd::test {
// REQUIRE_OK(result): fails with the error's message and detail.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        auto&& requireOk_ = (expr);                                                                \
        INFO((requireOk_ ? std::string() : requireOk_.error().message.toStdString() + " | "      \
                                                + requireOk_.error().detail.toStdString()));       \
        REQUIRE(bool(requireOk_));                                                                 \
    } while (false)
} // namespace sd::test
