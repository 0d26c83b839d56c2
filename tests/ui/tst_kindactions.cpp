// The generic action dialog against the simulator, driven with keystrokes:
// SSH keys are added (a pasted key), renamed and deleted (typed-name confirmation);
// an invalid key keeps the dialog open showing the API's field message. Volumes
// go through create, attach, resize, detach and delete; a firewall's rules are
// edited in the rules editor and it is applied to a server; a snapshot
// rebuilds a server.
#include "core/models/resourcelistmodel.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "ui/resources/actionformdialog.h"
#include "ui/resources/firewallrulesdialog.h"
#include "ui/resources/kindactionmenu.h"
#include "core/resources/resourcekind.h"

#include "tests/support/simsession.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTableWidget>
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
        if (row->object().value(QStringLiteral("name")).toString() == name)
            return row->object();
    return {};
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Picks the entry a user would pick by its text.
bool choose(QComboBox *combo, const QString &text)
{
    const int at = combo->findText(text);
    if (at < 0)
        return false;
    combo->setCurrentIndex(at);
    return true;
}

void typeNumber(QDoubleSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

// Form inputs written as "key=text|key=text".
QStringList fields(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Answers the typed-name confirmation that deleting asks for.
void typeNameWhenAsked(QObject *context, const QString &name)
{
    QTimer::singleShot(0, context, [name] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input)
            return;
        auto *edit = input->findChild<QLineEdit *>();
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

// A project on its own simulator, loaded once, with lists fetched on demand.
struct SimProject : SimSession
{
    explicit SimProject(int servers, int actionMs = 1500) : SimSession(kToken, servers, actionMs) {}
    ResourceListModel *loaded(const QString &kind)
    {
        ResourceListModel *model = session->model(kind);
        session->refreshKind(kind);
        return model;
    }
};} // namespace

class TstKindActions : public QObject
{
    Q_OBJECT
private slots:
    void sshKeys();
    void volumes();
    void firewallRulesAndTargets();
    void snapshotRebuildsAServer();
    void membersOfNetworksAndGroups();
    void formsOfEveryKind_data();
    void formsOfEveryKind();
};

void TstKindActions::sshKeys()
{
    SimProject p(1, 0);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ProjectSession &session = *p.session;
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
        // A label the API would refuse is named before anything is sent.
        QTest::keyClicks(labels, QStringLiteral("team=o ps"));
        clickOk(&dialog);
        QVERIFY2(dialog.errorLabel()->text().startsWith(QLatin1String("Line 1:")), qPrintable(dialog.errorLabel()->text()));
        labels->clear();
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

void TstKindActions::volumes()
{
    SimProject p(3, 100);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ProjectSession *session = p.session.get();
    ResourceListModel *volumes = p.loaded(QStringLiteral("volumes"));
    QTRY_VERIFY(volumes->isLoaded());
    const QJsonObject server = session->servers()->rows().first()->object();
    const QString serverName = server.value(QStringLiteral("name")).toString();

    // Create: the location list arrives from the catalog while the form is open.
    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("create")), {});
        dialog.show();
        auto *location = dialog.findChild<QComboBox *>(QStringLiteral("location"));
        QTRY_VERIFY(location->findText(QStringLiteral("nbg1")) >= 0);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("ui-data"));
        typeNumber(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("size")), 20);
        QVERIFY(choose(location, QStringLiteral("nbg1")));
        QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("format")), QStringLiteral("xfs")));
        QCOMPARE(dialog.body().value(QStringLiteral("size")).toInt(), 20);
        QVERIFY(!dialog.body().contains(QStringLiteral("server")));  // "(none)" is not sent
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(keyNamed(volumes, QStringLiteral("ui-data")).value(QStringLiteral("status")).toString(), QStringLiteral("available"));
    QJsonObject volume = keyNamed(volumes, QStringLiteral("ui-data"));
    QCOMPARE(volume.value(QStringLiteral("format")).toString(), QStringLiteral("xfs"));

    // Attach to a server in another location: the API's refusal stays in the dialog.
    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("attach")), volume);
        dialog.show();
        auto *servers = dialog.findChild<QComboBox *>(QStringLiteral("server"));
        QVERIFY(choose(servers, serverName));
        clickOk(&dialog);
        QTRY_VERIFY(!dialog.errorLabel()->text().isEmpty());
        QVERIFY(dialog.isVisible());
    }
    // So it moves to where a server is: created beside the server instead.
    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("create")), {});
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("ui-attached"));
        typeNumber(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("size")), 10);
        QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("server")), serverName));
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(keyNamed(volumes, QStringLiteral("ui-attached")).value(QStringLiteral("server")).toInteger(),
                 server.value(QStringLiteral("id")).toInteger());
    volume = keyNamed(volumes, QStringLiteral("ui-attached"));
    QVERIFY(!actionById(QStringLiteral("volumes"), QStringLiteral("attach")).reasonNotApplicable(volume).isEmpty());

    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("resize")), volume);
        dialog.show();
        auto *size = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("size"));
        QCOMPARE(int(size->value()), 10);  // starts at the volume's size
        typeNumber(size, 40);
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(keyNamed(volumes, QStringLiteral("ui-attached")).value(QStringLiteral("size")).toInt(), 40);

    // Delete while attached: the API refuses; detach, then delete.
    volume = keyNamed(volumes, QStringLiteral("ui-attached"));
    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("delete")), volume);
        dialog.show();
        typeNameWhenAsked(this, QStringLiteral("ui-attached"));
        clickOk(&dialog);
        QTRY_VERIFY(!dialog.errorLabel()->text().isEmpty());
    }
    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("detach")), volume);
        dialog.show();
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_VERIFY(keyNamed(volumes, QStringLiteral("ui-attached")).value(QStringLiteral("server")).isNull());
    volume = keyNamed(volumes, QStringLiteral("ui-attached"));
    {
        ActionFormDialog dialog(session, QStringLiteral("volumes"), actionById(QStringLiteral("volumes"), QStringLiteral("delete")), volume);
        dialog.show();
        typeNameWhenAsked(this, QStringLiteral("ui-attached"));
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_VERIFY(keyNamed(volumes, QStringLiteral("ui-attached")).isEmpty());
}

