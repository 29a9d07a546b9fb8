#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace mcpdock::widgets {

// Tells the user a long build or push finished while they were in another window: through the
// system tray when there is one, else org.freedesktop.Notifications on the session bus.
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QWidget* window);

    // Only notifies when the window is not active and the job took at least minimumMs.
    bool notifyIfAway(const QString& title, const QString& body, qint64 elapsedMs, bool failed);
    void setMinimumDuration(qint64 ms) { m_minimumMs = ms; }

    // What was sent last, for tests.
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }
    int sentCount() const { return m_sent; }

private:
    bool sendOverDBus(const QString& title, const QString& body, bool failed);

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_minimumMs = 10'000;
    QString m_lastTitle;
    QString m_lastBody;
    int m_sent = 0;
};

} // namespace mcpdock::widgets
