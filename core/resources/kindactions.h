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
    // Lines: a text of one entry a line, sent as a list (domain names).
    enum Type { Text, Multiline, Number, Bool, Choice, Labels, Element, Lines };

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
    // The value goes into the one entry of the list at this body key (a
    // firewall's "apply_to" takes a list of targets; the form makes one).
    QString oneEntryOf;
    // A choice among the entries of a list the selected object owns, read
    // from this path ("/storage_boxes/{id}/snapshots", its key the last
    // segment); each entry is offered by name and sent as choiceValueKey.
    QString choicesAt;
    QString choiceValueKey = QStringLiteral("id");
    // The initial value from the selected object (may be empty).
    std::function<QVariant(const QJsonObject &)> initial;
    // For Lines: core turns the lines into the body's value, or says in
    // *problem what is wrong (a zone's primary nameservers); unset: the
    // lines are sent as strings.
    std::function<QJsonValue(const QStringList &lines, QString *problem)> parseLines;
    // Sent, checked and editable only while the field of this key has this
    // value (primary nameservers while mode is "secondary").
    QString onlyWhenKey;
    QString onlyWhenValue;
    QString placeholder; // translated; shown in an empty text editor
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
    QString confirmation;   // non-empty for destructive ones; "%1" the object's name
    bool typeNameToConfirm = false;
    // The object's name is typed into the form itself, not a second dialog.
    bool typeNameInForm = false;
    // The body key of a password the form makes up, sends and then shows
    // once (the API takes passwords, it never hands one out).
    QString generatedPassword;
    Check whyNot;           // empty text: applies to that object

    // Runs when chosen, without a form (after its confirmation, if any).
    bool immediate = false;
    // Names a dialog of the UI's own that collects the body instead of the
    // form ("rebuild"); the rest of the description still holds.
    QString dialog;
    // The Bool field an immediate action flips: the action is checked when
    // the object's value is true; the other fields send their initial values.
    QString toggles;
    QJsonObject fixedBody;  // sent as it is, with the fields' values
    // Words for the activity list, "%1" the object's name; empty: the title and the name.
    QString description;
    QString confirmTitle;   // for an immediate action's confirmation; empty: the title
    QString confirmButton;  // its destructive button; empty: the title
    // A key of the answer that holds a password the API made (root_password),
    // shown once under passwordTitle.
    QString shownPassword;
    QString passwordTitle;

    // The path for this object; fields marked inPath take their values from `values`.
    QString path(const QJsonObject &object, const QJsonObject &values = {}) const;
    // The body for `values`, one a field (undefined or null: not sent).
    QJsonObject body(const QJsonObject &object, const QVector<QJsonValue> &values) const;
    // Whether field `index` applies with these values (see onlyWhenKey).
    bool applies(int index, const QVector<QJsonValue> &values) const;
    // What is wrong with the values before anything is sent, in words:
    // a required field left empty, lines core cannot read; empty when none.
    QString problem(const QVector<QJsonValue> &values) const;
    // An immediate action's body: each field's initial value, `toggles` flipped.
    QJsonObject immediateBody(const QJsonObject &object) const;
    bool isChecked(const QJsonObject &object) const; // for a toggle
    QString describe(const QJsonObject &object) const;
    QString confirmationFor(const QJsonObject &object) const; // "%1" the name
    // choicesAt of a field for this object.
    static QString choicesPath(const ActionField &field, const QJsonObject &object);
    QString reasonNotApplicable(const QJsonObject &object) const;
};

// The actions of a kind, described once; empty for unknown kinds.
const QVector<ResourceAction> &kindActions(const QString &kindId);

} // namespace hcloud
