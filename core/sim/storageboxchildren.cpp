#include "core/sim/storageboxroutes.h"
#include "core/sim/storageboxfolders.h"

#include "core/sim/kindroutes.h"
#include "core/sim/listquery.h"
#include "core/sim/requestbody.h"
#include "core/sim/simkinds.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"
#include "core/sim/storageboxes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hcloud::sim {

namespace {

// One kind of a box's children: subaccounts or snapshots.
struct Child
{
    QString collection;  // kSubaccounts
    QString segment;     // "subaccounts"
    QString singular;    // "subaccount", the key of one in answers
    QString type;        // in action resources: "storage_box_subaccount"
};

const Child kSubaccount{kSubaccounts, QStringLiteral("subaccounts"), QStringLiteral("subaccount"), kSubaccountType};
const Child kSnapshot{kBoxSnapshots, QStringLiteral("snapshots"), QStringLiteral("snapshot"), QStringLiteral("storage_box_snapshot")};

SimKind listKind(const Child &child)
{
    SimKind kind;
    kind.name = child.segment;
    kind.singular = child.singular;
    kind.hasLabels = true;
    kind.paginatedList = false;
    kind.sortFields = {QStringLiteral("id"), QStringLiteral("created")};
    if (child.collection == kBoxSnapshots) {
        kind.sortFields.append(QStringLiteral("name"));
        kind.filters = [](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
            if (!query.contains(QStringLiteral("is_automatic")))
                return std::nullopt;
            const QString text = query.value(QStringLiteral("is_automatic"));
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                return SimReply::invalidInput(QStringLiteral("is_automatic"), QStringLiteral("Not a valid boolean."));
            const bool wanted = text == QLatin1String("true");
            filters->append([wanted](const QJsonObject &row) { return row.value(QLatin1String("is_automatic")).toBool() == wanted; });
            return std::nullopt;
        };
    } else {
        kind.filters = [](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
            if (query.contains(QStringLiteral("username"))) {
                const QString wanted = query.value(QStringLiteral("username"));
                filters->append([wanted](const QJsonObject &row) { return row.value(QLatin1String("username")).toString() == wanted; });
            }
            return std::nullopt;
        };
    }
    return kind;
}

// These lists are not paged: {"subaccounts": [...]} with no meta.
SimReply listChildren(const Child &child, RouteContext &c, qint64 box)
{
    static const SimKind subaccounts = listKind(kSubaccount);
    static const SimKind snapshots = listKind(kSnapshot);
    const SimKind &kind = child.collection == kSubaccounts ? subaccounts : snapshots;
    SimReply error;
    const auto query = ListQuery::parse(kind, c.request.query, &error);
    if (!query)
        return error;
    Collection mine;
    for (const QJsonObject &row : boxChildren(c.project, child.collection, box))
        mine.insert(row.value(QLatin1String("id")).toInteger(), row);
    QJsonArray rows;
    for (const QJsonObject *row : query->select(mine))
        rows.append(*row);
    return SimReply::json(QJsonObject{{child.segment, rows}});
}

using ChildHandler = std::function<SimReply(RouteContext &, qint64 box, qint64 id, const QJsonObject &body)>;

// storage_boxes/{id}/<children>/{id}<suffix>: both exist (404), the box is
// free for writes (423), and the body is JSON.
void addChildRoute(SimRouter &router, const Child &child, const QByteArray &method, const QString &suffix, ChildHandler handler)
{
    addBoxRoute(router, method, QLatin1Char('/') + child.segment + QStringLiteral("/{id}") + suffix, [child, handler](RouteContext &c, qint64 box) {
        const qint64 id = c.ids.at(1);
        const Collection &rows = std::as_const(c.project).collection(child.collection);
        const auto it = rows.constFind(id);
        if (it == rows.cend() || it->value(QLatin1String("storage_box")).toInteger() != box)
            return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(child.singular).arg(id));
        return withBody(c.request, [&](const QJsonObject &body) { return handler(c, box, id, body); });
    }, method != "GET");
}

// A box route that reads its body first.
BoxHandler withBoxBody(std::function<SimReply(RouteContext &, qint64 box, const QJsonObject &body)> handler)
{
    return [handler](RouteContext &c, qint64 box) { return withBody(c.request, [&](const QJsonObject &body) { return handler(c, box, body); }); };
}

// 201 with the new child as {id, storage_box} and the action making it.
SimReply childCreated(const Child &child, qint64 box, qint64 id, const QJsonObject &action)
{
    return created(child.singular, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("storage_box"), box}}, action);
}

QJsonArray resourcesOf(const Child &child, qint64 id)
{
    return QJsonArray{actionResource(child.type, id)};
}

