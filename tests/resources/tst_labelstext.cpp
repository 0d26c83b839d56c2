// The one parser and printer of labels as "key=value" lines.
#include "core/resources/labelstext.h"

#include <QJsonDocument>
#include <QTest>

using namespace hcloud;

class TestLabelsText : public QObject
{
    Q_OBJECT
private slots:
    void labels_data();
    void labels();
    void labelsRoundTrip();
    void printed();
};

void TestLabelsText::labels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("two") << "env=prod\nrole = web\n" << R"({"env":"prod","role":"web"})" << true;
    QTest::newRow("empty value") << "backup" << R"({"backup":""})" << true;
    QTest::newRow("prefixed key") << "example.com/team=data" << R"({"example.com/team":"data"})" << true;
    QTest::newRow("blank lines") << "\n\nenv=prod\n\n" << R"({"env":"prod"})" << true;
    QTest::newRow("bad key") << "env!=prod" << "" << false;
    QTest::newRow("bad value") << "env=pro d" << "" << false;
    QTest::newRow("value starts with dot") << "env=.prod" << "" << false;
    QTest::newRow("twice") << "env=a\nenv=b" << "" << false;
    QTest::newRow("prefix not a hostname") << "env=a\n-x/team=b" << "" << false;
    QTest::newRow("empty key") << "=value" << "" << false;
}

void TestLabelsText::labels()
{
    QFETCH(QString, text);
    QFETCH(QString, json);
    QFETCH(bool, ok);
    const LabelParse parsed = labelsFromText(text);
    QCOMPARE(parsed.problem.isEmpty(), ok);
    if (ok)
        QCOMPARE(parsed.labels, QJsonDocument::fromJson(json.toUtf8()).object());
    else
        QVERIFY2(parsed.problem.startsWith(QStringLiteral("Line %1:").arg(text.trimmed().count(QLatin1Char('\n')) + 1)),
                 qPrintable(parsed.problem)); // the last line is the bad one
}

void TestLabelsText::labelsRoundTrip()
{
    const QJsonObject labels{{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("k"), QString()}};
    QCOMPARE(labelsFromText(labelsToText(labels)).labels, labels);
}

void TestLabelsText::printed()
{
    QCOMPARE(labelsToText({}), QString());
    // One a line, in the keys' order, an empty value after its "=".
    const QJsonObject labels{{QStringLiteral("role"), QStringLiteral("web")}, {QStringLiteral("backup"), QString()},
                             {QStringLiteral("example.com/team"), QStringLiteral("data")}};
    QCOMPARE(labelsToText(labels), QStringLiteral("backup=\nexample.com/team=data\nrole=web"));
}

QTEST_GUILESS_MAIN(TestLabelsText)
#include "tst_labelstext.moc"
