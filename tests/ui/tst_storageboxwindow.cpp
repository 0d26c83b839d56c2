// A Storage Box's snapshot as a user makes and uses one, against the
// simulator's Hetzner API port: the box's action menu creates a snapshot,
// then rolls the box back to an older one, refused until the box's name is
// typed into the form; the box's row shows the rolled back data. A password
// reset shows the made-up password once.
#include "core/models/resourcelistmodel.h"
#include "ui/resources/actionformdialog.h"
#include "ui/resources/kindactionmenu.h"
#include "ui/servers/passworddialog.h"

#include "tests/support/simsession.h"
#include "tests/sim/simhttp.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace hcloud;

namespace {

const QString kToken = QStringLiteral("storageBOXstorageBOXstorageBOX01") + QStringLiteral("secretSECRETsecretSECRETsecret02");

ActionFormDialog *openForm(KindActionMenu &menu, QWidget *parent, const QString &id)
{
    for (QAction *action : menu.actions()) {
        if (action->objectName() == id) {
            if (!action->isEnabled())
                return nullptr;
            action->trigger();
        }
    }
    for (ActionFormDialog *dialog : parent->findChildren<ActionFormDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QJsonObject rowNamed(const ResourceListModel *model, const QString &name)
{
    for (const auto &row : model->rows()) {
        if (row->object().value(QStringLiteral("name")).toString() == name)
            return row->object();
    }
    return {};
}

} // namespace

class TstStorageBoxWindow : public QObject
{
    Q_OBJECT
private slots:
    void snapshotThenRollBack();
    void passwordResetIsShownOnce();
};

void TstStorageBoxWindow::snapshotThenRollBack()
{
    SimSession p(kToken, 2, 50);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ResourceListModel *boxes = p.session->model(QStringLiteral("storage_boxes"));
    QAbstractItemModelTester tester(boxes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    p.session->refreshKind(QStringLiteral("storage_boxes"));
    QTRY_COMPARE(boxes->rowCount(), 2);
    const QJsonObject box = rowNamed(boxes, QStringLiteral("backup"));
    QVERIFY(!box.isEmpty());
    const QString snapshots = QStringLiteral("/storage_boxes/%1/snapshots").arg(box.value(QStringLiteral("id")).toInteger());
    SimHttp api(p.simulator.hetznerEndpoint());
    const int before = int(api.get(snapshots, kToken).json[QStringLiteral("snapshots")].toArray().size());

    QWidget window;
    window.show();
    KindActionMenu menu(&window);
    menu.setContext(p.session.get(), QStringLiteral("storage_boxes"), box);

    // Create a snapshot with a description.
    ActionFormDialog *create = openForm(menu, &window, QStringLiteral("create_snapshot"));
    QVERIFY(create);
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("description")), QStringLiteral("before cleanup"));
    QPointer<ActionFormDialog> createGuard(create);
    clickOk(create);
    QTRY_VERIFY(!createGuard || !createGuard->isVisible());
    QTRY_COMPARE(int(api.get(snapshots, kToken).json[QStringLiteral("snapshots")].toArray().size()), before + 1);
    // Its action ends, polled on the Hetzner API: the box is free again.
    QTRY_COMPARE(rowNamed(boxes, QStringLiteral("backup")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // Roll back to the oldest snapshot, which held less data.
    const QJsonObject oldest = api.get(snapshots + QStringLiteral("?sort=created:asc"), kToken).json[QStringLiteral("snapshots")][0].toObject();
    const qint64 oldData = oldest[QStringLiteral("stats")][QStringLiteral("size_filesystem")].toInteger();
    QVERIFY(oldData != box[QStringLiteral("stats")][QStringLiteral("size_data")].toInteger());
    menu.setContext(p.session.get(), QStringLiteral("storage_boxes"), rowNamed(boxes, QStringLiteral("backup")));
    ActionFormDialog *rollback = openForm(menu, &window, QStringLiteral("rollback_snapshot"));
    QVERIFY(rollback);
    auto *choice = rollback->findChild<QComboBox *>(QStringLiteral("snapshot"));
    QTRY_VERIFY(choice->isEnabled());  // the box's snapshots arrived
    QCOMPARE(choice->count(), before + 1);
    const int at = choice->findText(oldest[QStringLiteral("name")].toString(), Qt::MatchStartsWith);
    QVERIFY(at >= 0);
    choice->setCurrentIndex(at);
    QVERIFY(choice->findText(QStringLiteral("before cleanup"), Qt::MatchContains) >= 0);

    // Not without the box's name typed, and not with another.
    clickOk(rollback);
    QVERIFY(rollback->isVisible());
    QVERIFY(rollback->errorLabel()->text().contains(QStringLiteral("backup")));
    auto *confirm = rollback->findChild<QLineEdit *>(QStringLiteral("confirm_name"));
    QTest::keyClicks(confirm, QStringLiteral("backups"));
    clickOk(rollback);
    QVERIFY(rollback->isVisible());
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("backup"));
    QPointer<ActionFormDialog> rollbackGuard(rollback);
    clickOk(rollback);
    QTRY_VERIFY(!rollbackGuard || !rollbackGuard->isVisible());
    // When the action has ended, the list is read again and shows the snapshot's data.
    QTRY_COMPARE(rowNamed(boxes, QStringLiteral("backup"))[QStringLiteral("stats")][QStringLiteral("size_data")].toInteger(), oldData);
    QCOMPARE(rowNamed(boxes, QStringLiteral("backup")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TstStorageBoxWindow::passwordResetIsShownOnce()
{
    SimSession p(kToken, 2, 50);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ResourceListModel *boxes = p.session->model(QStringLiteral("storage_boxes"));
    p.session->refreshKind(QStringLiteral("storage_boxes"));
    QTRY_COMPARE(boxes->rowCount(), 2);
    QWidget window;
    window.show();
    KindActionMenu menu(&window);
    menu.setContext(p.session.get(), QStringLiteral("storage_boxes"), rowNamed(boxes, QStringLiteral("media-archive")));
    ActionFormDialog *reset = openForm(menu, &window, QStringLiteral("reset_password"));
    QVERIFY(reset);
    // The confirmation is a question; the user answers Yes.
    // The confirmation is a modal box of its own: answer it once it shows.
    auto *answer = new QTimer(reset);
    connect(answer, &QTimer::timeout, answer, [answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer->stop();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        }
    });
    answer->start(20);
    clickOk(reset);
    PasswordDialog *shown = nullptr;
    QTRY_VERIFY((shown = window.findChild<PasswordDialog *>(QStringLiteral("password_dialog"))) != nullptr);
    const QString password = shown->passwordEdit()->text();
    QCOMPARE(password.size(), 24);
    QVERIFY(password.contains(QRegularExpression(QStringLiteral("[a-z]"))) && password.contains(QRegularExpression(QStringLiteral("[A-Z]")))
            && password.contains(QRegularExpression(QStringLiteral("[0-9]"))) && password.contains(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]"))));
    // Closed, it is gone from the dialog.
    QTest::mouseClick(shown->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<PasswordDialog *>() == nullptr);
    // A second reset makes up another one.
    ActionFormDialog *again = openForm(menu, &window, QStringLiteral("reset_password"));
    QVERIFY(again);
    // The confirmation is a modal box of its own: answer it once it shows.
    auto *answerAgain = new QTimer(again);
    connect(answerAgain, &QTimer::timeout, answerAgain, [answerAgain] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answerAgain->stop();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        }
    });
    answerAgain->start(20);
    clickOk(again);
    QTRY_VERIFY((shown = window.findChild<PasswordDialog *>(QStringLiteral("password_dialog"))) != nullptr);
    QVERIFY(shown->passwordEdit()->text() != password);
}

QTEST_MAIN(TstStorageBoxWindow)
#include "tst_storageboxwindow.moc"
