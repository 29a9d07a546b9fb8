#pragma once

// Shared helpers for the libFuzzer targets: a QCoreApplication for code that needs one (resources,
// translations), a byte reader that turns the fuzzer's input into split points and strings, and a
// check that aborts with a message libFuzzer records next to the crashing input.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace mcpdock::fuzz {

inline void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "mcpdock_fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// Reads the fuzzer's bytes front to back; past the end everything is zero/empty.
class ByteReader
{
public:
    ByteReader(const uint8_t* data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    bool atEnd() const { return m_pos >= m_size; }
    size_t remaining() const { return m_size - m_pos; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    // A string up to the next 0x00 byte (or the end).
    QByteArray field()
    {
        const size_t start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != 0)
            ++m_pos;
        QByteArray out(reinterpret_cast<const char*>(m_data + start), static_cast<qsizetype>(m_pos - start));
        if (m_pos < m_size)
            ++m_pos;
        return out;
    }
    QByteArray rest()
    {
        QByteArray out(reinterpret_cast<const char*>(m_data + m_pos), static_cast<qsizetype>(m_size - m_pos));
        m_pos = m_size;
        return out;
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

[[noreturn]] inline void failCheck(const char* file, int line, const char* what, const QString& detail)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\n%s\n", file, line, what, qPrintable(detail));
    std::abort();
}

} // namespace mcpdock::fuzz

#define FUZZ_CHECK(cond, detail)                                                                             \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::mcpdock::fuzz::failCheck(__FILE__, __LINE__, #cond, (detail));                                 \
    } while (false)
