// Every action's path, method and body keys checked against the OpenAPI description,
// so a typo in core/resources/kindactions.cpp fails here without a simulator.
// Storage Boxes are the Hetzner API's: their paths are in the 3.0 file.
#include "core/resources/kindactions.h"
#include "core/resources/resourcekind.h"
#include "tests/support/openapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace hcloud;

namespace {
// The action of that kind with that id (an empty one if there is none).
ResourceAction actionOf(const QString &kind, const QString &id)
{
    for (const ResourceAction &a : kindActions(kind)) {
        if (a.id == id)
            return a;
    }
    return ResourceAction{};
}
} // namespace

class TstKindActionsOpenApi : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_api;       // the spec of the kind being checked
    QJsonObject m_cloud;     // official 3.1 Cloud API
    QJsonObject m_hetzner;   // the 3.0 file, with the Hetzner API's paths

    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QStringLiteral("$ref"))) {
            const QStringList parts = schema.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/'));
            QJsonObject node = m_api;
            for (const QString &p : parts)
                node = node.value(p).toObject();
            schema = node;
        }
        return schema;
    }

    // The schema of a property at a dotted path, or an empty object when it is missing.
    bool hasKey(const QJsonObject &schema, const QStringList &path) const
    {
        const QJsonObject s = resolve(schema);
        if (path.isEmpty())
            return true;
        for (const char *combo : {"allOf", "oneOf", "anyOf"}) {
            for (const QJsonValue &part : s.value(QLatin1String(combo)).toArray())
                if (hasKey(part.toObject(), path))
                    return true;
        }
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        if (!props.contains(path.first()))
            return false;
        return hasKey(props.value(path.first()).toObject(), path.mid(1));
    }

