#include "createserverdialog.h"
#include "layout/dialogfit.h"

#include "imagechoice.h"
#include "models/resourcelistmodel.h"
#include "passworddialog.h"
#include "projects/pendingwrite.h"
#include "projects/projectactions.h"
#include "projects/projectcatalog.h"
#include "projects/projectsession.h"
#include "resources/labelstext.h"
#include "resources/serverfields.h"
#include "resources/servertype.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace hcloud {

namespace {
const QString kLocations = QStringLiteral("locations");
const QString kTypes = QStringLiteral("server_types");
const QString kImages = QStringLiteral("images");
const QString kKeys = QStringLiteral("ssh_keys");
const QString kFirewalls = QStringLiteral("firewalls");
const QString kNetworks = QStringLiteral("networks");

// A checkable entry per object of the list; checked ones stay checked.
void fillCheckList(QListWidget *list, const ResourceListModel *model, const std::function<QString(const QJsonObject &)> &text)
{
    QSet<qint64> checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked.insert(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    list->clear();
    for (const ResourceRow &row : model->rows()) {
        auto *item = new QListWidgetItem(text(row->object()), list);
        item->setData(Qt::UserRole, row->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(row->id) ? Qt::Checked : Qt::Unchecked);
    }
}

QJsonArray checkedIds(const QListWidget *list)
{
    QJsonArray ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}
const QString kPlacementGroups = QStringLiteral("placement_groups");
enum TypeColumn { TypeName, TypeSpec, TypePrice, TypeNote };
constexpr int kUserDataLimit = 32 * 1024; // the API's limit for user_data
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
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("A hostname, e.g. web-1"));
    m_location->setAccessibleName(tr("Location"));
    m_types->setAccessibleName(tr("Server type"));
    m_types->setRootIsDecorated(false);
    m_types->setHeaderLabels({tr("Type"), tr("Size"), tr("Per month"), tr("Note")});
    m_types->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_types->setMinimumHeight(160);
    m_image->setAccessibleName(tr("Image"));
    m_keys->setAccessibleName(tr("SSH keys"));
    m_keys->setMaximumHeight(90);
    m_newKey->setAccessibleName(tr("New SSH public key"));
    m_newKey->setPlaceholderText(tr("Or paste a public key (ssh-ed25519 AAAA… you@host); it is added to the project."));
    m_newKey->setMaximumHeight(50);
    m_userData->setAccessibleName(tr("Cloud-init user data"));
    m_userData->setPlaceholderText(tr("#cloud-config …"));
    m_userData->setMaximumHeight(80);
    m_firewalls->setAccessibleName(tr("Firewalls"));
    m_firewalls->setMaximumHeight(70);
    m_networks->setAccessibleName(tr("Private networks"));
    m_networks->setMaximumHeight(70);
    m_placementGroup->setAccessibleName(tr("Placement group"));
    m_labels->setAccessibleName(tr("Labels"));
    m_labels->setPlaceholderText(tr("One per line: key=value"));
    m_labels->setMaximumHeight(50);
    m_ipv4->setChecked(true);
    m_ipv6->setChecked(true);
    m_start->setChecked(true);
    m_message->setWordWrap(true);

    auto *userDataFile = new QPushButton(tr("From &file…"), this);
    auto *userDataRow = new QHBoxLayout;
    userDataRow->addWidget(m_userData, 1);
    userDataRow->addWidget(userDataFile, 0, Qt::AlignTop);
    auto *network = new QHBoxLayout;
    network->addWidget(m_ipv4);
    network->addWidget(m_ipv6);
    network->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Type:"), m_types);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("SSH &keys:"), m_keys);
    form->addRow(QString(), m_newKey);
    form->addRow(tr("Networking:"), network);
    form->addRow(tr("Private net&works:"), m_networks);
    form->addRow(tr("&Firewalls:"), m_firewalls);
    form->addRow(tr("&Placement group:"), m_placementGroup);
    // A row of a layout gets no buddy of its own, and without one the "&" shows.
    auto *userDataLabel = new QLabel(tr("&Cloud-init:"), this);
    userDataLabel->setBuddy(m_userData);
    form->addRow(userDataLabel, userDataRow);
    form->addRow(tr("La&bels:"), m_labels);
    form->addRow(QString(), m_start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_price);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 780);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateServerDialog::create);
    connect(userDataFile, &QPushButton::clicked, this, &CreateServerDialog::loadUserDataFile);
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
        m_keys->clear();
        for (const QJsonObject &key : catalog->list(kKeys)) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(key.value(QLatin1String("name")).toString(),
                                                                          key.value(QLatin1String("fingerprint")).toString()),
                                             m_keys);
            item->setData(Qt::UserRole, key.value(QLatin1String("id")).toInteger());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    check();
}