void TstKindActions::firewallRulesAndTargets()
{
    SimProject p(3, 100);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ProjectSession *session = p.session.get();
    ResourceListModel *firewalls = p.loaded(QStringLiteral("firewalls"));
    QTRY_VERIFY(!keyNamed(firewalls, QStringLiteral("lockdown")).isEmpty());
    const QJsonObject lockdown = keyNamed(firewalls, QStringLiteral("lockdown"));

    // The rules editor: one rule added, a port typed, sent with set_rules.
    {
        FirewallRulesDialog dialog(session, lockdown);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 0);
        QPushButton *add = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == FirewallRulesDialog::tr("Add rule"))
                add = b;
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 1);
        clickOk(&dialog);  // tcp without a port: refused before sending
        QVERIFY(dialog.isVisible());
        dialog.table()->item(0, 2)->setText(QStringLiteral("8080-8090"));
        dialog.table()->item(0, 4)->setText(QStringLiteral("app ports"));
        clickOk(&dialog);
        QTRY_VERIFY(!dialog.isVisible());
    }
    QTRY_COMPARE(keyNamed(firewalls, QStringLiteral("lockdown")).value(QStringLiteral("rules")).toArray().size(), 1);
    const QJsonObject rule = keyNamed(firewalls, QStringLiteral("lockdown")).value(QStringLiteral("rules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("port")).toString(), QStringLiteral("8080-8090"));
    QCOMPARE(rule.value(QStringLiteral("source_ips")).toArray().size(), 2);

    // Apply to a server; the server's list shows it once the action ends.
    const QJsonObject server = session->servers()->rows().last()->object();
    {
        ActionFormDialog dialog(session, QStringLiteral("firewalls"),
                                actionById(QStringLiteral("firewalls"), QStringLiteral("apply_to_resources")), lockdown);
        dialog.show();
        QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("apply_to.type")), QStringLiteral("server")));
        QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("apply_to.server.id")), server.value(QStringLiteral("name")).toString()));
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(keyNamed(firewalls, QStringLiteral("lockdown")).value(QStringLiteral("applied_to")).toArray().size(), 1);
    session->refreshKind(QStringLiteral("servers"));
    const auto firewallsOnServer = [&] {
        for (const auto &row : session->servers()->rows())
            if (row->object().value(QStringLiteral("id")) == server.value(QStringLiteral("id")))
                return row->object().value(QStringLiteral("public_net")).toObject().value(QStringLiteral("firewalls")).toArray();
        return QJsonArray();
    };
    QTRY_COMPARE(firewallsOnServer().size(), 1);
}

