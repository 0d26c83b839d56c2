#include "core/models/modelroles.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenlistmodel.h"
#include "tests/support/vaulttesthelpers.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;
using Column = TokenListModel::Column;
using Status = TokenListModel::Status;

namespace {

TokenRecord record(const QString &label, const QDateTime &added = {})
{
    TokenRecord r;
    r.label = label;
    r.prefix = testing::randomToken().left(32);
    r.added = added;
    return r;
}

QModelIndex cell(const QAbstractItemModel &m, int row, Column c)
{
    return m.index(row, int(c));
}

} // namespace

class TestTokenListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheProjectsTokens();
    void followsTheStoreIncrementally();
    void statusUpdatesOneRow();
    void sessionOnlyTokens();
    void sortsByValue();
    void switchingProjectsAndRemoval();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<TokenListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // alive for every change
    QString m_project;
};

void TestTokenListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>(m_dir->filePath(QStringLiteral("projects.json")));
    QVERIFY(m_store->load());
    m_project = m_store->addProject(QStringLiteral("p"));
    m_model = std::make_unique<TokenListModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTokenListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void TestTokenListModel::showsTheProjectsTokens()
{
    const QDateTime added = QDateTime::currentDateTimeUtc();
    TokenRecord r = record(QStringLiteral("deploy"), added);
    r.permission = TokenPermission::ReadWrite;
    const QString id = m_store->addToken(m_project, r);
    m_model->setProjectId(m_project);

    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(Column::Count));
    QCOMPARE(cell(*m_model, 0, Column::Label).data().toString(), QStringLiteral("deploy"));
    // The prefix only, marked as cut short.
    QCOMPARE(cell(*m_model, 0, Column::Prefix).data().toString(), r.prefix + QStringLiteral("…"));
    QCOMPARE(cell(*m_model, 0, Column::Permission).data().toString(), QStringLiteral("Read & Write"));
    QCOMPARE(cell(*m_model, 0, Column::LastVerified).data().toString(), QStringLiteral("Never"));
    QCOMPARE(cell(*m_model, 0, Column::Status).data().toString(), TokenListModel::statusText(Status::Unchecked));
    QCOMPARE(cell(*m_model, 0, Column::Added).data(SortRole).toDateTime(), added);
    QCOMPARE(cell(*m_model, 0, Column::Label).data(IdRole).toString(), id);
    QCOMPARE(cell(*m_model, 0, Column::Status).data(StatusRole).toString(), QStringLiteral("unchecked"));
    QCOMPARE(m_model->headerData(int(Column::LastVerified), Qt::Horizontal).toString(), QStringLiteral("Last verified"));

    const QMetaEnum columns = QMetaEnum::fromType<Column>();
    QCOMPARE(columns.keyCount(), int(Column::Count) + 1);
    QCOMPARE(QMetaEnum::fromType<Status>().valueToKey(int(Status::MissingFromKeychain)), "MissingFromKeychain");
}

void TestTokenListModel::followsTheStoreIncrementally()
{
    const QString a = m_store->addToken(m_project, record(QStringLiteral("a")));
    m_model->setProjectId(m_project);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    const QString b = m_store->addToken(m_project, record(QStringLiteral("b")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);

    QVERIFY(m_store->relabelToken(a, QStringLiteral("a2")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(cell(*m_model, 0, Column::Label).data().toString(), QStringLiteral("a2"));

    QVERIFY(m_store->setLastVerified(b, QDateTime::currentDateTimeUtc()));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QVERIFY(cell(*m_model, 1, Column::LastVerified).data().toString() != QStringLiteral("Never"));

    QVERIFY(m_store->removeToken(a));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, Column::Label).data(IdRole).toString(), b);

    // Changes to another project do not touch this one.
    const QString other = m_store->addProject(QStringLiteral("other"));
    m_store->addToken(other, record(QStringLiteral("x")));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestTokenListModel::statusUpdatesOneRow()
{
    m_store->addToken(m_project, record(QStringLiteral("a")));
    const QString b = m_store->addToken(m_project, record(QStringLiteral("b")));
    m_store->addToken(m_project, record(QStringLiteral("c")));
    m_model->setProjectId(m_project);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setStatus(b, Status::MissingFromKeychain);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->status(b), Status::MissingFromKeychain);
    QCOMPARE(cell(*m_model, 1, Column::Status).data(StatusRole).toString(), QStringLiteral("missing"));

    m_model->setStatus(b, Status::MissingFromKeychain); // no change, no signal
    QCOMPARE(changed.count(), 1);
    m_model->setStatus(b, Status::Rejected);
    QCOMPARE(cell(*m_model, 1, Column::Status).data().toString(), TokenListModel::statusText(Status::Rejected));
    QCOMPARE(changed.count(), 2);
}

void TestTokenListModel::sessionOnlyTokens()
{
    TokenRecord r = record(QStringLiteral("just now"));
    r.sessionOnly = true;
    const QString id = m_store->addToken(m_project, r);
    const QString temporary = m_store->addTemporaryProject(QStringLiteral("Environment"),
                                                           QUrl(QStringLiteral("https://api.hetzner.cloud/v1")));
    const QString envToken = m_store->addToken(temporary, record(QStringLiteral("HCLOUD_TOKEN")));

    m_model->setProjectId(m_project);
    QCOMPARE(m_model->status(id), Status::SessionOnly);
    // Nothing can claim a session token is in the keychain.
    m_model->setStatus(id, Status::Ok);
    QCOMPARE(m_model->status(id), Status::SessionOnly);

    m_model->setProjectId(temporary);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->status(envToken), Status::SessionOnly);
}

void TestTokenListModel::sortsByValue()
{
    // Dates whose text sorts differently from their time ("10 Jan" < "2 Jan").
    const auto utc = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC); };
    m_store->addToken(m_project, record(QStringLiteral("late"), utc(2025, 1, 20)));
    m_store->addToken(m_project, record(QStringLiteral("early"), utc(2025, 1, 2)));
    m_store->addToken(m_project, record(QStringLiteral("middle"), utc(2025, 1, 10)));
    m_model->setProjectId(m_project);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto labels = [&proxy] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out.append(proxy.index(r, int(Column::Label)).data().toString());
        return out;
    };
    const QStringList byTime{QStringLiteral("early"), QStringLiteral("middle"), QStringLiteral("late")};

    proxy.sort(int(Column::Added), Qt::AscendingOrder);
    QVERIFY2(labels() != byTime, "the dates' text sorts like their time: this test would prove nothing");

    proxy.setSortRole(SortRole);
    proxy.sort(int(Column::Added), Qt::AscendingOrder);
    QCOMPARE(labels(), byTime);
}

void TestTokenListModel::switchingProjectsAndRemoval()
{
    m_store->addToken(m_project, record(QStringLiteral("a")));
    m_store->addToken(m_project, record(QStringLiteral("b")));
    const QString other = m_store->addProject(QStringLiteral("other"));
    m_store->addToken(other, record(QStringLiteral("x")));
    m_model->setProjectId(m_project);
    QCOMPARE(m_model->rowCount(), 2);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setProjectId(other);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, Column::Label).data().toString(), QStringLiteral("x"));

    m_store->removeProject(other);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 0);

    // A reload of the file keeps the rows that are still there.
    m_model->setProjectId(m_project);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_store->load());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
