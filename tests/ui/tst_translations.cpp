// The German translation is complete: every message has a finished,
// non-empty translation (and every plural form), and it stays so when
// lupdate reads today's sources, so no new or changed string is missing.
// The English file holds the plural forms only, under the same rules.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsContents
{
    QString error;
    int messages = 0;
    QSet<QString> keys;      // context and source of every live message
    QStringList unfinished;  // the same, of those without a translation
};

QString key(const QString &context, const QString &source)
{
    return context + QStringLiteral(": ") + source;
}

TsContents readTs(const QString &path)
{
    TsContents ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            ++ts.messages;
            ts.keys.insert(key(context, source));
            // Plain text, or one <numerusform> per plural form.
            QStringList forms;
            QString plain;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    plain += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
            }
            const bool empty = forms.isEmpty() ? plain.trimmed().isEmpty()
                                               : forms.contains(QString()) || forms.size() < 2;
            if (type == QLatin1String("unfinished") || empty)
                ts.unfinished.append(key(context, source));
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

// The files translations/update.sh hands to lupdate: the client's sources,
// not the simulator's.
QStringList clientSources()
{
    const QDir root(QStringLiteral(SOURCE_DIR));
    QStringList files;
    for (const QString &top : {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            if (relative.startsWith(QLatin1String("core/sim/")) || relative.endsWith(QLatin1String("/sim_main.cpp")))
                continue;
            files.append(path);
        }
    }
    files.sort();
    return files;
}

// Runs lupdate as update.sh does over a copy of `committed`; returns the
// copy's path, or an empty string after a failed check.
QString lupdateCopy(const QTemporaryDir &dir, const QString &committed, const QStringList &extraArgs)
{
    const QString copy = dir.filePath(QFileInfo(committed).fileName());
    if (!QFile::copy(committed, copy)) {
        qWarning("could not copy %s", qPrintable(committed));
        return QString();
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList sources = clientSources();
    if (sources.size() < 20) {
        qWarning("only %d sources under %s", int(sources.size()), SOURCE_DIR);
        return QString();
    }
    QProcess lupdate;
    QSignalSpy finished(&lupdate, &QProcess::finished);
    lupdate.start(QStringLiteral(LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-I"), QStringLiteral(SOURCE_DIR)}
                      + extraArgs + sources + QStringList{QStringLiteral("-ts"), copy});
    if (!lupdate.waitForStarted() || !finished.wait(60000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        qWarning("%s failed: %s %s", LUPDATE, qPrintable(lupdate.errorString()),
                 lupdate.readAllStandardError().constData());
        return QString();
    }
    return copy;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void isComplete_data();
    void isComplete();
    void coversTheSources_data();
    void coversTheSources();
};

void TestTranslations::isComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("German") << QStringLiteral(TS_FILE) << 20;
    QTest::newRow("English plurals") << QStringLiteral(TS_EN_FILE) << 5;
}

void TestTranslations::isComplete()
{
    QFETCH(QString, file);
    QFETCH(int, atLeast);
    const TsContents ts = readTs(file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.messages > atLeast);
    QVERIFY2(ts.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(ts.unfinished.size())
                                                 + ts.unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::coversTheSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::newRow("German") << QStringLiteral(TS_FILE) << QStringList();
    QTest::newRow("English plurals") << QStringLiteral(TS_EN_FILE) << QStringList{QStringLiteral("-pluralonly")};
}

// What update.sh would make of the committed file needs no new
// translation and drops nothing: the file already says what the sources say.
void TestTranslations::coversTheSources()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extraArgs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = lupdateCopy(dir, file, extraArgs);
    QVERIFY(!copy.isEmpty());

    const TsContents committed = readTs(file);
    const TsContents updated = readTs(copy);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QVERIFY(updated.messages > 0);
    QStringList missing = updated.unfinished;
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 strings of the sources lack a translation; run translations/update.sh "
                                       "and translate them:\n")
                            .arg(missing.size())
                        + missing.join(QLatin1Char('\n'))));
    QStringList stale = QStringList((committed.keys - updated.keys).values());
    stale.sort();
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 entries are no longer in the sources; run translations/update.sh:\n")
                            .arg(stale.size())
                        + stale.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
