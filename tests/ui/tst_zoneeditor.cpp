// The zone editor driven as a user would, against the simulator: opened
// from the Zones menu, records added (with a mistake first), edited,
// protected, deleted; a zone file imported after its preview, refused in
// words while an rrset is protected, refused by line when it is broken;
// and the zone exported to a file.
#include "core/models/rrsetmodel.h"
#include "core/dns/zonediff.h"
#include "core/dns/zonefileparser.h"
#include "core/models/resourcelistmodel.h"
#include "ui/resources/actionformdialog.h"
#include "ui/resources/kindactionmenu.h"
#include "tests/ui/widgetfinders.h"
#include "ui/zones/importpreviewdialog.h"
#include "ui/zones/recordsetdialog.h"
#include "ui/zones/zoneeditor.h"
#include "core/api/apiclient.h"
#include "core/projects/projectactions.h"
#include "tests/support/simsession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QPointer>
#include <QUrlQuery>
#include <QtTest>

using namespace hcloud;

namespace {

const QString kToken = QString(64, QLatin1Char('e'));

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TstZoneEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addEditProtectDelete();
    void importWithPreviewAndExport();
    void secondaryZonePrimaries();
    void createSecondaryAndChangePrimaries();

private:
    // Opens example.com's records from the Zones kind's menu.
    void openEditor(const QString &zoneName, ZoneEditor **editor);
    void select(ZoneEditor *editor, const QString &name, const QString &type);
    RecordSetDialog *recordDialog() { return testing::visibleChild<RecordSetDialog>(m_window.get()); }
    const dns::RecordSet *row(ZoneEditor *editor, const QString &name, const QString &type)
    {
        const int r = editor->model()->rowOf(name, type);
        return r < 0 ? nullptr : &editor->model()->rowAt(r);
    }

    // Triggers the zone menu's action of that id for `zone` (none: create).
    ActionFormDialog *openForm(const QString &id, const QJsonObject &zone);
    QJsonObject zoneByName(const QString &name);

    std::unique_ptr<SimSession> m_sim;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<KindActionMenu> m_menu;
};

void TstZoneEditor::init()
{
    m_sim = std::make_unique<SimSession>(kToken, 1, 0); // actions end by the next request
    m_sim->start();
    QVERIFY(!QTest::currentTestFailed());
    m_window = std::make_unique<QWidget>();
    m_window->show();
    m_menu = std::make_unique<KindActionMenu>(m_window.get());
}

void TstZoneEditor::cleanup()
{
    m_menu.reset();
    m_window.reset();
    m_sim.reset();
}

void TstZoneEditor::openEditor(const QString &zoneName, ZoneEditor **out)
{
    *out = nullptr;
    ResourceListModel *zones = m_sim->session->model(QStringLiteral("zones"));
    m_sim->session->refreshKind(QStringLiteral("zones"));
    QTRY_VERIFY_WITH_TIMEOUT(zones->isLoaded() && zones->rowCount() == 3, 10000);
    QJsonObject zone;
    for (int i = 0; i < zones->rowCount(); ++i) {
        if (zones->rowAt(i)->object().value(QStringLiteral("name")).toString() == zoneName)
            zone = zones->rowAt(i)->object();
    }
    m_menu->setContext(m_sim->session.get(), QStringLiteral("zones"), zone);
    QAction *records = nullptr;
    for (QAction *a : m_menu->actions()) {
        if (a->objectName() == QLatin1String("edit_records"))
            records = a;
    }
    QVERIFY(records && records->isEnabled());
    records->trigger();
    ZoneEditor *editor = testing::visibleChild<ZoneEditor>(m_window.get());
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->model()->rowCount() > 0, 10000);
    *out = editor;
}

