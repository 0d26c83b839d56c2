// The status dot's colour for the API's words of every kind.
#include "ui/statusicons.h"

#include <QColor>
#include <QImage>
#include <QTest>

using namespace hcloud;

class TestStatusIcons : public QObject
{
    Q_OBJECT
private slots:
    void colourPerStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("colour");
        for (const char *good : {"running", "available", "healthy", "valid", "active", "ok", "success", "applied"})
            QTest::newRow(good) << QString::fromLatin1(good) << QStringLiteral("green");
        for (const char *bad : {"error", "failed", "unhealthy", "expired", "unavailable", "deleting"})
            QTest::newRow(bad) << QString::fromLatin1(bad) << QStringLiteral("red");
        QTest::newRow("off") << QStringLiteral("off") << QStringLiteral("grey");
        for (const char *between : {"starting", "updating", "initializing", "locked", "rebuilding", "creating"})
            QTest::newRow(between) << QString::fromLatin1(between) << QStringLiteral("amber");
    }

    void colourPerStatus()
    {
        QFETCH(QString, status);
        QFETCH(QString, colour);
        const QImage image = statusIcon(status).pixmap(16, 16).toImage();
        const QColor c = image.pixelColor(8, 8);
        QString seen = QStringLiteral("amber");
        if (qAbs(c.red() - c.green()) < 16 && qAbs(c.green() - c.blue()) < 16)
            seen = QStringLiteral("grey");
        else if (c.green() > c.red() && c.green() > c.blue())
            seen = QStringLiteral("green");
        else if (c.red() > 2 * c.green())
            seen = QStringLiteral("red");
        QVERIFY2(seen == colour, qPrintable(QStringLiteral("%1: %2 is %3").arg(status, c.name(), seen)));
    }
};

QTEST_MAIN(TestStatusIcons)
#include "tst_statusicons.moc"