void TstKindActions::snapshotRebuildsAServer()
{
    SimProject p(3, 100);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ProjectSession *session = p.session.get();
    // A snapshot of a server, taken as the Server menu would; the server is
    // then rebuilt from it (an image fits servers of its architecture).
    QJsonObject server;
    for (const auto &row : session->servers()->rows())
        if (!row->object().value(QStringLiteral("protection")).toObject().value(QStringLiteral("rebuild")).toBool())
            server = row->object();
    QVERIFY(!server.isEmpty());
    const qint64 source = server.value(QStringLiteral("id")).toInteger();
    PendingWrite *taken = session->actions()->run(QStringLiteral("Snapshot"), "POST",
                                                  QStringLiteral("/servers/%1/actions/create_image").arg(source),
                                                  {{QStringLiteral("type"), QStringLiteral("snapshot")},
                                                   {QStringLiteral("description"), QStringLiteral("golden")}});
    QSignalSpy written(taken, &PendingWrite::finished);
    QVERIFY(written.wait(10000));
    ResourceListModel *images = p.loaded(QStringLiteral("images"));
    QJsonObject snapshot;
    const auto golden = [&] {
        p.session->refreshKind(QStringLiteral("images"));
        for (const auto &row : images->rows())
            if (row->object().value(QStringLiteral("description")).toString() == QLatin1String("golden"))
                snapshot = row->object();
        return snapshot.value(QStringLiteral("status")).toString();
    };
    QTRY_COMPARE(golden(), QStringLiteral("available"));
    const ResourceAction &rebuild = actionById(QStringLiteral("images"), QStringLiteral("rebuild_server"));
    QVERIFY(rebuild.reasonNotApplicable(snapshot).isEmpty());

    ActionFormDialog dialog(session, QStringLiteral("images"), rebuild, snapshot);
    dialog.show();
    QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("server")), server.value(QStringLiteral("name")).toString()));
    QCOMPARE(dialog.body(), (QJsonObject{{QStringLiteral("image"), snapshot.value(QStringLiteral("id"))}}));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    clickOk(&dialog);
    QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    // The server now runs the snapshot.
    const qint64 id = server.value(QStringLiteral("id")).toInteger();
    const auto imageOfServer = [&] {
        session->refreshKind(QStringLiteral("servers"));
        for (const auto &row : session->servers()->rows())
            if (row->object().value(QStringLiteral("id")).toInteger() == id)
                return row->object().value(QStringLiteral("image")).toObject().value(QStringLiteral("id")).toInteger();
        return qint64(0);
    };
    QTRY_COMPARE(imageOfServer(), snapshot.value(QStringLiteral("id")).toInteger());
}

