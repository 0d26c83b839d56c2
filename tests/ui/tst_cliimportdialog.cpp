// Import from the hcloud CLI through the window: the contexts of a cli.toml
// the test writes are listed, the chosen ones become projects whose tokens
// are in the real keychain, the file is not changed, and the dialog says
// that it still holds plaintext tokens.
#include "app/desktopsession.h"
#include "ui/mainwindow.h"
#include "ui/projects/cliimportdialog.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenvault.h"
#include "ui/resourcetable.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"
#include "tests/support/vaulttesthelpers.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;

class TestCliImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // English plural forms come from the English .ts.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QLocale());
    }
    void importsChosenContexts();
};

void TestCliImportDialog::importsChosenContexts()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test run's D-Bus session with gnome-keyring (see .ci/test)");
    const QString prod = testing::randomToken();
    const QString staging = testing::randomToken();
    sim::SimServer simulator({{{prod, 4, 1}, {staging, 2, 2}}, 0});
    QVERIFY(simulator.listen(0));

    QTemporaryDir dir;
    const QString toml = dir.filePath(QStringLiteral("cli.toml"));
    const QByteArray text = "active_context = \"prod\"\n\n"
                            "[[contexts]]\n  name = \"prod\"\n  token = \"" + prod.toLatin1() + "\"\n\n"
                            "[[contexts]]\n  name = \"staging\"\n  token = \"" + staging.toLatin1() + "\"\n\n"
                            "[[contexts]]\n  name = \"broken\"\n  token = \"tooshort\"\n";
    {
        QFile f(toml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QDateTime modified = QFileInfo(toml).lastModified();
    qputenv("HCLOUD_CONFIG", toml.toLocal8Bit());
    qputenv("HCLOUD_ENDPOINT", simulator.endpoint().toString().toLatin1());

    DesktopSession session(dir.filePath(QStringLiteral("projects.json")));
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();
    QVERIFY(window.importCliAction()->isEnabled());
    window.importCliAction()->trigger();
    auto *dialog = window.findChild<CliImportDialog *>();
    QVERIFY(dialog && dialog->isVisible());

    QListWidget *list = dialog->contextList();
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("prod")));
    QVERIFY(list->item(0)->text().contains(prod.left(32)));
    QVERIFY(!list->item(0)->text().contains(prod.right(32)));
    QVERIFY(list->item(1)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(list->item(2)->flags() & Qt::ItemIsEnabled));
    QVERIFY(dialog->noticeLabel()->text().contains(QStringLiteral("plain text")));
    QVERIFY(dialog->noticeLabel()->text().contains(QStringLiteral("cli.toml")));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session.store()->projects().size(), 2, 15000);
    QTRY_VERIFY(dialog->messageLabel()->text().contains(QStringLiteral("2 projects imported")));

    // The tokens are in the keychain, the config holds prefixes only.
    for (const Project &p : session.store()->projects()) {
        QCOMPARE(p.endpoint, simulator.endpoint());
        QCOMPARE(p.tokens.size(), 1);
        const QString expected = p.name == QLatin1String("prod") ? prod : staging;
        QCOMPARE(testing::read(*session.vault(), p.tokens.first().id).token, expected);
    }
    QFile config(session.store()->filePath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray saved = config.readAll();
    QVERIFY(!saved.contains(prod.right(32).toLatin1()));
    QVERIFY(!saved.contains(staging.right(32).toLatin1()));

    // cli.toml is untouched.
    QFile original(toml);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), text);
    QCOMPARE(QFileInfo(toml).lastModified(), modified);

    // The imported project works in the window.
    QTRY_COMPARE_WITH_TIMEOUT(window.serverTable()->view()->model()->rowCount(), 4, 15000);

    for (const Project &p : session.store()->projects())
        testing::remove(*session.vault(), p.tokens.first().id);
    qunsetenv("HCLOUD_CONFIG");
    qunsetenv("HCLOUD_ENDPOINT");
}

QTEST_MAIN(TestCliImportDialog)
#include "tst_cliimportdialog.moc"
