#include "ui/servers/createserverdialog.h"
#include "ui/layout/dialogfit.h"

#include "ui/servers/checklist.h"
#include "ui/servers/imagechoice.h"
#include "core/models/resourcelistmodel.h"
#include "ui/servers/passworddialog.h"
#include "core/projects/createserverjob.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/projectsession.h"
#include "core/resources/serverspec.h"
#include "ui/servers/typetree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace hcloud {

namespace {
const QString kLocations = QStringLiteral("locations");
const QString kTypes = QStringLiteral("server_types");
const QString kImages = QStringLiteral("images");
const QString kKeys = QStringLiteral("ssh_keys");
const QString kFirewalls = QStringLiteral("firewalls");
const QString kNetworks = QStringLiteral("networks");
const QString kPlacementGroups = QStringLiteral("placement_groups");
} // namespace

CreateServerDialog::CreateServerDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_location(new QComboBox(this))
    , m_types(new QTreeWidget(this))
    , m_image(new QComboBox(this))
    , m_keys(new QListWidget(this))
    , m_newKey(new QPlainTextEdit(this))
    , m_ipv4(new QCheckBox(tr("Public IPv&4"), this))
    , m_ipv6(new QCheckBox(tr("Public IPv&6"), this))
    , m_userData(new QPlainTextEdit(this))
    , m_labels(new QPlainTextEdit(this))
    , m_start(new QCheckBox(tr("&Start the server after creating it"), this))
    , m_firewalls(new QListWidget(this))
    , m_networks(new QListWidget(this))
    , m_placementGroup(new QComboBox(this))
    , m_price(new QLabel(this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("New server in “%1”").arg(session->project().name));
    layOut();
    connect(m_create, &QPushButton::clicked, this, &CreateServerDialog::create);
    connect(m_name, &QLineEdit::textChanged, this, &CreateServerDialog::check);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] {
        fillTypes();
        check();
    });
    connect(m_types, &QTreeWidget::currentItemChanged, this, [this] {
        fillImages();
        check();
    });
    connect(m_image, &QComboBox::currentIndexChanged, this, &CreateServerDialog::check);
    connect(m_newKey, &QPlainTextEdit::textChanged, this, &CreateServerDialog::check);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &CreateServerDialog::check);
    connect(m_userData, &QPlainTextEdit::textChanged, this, &CreateServerDialog::check);
    connect(m_ipv4, &QCheckBox::toggled, this, &CreateServerDialog::check);
    connect(m_ipv6, &QCheckBox::toggled, this, &CreateServerDialog::check);

    ProjectCatalog *catalog = session->catalog();
    connect(catalog, &ProjectCatalog::loaded, this, &CreateServerDialog::loaded);
    catalog->ensure({kLocations, kTypes});
    // Snapshots and keys change; fetch them fresh.
    catalog->reload(kImages);
    catalog->reload(kKeys);
    for (const QString &list : {kLocations, kTypes, kImages, kKeys}) {
        if (catalog->has(list))
            loaded(list);
    }
    for (const QString &kind : {kNetworks, kFirewalls, kPlacementGroups}) {
        ResourceListModel *model = session->model(kind);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CreateServerDialog::fillProjectChoices);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CreateServerDialog::fillProjectChoices);
        connect(model, &QAbstractItemModel::dataChanged, this, &CreateServerDialog::fillProjectChoices);
        if (!model->isLoaded())
            session->refreshKind(kind);
    }
    fillProjectChoices();
    check();
}

void CreateServerDialog::fillProjectChoices()
{
    if (!m_session)
        return;
    fillCheckList(m_firewalls, m_session->model(kFirewalls),
                  [](const QJsonObject &o) { return o.value(QLatin1String("name")).toString(); });
    fillCheckList(m_networks, m_session->model(kNetworks), [this](const QJsonObject &o) {
        return tr("%1 (%2)").arg(o.value(QLatin1String("name")).toString(), o.value(QLatin1String("ip_range")).toString());
    });
    const QVariant group = m_placementGroup->currentData();
    m_placementGroup->clear();
    m_placementGroup->addItem(tr("None"), QVariant());
    for (const ResourceRow &row : m_session->model(kPlacementGroups)->rows()) {
        const int members = int(row->object().value(QLatin1String("servers")).toArray().size());
        m_placementGroup->addItem(tr("%1 (spread, %n server(s))", nullptr, members).arg(row->name), row->id);
    }
    m_placementGroup->setCurrentIndex(std::max(0, m_placementGroup->findData(group)));
}

bool CreateServerDialog::isReady() const
{
    ProjectCatalog *catalog = m_session ? m_session->catalog() : nullptr;
    if (!catalog)
        return false;
    for (const QString &list : {kLocations, kTypes, kImages, kKeys}) {
        if (!catalog->has(list) || catalog->isLoading(list))
            return false;
    }
    return true;
}

void CreateServerDialog::loaded(const QString &list)
{
    ProjectCatalog *catalog = m_session ? m_session->catalog() : nullptr;
    if (!catalog)
        return;
    if (catalog->error(list).isError()) {
        showError(catalog->error(list).userText());
        return;
    }
    if (list == kLocations) {
        const QString current = m_location->currentData().toString();
        m_location->clear();
        for (const QJsonObject &l : catalog->list(kLocations)) {
            const QString name = l.value(QLatin1String("name")).toString();
            m_location->addItem(QStringLiteral("%1 — %2, %3")
                                    .arg(name, l.value(QLatin1String("city")).toString(),
                                         l.value(QLatin1String("country")).toString()),
                                name);
        }
        selectLocation(current);
    } else if (list == kTypes) {
        fillTypes();
    } else if (list == kImages) {
        fillImages();
    } else if (list == kKeys) {
        // A key New Server added stays chosen for the next try.
        QVector<CheckEntry> keys;
        for (const QJsonObject &key : catalog->list(kKeys))
            keys.append({key.value(QLatin1String("id")).toInteger(),
                         QStringLiteral("%1 (%2)").arg(key.value(QLatin1String("name")).toString(),
                                                       key.value(QLatin1String("fingerprint")).toString())});
        fillCheckList(m_keys, keys, {m_addedKey});
    }
    check();
}