void CreateServerDialog::fillTypes()
{
    if (!m_session)
        return;
    const QString location = m_location->currentData().toString();
    const QString current = chosenType();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTreeWidgetItem *recommended = nullptr;
    m_types->clear();
    for (const QJsonObject &json : m_session->catalog()->list(kTypes)) {
        const ServerTypeInfo type = ServerTypeInfo::fromJson(json);
        const ServerTypeInfo::Offer *offer = type.offerIn(location);
        auto *item = new QTreeWidgetItem(m_types);
        item->setText(TypeName, type.name);
        item->setData(TypeName, Qt::UserRole, type.name);
        item->setData(TypeName, Qt::UserRole + 1, type.architecture);
        item->setText(TypeSpec, type.specText());
        if (offer) {
            item->setText(TypePrice, formatEuro(offer->monthly));
            item->setData(TypePrice, Qt::UserRole, offer->monthly);
            item->setTextAlignment(TypePrice, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (offer)
            item->setText(TypeNote, offer->note(now));
        QString why;
        if (!offer)
            why = tr("Not offered in %1.").arg(location);
        else if (!offer->available)
            why = tr("Sold out in %1 for now.").arg(location);
        else if (offer->deprecation.isOver(now))
            why = tr("No longer offered in %1 since %2.")
                      .arg(location, QLocale().toString(offer->deprecation.unavailableAfter.toLocalTime().date(), QLocale::ShortFormat));
        if (!why.isEmpty()) {
            item->setDisabled(true);
            for (int c = TypeName; c <= TypeNote; ++c)
                item->setToolTip(c, why);
        } else if (offer->recommended && !recommended) {
            recommended = item;
        }
    }
    // The API's recommendation for the location goes first when nothing was chosen.
    if (!selectType(current) && recommended) {
        m_types->setCurrentItem(recommended);
    } else if (chosenType().isEmpty()) {
        for (int i = 0; i < m_types->topLevelItemCount(); ++i) {
            if (!m_types->topLevelItem(i)->isDisabled()) {
                m_types->setCurrentItem(m_types->topLevelItem(i));
                break;
            }
        }
    }
}

void CreateServerDialog::fillImages()
{
    if (!m_session)
        return;
    const QVariant current = m_image->currentData();
    const QSignalBlocker blocker(m_image);
    fillImageChoice(m_image, m_session->catalog()->list(kImages), chosenArchitecture());
    const int again = m_image->findData(current);
    if (current.isValid() && again >= 0)
        m_image->setCurrentIndex(again);
}

bool CreateServerDialog::selectType(const QString &name)
{
    const auto items = m_types->findItems(name, Qt::MatchExactly, TypeName);
    if (items.isEmpty() || items.first()->isDisabled())
        return false;
    m_types->setCurrentItem(items.first());
    return true;
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
    const QTreeWidgetItem *item = m_types->currentItem();
    return item && !item->isDisabled() ? item->data(TypeName, Qt::UserRole).toString() : QString();
}

QString CreateServerDialog::chosenArchitecture() const
{
    const QTreeWidgetItem *item = m_types->currentItem();
    return item ? item->data(TypeName, Qt::UserRole + 1).toString() : QString();
}

void CreateServerDialog::check()
{
    if (m_busy)
        return;
    QString problem = serverNameProblem(m_name->text().trimmed());
    if (problem.isEmpty() && m_session) {
        const ResourceListModel *servers = m_session->servers();
        for (const ResourceRow &row : servers->rows()) {
            if (row->name == m_name->text().trimmed()) {
                problem = tr("A server named “%1” exists in this project.").arg(m_name->text().trimmed());
                break;
            }
        }
    }
    if (problem.isEmpty() && !isReady())
        problem = tr("Loading locations, types, images and keys…");
    if (problem.isEmpty() && chosenType().isEmpty())
        problem = tr("Choose a server type offered in this location.");
    if (problem.isEmpty() && !m_image->currentData().isValid())
        problem = tr("Choose an image.");
    if (problem.isEmpty())
        problem = labelsFromText(m_labels->toPlainText()).problem;
    if (problem.isEmpty() && m_userData->toPlainText().toUtf8().size() > kUserDataLimit)
        problem = tr("Cloud-init user data is limited to 32 KiB.");
    const QString key = m_newKey->toPlainText().trimmed();
    if (problem.isEmpty() && !key.isEmpty() && !key.startsWith(QLatin1String("ssh-"))
        && !key.startsWith(QLatin1String("ecdsa-")) && !key.startsWith(QLatin1String("sk-")))
        problem = tr("The pasted key does not look like an OpenSSH public key (ssh-ed25519 AAAA…).");
    if (problem.isEmpty() && !m_ipv4->isChecked() && !m_ipv6->isChecked())
        problem = tr("Choose public IPv4, IPv6 or both: a server without them needs a private network, "
                     "which this dialog does not set up.");

    const QTreeWidgetItem *type = m_types->currentItem();
    m_price->setText(type && !type->isDisabled()
                         ? tr("%1 per month at most, billed by the hour.").arg(type->text(TypePrice))
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
    QList<qint64> keys;
    for (int i = 0; i < m_keys->count(); ++i) {
        if (m_keys->item(i)->checkState() == Qt::Checked)
            keys.append(m_keys->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_busy = true;
    m_create->setEnabled(false);
    const QString newKey = m_newKey->toPlainText().trimmed();
    if (newKey.isEmpty()) {
        sendCreate(keys);
        return;
    }
    // The pasted key becomes a project key first.
    m_message->setText(tr("Adding the SSH key…"));
    const QString keyName = m_name->text().trimmed() + QStringLiteral("-key");
    PendingWrite *write = m_session->write("POST", QStringLiteral("/ssh_keys"),
                                           {{QStringLiteral("name"), keyName}, {QStringLiteral("public_key"), newKey}});
    connect(write, &PendingWrite::finished, this, [this, write, keys]() mutable {
        if (write->error().isError()) {
            m_busy = false;
            showError(tr("The SSH key was not added: %1").arg(write->error().userText()));
            m_create->setEnabled(true);
            return;
        }
        keys.append(write->json().value(QLatin1String("ssh_key"))[QLatin1String("id")].toInteger());
        m_newKey->clear();
        if (m_session)
            m_session->catalog()->reload(kKeys);
        sendCreate(keys);
    });
}

void CreateServerDialog::sendCreate(const QList<qint64> &keyIds)
{
    if (!m_session)
        return;
    const QString name = m_name->text().trimmed();
    QJsonArray keys;
    for (qint64 id : keyIds)
        keys.append(id);
    QJsonObject body{
        {QStringLiteral("name"), name},
        {QStringLiteral("location"), m_location->currentData().toString()},
        {QStringLiteral("server_type"), chosenType()},
        {QStringLiteral("image"), QString::number(m_image->currentData().toLongLong())},
        {QStringLiteral("start_after_create"), m_start->isChecked()},
        {QStringLiteral("public_net"),
         QJsonObject{{QStringLiteral("enable_ipv4"), m_ipv4->isChecked()},
                     {QStringLiteral("enable_ipv6"), m_ipv6->isChecked()}}},
        {QStringLiteral("labels"), labelsFromText(m_labels->toPlainText()).labels},
    };
    if (!keys.isEmpty())
        body.insert(QStringLiteral("ssh_keys"), keys);
    QJsonArray firewalls;
    for (const QJsonValue &id : checkedIds(m_firewalls))
        firewalls.append(QJsonObject{{QStringLiteral("firewall"), id}});
    if (!firewalls.isEmpty())
        body.insert(QStringLiteral("firewalls"), firewalls);
    if (!checkedIds(m_networks).isEmpty())
        body.insert(QStringLiteral("networks"), checkedIds(m_networks));
    if (m_placementGroup->currentData().isValid())
        body.insert(QStringLiteral("placement_group"), m_placementGroup->currentData().toLongLong());
    if (!m_userData->toPlainText().trimmed().isEmpty())
        body.insert(QStringLiteral("user_data"), m_userData->toPlainText());
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Creating “%1”…").arg(name));
    PendingWrite *write = m_session->actions()->run(tr("Create server “%1”").arg(name), "POST",
                                                    QStringLiteral("/servers"), body);
    connect(write, &PendingWrite::finished, this, [this, write, name] {
        m_busy = false;
        const ApiError &error = write->error();
        if (error.isError()) {
            // After an unclear outcome the name check finds a server that was
            // made; otherwise the API's words stay (userText() names the
            // fields invalid_input complained about).
            check();
            if (m_message->text().isEmpty())
                showError(error.userText());
            return;
        }
        const qint64 id = write->json().value(QLatin1String("server"))[QLatin1String("id")].toInteger();
        const QString password = write->json().value(QLatin1String("root_password")).toString();
        if (!password.isEmpty() && parentWidget()) {
            auto *dialog = new PasswordDialog(tr("Server “%1” created").arg(name),
                                              tr("No SSH key was given, so the API set a root password."), password,
                                              parentWidget());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
        emit serverCreated(id);
        accept();
    });
}

void CreateServerDialog::loadUserDataFile()
{
    auto *files = new QFileDialog(this, tr("Cloud-init user data"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("%1 could not be read: %2").arg(path, file.errorString()));
            return;
        }
        const QByteArray data = file.read(kUserDataLimit + 1);
        if (data.size() > kUserDataLimit) {
            showError(tr("%1 is larger than the 32 KiB the API accepts.").arg(path));
            return;
        }
        m_userData->setPlainText(QString::fromUtf8(data));
    });
    files->open();
}

} // namespace hcloud
