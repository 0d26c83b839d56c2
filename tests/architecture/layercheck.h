#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// Checks a source tree's includes against the arrows of ARCHITECTURE.md.
class LayerCheck
{
public:
    // root: the tree; qtHeaders: Qt's include directory (QtWidgets/, QtNetwork/ ...).
    LayerCheck(const QString &root, const QString &qtHeaders);

    // Reads the ```arrows block of a Markdown file; false with an error if there is none.
    bool readArrows(const QString &markdownPath, QString *error);
    void setArrows(const QMap<QString, QSet<QString>> &arrows) { m_arrows = arrows; }

    // Every broken rule, as "file:line: what".
    QStringList violations() const;
    // Declared arrows that no include uses.
    QStringList unusedArrows() const;
    // A cycle among the declared arrows, or empty.
    QStringList cycle() const;

    static QString layerOf(const QString &relativePath);

private:
    void scan(QStringList *violations, QSet<QString> *used) const;

    QString m_root;
    QString m_qtHeaders;
    QMap<QString, QSet<QString>> m_arrows;
};
