#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud {

// Checks done before a write, the way the API checks (so the user learns
// at once, not after a round trip). Messages are for the user; "" is fine.

// A server name must be a hostname (RFC 1123).
QString serverNameProblem(const QString &name);

// Labels as "key=value" lines, the form the dialogs edit.
struct LabelParse
{
    QJsonObject labels;
    QString problem;
};
LabelParse labelsFromText(const QString &text);
QString labelsToText(const QJsonObject &labels);

} // namespace hcloud
