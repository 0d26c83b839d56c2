// The palette's search on its own: names, IPs, labels and ids, commands
// typed first, the best match first, and only the kinds a command fits.
#include "core/palette/palettesearch.h"

#include <QTest>

using namespace hcloud;

class TestPaletteSearch : public QObject
{
    Q_OBJECT
private slots:
    void findsByNameIpLabelAndId();
    void commandsComeFirst();
};

namespace {
QVector<PaletteTarget> targets()
{
    return {
        {QStringLiteral("p"), QStringLiteral("Shop"), QStringLiteral("servers"), QStringLiteral("Servers"), 101,
         QStringLiteral("web-10"), QStringLiteral("web-10 running 203.0.113.10 role=web")},
        {QStringLiteral("p"), QStringLiteral("Shop"), QStringLiteral("servers"), QStringLiteral("Servers"), 102,
         QStringLiteral("web-1"), QStringLiteral("web-1 running 203.0.113.1 role=web env=prod")},
        {QStringLiteral("p"), QStringLiteral("Shop"), QStringLiteral("volumes"), QStringLiteral("Volumes"), 555,
         QStringLiteral("web-data"), QStringLiteral("web-data 50 gb")},
    };
}
QVector<PaletteCommand> commands()
{
    return {{QStringLiteral("reboot"), QStringLiteral("Reboot"), QStringLiteral("servers")},
            {QStringLiteral("off"), QStringLiteral("Power Off"), QStringLiteral("servers")}};
}
} // namespace

void TestPaletteSearch::findsByNameIpLabelAndId()
{
    const QVector<PaletteTarget> t = targets();
    QVector<PaletteMatch> m = searchPalette(t, commands(), QStringLiteral("web-1"));
    QVERIFY(m.size() >= 2);
    QCOMPARE(t.at(m.first().target).id, 102); // the whole name before web-10
    m = searchPalette(t, commands(), QStringLiteral("203.0.113.10"));
    QCOMPARE(m.size(), 1);
    QCOMPARE(t.at(m.first().target).id, 101);
    m = searchPalette(t, commands(), QStringLiteral("env=prod"));
    QCOMPARE(m.size(), 1);
    QCOMPARE(t.at(m.first().target).id, 102);
    m = searchPalette(t, commands(), QStringLiteral("555"));
    QCOMPARE(m.size(), 1);
    QCOMPARE(t.at(m.first().target).kind, QStringLiteral("volumes"));
    QVERIFY(searchPalette(t, commands(), QStringLiteral("nothing-like-it")).isEmpty());
    QVERIFY(searchPalette(t, commands(), QStringLiteral("   ")).isEmpty());
}

void TestPaletteSearch::commandsComeFirst()
{
    const QVector<PaletteTarget> t = targets();
    QVector<PaletteMatch> m = searchPalette(t, commands(), QStringLiteral("reboot web-1"));
    QVERIFY(!m.isEmpty());
    QCOMPARE(m.first().command, 0);
    QCOMPARE(t.at(m.first().target).id, 102);
    // Only servers reboot.
    for (const PaletteMatch &match : m)
        QVERIFY(match.command < 0 || t.at(match.target).kind == QLatin1String("servers"));
    m = searchPalette(t, commands(), QStringLiteral("power off web-10"));
    QVERIFY(!m.isEmpty());
    QCOMPARE(m.first().command, 1);
    QCOMPARE(t.at(m.first().target).id, 101);
    // Two letters are not yet a command.
    m = searchPalette(t, commands(), QStringLiteral("re web-1"));
    for (const PaletteMatch &match : m)
        QCOMPARE(match.command, -1);
}

QTEST_GUILESS_MAIN(TestPaletteSearch)
#include "tst_palettesearch.moc"
