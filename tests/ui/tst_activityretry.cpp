// The Activity tab after a write that got no answer and was not done: it
// says so and offers Try Again; clicking it sends the write once more.
#include "ui/activitypanel.h"
#include "core/api/apiclient.h"
#include "tests/support/droppingproxy.h"
#include "core/models/activitymodel.h"
#include "tests/support/projectfactory.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/sim/simserver.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace hcloud;
using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {
const QString kToken = QStringLiteral("retryUiPrefixAAAAbbbbCCCCddddE01") + QStringLiteral("retryUiSecretZZZZyyyyXXXXwwwwV01");
}

class TestActivityRetry : public QObject
{
    Q_OBJECT
private slots:
    void tryAgainOnlyWhenNotDone();
};

void TestActivityRetry::tryAgainOnlyWhenNotDone()
{
    SimServer simulator(SimOptions{{{kToken, 2, 1}}, 0, 0});
    QVERIFY(simulator.listen(0));
    DroppingProxy proxy(simulator.port());
    proxy.setWritesOnly(true);
    proxy.setDropBeforeForwarding(true);
    QVERIFY(proxy.listen());

    const Project project = testing::projectWithToken(QStringLiteral("p"), QStringLiteral("Retry"), proxy.endpoint(),
                                                      QStringLiteral("t"), kToken);
    MemoryTokenVault vault;
    QVERIFY(testing::storeToken(vault, QStringLiteral("t"), kToken));
    ProjectSession session(project, &vault);

    ActivityPanel panel;
    panel.setModel(session.actions()->activity());
    panel.setActions(session.actions());
    panel.show();
    QVERIFY(!panel.retryButton()->isVisible());

    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("from-the-panel")},
                           {QStringLiteral("server_type"), QStringLiteral("cx22")},
                           {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                           {QStringLiteral("location"), QStringLiteral("fsn1")}};
    session.actions()->run(QStringLiteral("Create server “from-the-panel”"), "POST", QStringLiteral("/servers"), body);
    QTRY_VERIFY_WITH_TIMEOUT(panel.retryButton()->isVisible(), 20000);
    QVERIFY(panel.retryLabel()->text().contains(QStringLiteral("from-the-panel")));
    QVERIFY(panel.retryLabel()->text().contains(QStringLiteral("not done")));
    QCOMPARE(panel.view()->model()->rowCount(), 1);

    // The user tries again; this time the write goes through, once.
    proxy.setDropping(false);
    QTest::mouseClick(panel.retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.retryButton()->isVisible(), 5000);
    // The lost write's entry, then the create's own actions.
    QTRY_VERIFY_WITH_TIMEOUT(panel.view()->model()->rowCount() >= 2, 20000);
    QCOMPARE(proxy.requests("POST"), 2); // the lost one and the retry
    QCOMPARE(simulator.serverIds(0).size(), 3);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestActivityRetry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_activityretry.moc"
