#pragma once

// Small helpers for salgsdesk-bench: timing, statistics, peak RSS, JSON and failure handling.
// Everything here is for the benchmark tool only; nothing in core depends on it.

#include "common/result.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace sd::bench {

// Milliseconds with sub-millisecond resolution.
class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    void restart() { m_timer.restart(); }
    double ms() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

inline double median(const QList<double>& values)
{
    return percentile(values, 50);
}

// Rounded for the JSON: figures with more digits than the noise only hide the signal.
inline double round2(double v)
{
    return double(qRound64(v * 100.0)) / 100.0;
}

// A line of /proc/self/status in MB ("VmHWM", "VmRSS"); 0 where /proc is not available.
inline double procStatusMb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Stops the tool with the error of a failed core call.
[[noreturn]] inline void die(const QString& what, const Error& e)
{
    std::fprintf(stderr, "salgsdesk-bench: %s: %s %s\n", qPrintable(what), qPrintable(e.message),
        qPrintable(e.detail));
    std::exit(2);
}

[[noreturn]] inline void die(const QString& what)
{
    std::fprintf(stderr, "salgsdesk-bench: %s\n", qPrintable(what));
    std::exit(2);
}

// value of a Result, or stop with its error.
template <typename T>
T need(Result<T> r, const QString& what)
{
    if (!r)
        die(what, r.error());
    return std::move(*r);
}

inline void need(Result<void> r, const QString& what)
{
    if (!r)
        die(what, r.error());
}

// Progress on stderr: what finished and how long it took since the previous report.
inline void phaseDone(const char* what)
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    std::fprintf(stderr, "run: %s (%.1f s)\n", what, double(timer.restart()) / 1000.0);
}

// The generator's sidecar file next to the company file: FILE.sdk.bench.json.
inline QString sidecarPath(const QString& file)
{
    return file + QStringLiteral(".bench.json");
}

} // namespace sd::bench
