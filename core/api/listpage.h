#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace hcloud {

// One page of a list answer, read off the GUI thread by the list's reader.
// Pagination numbers are -1 when the answer left them out or null.
struct ListPage
{
    int page = 0;
    int lastPage = -1;
    int nextPage = -1;
    int totalEntries = -1;
    int itemCount = 0;
    QString error; // the answer could not be read: what was wrong with it
    virtual ~ListPage() = default;
};
using ListPagePtr = std::shared_ptr<const ListPage>;

// Reads one page's body into what the caller keeps. Runs on worker
// threads, several at once: it must not touch shared mutable state.
using PageReader = std::function<std::shared_ptr<ListPage>(const QByteArray &body)>;

// The plain reader's page: the API's objects.
struct JsonPage : ListPage
{
    QVector<QJsonObject> items;
};

} // namespace hcloud