// Servers join and leave a network and a placement group from the
// network's and the group's own menus; leaving offers only members.
void TstKindActions::membersOfNetworksAndGroups()
{
    SimProject p(4, 50);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ProjectSession *session = p.session.get();
    ResourceListModel *networks = p.loaded(QStringLiteral("networks"));
    ResourceListModel *groups = p.loaded(QStringLiteral("placement_groups"));
    QTRY_VERIFY(!keyNamed(networks, QStringLiteral("backend")).isEmpty() && !keyNamed(groups, QStringLiteral("ha-pair")).isEmpty());
    const auto members = [&](ResourceListModel *list, const QString &name) {
        session->refreshKind(list->kind().id);
        return keyNamed(list, name).value(QStringLiteral("servers")).toArray();
    };
    QJsonArray onNetwork = members(networks, QStringLiteral("backend"));
    QCOMPARE(onNetwork.size(), 2);
    QString outsider;
    for (const auto &row : session->servers()->rows())
        if (!onNetwork.contains(row->object().value(QStringLiteral("id"))))
            outsider = row->object().value(QStringLiteral("name")).toString();

    {
        ActionFormDialog dialog(session, QStringLiteral("networks"), actionById(QStringLiteral("networks"), QStringLiteral("attach_to_network")),
                                keyNamed(networks, QStringLiteral("backend")));
        dialog.show();
        QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("server")), outsider));
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(members(networks, QStringLiteral("backend")).size(), 3);
    {
        ActionFormDialog dialog(session, QStringLiteral("networks"), actionById(QStringLiteral("networks"), QStringLiteral("detach_from_network")),
                                keyNamed(networks, QStringLiteral("backend")));
        dialog.show();
        auto *servers = dialog.findChild<QComboBox *>(QStringLiteral("server"));
        QCOMPARE(servers->count(), 3);  // the members only
        QVERIFY(choose(servers, outsider));
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(members(networks, QStringLiteral("backend")).size(), 2);

    // Joining a group wants the server off: the API's refusal stays in the form.
    const QJsonArray inGroup = members(groups, QStringLiteral("ha-pair"));
    QCOMPARE(inGroup.size(), 2);
    {
        ActionFormDialog dialog(session, QStringLiteral("placement_groups"),
                                actionById(QStringLiteral("placement_groups"), QStringLiteral("remove_from_placement_group")),
                                keyNamed(groups, QStringLiteral("ha-pair")));
        dialog.show();
        auto *servers = dialog.findChild<QComboBox *>(QStringLiteral("server"));
        QCOMPARE(servers->count(), 2);
        servers->setCurrentIndex(0);
        clickOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    }
    QTRY_COMPARE(members(groups, QStringLiteral("ha-pair")).size(), 1);
    {
        ActionFormDialog dialog(session, QStringLiteral("placement_groups"),
                                actionById(QStringLiteral("placement_groups"), QStringLiteral("add_to_placement_group")),
                                keyNamed(groups, QStringLiteral("ha-pair")));
        dialog.show();
        QString running;
        for (const auto &row : session->servers()->rows())
            if (row->object().value(QStringLiteral("status")).toString() == QLatin1String("running"))
                running = row->object().value(QStringLiteral("name")).toString();
        QVERIFY(!running.isEmpty());
        QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("server")), running));
        clickOk(&dialog);
        QTRY_VERIFY(dialog.errorLabel()->text().contains(QLatin1String("server_not_stopped"))
                    || dialog.errorLabel()->text().contains(QLatin1String("powered off")));
        QVERIFY(dialog.isVisible());
    }
}