void TstZoneEditor::select(ZoneEditor *editor, const QString &name, const QString &type)
{
    QTableView *table = editor->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex nameIndex = table->model()->index(r, int(dns::RrsetModel::Column::Name));
        const QModelIndex typeIndex = table->model()->index(r, int(dns::RrsetModel::Column::Type));
        if (nameIndex.data().toString() == name && typeIndex.data().toString() == type) {
            table->scrollTo(nameIndex);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(typeIndex).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1 %2").arg(name, type)));
}

void TstZoneEditor::addEditProtectDelete()
{
    ZoneEditor *editor = nullptr;
    openEditor(QStringLiteral("example.com"), &editor);
    QVERIFY(editor);
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Grouped by name and type: www has its two A records in one row.
    QVERIFY(row(editor, QStringLiteral("www"), QStringLiteral("A")));
    QCOMPARE(row(editor, QStringLiteral("www"), QStringLiteral("A"))->records.size(), 2);
    QVERIFY(!editor->editButton()->isEnabled());

    // Add, with a mistake first: OK stays off and the dialog says why.
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    RecordSetDialog *add = recordDialog();
    QVERIFY(add);
    QTest::keyClicks(add->nameEdit(), QStringLiteral("api"));
    add->typeBox()->setCurrentText(QStringLiteral("AAAA"));
    QTest::keyClicks(add->valuesEdit(), QStringLiteral("203.0.113.5"));
    QVERIFY(!okButton(add)->isEnabled());
    QVERIFY(add->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("IPv6")));
    add->valuesEdit()->clear();
    QTest::keyClicks(add->valuesEdit(), QStringLiteral("2001:db8::5"));
    QTest::keyClick(add->valuesEdit(), Qt::Key_Return);
    QTest::keyClicks(add->valuesEdit(), QStringLiteral("2001:db8::6"));
    QTest::mouseClick(add->defaultTtlBox(), Qt::LeftButton);
    add->ttlBox()->setValue(300);
    QVERIFY(okButton(add)->isEnabled());
    QTest::mouseClick(okButton(add), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(editor, QStringLiteral("api"), QStringLiteral("AAAA")), 10000);
    QCOMPARE(row(editor, QStringLiteral("api"), QStringLiteral("AAAA"))->records.size(), 2);
    QCOMPARE(row(editor, QStringLiteral("api"), QStringLiteral("AAAA"))->ttl, std::optional<qint64>(300));

    // TXT typed plainly is quoted and split at 255 bytes.
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    RecordSetDialog *txt = recordDialog();
    QTest::keyClicks(txt->nameEdit(), QStringLiteral("long"));
    txt->typeBox()->setCurrentText(QStringLiteral("TXT"));
    txt->valuesEdit()->setPlainText(QString(300, QLatin1Char('x')));
    QTest::mouseClick(okButton(txt), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(editor, QStringLiteral("long"), QStringLiteral("TXT")), 10000);
    QCOMPARE(row(editor, QStringLiteral("long"), QStringLiteral("TXT"))->records.first().value.count(QLatin1Char('"')), 4);

    // Edit: new values and an own TTL.
    select(editor, QStringLiteral("www"), QStringLiteral("A"));
    QVERIFY(editor->editButton()->isEnabled());
    QTest::mouseClick(editor->editButton(), Qt::LeftButton);
    RecordSetDialog *edit = recordDialog();
    QVERIFY(edit);
    QVERIFY(edit->nameEdit()->isReadOnly());
    QCOMPARE(edit->valuesEdit()->toPlainText(), QStringLiteral("203.0.113.10\n203.0.113.11"));
    edit->valuesEdit()->selectAll();
    QTest::keyClicks(edit->valuesEdit(), QStringLiteral("203.0.113.50"));
    edit->ttlBox()->setValue(120);
    QTest::mouseClick(okButton(edit), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(row(editor, QStringLiteral("www"), QStringLiteral("A"))->values(), QStringList{QStringLiteral("203.0.113.50")}, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(row(editor, QStringLiteral("www"), QStringLiteral("A"))->ttl, std::optional<qint64>(120), 10000);

    // Protected: no edits, the button says why.
    select(editor, QStringLiteral("www"), QStringLiteral("A"));
    QTest::mouseClick(editor->protectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(editor, QStringLiteral("www"), QStringLiteral("A"))->changeProtected, 10000);
    select(editor, QStringLiteral("www"), QStringLiteral("A"));
    QVERIFY(!editor->editButton()->isEnabled());
    QVERIFY(editor->editButton()->toolTip().contains(QStringLiteral("unprotect")));
    QCOMPARE(editor->protectButton()->text(), QStringLiteral("Unprotect"));

    // Delete, after a confirmation.
    select(editor, QStringLiteral("api"), QStringLiteral("AAAA"));
    QTest::mouseClick(editor->deleteButton(), Qt::LeftButton);
    QMessageBox *box = testing::visibleChild<QMessageBox>(editor);
    QVERIFY(box);
    QTest::mouseClick(testing::destructiveButton(box), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!row(editor, QStringLiteral("api"), QStringLiteral("AAAA")), 10000);
}

void TstZoneEditor::importWithPreviewAndExport()
{
    ZoneEditor *editor = nullptr;
    openEditor(QStringLiteral("example.org"), &editor);
    QVERIFY(editor);
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString file = QStringLiteral("$ORIGIN example.org.\n$TTL 600\n"
                                        "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\n"
                                        "@ IN NS hydrogen.ns.hetzner.com.\n  IN NS oxygen.ns.hetzner.com.\n  IN NS helium.ns.hetzner.de.\n"
                                        "@ IN A 198.51.100.7\n"
                                        "api 300 IN AAAA 2001:db8::7\n");

    // The seeded apex A is protected: the API refuses, and says so in words.
    editor->importText(file);
    ImportPreviewDialog *preview = testing::visibleChild<ImportPreviewDialog>(editor);
    QVERIFY(preview);
    QVERIFY(preview->summary()->text().contains(QStringLiteral("1 added")));
    QVERIFY(preview->summary()->text().contains(QStringLiteral("1 removed")));  // www CNAME
    QVERIFY(preview->summary()->text().contains(QStringLiteral("600")));
    QList<QTreeWidgetItem *> added = preview->changeList()->findItems(QStringLiteral("api"), Qt::MatchExactly, 1);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first()->text(0), QStringLiteral("Added"));
    QTest::mouseClick(okButton(preview), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->status()->text().contains(QStringLiteral("protected")), 10000);
    QVERIFY(row(editor, QStringLiteral("www"), QStringLiteral("CNAME")));

    // Unprotected, the import goes through and replaces the records.
    select(editor, QStringLiteral("@"), QStringLiteral("A"));
    QTest::mouseClick(editor->protectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!row(editor, QStringLiteral("@"), QStringLiteral("A"))->changeProtected, 10000);
    editor->importText(file);
    preview = testing::visibleChild<ImportPreviewDialog>(editor);
    QTest::mouseClick(okButton(preview), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(editor, QStringLiteral("api"), QStringLiteral("AAAA")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!row(editor, QStringLiteral("www"), QStringLiteral("CNAME")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->model()->index(0, int(dns::RrsetModel::Column::Ttl)).data().toString().contains(QStringLiteral("600")), 10000);

    // A broken file is refused by line before anything is sent.
    editor->importText(QStringLiteral("@ IN A 198.51.100.7\nwww IN MX mail\n"));
    preview = testing::visibleChild<ImportPreviewDialog>(editor);
    QVERIFY(!okButton(preview)->isEnabled());
    QCOMPARE(preview->changeList()->topLevelItemCount(), 1);
    QCOMPARE(preview->changeList()->topLevelItem(0)->text(0), QStringLiteral("2"));
    preview->reject();

    // Export: the file holds what the editor lists.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("example.org.zone"));
    QSignalSpy exported(editor, &ZoneEditor::exported);
    editor->exportTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const dns::ZoneFile back = dns::parseZoneFile(QString::fromUtf8(saved.readAll()), QStringLiteral("example.org"));
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errorText()));
    QVERIFY(dns::sameRecords(editor->model()->rows(), back.recordSets(), QStringLiteral("example.org"), 600));
    QVERIFY(editor->status()->text().contains(path));
}

void TstZoneEditor::secondaryZonePrimaries()
{
    ResourceListModel *zones = m_sim->session->model(QStringLiteral("zones"));
    m_sim->session->refreshKind(QStringLiteral("zones"));
    QTRY_VERIFY_WITH_TIMEOUT(zones->isLoaded() && zones->rowCount() == 3, 10000);
    QJsonObject zone;
    for (int i = 0; i < zones->rowCount(); ++i) {
        if (zones->rowAt(i)->object().value(QStringLiteral("mode")).toString() == QLatin1String("secondary"))
            zone = zones->rowAt(i)->object();
    }
    ZoneEditor editor(m_sim->session.get(), zone, m_window.get());
    editor.show();
    QVERIFY(editor.primariesEdit());
    QVERIFY(!editor.table()->isVisible());
    QVERIFY(!editor.addButton()->isEnabled());
    QCOMPARE(editor.primariesEdit()->toPlainText(), QStringLiteral("198.51.100.53"));

    // A host name is not an address: said in words, nothing sent.
    editor.primariesEdit()->selectAll();
    QTest::keyClicks(editor.primariesEdit(), QStringLiteral("ns1.example.net"));
    QTest::mouseClick(editor.savePrimariesButton(), Qt::LeftButton);
    QVERIFY(editor.status()->text().startsWith(QStringLiteral("Line 1")));

    editor.primariesEdit()->selectAll();
    QTest::keyClicks(editor.primariesEdit(), QStringLiteral("203.0.113.53 5353"));
    QTest::keyClick(editor.primariesEdit(), Qt::Key_Return);
    QTest::keyClicks(editor.primariesEdit(), QStringLiteral("2001:db8::53"));
    QSignalSpy reloaded(&editor, &ZoneEditor::reloaded);
    QTest::mouseClick(editor.savePrimariesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000);
    // Read back from the API: both, with their ports.
    ApiCall *check = m_sim->session->client()->get(QStringLiteral("/zones/%1").arg(zone.value(QStringLiteral("id")).toInteger()));
    QSignalSpy done(check, &ApiCall::finished);
    QVERIFY(done.wait(10000));
    const QJsonArray primaries = check->json()[QStringLiteral("zone")][QStringLiteral("primary_nameservers")].toArray();
    QCOMPARE(primaries.size(), 2);
    QCOMPARE(primaries[0][QStringLiteral("port")].toInt(), 5353);
    QCOMPARE(primaries[1][QStringLiteral("address")].toString(), QStringLiteral("2001:db8::53"));
}

ActionFormDialog *TstZoneEditor::openForm(const QString &id, const QJsonObject &zone)
{
    m_menu->setContext(m_sim->session.get(), QStringLiteral("zones"), zone);
    for (QAction *a : m_menu->actions()) {
        if (a->objectName() == id && a->isEnabled())
            a->trigger();
    }
    return testing::visibleChild<ActionFormDialog>(m_window.get());
}

QJsonObject TstZoneEditor::zoneByName(const QString &name)
{
    ApiCall *call = m_sim->session->client()->get(QStringLiteral("/zones"), QUrlQuery{{QStringLiteral("name"), name}});
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(10000))
        return {};
    const QJsonArray zones = call->json()[QStringLiteral("zones")].toArray();
    return zones.isEmpty() ? QJsonObject() : zones.first().toObject();
}

