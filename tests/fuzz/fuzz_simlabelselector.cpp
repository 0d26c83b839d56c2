// The simulator's label selector parser (core/sim/labelselector).
#include "core/sim/labelselector.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto selector = hcloud::sim::LabelSelector::parse(text, &error);
    // Exactly one of a selector and a message.
    if (selector.has_value() == !error.isEmpty())
        __builtin_trap();
    if (selector) {
        const QJsonObject labels{{QStringLiteral("env"), QStringLiteral("prod")},
                                 {QStringLiteral("team"), QStringLiteral("web")},
                                 {QStringLiteral("example.com/tier"), QStringLiteral("1")}};
        (void)selector->matches(labels);
        (void)selector->matches(QJsonObject());
    }
    (void)hcloud::sim::LabelSelector::isValidKey(text);
    (void)hcloud::sim::LabelSelector::isValidValue(text);
    return 0;
}
