#include "common/notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSystemTrayIcon>
#include <QWidget>

namespace mcpdock::widgets {

Notifier::Notifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
}

bool Notifier::notifyIfAway(const QString& title, const QString& body, qint64 elapsedMs, bool failed)
{
    if (m_window->isActiveWindow() || elapsedMs < m_minimumMs)
        return false;
    m_lastTitle = title;
    m_lastBody = body;
    ++m_sent;
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, body, failed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                            10'000);
        return true;
    }
    return sendOverDBus(title, body, failed);
}

bool Notifier::sendOverDBus(const QString& title, const QString& body, bool failed)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(failed ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.mcpdock.MCPDock"));
    call << QApplication::applicationDisplayName() << uint(0) << QStringLiteral("io.mcpdock.MCPDock") << title
         << body << QStringList() << hints << int(-1);
    // Fire and forget: a missing notification daemon must not hold up the window.
    return bus.send(call);
}

} // namespace mcpdock::widgets