void TstZoneEditor::createSecondaryAndChangePrimaries()
{
    ActionFormDialog *form = openForm(QStringLiteral("create"), {});
    QVERIFY(form);
    auto *mode = form->findChild<QComboBox *>(QStringLiteral("mode"));
    auto *primaries = form->findChild<QPlainTextEdit *>(QStringLiteral("primary_nameservers"));
    QVERIFY(mode && primaries);
    QCOMPARE(mode->currentText(), QStringLiteral("primary"));
    QVERIFY(!primaries->isEnabled()); // a primary zone has none
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("example.eu"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentText(), QStringLiteral("secondary"));
    QVERIFY(primaries->isEnabled());

    // Without primaries, and with a key but no algorithm: said in words, nothing sent.
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QVERIFY(form->errorLabel()->text().contains(QStringLiteral("Primary nameservers")));
    QTest::keyClicks(primaries, QStringLiteral("203.0.113.7 53 c2VjcmV0LWtleQ=="));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QVERIFY(form->errorLabel()->text().startsWith(QStringLiteral("Line 1")));
    QVERIFY(zoneByName(QStringLiteral("example.eu")).isEmpty());

    primaries->selectAll();
    QTest::keyClicks(primaries, QStringLiteral("203.0.113.7 hmac-sha256 c2VjcmV0LWtleQ=="));
    QTest::keyClick(primaries, Qt::Key_Return);
    QTest::keyClicks(primaries, QStringLiteral("2001:db8::53 5353"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    // The form closes itself (and is deleted) once the API took it.
    const QPointer<ActionFormDialog> sending(form);
    QTRY_VERIFY_WITH_TIMEOUT(!sending || !sending->isVisible(), 10000);

    const QJsonObject created = zoneByName(QStringLiteral("example.eu"));
    QCOMPARE(created.value(QStringLiteral("mode")).toString(), QStringLiteral("secondary"));
    const QJsonArray sent = created.value(QStringLiteral("primary_nameservers")).toArray();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent[0].toObject(), (QJsonObject{{QStringLiteral("address"), QStringLiteral("203.0.113.7")},
                                             {QStringLiteral("port"), 53},
                                             {QStringLiteral("tsig_algorithm"), QStringLiteral("hmac-sha256")},
                                             {QStringLiteral("tsig_key"), QStringLiteral("c2VjcmV0LWtleQ==")}}));
    QCOMPARE(sent[1][QStringLiteral("port")].toInt(), 5353);

    // A primary zone cannot take primaries; the secondary one shows its own to change.
    m_menu->setContext(m_sim->session.get(), QStringLiteral("zones"), zoneByName(QStringLiteral("example.com")));
    for (QAction *a : m_menu->actions()) {
        if (a->objectName() == QLatin1String("change_primary_nameservers"))
            QVERIFY(!a->isEnabled());
    }
    form = openForm(QStringLiteral("change_primary_nameservers"), created);
    QVERIFY(form);
    primaries = form->findChild<QPlainTextEdit *>(QStringLiteral("primary_nameservers"));
    QCOMPARE(primaries->toPlainText(), QStringLiteral("203.0.113.7 hmac-sha256 c2VjcmV0LWtleQ==\n2001:db8::53 5353"));
    primaries->selectAll();
    QTest::keyClicks(primaries, QStringLiteral("198.51.100.77 5300 hmac-sha1 bmV3LWtleQ=="));
    QSignalSpy finished(m_sim->session->actions(), &ProjectActions::actionFinished);
    const QPointer<ActionFormDialog> changing(form);
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!changing || !changing->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    const QJsonArray changed = zoneByName(QStringLiteral("example.eu")).value(QStringLiteral("primary_nameservers")).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].toObject(), (QJsonObject{{QStringLiteral("address"), QStringLiteral("198.51.100.77")},
                                                {QStringLiteral("port"), 5300},
                                                {QStringLiteral("tsig_algorithm"), QStringLiteral("hmac-sha1")},
                                                {QStringLiteral("tsig_key"), QStringLiteral("bmV3LWtleQ==")}}));
}

QTEST_MAIN(TstZoneEditor)
#include "tst_zoneeditor.moc"
