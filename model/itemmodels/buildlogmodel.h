#pragma once

#include "imagebuild/buildevent.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QTimer>
#include <QVector>

#include <deque>

class QIODevice;

namespace mcpdock {

// The build log the Build log tab shows: one row per line of every build's output. Built to stay
// smooth with a million lines: events arrive in batches (enqueue() coalesces them with a timer, so
// a busy build causes one beginInsertRows per ~40 ms, not one per line) and the text is kept as
// UTF-8 in fixed-size arenas with a small fixed record per line, not as a QString per line. When
// the cap is reached the oldest lines are dropped.
class BuildLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SourceColumn,
        StepColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // Severity
        KindRole,                        // int(imagebuild::BuildEvent::Kind)
        TimestampRole,                   // QDateTime (UTC)
        LineTextRole,                    // the line as one string, for copy and save
    };
    enum class Severity
    {
        Normal,
        Step,
        Warning,
        Error
    };
    Q_ENUM(Severity)

    static constexpr int DefaultMaximumLines = 1'000'000;
    static constexpr int DefaultBatchIntervalMs = 40;

    explicit BuildLogModel(QObject* parent = nullptr);
    ~BuildLogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Lines beyond the cap push out the oldest ones (begin/endRemoveRows at the top).
    void setMaximumLines(int lines);
    int maximumLines() const { return m_maxLines; }
    void setBatchInterval(int ms);

    // Queues one event; queued events are inserted together when the batch timer fires.
    void enqueue(const QString& source, const imagebuild::BuildEvent& event);
    // Inserts a whole batch at once (one beginInsertRows).
    void appendEvents(const QString& source, const QVector<imagebuild::BuildEvent>& events);
    // Inserts whatever is queued now (tests, and before saving).
    void flush();
    void clear();

    QString lineText(int row) const;      // the text column only
    QString formattedLine(int row) const; // "12:03:04.120  weather  3/9  text"
    // Writes every line as formattedLine(), one per line, UTF-8. False when writing failed.
    bool save(QIODevice* device);

    qint64 storedTextBytes() const; // UTF-8 bytes held, for tests of the compact storage
    int pendingCount() const { return int(m_pending.size()); }

    static Severity severityOf(imagebuild::BuildEvent::Kind kind);

signals:
    void linesAppended(int count);

private:
    struct Line
    {
        qint64 timeMs;  // ms since epoch (UTC)
        quint32 arena;  // absolute arena number (m_firstArena + index into m_arenas)
        quint32 offset; // into the arena
        quint32 length; // UTF-8 bytes
        qint16 step;
        qint16 totalSteps;
        quint16 source; // index into m_sources
        quint8 kind;    // imagebuild::BuildEvent::Kind
    };
    struct Pending
    {
        quint16 source;
        imagebuild::BuildEvent event;
    };

    static constexpr int ArenaSize = 1 << 20; // 1 MiB of UTF-8 per arena

    quint16 sourceIndex(const QString& source);
    void store(quint16 source, const imagebuild::BuildEvent& event, std::deque<Line>& into);
    void dropOldest(int count);
    QByteArray bytesOf(const Line& line) const;
    const Line& lineAt(int row) const { return m_lines[std::size_t(row)]; }

    std::deque<Line> m_lines;
    std::deque<QByteArray> m_arenas; // each reserved ArenaSize, appended to until full
    quint32 m_firstArena = 0;        // absolute number of m_arenas.front()
    QStringList m_sources;           // project names; few, so lines store an index
    std::vector<Pending> m_pending;
    QTimer m_batchTimer;
    int m_maxLines = DefaultMaximumLines;
};

} // namespace mcpdock