void CreateServerDialog::fillTypes()
{
    if (m_session)
        typetree::fillForLocation(m_types, m_session->catalog()->list(kTypes), m_location->currentData().toString());
}

void CreateServerDialog::fillImages()
{
    if (!m_session)
        return;
    const QVariant current = m_image->currentData();
    const QSignalBlocker blocker(m_image);
    fillImageChoice(m_image, m_session->catalog()->list(kImages), typetree::chosenArchitecture(m_types));
    const int again = m_image->findData(current);
    if (current.isValid() && again >= 0)
        m_image->setCurrentIndex(again);
}

bool CreateServerDialog::selectType(const QString &name)
{
    return typetree::select(m_types, name);
}

bool CreateServerDialog::selectLocation(const QString &name)
{
    const int index = m_location->findData(name);
    if (index < 0)
        return false;
    m_location->setCurrentIndex(index);
    return true;
}

bool CreateServerDialog::selectImage(const QString &nameOrDescription)
{
    for (int i = 0; i < m_image->count(); ++i) {
        if (!m_image->itemData(i).isValid())
            continue;
        if (m_image->itemText(i).contains(nameOrDescription)) {
            m_image->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString CreateServerDialog::chosenType() const
{
    return typetree::chosen(m_types);
}

ServerSpec CreateServerDialog::spec() const
{
    ServerSpec spec;
    spec.name = m_name->text();
    spec.location = m_location->currentData().toString();
    spec.serverType = chosenType();
    spec.image = m_image->currentData().isValid() ? m_image->currentData().toLongLong() : 0;
    spec.sshKeys = checkedIds(m_keys);
    spec.newPublicKey = m_newKey->toPlainText();
    spec.ipv4 = m_ipv4->isChecked();
    spec.ipv6 = m_ipv6->isChecked();
    spec.startAfterCreate = m_start->isChecked();
    spec.userData = m_userData->toPlainText();
    spec.labelsText = m_labels->toPlainText();
    spec.firewalls = checkedIds(m_firewalls);
    spec.networks = checkedIds(m_networks);
    spec.placementGroup = m_placementGroup->currentData().toLongLong();
    return spec;
}

void CreateServerDialog::check()
{
    if (m_busy)
        return;
    QSet<QString> taken;
    if (m_session) {
        for (const ResourceRow &row : m_session->servers()->rows())
            taken.insert(row->name);
    }
    const QString problem = spec().problem(taken, isReady());
    const QTreeWidgetItem *type = m_types->currentItem();
    m_price->setText(type && !type->isDisabled()
                         ? tr("%1 per month at most, billed by the hour.").arg(type->text(typetree::Price))
                         : QString());
    m_message->setText(problem);
    m_message->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_create->setEnabled(m_session && m_session->canWrite() && problem.isEmpty());
    if (m_session && !m_session->canWrite())
        m_message->setText(m_session->whyNoWrite());
}

void CreateServerDialog::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

void CreateServerDialog::create()
{
    if (!m_session || m_busy || !m_create->isEnabled())
        return;
    m_busy = true;
    m_create->setEnabled(false);
    const QString name = m_name->text().trimmed();
    auto *job = new CreateServerJob(m_session, spec(), this);
    connect(job, &CreateServerJob::progress, this, [this](const QString &text) {
        m_message->setStyleSheet(QString());
        m_message->setText(text);
    });
    connect(job, &CreateServerJob::finished, this, [this, job, name] {
        m_busy = false;
        if (job->addedKeyId() > 0) {
            m_newKey->clear(); // a project key now; a second try must not add it again
            m_addedKey = job->addedKeyId();
            for (int i = 0; i < m_keys->count(); ++i) {
                if (m_keys->item(i)->data(Qt::UserRole).toLongLong() == m_addedKey)
                    m_keys->item(i)->setCheckState(Qt::Checked);
            }
        }
        const ApiError &error = job->error();
        if (job->keyRefused()) {
            showError(tr("The SSH key was not added: %1").arg(error.userText()));
            m_create->setEnabled(true);
            return;
        }
        if (error.isError()) {
            // After an unclear outcome the name check finds a server that was
            // made; otherwise the API's words stay (userText() names the
            // fields invalid_input complained about).
            check();
            if (m_message->text().isEmpty())
                showError(error.userText());
            return;
        }
        if (!job->rootPassword().isEmpty() && parentWidget()) {
            auto *dialog = new PasswordDialog(tr("Server “%1” created").arg(name),
                                              tr("No SSH key was given, so the API set a root password."),
                                              job->rootPassword(), parentWidget());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
        emit serverCreated(job->serverId());
        accept();
    });
    job->start();
}

void CreateServerDialog::loadUserDataFile()
{
    auto *files = new QFileDialog(this, tr("Cloud-init user data"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const UserDataFile read = readUserDataFile(path);
        if (read.problem.isEmpty())
            m_userData->setPlainText(read.text);
        else
            showError(read.problem);
    });
    files->open();
}

} // namespace hcloud