void checkHomeDirectory(const QJsonValue &value, Problems *problems)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9 ./_-]+$"));
    const QString text = value.toString();
    if (!value.isString() || text.isEmpty())
        problems->append({QStringLiteral("home_directory"), QStringLiteral("Missing data for required field.")});
    else if (text.size() > 999 || !pattern.match(text).hasMatch() || text.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        problems->append({QStringLiteral("home_directory"), QStringLiteral("must be a path inside the box of letters, digits, spaces, . / _ -")});
}

void checkText(const QJsonObject &body, const char *key, int low, int high, Problems *problems)
{
    const QJsonValue v = body.value(QLatin1String(key));
    if (v.isUndefined())
        return;
    if (!v.isString() || v.toString().size() < low || v.toString().size() > high)
        problems->append({QString::fromLatin1(key), QStringLiteral("must be text of %1 to %2 characters").arg(low).arg(high)});
}

int typeLimit(const SimProject &project, qint64 box, const char *key)
{
    return project.collection(kStorageBoxes).value(box).value(QLatin1String("storage_box_type"))[QLatin1String(key)].toInt();
}

SimReply createSubaccount(RouteContext &c, qint64 box, const QJsonObject &body)
{
    Problems problems;
    checkHomeDirectory(body.value(QLatin1String("home_directory")), &problems);
    boxcheck::password(body.value(QLatin1String("password")), QStringLiteral("password"), &problems);
    boxcheck::accessSettings(body.value(QLatin1String("access_settings")), QStringLiteral("access_settings"), boxcheck::subaccountAccessKeys(),
                             &problems);
    checkText(body, "name", 1, 50, &problems);
    checkText(body, "description", 0, 1000, &problems);
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (boxChildren(c.project, kSubaccounts, box).size() >= typeLimit(c.project, box, "subaccounts_limit"))
        return SimReply::error(422, QStringLiteral("subaccounts_limit_exceeded"), QStringLiteral("the box has as many subaccounts as its type allows"));

    const QJsonObject owner = c.project.collection(kStorageBoxes).value(box);
    // Usernames count up per box and are never reused.
    int n = 1;
    QStringList taken;
    for (const QJsonObject &s : boxChildren(c.project, kSubaccounts, box))
        taken.append(s.value(QLatin1String("username")).toString());
    const QString base = owner.value(QLatin1String("username")).toString();
    while (taken.contains(QStringLiteral("%1-sub%2").arg(base).arg(n)))
        ++n;
    const QString username = QStringLiteral("%1-sub%2").arg(base).arg(n);
    QJsonObject access{{QStringLiteral("ssh_enabled"), false}, {QStringLiteral("samba_enabled"), false}, {QStringLiteral("webdav_enabled"), false},
                       {QStringLiteral("readonly"), false}, {QStringLiteral("reachable_externally"), false}};
    const QJsonObject wanted = body.value(QLatin1String("access_settings")).toObject();
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        access.insert(it.key(), it.value());
    const qint64 id = addNew(c.project, kSubaccounts, body.value(QLatin1String("name")).toString(username), body,
                             {{QStringLiteral("storage_box"), box},
                              {QStringLiteral("description"), body.value(QLatin1String("description")).toString()},
                              {QStringLiteral("username"), username},
                              {QStringLiteral("server"), username + QStringLiteral(".your-storagebox.de")},
                              {QStringLiteral("home_directory"), body.value(QLatin1String("home_directory")).toString()},
                              {QStringLiteral("access_settings"), access}})
                          .value(QLatin1String("id"))
                          .toInteger();
    // The API makes the home directory when it is not there yet.
    const QString home = body.value(QLatin1String("home_directory")).toString();
    const QJsonObject action = startBoxAction(c.project, box, QStringLiteral("create_subaccount"),
                                              [box, home](SimProject &p) { addBoxFolder(p, box, home); }, resourcesOf(kSubaccount, id));
    return childCreated(kSubaccount, box, id, action);
}

SimReply createSnapshot(RouteContext &c, qint64 box, const QJsonObject &body)
{
    Problems problems;
    checkText(body, "description", 0, 1000, &problems);
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    int manual = 0;
    for (const QJsonObject &s : boxChildren(c.project, kBoxSnapshots, box))
        manual += s.value(QLatin1String("is_automatic")).toBool() ? 0 : 1;
    if (manual >= typeLimit(c.project, box, "snapshot_limit"))
        return SimReply::error(422, QStringLiteral("snapshot_limit_exceeded"), QStringLiteral("the box has as many snapshots as its type allows"));
    const QJsonObject snapshot = makeBoxSnapshot(c.project, box, body.value(QLatin1String("description")).toString(),
                                                 body.value(QLatin1String("labels")).toObject(), false, c.project.actions().nowMs() / 1000);
    const qint64 id = snapshot.value(QLatin1String("id")).toInteger();
    c.project.collection(kBoxSnapshots).insert(id, snapshot);
    boxUsageChanged(c.project, box);
    const QJsonObject action = startBoxAction(c.project, box, QStringLiteral("create_snapshot"), {}, resourcesOf(kSnapshot, id));
    return childCreated(kSnapshot, box, id, action);
}

