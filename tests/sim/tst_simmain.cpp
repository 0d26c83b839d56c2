// The hcloud-sim executable: its first stdout lines, its options, and that
// a rejected token is never echoed.

#include "tests/sim/simhttp.h"

#include <QProcess>
#include <QTest>

#include <memory>

class TestSimMain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesWhatItWasAskedFor();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    QString m_bin;
};

void TestSimMain::initTestCase()
{
    m_bin = qEnvironmentVariable("HCLOUD_SIM_BIN");
    QVERIFY2(!m_bin.isEmpty(), "HCLOUD_SIM_BIN is not set; run the test through ctest");
}

void TestSimMain::servesWhatItWasAskedFor()
{
    const QString first = testToken('m');
    const QString second = testToken('n');
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(m_bin,
              {QStringLiteral("--token"), first, QStringLiteral("--token"), second,
               QStringLiteral("--servers"), QStringLiteral("7"), QStringLiteral("--seed"),
               QStringLiteral("3"), QStringLiteral("--latency-ms"), QStringLiteral("20")});
    QVERIFY(sim.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
    const QString line = QString::fromUtf8(sim.readLine());
    QVERIFY2(line.startsWith(QLatin1String("listening on http://127.0.0.1:"))
                 && line.endsWith(QLatin1String("/v1\n")),
             qPrintable(line));

    SimHttp http(QUrl(line.trimmed().section(QLatin1Char(' '), 2)));
    const QJsonArray a = http.all(QStringLiteral("servers"), first);
    const QJsonArray b = http.all(QStringLiteral("servers"), second);
    QCOMPARE(a.size(), 7);
    QCOMPARE(b.size(), 7);
    QVERIFY(a != b);  // one project per token, each with its own seed
    QCOMPARE(http.get(QStringLiteral("/servers"), testToken('x')).status, 401);

    // The second line: the Hetzner API with the projects' Storage Boxes.
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
    const QString hetzner = QString::fromUtf8(sim.readLine());
    QVERIFY2(hetzner.startsWith(QLatin1String("hetzner api on http://127.0.0.1:")) && hetzner.endsWith(QLatin1String("/v1\n")),
             qPrintable(hetzner));
    SimHttp boxes(QUrl(hetzner.trimmed().section(QLatin1Char(' '), 3)));
    QCOMPARE(boxes.get(QStringLiteral("/storage_boxes"), first).json[QStringLiteral("storage_boxes")].toArray().size(), 2);
    QCOMPARE(boxes.get(QStringLiteral("/storage_boxes"), testToken('x')).status, 401);
    QVERIFY(hetzner != line);

    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TestSimMain::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");  // must not appear in any output

    const QString shortToken = QStringLiteral("SecretButTooShort123");
    QString badChar = testToken('q');
    badChar[40] = QLatin1Char('-');
    QTest::newRow("no token") << QStringList() << QString();
    QTest::newRow("short token") << QStringList{QStringLiteral("--token"), shortToken} << shortToken;
    QTest::newRow("bad character") << QStringList{QStringLiteral("--token"), badChar} << badChar.mid(32);
    QTest::newRow("second token bad")
        << QStringList{QStringLiteral("--token"), testToken('a'), QStringLiteral("--token"), shortToken}
        << shortToken;
    QTest::newRow("negative servers") << QStringList{QStringLiteral("--token"), testToken('a'),
                                                     QStringLiteral("--servers"), QStringLiteral("-1")}
                                      << QString();
    QTest::newRow("port too large") << QStringList{QStringLiteral("--token"), testToken('a'),
                                                   QStringLiteral("--port"), QStringLiteral("70000")}
                                    << QString();
    QTest::newRow("hetzner port too large") << QStringList{QStringLiteral("--token"), testToken('a'),
                                                           QStringLiteral("--hetzner-port"), QStringLiteral("65536")}
                                            << QString();
    QTest::newRow("api date not a date") << QStringList{QStringLiteral("--token"), testToken('a'),
                                                        QStringLiteral("--api-date"), QStringLiteral("yesterday")}
                                         << QString();
    QTest::newRow("api date out of range") << QStringList{QStringLiteral("--token"), testToken('a'),
                                                          QStringLiteral("--api-date"), QStringLiteral("2026-02-30")}
                                           << QString();
    QTest::newRow("bad fault spec") << QStringList{QStringLiteral("--token"), testToken('a'),
                                                   QStringLiteral("--faults"), QStringLiteral("drop=2")}
                                    << QString();
}

void TestSimMain::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);

    QProcess sim;
    sim.start(m_bin, arguments);
    // hcloud-sim runs in its own process; waiting here blocks nothing it needs.
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 2);
    const QByteArray out = sim.readAllStandardOutput() + sim.readAllStandardError();
    QVERIFY(!out.contains("listening on"));
    QVERIFY(!out.trimmed().isEmpty());
    if (!secret.isEmpty())
        QVERIFY2(!out.contains(secret.toLatin1()), out.constData());
}

QTEST_GUILESS_MAIN(TestSimMain)
#include "tst_simmain.moc"
