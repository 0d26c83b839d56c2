// Every resource kind against the API's own description: the examples of the
// OpenAPI file (and objects built from its schemas) fill every column and
// every details field; sort values have the right types; the generic model
// stays consistent for several kinds while rows come, change and go.
#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"
#include "core/resources/resourcestatus.h"
#include "tests/support/openapi.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QLocale>
#include <QTest>

using namespace hcloud;

namespace {

const QString kDash = QStringLiteral("\u2014");

// Builds an object from an OpenAPI schema: its examples where given, else the
// first enum value or a plain value of the right type.
class ExampleBuilder
{
public:
    explicit ExampleBuilder(const QJsonObject &schemas) : m_schemas(schemas) {}

    QJsonValue build(QJsonObject schema, int depth = 0) const
    {
        schema = resolve(schema);
        if (schema.contains(QLatin1String("example")))
            return schema.value(QLatin1String("example"));
        if (depth > 12)
            return QJsonValue::Null;
        const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
        if (!allOf.isEmpty()) {
            QJsonObject merged;
            for (const QJsonValue &part : allOf) {
                const QJsonValue value = build(part.toObject(), depth + 1);
                if (!value.isObject())
                    return value; // e.g. an enum wrapped for its description
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    merged.insert(it.key(), it.value());
            }
            return merged;
        }
        // One of several shapes (a zone is primary or secondary): the first.
        for (const char *choice : {"oneOf", "anyOf"}) {
            const QJsonArray options = schema.value(QLatin1String(choice)).toArray();
            if (!options.isEmpty())
                return build(options.first().toObject(), depth + 1);
        }
        const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
        if (!values.isEmpty())
            return values.first();
        // 3.1 writes a nullable type as a list ([X, "null"]): build an X.
        QString type = schema.value(QLatin1String("type")).toString();
        for (const QJsonValue &t : schema.value(QLatin1String("type")).toArray()) {
            if (t.toString() != QLatin1String("null")) {
                type = t.toString();
                break;
            }
        }
        if (type == QLatin1String("array"))
            return QJsonArray{build(schema.value(QLatin1String("items")).toObject(), depth + 1)};
        if (type == QLatin1String("object") || schema.contains(QLatin1String("properties"))) {
            QJsonObject object;
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                object.insert(it.key(), build(it.value().toObject(), depth + 1));
            return object;
        }
        if (type == QLatin1String("string"))
            return schema.value(QLatin1String("format")).toString() == QLatin1String("date-time")
                ? QStringLiteral("2030-01-02T03:04:05Z")
                : QStringLiteral("sample");
        if (type == QLatin1String("integer"))
            return 7;
        if (type == QLatin1String("number"))
            return 7.5;
        if (type == QLatin1String("boolean"))
            return true;
        return QJsonValue::Null;
    }

    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QLatin1String("$ref"))) {
            const QString ref = schema.value(QLatin1String("$ref")).toString();
            schema = m_schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
        }
        return schema;
    }

private:
    QJsonObject m_schemas;
};

// A value a user can read: text that is not empty or a dash, a valid date, a number.
QString emptinessOf(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("invalid");
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().isValid() ? QString() : QStringLiteral("invalid date");
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.isEmpty())
            return QStringLiteral("empty text");
        if (text == kDash)
            return QStringLiteral("a dash");
        return {};
    }
    bool ok = false;
    value.toDouble(&ok);
    return ok ? QString() : QStringLiteral("type %1").arg(QString::fromLatin1(value.typeName()));
}

QJsonObject withId(QJsonObject object, qint64 id, const QString &name)
{
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("name"), name);
    return object;
}

} // namespace

class TestResourceKinds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registry();
    void examplesFillEveryColumnAndDetail_data();
    void examplesFillEveryColumnAndDetail();
    void sortValueTypes_data();
    void sortValueTypes();
    void modelsStayConsistent();
    void ipSortKeyOrdersNumerically();
    void certificateStates();
    void loadBalancerHealth();
    void storageBoxSizes();

private:
    QVector<QJsonObject> examples(const ResourceKind &kind) const;

    QJsonObject m_spec;
    QJsonObject m_hetznerSpec; // the 3.0 file, with the Hetzner API's Storage Boxes
};

void TestResourceKinds::initTestCase()
{
    HCLOUD_LOAD_OPENAPI(m_spec, testing::OpenApiFile::Cloud);
    HCLOUD_LOAD_OPENAPI(m_hetznerSpec, testing::OpenApiFile::Hetzner);
}

