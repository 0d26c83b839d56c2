#pragma once

#include "core/resources/kindactions.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace hcloud {

class ProjectSession;

// One dialog for every described action: builds a form from the action's fields,
// checks required ones, nests dotted keys into the JSON body, asks the confirmation
// and runs the write. Stays open showing the API's error; closes on success.
class ActionFormDialog : public QDialog
{
    Q_OBJECT
public:
    ActionFormDialog(ProjectSession *session, const QString &kindId, const ResourceAction &action,
                     const QJsonObject &object, QWidget *parent = nullptr);

    // The body the form describes now (without checking it).
    QJsonObject body() const;
    // Why the form cannot be sent yet, or empty.
    QString missing() const;
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QWidget *editorFor(const ActionField &field);
    QVector<QJsonValue> values() const;
    void followConditions();
    void fillChoices(QComboBox *combo, const ActionField &field);
    void followChoices(QComboBox *combo, const ActionField &field);
    QJsonValue valueOf(const ActionField &field, QWidget *editor) const;
    bool confirmed();
    void showError(const QString &text);

    ProjectSession *m_session;
    QString m_kindId;
    ResourceAction m_action;
    QJsonObject m_object;
    QVector<QWidget *> m_editors;
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    QLineEdit *m_confirmName = nullptr; // typeNameInForm
};

} // namespace hcloud