// PUT on a child: only the keys listed may change.
ChildHandler replace(const Child &child, const QStringList &keys)
{
    return [child, keys](RouteContext &c, qint64, qint64 id, const QJsonObject &body) {
        Problems problems;
        refuseOtherFields(body, keys, QStringLiteral("cannot be changed here"), &problems);
        checkText(body, "name", 1, 50, &problems);
        checkText(body, "description", 0, 1000, &problems);
        checkLabels(body.value(QLatin1String("labels")), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        QJsonObject &row = c.project.collection(child.collection)[id];
        for (auto it = body.begin(); it != body.end(); ++it)
            row.insert(it.key(), it.value());
        return SimReply::json(QJsonObject{{child.singular, row}});
    };
}

void addChildKind(SimRouter &router, const Child &child)
{
    addBoxRoute(router, "GET", QLatin1Char('/') + child.segment, [child](RouteContext &c, qint64 box) { return listChildren(child, c, box); });
    addChildRoute(router, child, "GET", QString(), [child](RouteContext &c, qint64, qint64 id, const QJsonObject &) {
        return SimReply::json(QJsonObject{{child.singular, c.project.collection(child.collection).value(id)}});
    });
    addChildRoute(router, child, "DELETE", QString(), [child](RouteContext &c, qint64 box, qint64 id, const QJsonObject &) {
        const QString command = QStringLiteral("delete_") + child.singular;
        const QJsonObject action = startBoxAction(c.project, box, command, {}, resourcesOf(child, id));
        c.project.collection(child.collection).remove(id);
        boxUsageChanged(c.project, box);
        return started(action);
    });
}

void addSubaccountActions(SimRouter &router)
{
    const auto subaction = [&router](const char *command, ChildHandler handler) {
        addChildRoute(router, kSubaccount, "POST", QStringLiteral("/actions/") + QLatin1String(command), handler);
    };
    subaction("change_home_directory", [](RouteContext &c, qint64 box, qint64 id, const QJsonObject &body) {
        Problems problems;
        checkHomeDirectory(body.value(QLatin1String("home_directory")), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        const QString home = body.value(QLatin1String("home_directory")).toString();
        return started(startBoxAction(c.project, box, QStringLiteral("change_home_directory"), [id, box, home](SimProject &p) {
            p.collection(kSubaccounts)[id].insert(QStringLiteral("home_directory"), home);
            addBoxFolder(p, box, home);
        }, resourcesOf(kSubaccount, id)));
    });
    subaction("reset_subaccount_password", [](RouteContext &c, qint64 box, qint64 id, const QJsonObject &body) {
        Problems problems;
        boxcheck::password(body.value(QLatin1String("password")), QStringLiteral("password"), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return started(startBoxAction(c.project, box, QStringLiteral("reset_subaccount_password"), {}, resourcesOf(kSubaccount, id)));
    });
    subaction("update_access_settings", [](RouteContext &c, qint64 box, qint64 id, const QJsonObject &body) {
        Problems problems;
        boxcheck::accessSettings(body, QString(), boxcheck::subaccountAccessKeys(), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return started(startBoxAction(c.project, box, QStringLiteral("update_access_settings"), [id, body](SimProject &p) {
            QJsonObject &row = p.collection(kSubaccounts)[id];
            QJsonObject access = row.value(QLatin1String("access_settings")).toObject();
            for (auto it = body.begin(); it != body.end(); ++it)
                access.insert(it.key(), it.value());
            row.insert(QStringLiteral("access_settings"), access);
        }, resourcesOf(kSubaccount, id)));
    });
}

}  // namespace

void addStorageBoxChildRoutes(SimRouter &router)
{
    addBoxRoute(router, "POST", QStringLiteral("/subaccounts"), withBoxBody(createSubaccount), true);
    addBoxRoute(router, "POST", QStringLiteral("/snapshots"), withBoxBody(createSnapshot), true);
    addChildKind(router, kSubaccount);
    addChildKind(router, kSnapshot);
    addChildRoute(router, kSubaccount, "PUT", QString(),
                  replace(kSubaccount, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("labels")}));
    addChildRoute(router, kSnapshot, "PUT", QString(), replace(kSnapshot, {QStringLiteral("description"), QStringLiteral("labels")}));
    addSubaccountActions(router);
    addStorageBoxFolderRoutes(router);
}

}  // namespace hcloud::sim
