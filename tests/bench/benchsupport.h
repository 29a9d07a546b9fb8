#pragma once

// Small helpers the benchmark executables share: peak memory from /proc, the machine-readable
// result line run.sh collects, and pinning to one core.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sched.h>

namespace mcpdock::bench {

// A field of /proc/self/status in KiB ("VmHWM", "VmRSS"), -1 when absent.
inline qint64 procStatusKiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key)) {
            const QByteArray value = line.mid(key.size()).trimmed(); // "12345 kB"
            return value.left(value.indexOf(' ')).toLongLong();
        }
    }
    return -1;
}

inline qint64 peakRssKiB()
{
    return procStatusKiB("VmHWM");
}

// Pins the process to the core it is running on, so a "one core" figure means one core.
inline int pinToOneCore()
{
    const int cpu = sched_getcpu();
    if (cpu < 0)
        return -1;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0 ? cpu : -1;
}

// "RESULT <bench> key=value key=value ...": one line per measurement on stdout, parsed by run.sh.
class ResultLine
{
public:
    explicit ResultLine(const char* bench)
        : m_text(QStringLiteral("RESULT ") + QString::fromLatin1(bench))
    {}
    ResultLine& add(const char* key, const QString& value)
    {
        QString v = value;
        v.replace(QLatin1Char(' '), QLatin1Char('_'));
        m_text += QLatin1Char(' ') + QString::fromLatin1(key) + QLatin1Char('=') + v;
        return *this;
    }
    ResultLine& add(const char* key, qint64 value) { return add(key, QString::number(value)); }
    ResultLine& add(const char* key, int value) { return add(key, QString::number(value)); }
    ResultLine& add(const char* key, double value, int decimals = 2)
    {
        return add(key, QString::number(value, 'f', decimals));
    }
    void print() const
    {
        std::fputs(m_text.toUtf8().constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

private:
    QString m_text;
};

template <typename T>
T median(QList<T> values)
{
    if (values.isEmpty())
        return T{};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace mcpdock::bench
