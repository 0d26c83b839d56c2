#include "core/api/redact.h"

#include <QTest>

using namespace hcloud;

namespace {
const QString kPrefix = QStringLiteral("PREFIXaaaaBBBBccccDDDDeeee012345");  // 32
const QString kSecret = QStringLiteral("SECRETzzzzYYYYxxxxWWWWvvvv987654");  // 32
const QString kToken = kPrefix + kSecret;
} // namespace

class TestRedact : public QObject
{
    Q_OBJECT
private slots:
    void tokenKeepsOnlyPrefix();
    void bearerHeaders_data();
    void bearerHeaders();
    void severalTokens();
    void ordinaryTextUntouched_data();
    void ordinaryTextUntouched();
    void tokenPrefixHelper();
    void everyLogLineIsRedacted();
};

namespace {
QStringList g_captured;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}
} // namespace

void TestRedact::everyLogLineIsRedacted()
{
    // Installed after a capturing handler, as the app installs it before Qt's.
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    installLogRedaction();
    qDebug() << "a careless line with" << kToken;
    qWarning("and a printf-style one: %s", qPrintable(kToken));
    qInstallMessageHandler(previous);
    QCOMPARE(g_captured.size(), 2);
    for (const QString &line : std::as_const(g_captured)) {
        QVERIFY(line.contains(kPrefix));
        QVERIFY2(!line.contains(kSecret), qPrintable(line));
    }
}

void TestRedact::tokenKeepsOnlyPrefix()
{
    QCOMPARE(kToken.size(), 64);
    const QString out = redact(QStringLiteral("token=%1 rejected").arg(kToken));
    QVERIFY(out.contains(kPrefix));
    QVERIFY(!out.contains(kSecret));
    QVERIFY(!out.contains(kSecret.left(4)));
    QVERIFY(out.startsWith(QStringLiteral("token=")));
    QVERIFY(out.endsWith(QStringLiteral(" rejected")));
}

void TestRedact::bearerHeaders_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mustKeep");
    QTest::newRow("authorization header") << QStringLiteral("Authorization: Bearer %1").arg(kToken)
                                          << QStringLiteral("Authorization: Bearer ");
    QTest::newRow("secret half alone") << QStringLiteral("Bearer %1").arg(kSecret) << QStringLiteral("Bearer ");
    QTest::newRow("lower case") << QStringLiteral("authorization: bearer %1\r\n").arg(kSecret)
                                << QStringLiteral("authorization: bearer ");
    QTest::newRow("short value") << QStringLiteral("Bearer abc123def") << QStringLiteral("Bearer ");
}

void TestRedact::bearerHeaders()
{
    QFETCH(QString, input);
    QFETCH(QString, mustKeep);
    const QString out = redact(input);
    QVERIFY2(!out.contains(kSecret.left(8)), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("abc123def")), qPrintable(out));
    QVERIFY2(out.contains(mustKeep), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("redacted")), qPrintable(out));
}

void TestRedact::severalTokens()
{
    const QString other = QStringLiteral("OTHERPREFIXbbbbccccddddeeeeffff1") + QStringLiteral("OTHERSECRETggggHHHHiiiiJJJJkkkk2");
    const QString out = redact(QStringLiteral("a=%1, b=%2.").arg(kToken, other));
    QVERIFY(out.contains(kPrefix));
    QVERIFY(out.contains(other.left(32)));
    QVERIFY(!out.contains(kSecret));
    QVERIFY(!out.contains(other.mid(32)));
    QVERIFY(out.endsWith(QLatin1Char('.')));
}

void TestRedact::ordinaryTextUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sentence") << QStringLiteral("The API token was rejected; add a new one.");
    QTest::newRow("url") << QStringLiteral("GET http://127.0.0.1:40123/v1/servers?page=2&per_page=50 -> 200 12 ms");
    QTest::newRow("json") << QStringLiteral("{\"error\":{\"code\":\"not_found\",\"message\":\"server 42 not found\"}}");
    QTest::newRow("prefix alone") << kPrefix;
    QTest::newRow("bearer word") << QStringLiteral("A bearer of bad news.");
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("Server „web-01“ in Falkenstein ✓");
}

void TestRedact::ordinaryTextUntouched()
{
    QFETCH(QString, text);
    QCOMPARE(redact(text), text);
}

void TestRedact::tokenPrefixHelper()
{
    QCOMPARE(tokenPrefix(kToken), kPrefix);
    QCOMPARE(tokenPrefix(kSecret), QString());
    QCOMPARE(tokenPrefix(QString()), QString());
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
