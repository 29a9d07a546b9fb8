#include "buildlogmodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIODevice>

#include <algorithm>

namespace mcpdock {

using imagebuild::BuildEvent;

BuildLogModel::BuildLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(DefaultBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &BuildLogModel::flush);
}

BuildLogModel::~BuildLogModel() = default;

int BuildLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BuildLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

BuildLogModel::Severity BuildLogModel::severityOf(BuildEvent::Kind kind)
{
    switch (kind) {
    case BuildEvent::Kind::Error:
        return Severity::Error;
    case BuildEvent::Kind::Warning:
        return Severity::Warning;
    case BuildEvent::Kind::Step:
        return Severity::Step;
    default:
        return Severity::Normal;
    }
}

QByteArray BuildLogModel::bytesOf(const Line& line) const
{
    const QByteArray& arena = m_arenas[line.arena - m_firstArena];
    // A view into the arena: no copy until it becomes a QString.
    return QByteArray::fromRawData(arena.constData() + line.offset, qsizetype(line.length));
}

QString BuildLogModel::lineText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromUtf8(bytesOf(lineAt(row)));
}

QString BuildLogModel::formattedLine(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QModelIndex i = index(row, 0);
    QStringList parts;
    for (int c = 0; c < ColumnCount; ++c)
        parts << data(i.siblingAtColumn(c)).toString();
    return parts.join(QStringLiteral("  "));
}

QVariant BuildLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = lineAt(index.row());
    const auto kind = static_cast<BuildEvent::Kind>(line.kind);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(line.timeMs)
                .toLocalTime()
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case SourceColumn:
            return m_sources.value(line.source);
        case StepColumn:
            if (line.step <= 0)
                return QString();
            return line.totalSteps > 0 ? QStringLiteral("%1/%2").arg(line.step).arg(line.totalSteps)
                                       : QString::number(line.step);
        case TextColumn:
            return QString::fromUtf8(bytesOf(line));
        }
        return {};
    case Qt::ForegroundRole:
        switch (severityOf(kind)) {
        case Severity::Error:
            return QColor(0xc0, 0x1c, 0x28);
        case Severity::Warning:
            return QColor(0x98, 0x6a, 0x00);
        default:
            return {};
        }
    case Qt::FontRole:
        // Only the text: a bold timestamp column would shout on every step.
        if (index.column() == TextColumn &&
            (severityOf(kind) == Severity::Step || severityOf(kind) == Severity::Error)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SeverityRole:
        return QVariant::fromValue(severityOf(kind));
    case KindRole:
        return int(line.kind);
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(line.timeMs, Qt::UTC);
    case LineTextRole:
        return formattedLine(index.row());
    }
    return {};
}

QVariant BuildLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Project");
    case StepColumn:
        return tr("Step");
    case TextColumn:
        return tr("Output");
    }
    return {};
}

void BuildLogModel::setMaximumLines(int lines)
{
    m_maxLines = std::max(1, lines);
    if (rowCount() > m_maxLines)
        dropOldest(rowCount() - m_maxLines);
}

void BuildLogModel::setBatchInterval(int ms)
{
    m_batchTimer.setInterval(ms);
}

quint16 BuildLogModel::sourceIndex(const QString& source)
{
    qsizetype i = m_sources.indexOf(source);
    if (i < 0) {
        // Sources are project names: a handful. Past 65535 distinct ones, reuse the last slot.
        if (m_sources.size() >= 0xffff)
            return 0xfffe;
        m_sources << source;
        i = m_sources.size() - 1;
    }
    return quint16(i);
}

void BuildLogModel::enqueue(const QString& source, const BuildEvent& event)
{
    // Byte progress goes to the progress bar; a line per progress tick would bury the log.
    if (event.kind == BuildEvent::Kind::Progress)
        return;
    m_pending.push_back({sourceIndex(source), event});
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void BuildLogModel::appendEvents(const QString& source, const QVector<BuildEvent>& events)
{
    flush(); // keep order with anything queued before
    const quint16 s = sourceIndex(source);
    for (const BuildEvent& e : events) {
        if (e.kind != BuildEvent::Kind::Progress)
            m_pending.push_back({s, e});
    }
    flush();
}

void BuildLogModel::store(quint16 source, const BuildEvent& event, std::deque<Line>& into)
{
    QByteArray utf8 = event.text.toUtf8();
    // One line is never allowed to grow without bound (a minified bundle printed by a step).
    constexpr int MaxLineBytes = 64 * 1024;
    if (utf8.size() > MaxLineBytes) {
        utf8.truncate(MaxLineBytes);
        // Do not leave a partial UTF-8 sequence at the cut.
        while (!utf8.isEmpty() && (uchar(utf8.back()) & 0xc0) == 0x80)
            utf8.chop(1);
        if (!utf8.isEmpty() && uchar(utf8.back()) >= 0xc0)
            utf8.chop(1);
        utf8.append("\xe2\x80\xa6"); // …
    }
    if (m_arenas.empty() || m_arenas.back().size() + utf8.size() > m_arenas.back().capacity()) {
        QByteArray arena;
        arena.reserve(std::max<qsizetype>(ArenaSize, utf8.size()));
        m_arenas.push_back(std::move(arena));
    }
    QByteArray& arena = m_arenas.back();
    Line line;
    line.timeMs = (event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    line.arena = m_firstArena + quint32(m_arenas.size() - 1);
    line.offset = quint32(arena.size());
    line.length = quint32(utf8.size());
    line.step = qint16(std::clamp(event.step, 0, 32767));
    line.totalSteps = qint16(std::clamp(event.totalSteps, 0, 32767));
    line.source = source;
    line.kind = quint8(event.kind);
    arena.append(utf8);
    into.push_back(line);
}

void BuildLogModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.empty())
        return;
    std::vector<Pending> batch;
    batch.swap(m_pending);

    // Only the newest m_maxLines of the batch can survive the cap.
    std::size_t first = batch.size() > std::size_t(m_maxLines) ? batch.size() - std::size_t(m_maxLines) : 0;
    const int incoming = int(batch.size() - first);
    const int overflow = rowCount() + incoming - m_maxLines;
    if (overflow > 0)
        dropOldest(std::min(overflow, rowCount()));

    const int start = rowCount();
    beginInsertRows({}, start, start + incoming - 1);
    for (std::size_t i = first; i < batch.size(); ++i)
        store(batch[i].source, batch[i].event, m_lines);
    endInsertRows();
    emit linesAppended(incoming);
}

void BuildLogModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_lines.erase(m_lines.begin(), m_lines.begin() + count);
    if (m_lines.empty()) {
        m_firstArena += quint32(m_arenas.size());
        m_arenas.clear();
    } else {
        // Free the arenas no remaining line points into.
        while (m_firstArena < m_lines.front().arena) {
            m_arenas.pop_front();
            ++m_firstArena;
        }
    }
    endRemoveRows();
}

void BuildLogModel::clear()
{
    m_batchTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_lines.clear();
    m_firstArena += quint32(m_arenas.size());
    m_arenas.clear();
    endResetModel();
}

bool BuildLogModel::save(QIODevice* device)
{
    flush();
    for (int row = 0; row < rowCount(); ++row) {
        const QByteArray line = formattedLine(row).toUtf8() + '\n';
        if (device->write(line) != line.size())
            return false;
    }
    return true;
}

qint64 BuildLogModel::storedTextBytes() const
{
    qint64 n = 0;
    for (const QByteArray& a : m_arenas)
        n += a.size();
    return n;
}

} // namespace mcpdock
