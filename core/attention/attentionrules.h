#pragma once

#include "core/api/actionwatcher.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace hcloud {

// One thing in a project that costs money or risks an outage, and why.
struct AttentionItem
{
    enum class Reason {
        FailedAction,
        UnhealthyTarget,
        CertificateFailed,
        CertificateExpires,
        DeprecatedServerType,
        DeprecatedImage,
        VolumeUnattached,
        FloatingIpUnassigned,
        PrimaryIpUnassigned,
        OldSnapshot,
        BackupsMissing,
    };
    Reason reason = Reason::FailedAction;
    QString kind;      // where the object is listed: "servers", "volumes", ...
    qint64 id = 0;     // the object's id (the action's for a failed one)
    QString name;      // what the object is called
    QString text;      // the reason in words a person can act on
    double monthly = -1; // what it costs a month, gross; < 0: not priced
    QString currency;    // of monthly, as /pricing says ("EUR")
    QString projectId;
    QString key; // project, reason, kind and id: the row's key in a model
};

// What the rules look at: the loaded lists as the API sent them (kind id ->
// objects), the project's recent actions, /pricing when loaded.
struct AttentionInput
{
    QHash<QString, QVector<QJsonObject>> objects;
    QVector<ActionState> actions;
    QHash<qint64, QString> serverNames; // for failed actions' descriptions
    QJsonObject pricing;
    QString backupLabel = QStringLiteral("backup");
    QDateTime now;
};

// The kinds whose lists the rules read.
QStringList attentionKinds();

// Everything that needs attention, in a stable order (by reason, then name).
// Pure and thread-safe: runs off the GUI thread.
QVector<AttentionItem> findAttention(const AttentionInput &input);

} // namespace hcloud
