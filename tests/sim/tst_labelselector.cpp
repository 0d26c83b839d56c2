// The label selector parser and matcher on their own: every form, the
// comma-inside-parentheses rule, and readable errors.

#include "core/sim/labelselector.h"

#include <QTest>

using hcloud::sim::LabelSelector;

namespace {

QJsonObject labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonObject result;
    for (const auto &[key, value] : pairs)
        result.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    return result;
}

}  // namespace

class TestLabelSelector : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void rejects_data();
    void rejects();
    void keysAndValues();
};

void TestLabelSelector::matches_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QJsonObject>("labels");
    QTest::addColumn<bool>("expected");

    const QJsonObject prodData = labels({{"env", "prod"}, {"team", "data"}});
    const QJsonObject devWeb = labels({{"env", "dev"}, {"team", "web"}});
    const QJsonObject none;

    QTest::newRow("empty selects all") << "" << none << true;
    QTest::newRow("blank selects all") << "   " << devWeb << true;
    QTest::newRow("k=v hit") << "env=prod" << prodData << true;
    QTest::newRow("k=v miss") << "env=prod" << devWeb << false;
    QTest::newRow("k=v absent") << "env=prod" << none << false;
    QTest::newRow("k==v") << "env==prod" << prodData << true;
    QTest::newRow("k!=v other") << "env!=prod" << devWeb << true;
    QTest::newRow("k!=v same") << "env!=prod" << prodData << false;
    QTest::newRow("k!=v absent key matches") << "env!=prod" << none << true;
    QTest::newRow("exists") << "team" << devWeb << true;
    QTest::newRow("exists absent") << "team" << none << false;
    QTest::newRow("not exists") << "!team" << none << true;
    QTest::newRow("not exists present") << "!team" << devWeb << false;
    QTest::newRow("in hit") << "env in (prod,staging)" << prodData << true;
    QTest::newRow("in miss") << "env in (prod,staging)" << devWeb << false;
    QTest::newRow("in absent") << "env in (prod)" << none << false;
    QTest::newRow("notin hit") << "env notin (prod,staging)" << devWeb << true;
    QTest::newRow("notin miss") << "env notin (prod,staging)" << prodData << false;
    QTest::newRow("notin absent key matches") << "env notin (prod)" << none << true;
    QTest::newRow("and both") << "env=prod,team=data" << prodData << true;
    QTest::newRow("and one fails") << "env=prod,team=web" << prodData << false;
    // The comma inside the parentheses is a value separator: were it an AND,
    // "staging)" would be a (bad) requirement of its own.
    QTest::newRow("comma in parens") << "env in (dev,staging),team=web" << devWeb << true;
    QTest::newRow("comma in parens, second fails") << "env in (dev,staging),team=data" << devWeb << false;
    QTest::newRow("spaces everywhere")
        << "  env  in  ( dev , prod ) ,  ! missing , team != data " << devWeb << true;
    QTest::newRow("no space before paren") << "env in(dev)" << devWeb << true;
    QTest::newRow("prefixed key") << "example.com/tier=gold" << labels({{"example.com/tier", "gold"}})
                                  << true;
    QTest::newRow("empty value equals") << "note=" << labels({{"note", ""}}) << true;
    QTest::newRow("empty value vs set") << "note=" << labels({{"note", "x"}}) << false;
    QTest::newRow("single value in") << "team in (web)" << devWeb << true;
    QTest::newRow("value is case sensitive") << "env=Prod" << prodData << false;
}

void TestLabelSelector::matches()
{
    QFETCH(QString, selector);
    QFETCH(QJsonObject, labels);
    QFETCH(bool, expected);

    QString error;
    const auto parsed = LabelSelector::parse(selector, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->matches(labels), expected);
}

void TestLabelSelector::rejects_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unclosed") << "env in (prod"
                              << "missing ')'";
    QTest::newRow("triple equals") << "env===prod"
                                   << "position";
    QTest::newRow("no key") << "=prod"
                            << "expected a label key at position 1";
    QTest::newRow("empty set") << "env in ()"
                               << "at least one value";
    QTest::newRow("trailing comma") << "env=prod,"
                                    << "after ','";
    QTest::newRow("leading comma") << ",env"
                                   << "expected a label key";
    QTest::newRow("in without parens") << "env in prod"
                                       << "expected '('";
    QTest::newRow("space separated values") << "env notin (a b)"
                                            << "expected ',' or ')'";
    QTest::newRow("unknown operator") << "env like prod"
                                      << "unknown operator 'like'";
    QTest::newRow("bad key start") << "-env=prod"
                                   << "not a valid label key";
    QTest::newRow("bad value") << "env=pro*d"
                               << "expected ',' or end";
    QTest::newRow("bare bang") << "!"
                               << "expected a label key";
    QTest::newRow("two requirements without comma") << "env=prod team=web"
                                                    << "expected ',' or end";
    QTest::newRow("key too long") << QString(64, QLatin1Char('k')) + QStringLiteral("=v")
                                  << "not a valid label key";
}

void TestLabelSelector::rejects()
{
    QFETCH(QString, selector);
    QFETCH(QString, messagePart);

    QString error;
    QVERIFY(!LabelSelector::parse(selector, &error).has_value());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestLabelSelector::keysAndValues()
{
    QVERIFY(LabelSelector::isValidKey(QStringLiteral("env")));
    QVERIFY(LabelSelector::isValidKey(QStringLiteral("hcloud.example.com/managed-by")));
    QVERIFY(!LabelSelector::isValidKey(QString()));
    QVERIFY(!LabelSelector::isValidKey(QStringLiteral("Example.com/x")));  // prefix is lower-case DNS
    QVERIFY(!LabelSelector::isValidKey(QStringLiteral("a/")));
    QVERIFY(!LabelSelector::isValidKey(QStringLiteral("env-")));
    QVERIFY(LabelSelector::isValidValue(QString()));
    QVERIFY(LabelSelector::isValidValue(QStringLiteral("v1.2_x-y")));
    QVERIFY(!LabelSelector::isValidValue(QStringLiteral("a b")));
    QVERIFY(!LabelSelector::isValidValue(QString(64, QLatin1Char('v'))));
}

QTEST_GUILESS_MAIN(TestLabelSelector)
#include "tst_labelselector.moc"
