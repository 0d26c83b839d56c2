// The German translation is complete: every message has a finished,
// non-empty translation (and every plural form).
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsComplete();
};

void TestTranslations::germanIsComplete()
{
    QFile file(QStringLiteral(TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
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
            ++messages;
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
                problems.append(context + QStringLiteral(": ") + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 20);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(problems.size())
                                            + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
