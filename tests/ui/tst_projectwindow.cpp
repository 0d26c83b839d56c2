// In the real window, with the real keychain of the test run's D-Bus session:
// add two projects and their tokens through the dialogs, "restart", and find
// both projects listing their servers. Only prefixes reach the config file.
#include "app/desktopsession.h"
#include "ui/mainwindow.h"
#include "core/models/modelroles.h"
#include "ui/projects/projectdialog.h"
#include "core/projects/projectstore.h"
#include "ui/resourcetable.h"
#include "core/sim/simserver.h"
#include "ui/tokens/addtokendialog.h"

#include "tests/support/vaulttesthelpers.h"

#include <QAction>
#include <QMessageBox>
#include <QFile>
#include <QLineEdit>
#include <QTreeView>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QPointer>
#include <QUuid>

using namespace hcloud;

namespace {
// Unique per run, so entries of an earlier run in the keyring cannot help.
QString uniqueToken(const QString &tag)
{
    const QString hex = QUuid::createUuid().toString(QUuid::Id128);
    return (tag + hex).left(32) + (hex + hex).left(32);
}

QSet<qint64> shownIds(MainWindow &window)
{
    QSet<qint64> ids;
    QAbstractItemModel *model = window.serverTable()->view()->model();
    for (int i = 0; i < model->rowCount(); ++i)
        ids.insert(model->index(i, 0).data(IdRole).toLongLong());
    return ids;
}

QSet<qint64> simIds(sim::SimServer &simulator, int project)
{
    const QVector<qint64> ids = simulator.serverIds(project);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}
} // namespace

class TestProjectWindow : public QObject
{
    Q_OBJECT
private slots:
    void addTwoProjectsAndRestart();
    void editAndRemoveProject();

private:
    bool addProject(MainWindow &window, const QString &name, const QUrl &endpoint, const QString &token);
};

bool TestProjectWindow::addProject(MainWindow &window, const QString &name, const QUrl &endpoint,
                                   const QString &token)
{
    window.newProjectAction()->trigger();
    auto *projectDialog = window.findChild<ProjectDialog *>();
    if (!projectDialog)
        return false;
    QTest::keyClicks(projectDialog->nameEdit(), name);
    projectDialog->endpointEdit()->selectAll();
    QTest::keyClicks(projectDialog->endpointEdit(), endpoint.toString());
    QTest::mouseClick(projectDialog->okButton(), Qt::LeftButton);

    // The token dialog follows at once for the new project.
    QPointer<AddTokenDialog> tokenDialog;
    for (AddTokenDialog *d : window.findChildren<AddTokenDialog *>()) {
        if (d->isVisible())
            tokenDialog = d;
    }
    if (!tokenDialog)
        return false;
    QTest::keyClicks(tokenDialog->tokenEdit(), token);
    QTest::keyClick(tokenDialog->tokenEdit(), Qt::Key_Return);
    return QTest::qWaitFor([&] { return !tokenDialog || !tokenDialog->isVisible(); }, 10000);
}

void TestProjectWindow::addTwoProjectsAndRestart()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test run's D-Bus session with gnome-keyring (see .ci/test)");
    const QString first = uniqueToken(QStringLiteral("first"));
    const QString second = uniqueToken(QStringLiteral("second"));
    sim::SimServer simulator({{{first, 12, 3}, {second, 7, 4}}, 0});
    QVERIFY(simulator.listen(0));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("projects.json"));

    {
        DesktopSession session(file);
        session.start();
        MainWindow window(session.workspace());
        window.setProjectStore(session.store(), session.vault());
        window.show();
        QVERIFY(addProject(window, QStringLiteral("Shop"), simulator.endpoint(), first));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(window), simIds(simulator, 0), 10000);
        QVERIFY(addProject(window, QStringLiteral("Blog"), simulator.endpoint(), second));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(window), simIds(simulator, 1), 10000);
    }

    QFile config(file);
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray bytes = config.readAll();
    QVERIFY(bytes.contains(first.left(32).toLatin1()));
    QVERIFY(!bytes.contains(first.right(32).toLatin1()));
    QVERIFY(!bytes.contains(second.right(32).toLatin1()));

    // Restart: a fresh session reads the file and the keychain.
    DesktopSession session(file);
    session.start();
    QVERIFY(session.problems().isEmpty());
    MainWindow window(session.workspace());
    window.show();
    QCOMPARE(window.projectList()->model()->rowCount(), 4); // and "All projects", "Needs attention"
    for (int row = 0; row < 2; ++row) {
        window.selectProject(row);
        const QString name = window.projectList()->model()->index(row, 0).data().toString();
        const int simProject = name == QLatin1String("Shop") ? 0 : 1;
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(window), simIds(simulator, simProject), 10000);
    }
}

void TestProjectWindow::editAndRemoveProject()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test run's D-Bus session with gnome-keyring (see .ci/test)");
    const QString token = uniqueToken(QStringLiteral("edit"));
    sim::SimServer simulator({{{token, 3, 5}}, 0});
    QVERIFY(simulator.listen(0));
    QTemporaryDir dir;
    DesktopSession session(dir.filePath(QStringLiteral("projects.json")));
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();
    QVERIFY(addProject(window, QStringLiteral("Staging"), simulator.endpoint(), token));
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(window), simIds(simulator, 0), 10000);
    const QString projectId = session.store()->projects().first().id;
    const TokenRecord record = session.store()->projects().first().tokens.first();
    session.store()->relabelToken(record.id, QStringLiteral("deploy"));

    // Rename.
    QVERIFY(window.editProjectAction()->isEnabled());
    window.editProjectAction()->trigger();
    ProjectDialog *edit = nullptr;
    for (ProjectDialog *d : window.findChildren<ProjectDialog *>()) {
        if (d->isVisible())
            edit = d;
    }
    QVERIFY(edit);
    QCOMPARE(edit->nameEdit()->text(), QStringLiteral("Staging"));
    QCOMPARE(edit->endpointEdit()->text(), simulator.endpoint().toString());
    edit->nameEdit()->selectAll();
    QTest::keyClicks(edit->nameEdit(), QStringLiteral("Staging EU"));
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    QCOMPARE(session.store()->project(projectId)->name, QStringLiteral("Staging EU"));
    QCOMPARE(window.projectList()->model()->index(0, 0).data().toString(), QStringLiteral("Staging EU"));

    // Remove: the confirmation names the project and what leaves the keychain.
    QVERIFY(window.removeProjectAction()->isEnabled());
    window.removeProjectAction()->trigger();
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Staging EU")));
    QVERIFY(box->informativeText().contains(QStringLiteral("deploy")));
    QVERIFY(box->informativeText().contains(record.prefix));
    QVERIFY(!box->informativeText().contains(token.right(32)));
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);

    QVERIFY(session.store()->projects().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session.store()->pendingRemovals().isEmpty(), 15000);
    QCOMPARE(testing::read(*session.vault(), record.id).result.status, TokenVault::Status::NotFound);
    QTRY_COMPARE(window.currentSession(), nullptr);
    QCOMPARE(window.serverTable()->view()->model() ? window.serverTable()->view()->model()->rowCount() : 0, 0);
}

QTEST_MAIN(TestProjectWindow)
#include "tst_projectwindow.moc"