// The list answer's example objects, then one built from the schema.
QVector<QJsonObject> TestResourceKinds::examples(const ResourceKind &kind) const
{
    const QJsonObject &spec = kind.api == ResourceKind::Api::Hetzner ? m_hetznerSpec : m_spec;
    const QJsonObject content = spec.value(QLatin1String("paths")).toObject().value(kind.path).toObject()
                                    .value(QLatin1String("get")).toObject()
                                    .value(QLatin1String("responses")).toObject()
                                    .value(QLatin1String("200")).toObject()
                                    .value(QLatin1String("content")).toObject()
                                    .value(QLatin1String("application/json")).toObject();
    QVector<QJsonObject> out;
    const QJsonObject listed = content.value(QLatin1String("examples")).toObject();
    for (const QJsonValue &example : listed) {
        const QJsonArray objects = example.toObject().value(QLatin1String("value")).toObject()
                                       .value(kind.jsonKey).toArray();
        for (const QJsonValue &object : objects)
            out.append(object.toObject());
    }
    const ExampleBuilder builder(spec.value(QLatin1String("components")).toObject()
                                     .value(QLatin1String("schemas")).toObject());
    const QJsonObject list = builder.resolve(content.value(QLatin1String("schema")).toObject());
    const QJsonObject items = list.value(QLatin1String("properties")).toObject().value(kind.jsonKey).toObject()
                                  .value(QLatin1String("items")).toObject();
    QJsonObject built = builder.build(items).toObject();
    built.insert(QStringLiteral("id"), 990001); // distinct from the listed examples
    out.append(built);
    return out;
}

void TestResourceKinds::registry()
{
    const QVector<const ResourceKind *> &kinds = resourceKinds();
    const QStringList expected{QStringLiteral("servers"), QStringLiteral("volumes"),
                               QStringLiteral("load_balancers"), QStringLiteral("primary_ips"),
                               QStringLiteral("floating_ips"), QStringLiteral("networks"),
                               QStringLiteral("firewalls"), QStringLiteral("ssh_keys"),
                               QStringLiteral("certificates"), QStringLiteral("images"),
                               QStringLiteral("placement_groups"), QStringLiteral("isos"), QStringLiteral("zones"),
                               QStringLiteral("storage_boxes")};
    QStringList ids;
    for (const ResourceKind *kind : kinds)
        ids.append(kind->id);
    QCOMPARE(ids, expected);
    QCOMPARE(kinds.first(), &serverKind());

    for (const ResourceKind *kind : kinds) {
        QCOMPARE(resourceKindById(kind->id), kind);
        QCOMPARE(kind->path, QLatin1Char('/') + kind->id);
        QCOMPARE(kind->jsonKey, kind->id);
        QVERIFY(!kind->title.isEmpty());
        QVERIFY2(!kind->columns.isEmpty(), qPrintable(kind->id));
        QVERIFY2(!kind->details.isEmpty(), qPrintable(kind->id));
        QSet<QString> keys;
        for (const ResourceColumn &column : kind->columns) {
            QVERIFY2(!column.title.isEmpty() && column.display, qPrintable(kind->id + QLatin1Char('.') + column.key));
            QVERIFY2(!keys.contains(column.key), qPrintable(kind->id + QLatin1Char('.') + column.key));
            keys.insert(column.key);
        }
        keys.clear();
        for (const DetailField &field : kind->details) {
            QVERIFY2(!field.title.isEmpty() && field.value, qPrintable(kind->id + QLatin1Char('.') + field.key));
            QVERIFY2(!keys.contains(field.key), qPrintable(kind->id + QLatin1Char('.') + field.key));
            keys.insert(field.key);
        }
        // A status icon needs a machine status to draw.
        for (const ResourceColumn &column : kind->columns)
            QVERIFY2(!column.isStatus || kind->status, qPrintable(kind->id));
    }
    QCOMPARE(resourceKindById(QStringLiteral("nonsense")), nullptr);
}

void TestResourceKinds::examplesFillEveryColumnAndDetail_data()
{
    QTest::addColumn<QString>("kindId");
    for (const ResourceKind *kind : resourceKinds())
        QTest::newRow(qPrintable(kind->id)) << kind->id;
}

void TestResourceKinds::examplesFillEveryColumnAndDetail()
{
    QFETCH(QString, kindId);
    const ResourceKind &kind = *resourceKindById(kindId);
    const QVector<QJsonObject> objects = examples(kind);
    QVERIFY(objects.size() >= 1);

    ResourceListModel model(kind);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources(objects);
    QCOMPARE(model.rowCount(), int(objects.size()));
    QCOMPARE(model.columnCount(), int(kind.columns.size()));

    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString where = QStringLiteral("%1 row %2 column %3").arg(kindId).arg(row)
                                      .arg(kind.columns.at(column).key);
            const QModelIndex index = model.index(row, column);
            const QString problem = emptinessOf(index.data());
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
            QVERIFY2(index.data(SortRole).isValid(), qPrintable(where));
            QVERIFY2(!index.data(Qt::ToolTipRole).toString().isEmpty()
                         || index.data(Qt::ToolTipRole).typeId() == QMetaType::QDateTime,
                     qPrintable(where));
            if (kind.columns.at(column).isStatus)
                QVERIFY2(!index.data(StatusRole).toString().isEmpty(), qPrintable(where));
        }
        const QJsonObject json = model.index(row, 0).data(JsonRole).toJsonObject();
        for (const DetailField &field : kind.details) {
            const QString problem = emptinessOf(field.value(json, NameIndex::none()));
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 row %2 detail %3: %4").arg(kindId).arg(row).arg(field.key, problem)));
        }
    }
}

