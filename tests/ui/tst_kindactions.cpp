// The generic action dialog against the simulator, driven with keystrokes:
// SSH keys are added (a pasted key), renamed and deleted (typed-name confirmation);
// an invalid key keeps the dialog open showing the API's field message.
#include "models/resourcelistmodel.h"
#include "projects/memorytokenvault.h"
#include "projects/projectsession.h"
#include "resources/actionformdialog.h"
#include "resources/kindactionmenu.h"
#include "simserver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtEndian>
#include <QtTest>

using namespace hcloud;

namespace {
const QString kToken = QStringLiteral("kindACTIONSkindACTIONSkindACTIO1") + QStringLiteral("secretSECRETsecretSECRETsecret01");

// A well-formed ed25519 public key line (the simulator checks the blob's format).
QString publicKey(char seed)
{
    QByteArray blob;
    const auto addString = [&blob](const QByteArray &s) {
        char length[4];
        qToBigEndian<quint32>(quint32(s.size()), length);
        blob.append(length, 4);
        blob.append(s);
    };
    addString("ssh-ed25519");
    QByteArray key("-kindactions-test-key-0123456789"); // 32 bytes, unlike the seeded keys
    key[0] = seed;
    addString(key);
    return QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(blob.toBase64()) + QStringLiteral(" me@test");
}

const ResourceAction &actionById(const QString &kind, const QString &id)
{
    for (const ResourceAction &a : kindActions(kind))
        if (a.id == id)
            return a;
    qFatal("no action %s", qPrintable(id));
}

QJsonObject keyNamed(ResourceListModel *model, const QString &name)
{
    for (const auto &row : model->rows())
        if (row.json.value(QStringLiteral("name")).toString() == name)
            return row.json;
    return {};
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TstKindActions : public QObject
{
    Q_OBJECT
private slots:
    void sshKeys();
};

void TstKindActions::sshKeys()
{
    sim::SimServer simulator({{{kToken, 1, 1}}, 0});
    QVERIFY(simulator.listen(0));
    MemoryTokenVault vault;
    Project project;
    project.id = QStringLiteral("p");
    project.name = QStringLiteral("Keys");
    project.endpoint = simulator.endpoint();
    project.tokens.append({QStringLiteral("t"), QString(), kToken.left(32), TokenPermission::Unknown, {}, {}, false});
    bool stored = false;
    vault.store(QStringLiteral("t"), kToken, [&](const TokenVault::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    ProjectSession session(project, &vault);
    QSignalSpy refreshed(&session, &ProjectSession::refreshed);
    session.refresh();
    QVERIFY(refreshed.wait(10000));
    ResourceListModel *keys = session.model(QStringLiteral("ssh_keys"));
    QVERIFY(keys);

    // The menu: create applies without a selection, rename and delete do not.
    QWidget window;
    KindActionMenu menu(&window);
    menu.setContext(&session, QStringLiteral("ssh_keys"), {});
    QCOMPARE(menu.actions().size(), kindActions(QStringLiteral("ssh_keys")).size());
    QVERIFY(menu.actions().at(0)->isEnabled());
    QVERIFY(!menu.actions().last()->isEnabled());
    QVERIFY(!menu.actions().last()->toolTip().isEmpty());

    // Add: an invalid key first, the dialog stays open with the API's field message.
    {
        ActionFormDialog dialog(&session, QStringLiteral("ssh_keys"), actionById(QStringLiteral("ssh_keys"),
                                                                                   QStringLiteral("create")), {});
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *key = dialog.findChild<QPlainTextEdit *>(QStringLiteral("public_key"));
        auto *labels = dialog.findChild<QPlainTextEdit *>(QStringLiteral("labels"));
        QVERIFY(name && key && labels);
        clickOk(&dialog);
        QVERIFY(dialog.errorLabel()->isVisible()); // required fields, nothing sent
        QTest::keyClicks(name, QStringLiteral("ka-laptop"));
        QTest::keyClicks(key, QStringLiteral("not a key"));
        QTest::keyClicks(labels, QStringLiteral("team=ops"));
        clickOk(&dialog);
        QTRY_VERIFY(dialog.errorLabel()->text().contains(QLatin1String("public_key")));
        QVERIFY(dialog.isVisible());

        key->clear();
        key->setFocus();
        // Paste, as a user would: the clipboard holds the key.
        QApplication::clipboard()->setText(publicKey('a'));
        QTest::keyClick(key, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(key->toPlainText(), publicKey('a'));
        QCOMPARE(dialog.body().value(QStringLiteral("labels")).toObject().value(QStringLiteral("team")).toString(),
                 QStringLiteral("ops"));
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QTRY_VERIFY(!keyNamed(keys, QStringLiteral("ka-laptop")).isEmpty());
    QCOMPARE(keyNamed(keys, QStringLiteral("ka-laptop")).value(QStringLiteral("labels")).toObject()
                 .value(QStringLiteral("team")).toString(), QStringLiteral("ops"));

    // Rename: the form starts with the current name.
    {
        const QJsonObject laptop = keyNamed(keys, QStringLiteral("ka-laptop"));
        ActionFormDialog dialog(&session, QStringLiteral("ssh_keys"),
                                actionById(QStringLiteral("ssh_keys"), QStringLiteral("edit")), laptop);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("ka-laptop"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("ka-desktop"));
        clickOk(&dialog);
        QTRY_VERIFY(!dialog.isVisible());
    }
    QTRY_VERIFY(!keyNamed(keys, QStringLiteral("ka-desktop")).isEmpty());
    QVERIFY(keyNamed(keys, QStringLiteral("ka-laptop")).isEmpty());

    // Delete: a wrong name typed keeps it; the right one deletes it.
    const QJsonObject desktop = keyNamed(keys, QStringLiteral("ka-desktop"));
    menu.setContext(&session, QStringLiteral("ssh_keys"), desktop);
    QVERIFY(menu.actions().last()->isEnabled());
    for (const QString &typed : {QStringLiteral("wrong"), QStringLiteral("ka-desktop")}) {
        ActionFormDialog dialog(&session, QStringLiteral("ssh_keys"),
                                actionById(QStringLiteral("ssh_keys"), QStringLiteral("delete")), desktop);
        dialog.show();
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            asked = true;
            auto *edit = input->findChild<QLineEdit *>();
            QTest::keyClicks(edit, typed);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        clickOk(&dialog);
        QVERIFY(asked);
        if (typed == QLatin1String("wrong")) {
            QVERIFY(dialog.isVisible());
            QVERIFY(!keyNamed(keys, QStringLiteral("ka-desktop")).isEmpty());
        } else {
            QTRY_VERIFY(!dialog.isVisible());
        }
    }
    QTRY_VERIFY(keyNamed(keys, QStringLiteral("ka-desktop")).isEmpty());
}

QTEST_MAIN(TstKindActions)
#include "tst_kindactions.moc"
