// Desktop notifications against a fake org.freedesktop.Notifications on the
// test's session bus: a long action that ends or fails while the window is
// not active is told, with the API's error; nothing while the window is
// active or when Settings switch it off. The Settings dialog, by keyboard.
#include "app/demosession.h"
#include "ui/mainwindow.h"
#include "core/models/activitymodel.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/refreshscheduler.h"
#include "core/projects/projectsession.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/projects/settingkeys.h"
#include "ui/settings/settingsdialog.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hcloud;

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QVector<Call> calls;

public slots:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        calls.append({app, summary, body, hints});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestNotifications : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void toldWhenInactive();
    void settingsByKeyboard();

private:
    FakeNotifications m_fake;
};

void TestNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
    // A connection of its own, so the app's calls go through the bus.
    QDBusConnection service = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
    QVERIFY2(service.isConnected(), "the test needs a session bus (dbus-run-session)");
    QVERIFY2(service.registerService(QStringLiteral("org.freedesktop.Notifications")),
             "another notification service owns the name on this bus");
    QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
                                   QDBusConnection::ExportAllSlots));
}

void TestNotifications::toldWhenInactive()
{
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectSession *session = window.currentSession();
    QTRY_VERIFY_WITH_TIMEOUT(session->existingModel(QStringLiteral("servers"))->rowCount() > 0, 10000);
    qint64 serverId = 0;
    for (const ResourceRow &row : session->existingModel(QStringLiteral("servers"))->rows()) {
        if (row->status == QLatin1String("running"))
            serverId = row->id;
    }
    QVERIFY(serverId > 0);
    const QString path = QStringLiteral("/servers/%1/actions/create_image").arg(serverId);
    auto snapshot = [&](const QString &description) {
        session->actions()->run(description, "POST", path, {{QStringLiteral("type"), QStringLiteral("snapshot")}});
    };
    ActivityModel *activity = session->actions()->activity();
    auto ended = [&](const QString &description) {
        for (const ActivityRow &row : activity->rows()) {
            if (row.description == description && !row.action.isRunning() && row.key > 0)
                return true;
        }
        return false;
    };
    // Another window has the focus: the user is elsewhere.
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    QVERIFY(!window.isActiveWindow());

    snapshot(QStringLiteral("Snapshot one"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 20000);
    QCOMPARE(m_fake.calls.at(0).summary, QStringLiteral("Done: Snapshot one"));
    QCOMPARE(m_fake.calls.at(0).body, window.currentSession()->project().name);
    QCOMPARE(m_fake.calls.at(0).app, QStringLiteral("hcloud-desktop"));
    QCOMPARE(m_fake.calls.at(0).hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("hcloud-desktop"));

    // A failure says what the API said.
    demo.simulator()->failNextAction(0, QStringLiteral("server_error"), QStringLiteral("the disk could not be read"));
    snapshot(QStringLiteral("Snapshot two"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 2, 20000);
    QCOMPARE(m_fake.calls.at(1).summary, QStringLiteral("Failed: Snapshot two"));
    QVERIFY(m_fake.calls.at(1).body.contains(QStringLiteral("the disk could not be read (server_error)")));

    // Looking at the window: nothing is told. A short action neither.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    snapshot(QStringLiteral("Snapshot three"));
    QTRY_VERIFY_WITH_TIMEOUT(ended(QStringLiteral("Snapshot three")), 20000);
    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    session->actions()->run(QStringLiteral("Reboot four"), "POST", QStringLiteral("/servers/%1/actions/reboot").arg(serverId));
    QTRY_VERIFY_WITH_TIMEOUT(ended(QStringLiteral("Reboot four")), 20000);
    // Switched off in Settings: nothing either.
    QSettings().setValue(settings::notificationsEnabled(), false);
    snapshot(QStringLiteral("Snapshot five"));
    QTRY_VERIFY_WITH_TIMEOUT(ended(QStringLiteral("Snapshot five")), 20000);
    QSettings().setValue(settings::notificationsEnabled(), true);
    snapshot(QStringLiteral("Snapshot six"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 3, 20000);
    // The next one told is the sixth: three, four and five were not.
    QCOMPARE(m_fake.calls.at(2).summary, QStringLiteral("Done: Snapshot six"));
}

void TestNotifications::settingsByKeyboard()
{
    QSettings().clear();
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->notificationsBox()->isChecked());
    dialog->notificationsBox()->setFocus();
    QTest::keyClick(dialog->notificationsBox(), Qt::Key_Space);
    QVERIFY(!dialog->notificationsBox()->isChecked());
    dialog->refreshBox()->setFocus();
    const int minute = dialog->refreshBox()->findData(5);
    while (dialog->refreshBox()->currentIndex() < minute)
        QTest::keyClick(dialog->refreshBox(), Qt::Key_Down);
    while (dialog->refreshBox()->currentIndex() > minute)
        QTest::keyClick(dialog->refreshBox(), Qt::Key_Up);
    dialog->cacheBox()->setFocus();
    QTest::keyClick(dialog->cacheBox(), Qt::Key_Space);
    // A bad endpoint keeps OK off and says why.
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->cloudEndpointEdit()->selectAll();
    QTest::keyClicks(dialog->cloudEndpointEdit(), QStringLiteral("ftp://nowhere"));
    QVERIFY(!ok->isEnabled());
    dialog->cloudEndpointEdit()->selectAll();
    QTest::keyClicks(dialog->cloudEndpointEdit(), QStringLiteral("http://127.0.0.1:8080/v1"));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(dialog->cloudEndpointEdit(), Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());

    const QSettings s;
    QCOMPARE(s.value(settings::notificationsEnabled()).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("cache/enabled")).toBool(), false);
    QCOMPARE(s.value(settings::backgroundPercent()).toInt(), 5);
    QCOMPARE(s.value(settings::cloudEndpoint()).toString(), QStringLiteral("http://127.0.0.1:8080/v1"));
    // Applied at once: the background refresh spends 5 % of the budget.
    QVERIFY(window.currentSession());
    QCOMPARE(window.currentSession()->scheduler()->share(), 0.05);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