void TestResourceKinds::sortValueTypes_data()
{
    QTest::addColumn<QString>("kindId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("type");
    const int number = QMetaType::Double;
    const int count = QMetaType::Int;
    const int date = QMetaType::QDateTime;
    const struct
    {
        const char *kind;
        const char *key;
        int type;
    } rows[] = {
        {"volumes", "size", number},           {"volumes", "server", number},
        {"volumes", "created", date},          {"images", "image_size", number},
        {"images", "disk_size", number},       {"images", "created", date},
        {"certificates", "not_valid_after", date}, {"certificates", "used_by", count},
        {"certificates", "status", count},     {"placement_groups", "servers", count},
        {"networks", "servers", count},        {"networks", "subnets", count},
        {"firewalls", "rules_in", count},      {"firewalls", "applied_to", count},
        {"load_balancers", "outgoing_traffic", number}, {"load_balancers", "targets", count},
        {"load_balancers", "health", count},   {"floating_ips", "server", number},
        {"primary_ips", "assignee", number},   {"isos", "deprecation", date},
        {"ssh_keys", "created", date},         {"servers", "created", date},
        {"storage_boxes", "usage", number},    {"storage_boxes", "created", date},
    };
    for (const auto &row : rows) {
        QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(row.kind), QLatin1String(row.key))))
            << QString::fromLatin1(row.kind) << QString::fromLatin1(row.key) << row.type;
    }
}

void TestResourceKinds::sortValueTypes()
{
    QFETCH(QString, kindId);
    QFETCH(QString, key);
    QFETCH(int, type);
    const ResourceKind &kind = *resourceKindById(kindId);
    const int column = kind.columnIndex(key);
    QVERIFY2(column >= 0, qPrintable(key));
    ResourceListModel model(kind);
    model.setResources(examples(kind));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, column).data(SortRole).typeId(), type);
}

// Three kinds at once, each with a tester alive through inserts, changes and removals.
void TestResourceKinds::modelsStayConsistent()
{
    struct Case
    {
        const ResourceKind *kind;
        QString field;  // a field to change
        QJsonValue changed;
        QString column; // the column that shows it
        QString expected;
    };
    const QVector<Case> cases{
        {&volumeKind(), QStringLiteral("status"), QStringLiteral("creating"), QStringLiteral("status"),
         volumeStatusText(QStringLiteral("creating"))},
        {&certificateKind(), QStringLiteral("type"), QStringLiteral("managed"), QStringLiteral("type"),
         QCoreApplication::translate("hcloud::CertificateKind", "Managed")},
        {&imageKind(), QStringLiteral("description"), QStringLiteral("nightly snapshot"),
         QStringLiteral("description"), QStringLiteral("nightly snapshot")},
    };
    for (const Case &c : cases) {
        const QJsonObject base = examples(*c.kind).first();
        ResourceListModel model(*c.kind);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<QJsonObject> list;
        for (int id = 1; id <= 6; ++id)
            list.append(withId(base, id, QStringLiteral("r%1").arg(id)));
        model.setResources(list);
        QCOMPARE(model.rowCount(), 6);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Drop 2 and 5, change 4, add 7.
        QVector<QJsonObject> next{list.at(0), list.at(2), list.at(3), list.at(5),
                                  withId(base, 7, QStringLiteral("r7"))};
        next[2].insert(c.field, c.changed);
        model.setResources(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOfKey(4);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, c.kind->columnIndex(c.column)).data().toString(), c.expected);
        QCOMPARE(model.rowOfKey(2), -1);
        QVERIFY(model.rowOfKey(7) >= 0);

        model.setResources({});
        QCOMPARE(model.rowCount(), 0);
    }
}

void TestResourceKinds::ipSortKeyOrdersNumerically()
{
    const QStringList ordered{QStringLiteral("9.9.9.9"), QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10"),
                              QStringLiteral("10.0.1.0/24"), QStringLiteral("203.0.113.1"),
                              QStringLiteral("2001:db8::/64"), QStringLiteral("2001:db8::1"),
                              QStringLiteral("2a01:4f8::1")};
    for (int i = 1; i < ordered.size(); ++i) {
        QVERIFY2(json::ipSortKey(ordered.at(i - 1)) < json::ipSortKey(ordered.at(i)),
                 qPrintable(ordered.at(i - 1) + QStringLiteral(" < ") + ordered.at(i)));
    }
}

