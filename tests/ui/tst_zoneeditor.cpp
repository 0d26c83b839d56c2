// The zone editor driven as a user would, against the simulator: opened
// from the Zones menu, records added (with a mistake first), edited,
// protected, deleted; a zone file imported after its preview, refused in
// words while an rrset is protected, refused by line when it is broken;
// and the zone exported to a file.
#include "dns/rrsetmodel.h"
#include "dns/zonediff.h"
#include "dns/zonefileparser.h"
#include "models/resourcelistmodel.h"
#include "resources/kindactionmenu.h"
#include "widgetfinders.h"
#include "zones/importpreviewdialog.h"
#include "zones/recordsetdialog.h"
#include "zones/zoneeditor.h"
#include "api/apiclient.h"
#include "simsession.h"

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

QTEST_MAIN(TstZoneEditor)
#include "tst_zoneeditor.moc"
