#include "core/projects/tokenlistmodel.h"

#include "core/models/modelroles.h"
#include "core/projects/projectstore.h"

#include <QLocale>

namespace hcloud {

namespace {

QString statusKey(TokenStatus::Value status)
{
    switch (status) {
    case TokenStatus::Value::Ok:
        return QStringLiteral("ok");
    case TokenStatus::Value::Rejected:
        return QStringLiteral("rejected");
    case TokenStatus::Value::MissingFromKeychain:
        return QStringLiteral("missing");
    case TokenStatus::Value::SessionOnly:
        return QStringLiteral("session");
    case TokenStatus::Value::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

QString dateText(const QDateTime &dt)
{
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TokenListModel::TokenListModel(ProjectStore *store, QObject *parent)
    : IncrementalTableModel(parent)
    , m_store(store)
{
    connect(store, &ProjectStore::tokensChanged, this, [this](const QString &projectId) {
        if (projectId == m_projectId)
            refresh();
    });
    // load() and project removal change everything at once.
    connect(store, &ProjectStore::projectsChanged, this, &TokenListModel::refresh);
}

void TokenListModel::setProjectId(const QString &projectId)
{
    if (m_projectId == projectId && isLoaded())
        return;
    m_projectId = projectId;
    refresh();
}

void TokenListModel::setStatus(const QString &tokenId, Status status)
{
    if (m_statuses.value(tokenId, Status::Unchecked) == status)
        return;
    m_statuses.insert(tokenId, status);
    refresh();
}

TokenListModel::Status TokenListModel::status(const QString &tokenId) const
{
    const int row = rowOfKey(tokenId);
    return row >= 0 ? rowAt(row).status : m_statuses.value(tokenId, Status::Unchecked);
}

void TokenListModel::refresh()
{
    const Project *project = m_store ? m_store->project(m_projectId) : nullptr;
    QVector<TokenRow> rows;
    if (project) {
        rows.reserve(project->tokens.size());
        for (const TokenRecord &t : project->tokens) {
            const bool session = t.sessionOnly || !project->persistent;
            rows.append({t, session ? Status::SessionOnly : m_statuses.value(t.id, Status::Unchecked)});
        }
    }
    setRows(std::move(rows));
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString TokenListModel::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("Working");
    case Status::Rejected:
        return tr("Rejected by the API");
    case Status::MissingFromKeychain:
        return tr("Missing from keychain");
    case Status::SessionOnly:
        return tr("This session only");
    case Status::Unchecked:
        break;
    }
    return tr("Not checked yet");
}

QString TokenListModel::permissionText(TokenPermission permission)
{
    switch (permission) {
    case TokenPermission::Read:
        return tr("Read");
    case TokenPermission::ReadWrite:
        return tr("Read & Write");
    case TokenPermission::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant TokenListModel::display(const TokenRow &row, Column column) const
{
    const TokenRecord &t = row.record;
    switch (column) {
    case Column::Label:
        return t.label;
    case Column::Prefix:
        // The ellipsis says: this is not the whole token.
        return t.prefix + QStringLiteral("…");
    case Column::Permission:
        return permissionText(t.permission);
    case Column::Added:
        return t.added.isValid() ? dateText(t.added) : QString();
    case Column::LastVerified:
        return t.lastVerified.isValid() ? dateText(t.lastVerified) : tr("Never");
    case Column::Status:
        return statusText(row.status);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TokenListModel::sortValue(const TokenRow &row, Column column) const
{
    const TokenRecord &t = row.record;
    switch (column) {
    case Column::Label:
        return t.label;
    case Column::Prefix:
        return t.prefix;
    case Column::Permission:
        return int(t.permission);
    case Column::Added:
        return t.added;
    case Column::LastVerified:
        return t.lastVerified;
    case Column::Status:
        return int(row.status);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenRow &row = rowAt(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.record.id;
    case StatusRole:
        return statusKey(row.status);
    case Qt::ToolTipRole:
        if (column == Column::Prefix)
            return tr("The first half of the token, which identifies it. The secret half is never shown.");
        return {};
    default:
        return {};
    }
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Label:
        return tr("Label");
    case Column::Prefix:
        return tr("Token");
    case Column::Permission:
        return tr("Permission");
    case Column::Added:
        return tr("Added");
    case Column::LastVerified:
        return tr("Last verified");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace hcloud