void TestResourceKinds::certificateStates()
{
    const QString past = QStringLiteral("2001-01-01T00:00:00Z");
    const QString future = QDateTime::currentDateTimeUtc().addYears(1).toString(Qt::ISODate);
    const auto cert = [](const QString &type, const QJsonValue &status, const QString &from, const QString &until) {
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("not_valid_before"), from},
                           {QStringLiteral("not_valid_after"), until}};
    };
    QCOMPARE(certificateState(cert(QStringLiteral("uploaded"), QJsonValue::Null, past, future)),
             QStringLiteral("valid"));
    QCOMPARE(certificateState(cert(QStringLiteral("uploaded"), QJsonValue::Null, past, past)),
             QStringLiteral("expired"));
    QCOMPARE(certificateState(cert(QStringLiteral("uploaded"), QJsonValue::Null, future, future)),
             QStringLiteral("not_yet_valid"));
    const QJsonObject pending{{QStringLiteral("issuance"), QStringLiteral("pending")},
                              {QStringLiteral("renewal"), QStringLiteral("unavailable")}};
    QCOMPARE(certificateState(cert(QStringLiteral("managed"), pending, QString(), QString())),
             QStringLiteral("pending"));
    const QJsonObject renewalFailed{{QStringLiteral("issuance"), QStringLiteral("completed")},
                                    {QStringLiteral("renewal"), QStringLiteral("failed")}};
    QCOMPARE(certificateState(cert(QStringLiteral("managed"), renewalFailed, past, future)),
             QStringLiteral("renewal_failed"));
    QCOMPARE(certificateStateText(QStringLiteral("expired")), QStringLiteral("Expired"));
    QVERIFY(certificateStateOrder(QStringLiteral("valid")) < certificateStateOrder(QStringLiteral("expired")));
}

void TestResourceKinds::loadBalancerHealth()
{
    const auto check = [](const QString &status) {
        return QJsonObject{{QStringLiteral("listen_port"), 443}, {QStringLiteral("status"), status}};
    };
    const auto target = [](const QJsonArray &checks) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                           {QStringLiteral("health_status"), checks}};
    };
    QCOMPARE(hcloud::loadBalancerHealth(QJsonObject{}), QStringLiteral("no_targets"));
    QJsonObject lb{{QStringLiteral("targets"),
                    QJsonArray{target({check(QStringLiteral("healthy"))}), target({check(QStringLiteral("healthy"))})}}};
    QCOMPARE(hcloud::loadBalancerHealth(lb), QStringLiteral("healthy"));
    // A label selector's own targets count too.
    QJsonObject selector{{QStringLiteral("type"), QStringLiteral("label_selector")},
                         {QStringLiteral("targets"), QJsonArray{target({check(QStringLiteral("unhealthy"))})}}};
    lb.insert(QStringLiteral("targets"),
              QJsonArray{target({check(QStringLiteral("healthy"))}), selector});
    QCOMPARE(hcloud::loadBalancerHealth(lb), QStringLiteral("unhealthy"));
    lb.insert(QStringLiteral("targets"), QJsonArray{target({check(QStringLiteral("unknown"))})});
    QCOMPARE(hcloud::loadBalancerHealth(lb), QStringLiteral("unknown"));
}

// Sizes as Hetzner states them: a BX21 of 5 * 2^40 bytes is "5 TB", not 5.5.
void TestResourceKinds::storageBoxSizes()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const qint64 tb = qint64(1) << 40;
    const QJsonObject box{{QStringLiteral("storage_box_type"),
                           QJsonObject{{QStringLiteral("description"), QStringLiteral("BX21")},
                                       {QStringLiteral("size"), 5 * tb}}},
                          {QStringLiteral("stats"), QJsonObject{{QStringLiteral("size"), tb + tb / 2},
                                                                {QStringLiteral("size_data"), tb},
                                                                {QStringLiteral("size_snapshots"), tb / 2}}}};
    const ResourceKind &kind = *resourceKindById(QStringLiteral("storage_boxes"));
    const auto detail = [&](const QString &key) {
        for (const DetailField &field : kind.details) {
            if (field.key == key)
                return field.value(box, NameIndex::none()).toString();
        }
        return QString();
    };
    QCOMPARE(kind.columns.at(kind.columnIndex(QStringLiteral("usage"))).display(box, NameIndex::none()).toString(),
             QStringLiteral("1.5 TB of 5.0 TB (30 %)"));
    QCOMPARE(detail(QStringLiteral("type")), QStringLiteral("BX21 (5 TB)"));
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(TestResourceKinds)
#include "tst_resourcekinds.moc"
