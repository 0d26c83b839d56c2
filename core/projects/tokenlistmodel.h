#pragma once

#include "core/models/incrementaltablemodel.h"
#include "core/projects/project.h"

#include <QPointer>

namespace hcloud {

class ProjectStore;

// A token's state as the token manager shows it. A gadget because the row
// below needs the enum before the model class exists, and Q_ENUM needs a class.
class TokenStatus
{
    Q_GADGET
public:
    enum class Value { Unchecked, Ok, Rejected, MissingFromKeychain, SessionOnly };
    Q_ENUM(Value)
};

// One row per token of a project, for the project's token manager.
struct TokenRow
{
    TokenRecord record;
    TokenStatus::Value status = TokenStatus::Value::Unchecked;

    friend bool operator==(const TokenRow &a, const TokenRow &b)
    {
        const TokenRecord &x = a.record;
        const TokenRecord &y = b.record;
        return a.status == b.status && x.id == y.id && x.label == y.label && x.prefix == y.prefix
            && x.permission == y.permission && x.added == y.added && x.lastVerified == y.lastVerified
            && x.sessionOnly == y.sessionOnly;
    }
};

// The tokens of one project of a ProjectStore. Follows the store and
// setStatus() incrementally by token id; never resets once loaded.
class TokenListModel : public IncrementalTableModel<TokenRow, QString>
{
    Q_OBJECT
public:
    enum class Column { Label, Prefix, Permission, Added, LastVerified, Status, Count };
    Q_ENUM(Column)
    using Status = TokenStatus::Value;

    explicit TokenListModel(ProjectStore *store, QObject *parent = nullptr);

    void setProjectId(const QString &projectId);
    QString projectId() const { return m_projectId; }

    // What the last vault read or API check said. SessionOnly is set by the
    // model itself for tokens that have no keychain entry by design.
    void setStatus(const QString &tokenId, Status status);
    Status status(const QString &tokenId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(Status status);
    static QString permissionText(TokenPermission permission);

protected:
    QString keyOf(const TokenRow &row) const override { return row.record.id; }

private:
    void refresh();
    QVariant display(const TokenRow &row, Column column) const;
    QVariant sortValue(const TokenRow &row, Column column) const;

    QPointer<ProjectStore> m_store;
    QString m_projectId;
    QHash<QString, Status> m_statuses;
};

} // namespace hcloud
