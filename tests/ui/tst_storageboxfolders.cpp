// A Storage Box's top-level folders as the details show them, read from the
// simulator: the seeded ones and a subaccount's home, and the answer for a
// box no longer shown dropped when another one is.
#include "core/models/resourcelistmodel.h"
#include "ui/storageboxes/storageboxfoldersview.h"
#include "tests/support/simsession.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace hcloud;

namespace {

const QString kToken = QString(64, QLatin1Char('f'));

QStringList shown(QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    return names;
}

} // namespace

class TstStorageBoxFolders : public QObject
{
    Q_OBJECT
private slots:
    void topLevelFoldersOfTheShownBox();
};

void TstStorageBoxFolders::topLevelFoldersOfTheShownBox()
{
    SimSession p(kToken, 2, 0);
    p.start();
    if (QTest::currentTestFailed())
        return;
    ResourceListModel *boxes = p.session->model(QStringLiteral("storage_boxes"));
    QAbstractItemModelTester tester(boxes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    p.session->refreshKind(QStringLiteral("storage_boxes"));
    QTRY_COMPARE(boxes->rowCount(), 2);
    const QJsonObject first = boxes->rowAt(0)->object();
    const QJsonObject second = boxes->rowAt(1)->object();

    StorageBoxFoldersView view;
    view.show();
    QSignalSpy loaded(&view, &StorageBoxFoldersView::loaded);
    view.setBox(p.session.get(), first);
    QVERIFY2(loaded.wait(10000), qPrintable(view.status()->text()));
    const QStringList top = shown(view.list());
    // Seeded folders and the subaccounts' homes, top level only, sorted.
    QVERIFY2(top.contains(QStringLiteral("backups")) && top.contains(QStringLiteral("photos"))
                 && top.contains(QStringLiteral("uploads")),
             qPrintable(top.join(QLatin1Char(','))));
    QVERIFY(!top.contains(QStringLiteral("daily")));
    QStringList sorted = top;
    sorted.sort();
    QCOMPARE(top, sorted);
    QVERIFY(view.status()->text().isEmpty());

    // Switching boxes at once: only the last one's answer is shown.
    loaded.clear();
    view.setBox(p.session.get(), first);
    view.setBox(p.session.get(), second);
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(view.status()->text(), QString());
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!shown(view.list()).isEmpty());

    // No box: nothing, and nothing asked.
    view.setBox(p.session.get(), {});
    QCOMPARE(view.list()->count(), 0);
}

QTEST_MAIN(TstStorageBoxFolders)
#include "tst_storageboxfolders.moc"
