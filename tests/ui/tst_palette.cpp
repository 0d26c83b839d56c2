// Ctrl+K in the demo window, driven by keyboard: jump to a server of another
// project by name, find one by IP and by id, reboot one by typing "reboot
// NAME", open a console with "console NAME"; typing sends no request.
#include "ui/console/consolewindow.h"
#include "app/demosession.h"
#include "ui/mainwindow.h"
#include "core/models/activitymodel.h"
#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "ui/palette/palettedialog.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"
#include "ui/resourcetable.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>

using namespace hcloud;

namespace {
PaletteDialog *openPalette(MainWindow &window)
{
    // As the desktop does when a dialog closes; offscreen leaves it to us.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    PaletteDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = window.findChild<PaletteDialog *>()) && dialog->isVisible(); }, 5000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

struct Server
{
    qint64 id = 0;
    QString name;
    QString ip;
    QString status;
};

Server serverOf(ProjectSession *session, const QString &status)
{
    for (const ResourceRow &row : session->existingModel(QStringLiteral("servers"))->rows()) {
        const QJsonObject o = row->object();
        const QString ip = o[QStringLiteral("public_net")][QStringLiteral("ipv4")][QStringLiteral("ip")].toString();
        if (row->status == status && !ip.isEmpty())
            return {row->id, row->name, ip, row->status};
    }
    return {};
}
} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jumpFindAndRun();
};

void TestPalette::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
}

void TestPalette::jumpFindAndRun()
{
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Two projects loaded: the first shown, the second visited once.
    const QVector<Project> projects = demo.workspace()->projects();
    ProjectSession *first = window.currentSession();
    QTRY_VERIFY_WITH_TIMEOUT(first->existingModel(QStringLiteral("servers"))->rowCount() > 0, 10000);
    window.selectProject(1);
    ProjectSession *second = window.currentSession();
    QVERIFY(second != first);
    QTRY_VERIFY_WITH_TIMEOUT(second->existingModel(QStringLiteral("servers"))->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(second->state() != ProjectSession::State::Loading, 10000);
    window.selectProject(0);
    QTRY_VERIFY_WITH_TIMEOUT(first->state() != ProjectSession::State::Loading, 10000);
    const Server target = serverOf(second, QStringLiteral("running"));
    QVERIFY(target.id > 0);

    // By name, in the other project.
    PaletteDialog *palette = openPalette(window);
    QVERIFY(palette);
    const int budget0 = demo.simulator()->rateLimitRemaining(0);
    const int budget1 = demo.simulator()->rateLimitRemaining(1);
    // The project's name narrows it down, as names repeat across projects.
    QTest::keyClicks(palette->queryEdit(), target.name + QStringLiteral(" staging"));
    QVERIFY(palette->resultView()->model()->rowCount() > 0);
    QVERIFY(palette->resultView()->currentIndex().data().toString().startsWith(target.name));
    QVERIFY(palette->resultView()->currentIndex().data().toString().contains(projects.at(1).name));
    QCOMPARE(demo.simulator()->rateLimitRemaining(0), budget0);
    QCOMPARE(demo.simulator()->rateLimitRemaining(1), budget1);
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(window.currentSession(), second);
    QCOMPARE(window.shownKind(), QStringLiteral("servers"));
    QCOMPARE(window.serverTable()->view()->currentIndex().data(IdRole).toLongLong(), target.id);

    // By IP, and by id, with arrow keys over the results.
    palette = openPalette(window);
    QVERIFY(palette);
    QTest::keyClicks(palette->queryEdit(), target.ip);
    // The server, and its primary IP, whose address it is.
    QAbstractItemModel *results = palette->resultView()->model();
    QVERIFY(results->rowCount() >= 1 && results->rowCount() <= 2);
    int serverRow = -1;
    for (int r = 0; r < results->rowCount(); ++r) {
        if (results->index(r, 0).data().toString().startsWith(target.name + QStringLiteral(" — ")))
            serverRow = r;
    }
    QVERIFY(serverRow >= 0);
    while (palette->resultView()->currentIndex().row() < serverRow)
        QTest::keyClick(palette->queryEdit(), Qt::Key_Down);
    QCOMPARE(palette->resultView()->currentIndex().row(), serverRow);
    palette->queryEdit()->clear();
    QTest::keyClicks(palette->queryEdit(), QString::number(target.id));
    QCOMPARE(palette->resultView()->model()->index(0, 0).data().toString().section(QStringLiteral(" — "), 0, 0), target.name);
    QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<PaletteDialog *>());

    // "reboot NAME" reboots it: the action is in the Activity.
    const Server other = serverOf(first, QStringLiteral("running"));
    QVERIFY(other.id > 0);
    palette = openPalette(window);
    QVERIFY(palette);
    QTest::keyClicks(palette->queryEdit(), QStringLiteral("reboot ") + other.name + QStringLiteral(" production"));
    QVERIFY2(palette->resultView()->currentIndex().data().toString().startsWith(QStringLiteral("Reboot ") + other.name),
             qPrintable(palette->resultView()->currentIndex().data().toString()));
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(window.currentSession(), first);
    ActivityModel *activity = first->actions()->activity();
    auto rebooted = [&] {
        for (int r = 0; r < activity->rowCount(); ++r) {
            if (activity->rowAt(r).description == QStringLiteral("Reboot “%1”").arg(other.name))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rebooted(), 10000);

    // "console NAME" opens the server's console window.
    palette = openPalette(window);
    QVERIFY(palette);
    QTest::keyClicks(palette->queryEdit(), QStringLiteral("console ") + target.name + QStringLiteral(" staging"));
    QVERIFY(palette->resultView()->currentIndex().data().toString().startsWith(QStringLiteral("Console ") + target.name));
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(([] {
                                 for (QWidget *w : QApplication::topLevelWidgets()) {
                                     if (qobject_cast<ConsoleWindow *>(w) && w->isVisible())
                                         return true;
                                 }
                                 return false;
                             }()),
                             10000);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<ConsoleWindow *>(w))
            w->close();
    }
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
