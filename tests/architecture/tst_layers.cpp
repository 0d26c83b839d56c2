// The layers of ARCHITECTURE.md hold: no include crosses them but by a
// listed arrow, every listed arrow is used, and the arrows have no cycle.
#include "tests/architecture/layercheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

class TstLayers : public QObject
{
    Q_OBJECT

private:
    static QString qtHeaders() { return QLibraryInfo::path(QLibraryInfo::HeadersPath); }

    static void write(const QString &root, const QString &rel, const QByteArray &text)
    {
        const QString path = root + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private slots:
    void theTreeKeepsItsLayers()
    {
        QVERIFY2(QFileInfo::exists(qtHeaders() + QStringLiteral("/QtWidgets/QWidget")),
                 qPrintable(QStringLiteral("Qt's headers are not at %1").arg(qtHeaders())));
        LayerCheck check(QStringLiteral(SOURCE_DIR), qtHeaders());
        QString error;
        QVERIFY2(check.readArrows(QStringLiteral(SOURCE_DIR "/ARCHITECTURE.md"), &error), qPrintable(error));
        const QStringList broken = check.violations();
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        const QStringList unused = check.unusedArrows();
        QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("ARCHITECTURE.md lists arrows the code no longer has:\n")
                                              + unused.join(QLatin1Char('\n'))));
        const QStringList cycle = check.cycle();
        QVERIFY2(cycle.isEmpty(), qPrintable(cycle.join(QStringLiteral(" -> "))));
    }

    void forbiddenIncludesAreFound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        write(root, QStringLiteral("core/projects/session.h"), "#pragma once\n");
        write(root, QStringLiteral("core/models/sibling.h"), "#pragma once\n");
        write(root, QStringLiteral("core/models/model.cpp"),
              "#include \"core/projects/session.h\"\n#include \"sibling.h\"\n#include \"model.moc\"\n");
        write(root, QStringLiteral("core/api/client.cpp"), "#include <QWidget>\n#include <QJsonObject>\n");
        write(root, QStringLiteral("ui/view.cpp"), "#include <QNetworkAccessManager>\n#include <QWidget>\n");
        LayerCheck check(root, qtHeaders());
        const QStringList broken = check.violations();
        QCOMPARE(broken.size(), 4);
        QVERIFY(broken.contains(QStringLiteral("core/models/model.cpp:1: core/models may not include core/projects "
                                               "(core/projects/session.h)")));
        QVERIFY(broken.contains(QStringLiteral("core/models/model.cpp:2: \"sibling.h\" is not written from the root")));
        QVERIFY(broken.contains(QStringLiteral("core/api/client.cpp:1: core/api may not use QtWidgets (<QWidget>)")));
        QVERIFY(broken.contains(QStringLiteral("ui/view.cpp:1: ui may not use QtNetwork (<QNetworkAccessManager>)")));

        // Declared, the arrow is allowed and used.
        check.setArrows({{QStringLiteral("core/models"), {QStringLiteral("core/projects")}}});
        QCOMPARE(check.violations().size(), 3);
        QVERIFY(check.unusedArrows().isEmpty());
    }

    void staleArrowsAndCyclesAreFound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LayerCheck check(dir.path(), qtHeaders());
        check.setArrows({{QStringLiteral("core/models"), {QStringLiteral("core/projects")}},
                         {QStringLiteral("core/projects"), {QStringLiteral("core/models")}}});
        QCOMPARE(check.unusedArrows().size(), 2);
        const QStringList cycle = check.cycle();
        QCOMPARE(cycle.size(), 3);
        QCOMPARE(cycle.first(), cycle.last());

        const QString doc = dir.path() + QStringLiteral("/doc.md");
        write(dir.path(), QStringLiteral("doc.md"), "no block here\n");
        QString error;
        QVERIFY(!check.readArrows(doc, &error));
        QVERIFY(error.contains(QStringLiteral("no ```arrows block")));
    }
};

QTEST_GUILESS_MAIN(TstLayers)
#include "tst_layers.moc"
