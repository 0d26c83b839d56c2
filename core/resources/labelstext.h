#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud {

// Labels as "key=value" lines, the form every dialog edits them in: one
// parser and one printer, checked the way the API checks label keys and
// values. A line without "=" is a key with an empty value.
struct LabelParse
{
    QJsonObject labels;
    QString problem; // for the user, naming the line; "" when all lines are good
};
LabelParse labelsFromText(const QString &text);
QString labelsToText(const QJsonObject &labels);

} // namespace hcloud