// One action of a kind through its form, typed as a user would: the form
// closes without an error and the object changes as the check says.
// Inputs are "key=text" (a choice is picked by its text); a check is a
// dotted path and "#n" (the array's size) or "~text" (its JSON has text).
void TstKindActions::formsOfEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("object");  // the object acted on; the new one's name for create
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("network create") << "networks" << "create" << "ui-net" << fields("name=ui-net|ip_range=10.70.0.0/16")
                                    << "ip_range" << "~10.70.0.0/16";
    // vswitch_id is optional: left empty, it is not sent.
    QTest::newRow("network add subnet") << "networks" << "add_subnet" << "backend"
                                        << fields("type=cloud|ip_range=10.0.50.0/24|network_zone=eu-central")
                                        << "subnets" << "~10.0.50.0/24";
    QTest::newRow("network delete route") << "networks" << "delete_route" << "backend" << fields("") << "routes" << "#0";
    QTest::newRow("floating IP create") << "floating_ips" << "create" << "ui-fip"
                                        << fields("type=ipv4|name=ui-fip|home_location=fsn1") << "type" << "~ipv4";
    QTest::newRow("floating IP reverse DNS") << "floating_ips" << "change_dns_ptr" << "spare-ip"
                                             << fields("dns_ptr=spare.example.org") << "dns_ptr" << "~spare.example.org";
    QTest::newRow("primary IP create") << "primary_ips" << "create" << "ui-pip"
                                       << fields("name=ui-pip|type=ipv4|location=fsn1")
                                       << "assignee_id" << "~null";
    QTest::newRow("load balancer create") << "load_balancers" << "create" << "ui-lb"
                                          << fields("name=ui-lb|load_balancer_type=lb11|location=fsn1")
                                          << "load_balancer_type.name" << "~lb11";
    QTest::newRow("load balancer add service") << "load_balancers" << "add_service" << "web-lb"
                                               << fields("protocol=tcp|listen_port=8443|destination_port=8443")
                                               << "services" << "#2";
    QTest::newRow("load balancer https service") << "load_balancers" << "add_service" << "web-lb"
                                                 << fields("protocol=https|listen_port=443|destination_port=80|http.certificates=legacy-wildcard")
                                                 << "services" << "#2";
    QTest::newRow("load balancer delete service") << "load_balancers" << "delete_service" << "web-lb" << fields("")
                                                  << "services" << "#0";
    QTest::newRow("load balancer remove target") << "load_balancers" << "remove_target" << "web-lb" << fields("")
                                                 << "targets" << "#1";
    QTest::newRow("load balancer change type") << "load_balancers" << "change_type" << "web-lb"
                                               << fields("load_balancer_type=lb21") << "load_balancer_type.name" << "~lb21";
    QTest::newRow("placement group create") << "placement_groups" << "create" << "ui-pg" << fields("name=ui-pg|type=spread")
                                            << "servers" << "#0";
    QTest::newRow("managed certificate") << "certificates" << "create_managed" << "ui-cert"
                                         << fields("name=ui-cert|type=managed|domain_names=ui.example.com")
                                         << "domain_names" << "~ui.example.com";
    QTest::newRow("firewall create") << "firewalls" << "create" << "ui-fw" << fields("name=ui-fw|labels=tier=ui")
                                     << "labels.tier" << "~ui";
}

void TstKindActions::formsOfEveryKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, action);
    QFETCH(QString, object);
    QFETCH(QStringList, inputs);
    QFETCH(QString, path);
    QFETCH(QString, expected);

    SimProject p(3, 50);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ProjectSession *session = p.session.get();
    ResourceListModel *list = p.loaded(kind);
    QTRY_VERIFY(list->isLoaded());
    const QJsonObject target = action.startsWith(QLatin1String("create")) ? QJsonObject() : keyNamed(list, object);
    QVERIFY2(action.startsWith(QLatin1String("create")) || !target.isEmpty(), qPrintable(object));

    ActionFormDialog dialog(session, kind, actionById(kind, action), target);
    dialog.show();
    for (const QString &input : inputs) {
        const QString key = input.section(QLatin1Char('='), 0, 0);
        const QString text = input.mid(input.indexOf(QLatin1Char('=')) + 1);
        QWidget *editor = dialog.findChild<QWidget *>(key);
        QVERIFY2(editor, qPrintable(key));
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            QTRY_VERIFY2(combo->findText(text) >= 0, qPrintable(key + QLatin1String(": ") + text));
            QVERIFY(choose(combo, text));
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            typeNumber(spin, text.toInt());
        } else {
            editor->setFocus();
            QTest::keyClicks(editor, text);
        }
    }
    clickOk(&dialog);
    QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));

    const auto shown = [&] {
        session->refreshKind(kind);
        const QVariant value = json::at(keyNamed(list, object), path);
        return value;
    };
    if (expected.startsWith(QLatin1Char('#')))
        QTRY_COMPARE(shown().toList().size(), expected.mid(1).toInt());
    else
        QTRY_VERIFY2(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), QJsonValue::fromVariant(shown())}}).toJson(QJsonDocument::Compact))
                         .contains(expected.mid(1)),
                     qPrintable(path));
}

QTEST_MAIN(TstKindActions)
#include "tst_kindactions.moc"
