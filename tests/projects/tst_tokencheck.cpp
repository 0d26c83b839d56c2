#include "core/projects/tokencheck.h"

#include <QTest>

using namespace hcloud;
using Problem = TokenCheck::Problem;

class TestTokenCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void messageNeverHoldsTheToken();
    void duplicateSaysWhere();
    void mayHoldSecret();
};

namespace {
const QString kToken = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEF0123456789ghijklmnopqrstuvwxyzAB");
}

void TestTokenCheck::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("position");

    QTest::newRow("valid") << kToken << Problem::None << 64 << 0;
    QTest::newRow("surrounding whitespace") << QStringLiteral("  \t") + kToken + QStringLiteral("\n ")
                                            << Problem::None << 64 << 0;
    QTest::newRow("empty") << QString() << Problem::Empty << 0 << 0;
    QTest::newRow("only spaces") << QStringLiteral("   ") << Problem::Empty << 0 << 0;
    QTest::newRow("short") << kToken.left(63) << Problem::WrongLength << 63 << 0;
    QTest::newRow("long") << kToken + QStringLiteral("x") << Problem::WrongLength << 65 << 0;
    QTest::newRow("prefix only") << kToken.left(32) << Problem::WrongLength << 32 << 0;
    QTest::newRow("inner space") << kToken.left(10) + QStringLiteral(" ") + kToken.mid(11)
                                 << Problem::BadCharacter << 64 << 11;
    QTest::newRow("dash") << QStringLiteral("-") + kToken.mid(1) << Problem::BadCharacter << 64 << 1;
    QTest::newRow("umlaut last") << kToken.left(63) + QStringLiteral("ä") << Problem::BadCharacter << 64 << 64;
    QTest::newRow("quoted") << QStringLiteral("\"") + kToken + QStringLiteral("\"") << Problem::BadCharacter << 66 << 1;
}

void TestTokenCheck::check()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(int, length);
    QFETCH(int, position);

    const TokenCheck c = TokenCheck::check(input);
    QCOMPARE(c.problem, problem);
    QCOMPARE(c.length, length);
    QCOMPARE(c.position, position);
    QCOMPARE(c.ok(), problem == Problem::None);
    QCOMPARE(c.message.isEmpty(), problem == Problem::None);
    if (c.ok()) {
        QCOMPARE(c.token, kToken);
        QCOMPARE(c.prefix(), kToken.left(32));
    } else {
        QVERIFY(c.prefix().isEmpty());
    }
    if (problem == Problem::WrongLength)
        QVERIFY2(c.message.contains(QString::number(length)), qPrintable(c.message));
    if (problem == Problem::BadCharacter)
        QVERIFY2(c.message.contains(QString::number(position)), qPrintable(c.message));
}

void TestTokenCheck::messageNeverHoldsTheToken()
{
    const QStringList inputs{kToken.left(63), kToken + QStringLiteral("1"), kToken.left(40) + QStringLiteral("!"),
                             kToken};
    for (const QString &input : inputs) {
        const TokenCheck c = TokenCheck::check(input, {{kToken.left(32), QStringLiteral("project “x”")}});
        QVERIFY(!c.ok());
        QVERIFY2(!c.message.contains(kToken.mid(32, 8)), qPrintable(c.message));
        QVERIFY2(!c.message.contains(kToken.left(8)), qPrintable(c.message));
    }
}

void TestTokenCheck::duplicateSaysWhere()
{
    const TokenCheck c = TokenCheck::check(kToken, {{kToken.left(32), QStringLiteral("project “web”")}});
    QCOMPARE(c.problem, Problem::AlreadyStored);
    QVERIFY(c.message.contains(QStringLiteral("project “web”")));
    QVERIFY(TokenCheck::check(kToken, {{kToken.mid(1, 32), QStringLiteral("other")}}).ok());
}

void TestTokenCheck::mayHoldSecret()
{
    QVERIFY(!TokenCheck::mayHoldSecret(kToken.left(32)));
    QVERIFY(!TokenCheck::mayHoldSecret(kToken.left(32) + QStringLiteral("…") + kToken.left(32)));
    QVERIFY(TokenCheck::mayHoldSecret(kToken.left(33)));
    QVERIFY(TokenCheck::mayHoldSecret(QStringLiteral("label ") + kToken));
    QVERIFY(!TokenCheck::mayHoldSecret(QStringLiteral("3f2a9c1e-0b6d-4a57-9e0c-1d2b3c4d5e6f")));
}

QTEST_GUILESS_MAIN(TestTokenCheck)
#include "tst_tokencheck.moc"