private slots:
    void initTestCase()
    {
        HCLOUD_LOAD_OPENAPI(m_cloud, testing::OpenApiFile::Cloud);
        HCLOUD_LOAD_OPENAPI(m_hetzner, testing::OpenApiFile::Hetzner);
        QVERIFY(m_hetzner.value(QStringLiteral("paths")).toObject().contains(QStringLiteral("/storage_boxes")));
    }

    void everyKindButIsosHasActions()
    {
        for (const ResourceKind *kind : resourceKinds()) {
            const bool expected = kind->id != QLatin1String("isos");
            QCOMPARE(!kindActions(kind->id).isEmpty(), expected);
        }
        QVERIFY(kindActions(QStringLiteral("nonsense")).isEmpty());
    }

    void pathsAndBodiesExist()
    {
        int checked = 0;
        for (const ResourceKind *kind : resourceKinds()) {
            m_api = kind->api == ResourceKind::Api::Hetzner ? m_hetzner : m_cloud;
            const QJsonObject paths = m_api.value(QStringLiteral("paths")).toObject();
            for (const ResourceAction &a : kindActions(kind->id)) {
                const QString where = kind->id + QLatin1Char(' ') + a.id;
                QVERIFY2(!a.title.isEmpty(), qPrintable(where));
                // A path may name another object ({server}) chosen in the form.
                QString pathTemplate = a.pathTemplate;
                QString named = a.pathTemplate; // a Storage Box's snapshot is {snapshot_id} in the spec
                for (const ActionField &f : a.fields) {
                    if (!f.inPath)
                        continue;
                    pathTemplate.replace(QLatin1Char('{') + f.key + QLatin1Char('}'), QStringLiteral("{id}"));
                    named.replace(QLatin1Char('{') + f.key + QLatin1Char('}'), QLatin1Char('{') + f.key + QStringLiteral("_id}"));
                }
                if (paths.contains(named))
                    pathTemplate = named;
                if (!a.generatedPassword.isEmpty()) {
                    const QJsonObject op = paths.value(pathTemplate).toObject().value(a.method.toLower()).toObject();
                    const QJsonObject body = op.value(QStringLiteral("requestBody"))[QStringLiteral("content")][QStringLiteral("application/json")]
                                                 [QStringLiteral("schema")].toObject();
                    QVERIFY2(hasKey(body, {a.generatedPassword}), qPrintable(where + QLatin1String(": ") + a.generatedPassword));
                }
                const bool namesAnother = std::any_of(a.fields.begin(), a.fields.end(), [](const ActionField &f) { return f.inPath; });
                QVERIFY2(a.forObject == (a.pathTemplate.contains(QLatin1String("{id}")) || namesAnother), qPrintable(where));
                // Zones go by id or name; the spec writes {id_or_name} there.
                if (!paths.contains(pathTemplate))
                    pathTemplate.replace(QStringLiteral("{id}"), QStringLiteral("{id_or_name}"));
                QVERIFY2(paths.contains(pathTemplate), qPrintable(where + QLatin1String(": ") + pathTemplate));
                const QJsonObject op = paths.value(pathTemplate).toObject().value(a.method.toLower()).toObject();
                QVERIFY2(!op.isEmpty(), qPrintable(where + QLatin1String(": no ") + a.method));
                const QJsonObject schema = op.value(QStringLiteral("requestBody")).toObject()
                                               .value(QStringLiteral("content")).toObject()
                                               .value(QStringLiteral("application/json")).toObject()
                                               .value(QStringLiteral("schema")).toObject();
                // A server's own delete dialog asks for its name (tst_serverwindow).
                if (a.method == QLatin1String("DELETE"))
                    QVERIFY2(!a.confirmation.isEmpty() || a.dialog == QLatin1String("delete"), qPrintable(where));
                if (!a.objectIdAs.isEmpty())
                    QVERIFY2(hasKey(schema, {a.objectIdAs}), qPrintable(where + QLatin1String(": ") + a.objectIdAs));
                for (const ActionField &f : a.fields) {
                    if (f.inPath)
                        continue;
                    if (f.type == ActionField::Element) {
                        for (const QString &key : f.elementKeys)
                            QVERIFY2(hasKey(schema, {key}), qPrintable(where + QLatin1String(": ") + key));
                        ++checked;
                        continue;
                    }
                    // Firewall targets are sent as a one-element list under "apply_to" / "remove_from".
                    QStringList keyPath = f.key.split(QLatin1Char('.'));
                    QJsonObject s = schema;
                    // The 3.0 rendering names the box's and the subaccount's update_access_settings
                    // requests alike, and keeps only the subaccount's (its description says so);
                    // the box's keys are those of its access_settings.
                    if (kind->id == QLatin1String("storage_boxes") && a.id == QLatin1String("update_access_settings"))
                        s = QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/storage_box_access_setting")}};
                    if (!f.oneEntryOf.isEmpty()) {
                        QCOMPARE(keyPath.first(), f.oneEntryOf);
                        const QJsonObject body = resolve(schema);
                        s = resolve(body.value(QStringLiteral("properties")).toObject()
                                        .value(keyPath.first()).toObject())
                                .value(QStringLiteral("items")).toObject();
                        keyPath.removeFirst();
                    }
                    QVERIFY2(hasKey(s, keyPath), qPrintable(where + QLatin1String(": ") + f.key));
                    // Gone from the API on 2026-07-01, in requests too.
                    QVERIFY2(!keyPath.contains(QStringLiteral("datacenter")), qPrintable(where));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 50);
    }

    void whyNotExplains()
    {
        const QJsonObject detached{{QStringLiteral("id"), 7}, {QStringLiteral("server"), QJsonValue()},
                                   {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), true}}}};
        QVERIFY(!actionOf(QStringLiteral("volumes"), QStringLiteral("detach")).reasonNotApplicable(detached).isEmpty());
        QVERIFY(actionOf(QStringLiteral("volumes"), QStringLiteral("attach")).reasonNotApplicable(detached).isEmpty());
        QCOMPARE(actionOf(QStringLiteral("volumes"), QStringLiteral("delete")).reasonNotApplicable(detached),
                 QStringLiteral("Delete protection is on"));
        QCOMPARE(actionOf(QStringLiteral("volumes"), QStringLiteral("resize")).path(detached),
                 QStringLiteral("/volumes/7/actions/resize"));
        QVERIFY(!actionOf(QStringLiteral("volumes"), QStringLiteral("resize")).reasonNotApplicable({}).isEmpty());
        QVERIFY(actionOf(QStringLiteral("volumes"), QStringLiteral("create")).reasonNotApplicable({}).isEmpty());
        // Picking an entry needs one to pick.
        const QJsonObject network{{QStringLiteral("id"), 3}, {QStringLiteral("routes"), QJsonArray()},
                                  {QStringLiteral("subnets"), QJsonArray{QJsonObject{{QStringLiteral("ip_range"), QStringLiteral("10.0.1.0/24")}}}}};
        QCOMPARE(actionOf(QStringLiteral("networks"), QStringLiteral("delete_route")).reasonNotApplicable(network),
                 QStringLiteral("The network has no routes"));
        QVERIFY(actionOf(QStringLiteral("networks"), QStringLiteral("delete_subnet")).reasonNotApplicable(network).isEmpty());
    }

    // The server's actions say why they do not apply, in the server menu's words.
    void serverActionsExplain()
    {
        const auto find = [](const QString &id) { return actionOf(QStringLiteral("servers"), id); };
        const QJsonObject running{{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("web-1")},
                                  {QStringLiteral("status"), QStringLiteral("running")},
                                  {QStringLiteral("backup_window"), QStringLiteral("22-02")},
                                  {QStringLiteral("iso"), QJsonValue()}, {QStringLiteral("rescue_enabled"), false},
                                  {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), true}, {QStringLiteral("rebuild"), false}}}};
        QCOMPARE(find(QStringLiteral("poweron")).reasonNotApplicable(running), QStringLiteral("The server is not off."));
        QVERIFY(find(QStringLiteral("reboot")).reasonNotApplicable(running).isEmpty());
        QCOMPARE(find(QStringLiteral("enable_backup")).reasonNotApplicable(running), QStringLiteral("Backups are already on."));
        QCOMPARE(find(QStringLiteral("detach_iso")).reasonNotApplicable(running), QStringLiteral("No ISO is attached."));
        QCOMPARE(find(QStringLiteral("delete")).reasonNotApplicable(running), QStringLiteral("Delete protection is on. Turn it off first."));
        QVERIFY(find(QStringLiteral("rebuild")).reasonNotApplicable(running).isEmpty());
        QCOMPARE(find(QStringLiteral("poweroff")).path(running), QStringLiteral("/servers/5/actions/poweroff"));
        QCOMPARE(find(QStringLiteral("poweroff")).describe(running), QStringLiteral("Power off “web-1”"));
        QVERIFY(find(QStringLiteral("poweroff")).confirmationFor(running).startsWith(QStringLiteral("Cut the power of “web-1”?")));
        QVERIFY(find(QStringLiteral("poweron")).confirmation.isEmpty()); // runs at once
        // A toggle sends both protections, the chosen one flipped.
        const ResourceAction protection = find(QStringLiteral("rebuild_protection"));
        QVERIFY(!protection.isChecked(running));
        QCOMPARE(protection.immediateBody(running),
                 (QJsonObject{{QStringLiteral("delete"), true}, {QStringLiteral("rebuild"), true}}));
        QVERIFY(find(QStringLiteral("delete_protection")).isChecked(running));
        QCOMPARE(find(QStringLiteral("enable_rescue")).immediateBody(running), (QJsonObject{{QStringLiteral("type"), QStringLiteral("linux64")}}));
        QCOMPARE(find(QStringLiteral("enable_rescue")).shownPassword, QStringLiteral("root_password"));
    }

    // Field types shape the body: one firewall target sent as a list, domain names as lines.
    void bodiesFollowFieldTypes()
    {
        const ResourceAction apply = actionOf(QStringLiteral("firewalls"), QStringLiteral("apply_to_resources"));
        QCOMPARE(apply.fields.size(), 3);
        const QJsonObject body = apply.body({{QStringLiteral("id"), 4}},
                                            {QJsonValue(QStringLiteral("label_selector")), QJsonValue(), QJsonValue(QStringLiteral("env=prod"))});
        const QJsonArray expected{QJsonObject{{QStringLiteral("type"), QStringLiteral("label_selector")},
                                              {QStringLiteral("label_selector"), QJsonObject{{QStringLiteral("selector"), QStringLiteral("env=prod")}}}}};
        QCOMPARE(body, (QJsonObject{{QStringLiteral("apply_to"), expected}}));
        const ResourceAction managed = actionOf(QStringLiteral("certificates"), QStringLiteral("create_managed"));
        QCOMPARE(managed.fields.at(2).type, ActionField::Lines);
    }

    // A zone's primary nameservers: lines that core turns into the spec's
    // objects, sent for a secondary zone only.
    void primaryNameserversFollowTheSpec()
    {
        m_api = m_cloud;
        const QJsonObject paths = m_cloud.value(QStringLiteral("paths")).toObject();
        const auto itemKeys = [&](const QString &path) {
            const QJsonObject schema = resolve(paths.value(path)[QStringLiteral("post")][QStringLiteral("requestBody")][QStringLiteral("content")]
                                                   [QStringLiteral("application/json")][QStringLiteral("schema")].toObject());
            const QJsonObject items = resolve(schema.value(QStringLiteral("properties"))[QStringLiteral("primary_nameservers")]
                                                  [QStringLiteral("items")].toObject());
            return items.value(QStringLiteral("properties")).toObject().keys();
        };
        const QJsonArray lines{QStringLiteral("203.0.113.7 hmac-sha256 c2VjcmV0"), QStringLiteral("2001:db8::53 5353")};
        const ResourceAction create = actionOf(QStringLiteral("zones"), QStringLiteral("create"));
        QCOMPARE(create.fields.size(), 5); // name, mode, primary nameservers, ttl, labels
        const QVector<QJsonValue> secondary{QStringLiteral("example.eu"), QStringLiteral("secondary"), lines, QJsonValue(), QJsonValue()};
        QVERIFY(create.problem(secondary).isEmpty());
        const QJsonArray sent = create.body({}, secondary).value(QStringLiteral("primary_nameservers")).toArray();
        QCOMPARE(sent.size(), 2);
        const ResourceAction change = actionOf(QStringLiteral("zones"), QStringLiteral("change_primary_nameservers"));
        const QJsonArray changed = change.body({{QStringLiteral("id"), 3}}, {lines}).value(QStringLiteral("primary_nameservers")).toArray();
        QCOMPARE(changed, sent);
        for (const QString &path : {QStringLiteral("/zones"), QStringLiteral("/zones/{id_or_name}/actions/change_primary_nameservers")}) {
            const QStringList allowed = itemKeys(path);
            QVERIFY2(allowed.contains(QStringLiteral("tsig_key")), qPrintable(path));
            for (const QJsonValue &ns : sent) {
                for (const QString &key : ns.toObject().keys())
                    QVERIFY2(allowed.contains(key), qPrintable(path + QLatin1String(": ") + key));
            }
        }
        QCOMPARE(sent[0][QStringLiteral("tsig_algorithm")].toString(), QStringLiteral("hmac-sha256"));

        // A primary zone sends none, and does not need them.
        const QVector<QJsonValue> primary{QStringLiteral("example.eu"), QStringLiteral("primary"), QJsonValue(), QJsonValue(), QJsonValue()};
        QVERIFY(create.problem(primary).isEmpty());
        QVERIFY(!create.body({}, primary).contains(QStringLiteral("primary_nameservers")));
        // A secondary one needs them, readable.
        QVector<QJsonValue> none = secondary;
        none[2] = QJsonValue();
        QVERIFY(create.problem(none).contains(QStringLiteral("Primary nameservers")));
        QVector<QJsonValue> broken = secondary;
        broken[2] = QJsonArray{QStringLiteral("ns1.example.net")};
        QVERIFY(create.problem(broken).startsWith(QStringLiteral("Line 1")));
        QVERIFY(!change.reasonNotApplicable({{QStringLiteral("id"), 3}, {QStringLiteral("mode"), QStringLiteral("primary")}}).isEmpty());
        QVERIFY(change.reasonNotApplicable({{QStringLiteral("id"), 3}, {QStringLiteral("mode"), QStringLiteral("secondary")}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstKindActionsOpenApi)
#include "tst_kindactions_openapi.moc"
