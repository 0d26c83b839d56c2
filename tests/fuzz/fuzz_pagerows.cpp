// A page of a list answer into rows (core/models/resourcerow), for servers
// and load balancers: splitting never crashes, a page read without error
// has one valid id per item, and its rows are the items, whole.
#include "core/models/resourcerow.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

const hcloud::NameIndex &names()
{
    // A few names, so that texts referring to other objects take both paths.
    static const hcloud::NameIndex index = [] {
        hcloud::NameIndex n;
        n.set(QStringLiteral("servers"), {{1, QStringLiteral("web-1")}, {42, QStringLiteral("db")}});
        n.set(QStringLiteral("networks"), {{1, QStringLiteral("lan")}});
        return n;
    }();
    return index;
}

void check(const hcloud::ResourceKind &kind, const QByteArray &body)
{
    const hcloud::RawItems raw = hcloud::splitListPage(body, kind.jsonKey);
    if (raw.lastPage < -1 || raw.nextPage < -1 || raw.totalEntries < -1)
        __builtin_trap();
    if (!raw.error.isEmpty()) {
        if (!raw.items.isEmpty() || !raw.ids.isEmpty())
            __builtin_trap(); // a page with an error keeps nothing
    } else if (raw.items.size() != raw.ids.size()) {
        __builtin_trap();
    }

    const auto page = hcloud::rowPageReader(kind, names())(body);
    const auto *rows = dynamic_cast<const hcloud::RowPage *>(page.get());
    if (!rows || rows->lastPage != raw.lastPage || rows->nextPage != raw.nextPage
        || rows->totalEntries != raw.totalEntries)
        __builtin_trap();
    if (!raw.error.isEmpty() && rows->error.isEmpty())
        __builtin_trap(); // the row reader must not accept what the splitter refused
    if (!rows->error.isEmpty()) {
        if (!rows->rows.isEmpty() || rows->itemCount != 0)
            __builtin_trap();
        return;
    }
    if (rows->itemCount != raw.items.size() || rows->rows.size() != raw.items.size())
        __builtin_trap();
    for (qsizetype i = 0; i < rows->rows.size(); ++i) {
        const hcloud::ResourceRow &row = rows->rows.at(i);
        if (!row || row->json != raw.items.at(i) || row->cells.size() != kind.columns.size()
            || row->sortKeys.size() != kind.columns.size())
            __builtin_trap();
        // A numeric id is the row's key: it must survive the trip whole.
        const QJsonValue id = QJsonDocument::fromJson("[" + raw.ids.at(i) + "]").array().at(0);
        if (id.isDouble() && row->id != id.toInteger())
            __builtin_trap();
        if (row->object().isEmpty())
            __builtin_trap(); // the kept bytes read back as the object
        for (int c = 0; c < kind.columns.size(); ++c)
            (void)row->sortKey(c);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    check(hcloud::serverKind(), body);
    check(hcloud::loadBalancerKind(), body);
    return 0;
}
