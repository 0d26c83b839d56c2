#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hcloud {

// Something the palette can jump to: an object of a loaded list, with what
// it is found by (name, IPs, labels, id: the row's search text).
struct PaletteTarget
{
    QString projectId;
    QString projectName;
    QString kind;      // "servers"
    QString kindTitle; // "Servers"
    qint64 id = 0;
    QString name;
    QString haystack;  // lower case
};

// Something the palette can do to a target: "Reboot", for servers.
struct PaletteCommand
{
    QString id;    // what the window runs ("Reboot")
    QString text;  // as the menu says it, without & and …
    QString kind;  // the kind it applies to
};

struct PaletteMatch
{
    int target = -1;  // index into the targets
    int command = -1; // index into the commands; -1: open the object
    int score = 0;    // lower is better
};

// What a typed query finds, best first: "web-3" opens web-3, "reboot web-3"
// reboots it, "10.0.0.5" or "env=prod" find by IP or label, "4711" by id.
// Only memory is searched; nothing is requested.
QVector<PaletteMatch> searchPalette(const QVector<PaletteTarget> &targets, const QVector<PaletteCommand> &commands,
                                    const QString &query, int limit = 50);

} // namespace hcloud
