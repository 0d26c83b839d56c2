#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace hcloud {

// One input of an action's form; key is a dotted JSON path into the request body.
struct ActionField
{
    // Element: one entry of an array in the selected object (a network's
    // routes); its elementKeys go into the body as they are.
    enum Type { Text, Multiline, Number, Bool, Choice, Labels, Element };

    QString key;          // "public_net.enable_ipv4"
    QString title;        // translated label
    Type type = Text;
    QString choicesFrom;  // a list the form fills ("locations", "servers", ...); empty for fixed choices
    QStringList choices;  // fixed choices for Choice
    bool required = false;
    double min = 0;
    double max = 0;       // 0: no maximum
    bool inPath = false;  // the value fills {key} in the path instead of going into the body
    QStringList elementKeys; // for Element: the keys of the entry that are sent
    QString onlyIdsAt;       // a choice offers only the ids listed here in the selected object
    bool asList = false;     // the value is sent as a list of one
    // A choice among the entries of a list the selected object owns, read
    // from this path ("/storage_boxes/{id}/snapshots", its key the last
    // segment); each entry is offered by name and sent as choiceValueKey.
    QString choicesAt;
    QString choiceValueKey = QStringLiteral("id");
    // The initial value from the selected object (may be empty).
    std::function<QVariant(const QJsonObject &)> initial;
};

// One thing a user can do with a kind: create one, or act on the selected object.
struct ResourceAction
{
    using Check = std::function<QString(const QJsonObject &)>;

    QString id;             // "resize"
    QString title;          // translated
    bool forObject = true;  // false: creates (needs no selection)
    QString method;         // "POST", "PUT", "DELETE"
    QString pathTemplate;   // "/volumes/{id}/actions/resize"
    QString objectIdAs;     // sends the selected object's id under this body key ("image")
    QVector<ActionField> fields;
    QString confirmation;   // non-empty for destructive ones
    bool typeNameToConfirm = false;
    // The object's name is typed into the form itself, not a second dialog.
    bool typeNameInForm = false;
    // The body key of a password the form makes up, sends and then shows
    // once (the API takes passwords, it never hands one out).
    QString generatedPassword;
    Check whyNot;           // empty text: applies to that object

    // The path for this object; fields marked inPath take their values from `values`.
    QString path(const QJsonObject &object, const QJsonObject &values = {}) const;
    // choicesAt of a field for this object.
    static QString choicesPath(const ActionField &field, const QJsonObject &object);
    QString reasonNotApplicable(const QJsonObject &object) const;
};

// The actions of a kind, described once; empty for unknown kinds and for servers
// (they have their own hand-written actions).
const QVector<ResourceAction> &kindActions(const QString &kindId);

} // namespace hcloud
