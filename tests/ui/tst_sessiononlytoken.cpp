// Without a keychain (no D-Bus session), a token can still be used for
// this session only: it works in the window, and nothing of it is written.
#include "app/desktopsession.h"
#include "ui/mainwindow.h"
#include "ui/projects/projectdialog.h"
#include "core/projects/projectstore.h"
#include "ui/resourcetable.h"
#include "core/sim/simserver.h"
#include "ui/tokens/addtokendialog.h"
#include "tests/support/vaulttesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;

class TestSessionOnlyToken : public QObject
{
    Q_OBJECT
private slots:
    void usedForThisSessionOnly();
};

void TestSessionOnlyToken::usedForThisSessionOnly()
{
    const QString token = testing::randomToken();
    sim::SimServer simulator({{{token, 5, 1}}, 0});
    QVERIFY(simulator.listen(0));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("projects.json"));

    DesktopSession session(file);
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();

    window.newProjectAction()->trigger();
    auto *project = window.findChild<ProjectDialog *>();
    QVERIFY(project);
    QTest::keyClicks(project->nameEdit(), QStringLiteral("Lab"));
    project->endpointEdit()->selectAll();
    QTest::keyClicks(project->endpointEdit(), simulator.endpoint().toString());
    QTest::mouseClick(project->okButton(), Qt::LeftButton);

    // The dialog deletes itself on close: a QPointer notices, a raw one would dangle.
    QPointer<AddTokenDialog> dialog;
    for (AddTokenDialog *d : window.findChildren<AddTokenDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    QTest::keyClicks(dialog->tokenEdit(), token);
    QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return);

    // Verified by the API, refused by the missing keychain: the choice shows.
    QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->sessionOnlyButton()->isVisible(), 15000);
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("D-Bus"))
            || dialog->messageLabel()->text().contains(QStringLiteral("keychain")));
    QVERIFY(session.store()->projects().first().tokens.isEmpty());

    QTest::mouseClick(dialog->sessionOnlyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
    const QVector<TokenRecord> tokens = session.store()->projects().first().tokens;
    QCOMPARE(tokens.size(), 1);
    QVERIFY(tokens.first().sessionOnly);
    QTRY_COMPARE_WITH_TIMEOUT(window.serverTable()->view()->model()->rowCount(), 5, 10000);

    // The project is kept; the token is not, not even its prefix.
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.contains("Lab"));
    QVERIFY(!bytes.contains(token.left(32).toLatin1()));
    QVERIFY(!bytes.contains(token.right(32).toLatin1()));
}

int main(int argc, char *argv[])
{
    // No session bus: QtKeychain cannot reach a Secret Service.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hcloud-desktop-test-bus");
    QApplication app(argc, argv);
    TestSessionOnlyToken test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessiononlytoken.moc"
