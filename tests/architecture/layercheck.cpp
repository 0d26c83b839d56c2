#include "tests/architecture/layercheck.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <functional>

namespace {

const QStringList kScanned = {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")};

// Qt modules a layer must not include, by the folder of Qt's headers.
QStringList forbiddenQt(const QString &layer)
{
    if (layer.startsWith(QLatin1String("core/")) && layer != QLatin1String("core/sim"))
        return {QStringLiteral("QtWidgets"), QStringLiteral("QtGui")};
    if (layer == QLatin1String("ui"))
        return {QStringLiteral("QtNetwork"), QStringLiteral("QtWebSockets")};
    return {};
}

}  // namespace

LayerCheck::LayerCheck(const QString &root, const QString &qtHeaders)
    : m_root(root), m_qtHeaders(qtHeaders)
{
}

QString LayerCheck::layerOf(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() > 2 && parts[0] == QLatin1String("core"))
        return parts[0] + QLatin1Char('/') + parts[1];
    return parts.value(0);
}

bool LayerCheck::readArrows(const QString &markdownPath, QString *error)
{
    QFile file(markdownPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(markdownPath);
        return false;
    }
    m_arrows.clear();
    bool inBlock = false, found = false;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line == QLatin1String("```arrows")) {
            inBlock = found = true;
            continue;
        }
        if (!inBlock)
            continue;
        if (line.startsWith(QLatin1String("```")))
            break;
        const int arrow = line.indexOf(QLatin1String("->"));
        if (arrow < 0)
            continue;
        const QString from = line.left(arrow).trimmed();
        for (const QString &to : line.mid(arrow + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            m_arrows[from].insert(to);
    }
    if (!found)
        *error = QStringLiteral("%1 has no ```arrows block").arg(markdownPath);
    return found;
}

void LayerCheck::scan(QStringList *violations, QSet<QString> *used) const
{
    static const QRegularExpression quoted(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"));
    static const QRegularExpression angled(QStringLiteral(R"re(^\s*#\s*include\s+<([^>]+)>)re"));
    for (const QString &top : kScanned) {
        QDirIterator it(m_root + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(m_root).relativeFilePath(path);
            const QString layer = layerOf(rel);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            int lineNo = 0;
            QTextStream in(&file);
            while (!in.atEnd()) {
                const QString line = in.readLine();
                ++lineNo;
                const QString where = QStringLiteral("%1:%2: ").arg(rel).arg(lineNo);
                const auto q = quoted.match(line);
                if (q.hasMatch()) {
                    const QString target = q.captured(1);
                    if (!QFileInfo::exists(m_root + QLatin1Char('/') + target)) {
                        if (QFileInfo::exists(QFileInfo(path).dir().filePath(target)))
                            *violations << where + QStringLiteral("\"%1\" is not written from the root").arg(target);
                        continue;  // generated (.moc)
                    }
                    const QString to = layerOf(target);
                    if (to == layer)
                        continue;
                    if (m_arrows.value(layer).contains(to))
                        used->insert(layer + QLatin1String(" -> ") + to);
                    else
                        *violations << where + QStringLiteral("%1 may not include %2 (%3)").arg(layer, to, target);
                    continue;
                }
                const auto a = angled.match(line);
                if (!a.hasMatch())
                    continue;
                for (const QString &module : forbiddenQt(layer)) {
                    if (QFileInfo::exists(m_qtHeaders + QLatin1Char('/') + module + QLatin1Char('/') + a.captured(1)))
                        *violations << where + QStringLiteral("%1 may not use %2 (<%3>)").arg(layer, module, a.captured(1));
                }
            }
        }
    }
}

QStringList LayerCheck::violations() const
{
    QStringList found;
    QSet<QString> used;
    scan(&found, &used);
    return found;
}

QStringList LayerCheck::unusedArrows() const
{
    QStringList ignored;
    QSet<QString> used;
    scan(&ignored, &used);
    QStringList unused;
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it) {
        for (const QString &to : it.value()) {
            const QString arrow = it.key() + QLatin1String(" -> ") + to;
            if (!used.contains(arrow))
                unused << arrow;
        }
    }
    return unused;
}

QStringList LayerCheck::cycle() const
{
    // Depth-first search; a layer met again on the current path closes a cycle.
    QStringList path;
    QSet<QString> done;
    std::function<bool(const QString &)> visit = [&](const QString &layer) {
        if (path.contains(layer)) {
            path << layer;
            return true;
        }
        if (done.contains(layer))
            return false;
        path << layer;
        for (const QString &to : m_arrows.value(layer)) {
            if (visit(to))
                return true;
        }
        path.removeLast();
        done.insert(layer);
        return false;
    };
    for (const QString &layer : m_arrows.keys()) {
        if (visit(layer))
            return path;
    }
    return {};
}
