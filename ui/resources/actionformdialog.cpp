#include "ui/resources/actionformdialog.h"
#include "ui/layout/dialogfit.h"

#include "ui/resources/ownedlistchoice.h"
#include "core/models/resourcelistmodel.h"
#include "ui/servers/passworddialog.h"
#include "core/resources/passwordmaker.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/projectsession.h"
#include "core/resources/labelstext.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {
namespace {

// An entry's value as a person reads it: {"id": 42} of a server by its name.
QString elementText(const QJsonValue &value, const NameIndex &names)
{
    if (!value.isObject())
        return value.toVariant().toString();
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("selector")))
        return o.value(QLatin1String("selector")).toString();
    if (o.contains(QLatin1String("ip")))
        return o.value(QLatin1String("ip")).toString();
    const qint64 id = o.value(QLatin1String("id")).toInteger();
    return json::reference(names, QStringLiteral("servers"), id, QString::number(id));
}

} // namespace

ActionFormDialog::ActionFormDialog(ProjectSession *session, const QString &kindId, const ResourceAction &action,
                                   const QJsonObject &object, QWidget *parent)
    : QDialog(parent), m_session(session), m_kindId(kindId), m_action(action), m_object(object)
{
    fitToContentOnShow(this);
    setWindowTitle(action.title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    for (const ActionField &f : m_action.fields) {
        QWidget *editor = editorFor(f);
        editor->setObjectName(f.key);
        m_editors.append(editor);
        m_form->addRow(f.required ? f.title + QLatin1Char('*') : f.title, editor);
    }
    followConditions();
    if ((m_action.fields.isEmpty() || m_action.typeNameInForm) && !m_action.confirmation.isEmpty()) {
        auto *text = new QLabel(m_action.confirmationFor(m_object), this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    if (m_action.typeNameInForm) {
        // Typed here, so nothing waits in a second dialog.
        m_confirmName = new QLineEdit(this);
        m_confirmName->setObjectName(QStringLiteral("confirm_name"));
        m_confirmName->setPlaceholderText(m_object.value(QStringLiteral("name")).toString());
        layout->addWidget(new QLabel(tr("Type “%1” to confirm:").arg(m_object.value(QStringLiteral("name")).toString()), this));
        layout->addWidget(m_confirmName);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_action.title);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionFormDialog::reject);
    layout->addWidget(m_buttons);
}

QWidget *ActionFormDialog::editorFor(const ActionField &f)
{
    const QVariant initial = f.initial && !m_object.isEmpty() ? f.initial(m_object) : QVariant();
    switch (f.type) {
    case ActionField::Multiline:
    case ActionField::Lines: {
        auto *e = new QPlainTextEdit(initial.toStringList().isEmpty() ? initial.toString() : initial.toStringList().join(QLatin1Char('\n')), this);
        e->setTabChangesFocus(true);
        e->setPlaceholderText(f.placeholder);
        return e;
    }
    case ActionField::Labels: {
        auto *e = new QPlainTextEdit(labelsToText(QJsonObject::fromVariantMap(initial.toMap())), this);
        e->setTabChangesFocus(true);
        e->setPlaceholderText(tr("key=value, one a line"));
        return e;
    }
    case ActionField::Number: {
        auto *e = new QDoubleSpinBox(this);
        e->setDecimals(0);
        // An optional number starts below its range, shown as "(none)", and is not sent.
        const double lowest = f.required ? f.min : f.min - 1;
        e->setRange(lowest, f.max > 0 ? f.max : 1e12);
        if (!f.required)
            e->setSpecialValueText(tr("(none)"));
        e->setValue(initial.isValid() ? initial.toDouble() : f.min);
        if (!f.required && !initial.isValid())
            e->setValue(lowest);
        return e;
    }
    case ActionField::Bool: {
        auto *e = new QCheckBox(this);
        e->setChecked(initial.toBool());
        return e;
    }
    case ActionField::Choice: {
        auto *e = new QComboBox(this);
        if (!f.choicesAt.isEmpty()) {
            fillFromOwnedList(e, m_session, ResourceAction::choicesPath(f, m_object), f.choiceValueKey);
            return e;
        }
        fillChoices(e, f);
        const int at = e->findData(initial);
        if (initial.isValid() && at >= 0)
            e->setCurrentIndex(at);
        if (!f.choicesFrom.isEmpty())
            followChoices(e, f);
        return e;
    }
    case ActionField::Element: {
        auto *e = new QComboBox(this);
        const NameIndex &names = *m_session->names();
        for (const QJsonValue &entry : m_object.value(f.key).toArray()) {
            QJsonObject sent;
            QStringList shown;
            for (const QString &key : f.elementKeys) {
                const QJsonValue v = entry.toObject().value(key);
                if (v.isUndefined() || v.isNull())
                    continue;
                sent.insert(key, v);
                shown.append(elementText(v, names));
            }
            e->addItem(shown.join(QStringLiteral(" \u2192 ")), sent.toVariantMap());
        }
        return e;
    }
    case ActionField::Text:
        break;
    }
    return new QLineEdit(initial.toString(), this);
}

void ActionFormDialog::followConditions()
{
    // A field that applies only for one choice of another is editable only then.
    for (int i = 0; i < m_action.fields.size(); ++i) {
        const ActionField &f = m_action.fields[i];
        for (int j = 0; j < m_action.fields.size() && !f.onlyWhenKey.isEmpty(); ++j) {
            auto *combo = qobject_cast<QComboBox *>(m_editors[j]);
            if (m_action.fields[j].key != f.onlyWhenKey || !combo)
                continue;
            QWidget *editor = m_editors[i];
            const auto update = [this, i, editor] { editor->setEnabled(m_action.applies(i, values())); };
            connect(combo, &QComboBox::currentIndexChanged, editor, update);
            update();
        }
    }
}

void ActionFormDialog::fillChoices(QComboBox *combo, const ActionField &f)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (!f.required)
        combo->addItem(tr("(none)"), QVariant());
    for (const QString &c : f.choices)
        combo->addItem(c, c);
    if (!f.choicesFrom.isEmpty()) {
        // Kinds of the project come from its models (sent by id), the rest
        // from the catalog by name, which is what the API's string fields
        // for them (locations, types) take.
        const QJsonArray only = m_object.value(f.onlyIdsAt).toArray();
        auto offered = [&](const QJsonValue &id) { return f.onlyIdsAt.isEmpty() || only.contains(id); };
        if (ResourceListModel *model = m_session->model(f.choicesFrom)) {
            for (const ResourceRow &row : model->rows()) {
                if (offered(QJsonValue(row->id)))
                    combo->addItem(row->name, row->id);
            }
        } else {
            m_session->catalog()->ensure({f.choicesFrom});
            for (const QJsonObject &o : m_session->catalog()->list(f.choicesFrom)) {
                const QString name = o.value(QStringLiteral("name")).toString();
                if (offered(o.value(QStringLiteral("id"))))
                    combo->addItem(name, name);
            }
        }
    }
    const int at = combo->findData(current);
    if (current.isValid() && at >= 0)
        combo->setCurrentIndex(at);
}

void ActionFormDialog::followChoices(QComboBox *combo, const ActionField &f)
{
    // A list that arrives or changes while the form is open fills the choice.
    const auto refill = [this, combo, f] { fillChoices(combo, f); };
    if (ResourceListModel *model = m_session->model(f.choicesFrom)) {
        connect(model, &QAbstractItemModel::rowsInserted, combo, refill);
        connect(model, &QAbstractItemModel::rowsRemoved, combo, refill);
        connect(model, &QAbstractItemModel::dataChanged, combo, refill);
        if (!model->isLoaded())
            m_session->refreshKind(f.choicesFrom);
    } else {
        connect(m_session->catalog(), &ProjectCatalog::loaded, combo, [refill, f](const QString &list) {
            if (list == f.choicesFrom)
                refill();
        });
    }
}

QJsonValue ActionFormDialog::valueOf(const ActionField &f, QWidget *editor) const
{
    switch (f.type) {
    case ActionField::Multiline: {
        const QString text = static_cast<QPlainTextEdit *>(editor)->toPlainText().trimmed();
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    case ActionField::Lines: {
        QStringList lines;
        for (const QString &line : static_cast<QPlainTextEdit *>(editor)->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        return lines.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(lines));
    }
    case ActionField::Labels:
        return labelsFromText(static_cast<QPlainTextEdit *>(editor)->toPlainText()).labels;
    case ActionField::Number: {
        const auto *box = static_cast<QDoubleSpinBox *>(editor);
        if (!box->specialValueText().isEmpty() && box->value() == box->minimum())
            return QJsonValue();
        return qint64(box->value());
    }
    case ActionField::Bool:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case ActionField::Choice: {
        const QVariant data = static_cast<QComboBox *>(editor)->currentData();
        return data.isValid() ? QJsonValue::fromVariant(data) : QJsonValue();
    }
    case ActionField::Element: {
        const QVariant data = static_cast<QComboBox *>(editor)->currentData();
        return data.isValid() ? QJsonValue(QJsonObject::fromVariantMap(data.toMap())) : QJsonValue();
    }
    case ActionField::Text:
        break;
    }
    const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject ActionFormDialog::body() const
{
    return m_action.body(m_object, values());
}

QVector<QJsonValue> ActionFormDialog::values() const
{
    QVector<QJsonValue> values;
    for (int i = 0; i < m_action.fields.size(); ++i)
        values.append(valueOf(m_action.fields[i], m_editors[i]));
    return values;
}

QString ActionFormDialog::missing() const
{
    // Required fields and lines core reads are checked where the body is built.
    const QString problem = m_action.problem(values());
    if (!problem.isEmpty())
        return problem;
    for (int i = 0; i < m_action.fields.size(); ++i) {
        if (m_action.fields[i].type == ActionField::Labels) {
            const QString problem = labelsFromText(static_cast<QPlainTextEdit *>(m_editors[i])->toPlainText()).problem;
            if (!problem.isEmpty())
                return problem;
        }
    }
    const QString name = m_object.value(QStringLiteral("name")).toString();
    if (m_confirmName && m_confirmName->text() != name)
        return tr("Type “%1” to confirm.").arg(name);
    return {};
}

bool ActionFormDialog::confirmed()
{
    if (m_action.confirmation.isEmpty() || m_action.typeNameInForm)
        return true;
    const QString name = m_object.value(QStringLiteral("name")).toString();
    if (m_action.typeNameToConfirm && !name.isEmpty()) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, m_action.title, m_action.confirmationFor(m_object) + QLatin1Char('\n') + tr("Type “%1” to confirm:").arg(name),
            QLineEdit::Normal, {}, &ok);
        return ok && typed == name;
    }
    return QMessageBox::question(this, m_action.title, m_action.confirmationFor(m_object)) == QMessageBox::Yes;
}

void ActionFormDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ActionFormDialog::accept()
{
    if (m_running)
        return;
    const QString why = missing();
    if (!why.isEmpty()) {
        showError(why);
        return;
    }
    if (!confirmed())
        return;
    showError({});
    m_running = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString description = m_action.describe(m_object);
    QJsonObject pathValues;
    for (int i = 0; i < m_action.fields.size(); ++i) {
        if (m_action.fields[i].inPath)
            pathValues.insert(m_action.fields[i].key, valueOf(m_action.fields[i], m_editors[i]));
    }
    QJsonObject sent = m_action.method == QLatin1String("DELETE") ? QJsonObject() : body();
    // Made up now and held only until it is shown.
    const QString password = m_action.generatedPassword.isEmpty() ? QString() : makeStoragePassword();
    if (!password.isEmpty())
        sent.insert(m_action.generatedPassword, password);
    PendingWrite *write = m_session->actions()->run(description, m_action.method.toLatin1(), m_action.path(m_object, pathValues), sent);
    connect(write, &PendingWrite::finished, this, [this, write, password, description] {
        m_running = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        const ApiError &error = write->error();
        if (!error.isError()) {
            if (!password.isEmpty()) {
                auto *shown = new PasswordDialog(tr("New password"), tr("The password set by “%1”.").arg(description), password,
                                                 parentWidget());
                shown->setObjectName(QStringLiteral("password_dialog"));
                shown->setAttribute(Qt::WA_DeleteOnClose);
                shown->open();
            }
            QDialog::accept();
            return;
        }
        // userText() names the fields the API complained about.
        const QString text = error.userText();
        showError(text);
    });
}

} // namespace hcloud
