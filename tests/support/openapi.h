#pragma once

// The API's OpenAPI descriptions for the tests that check against them. They
// live beside the checkout (../shared/reference) or where the environment
// says; a test without them is skipped, one with a broken file fails.

#include <QJsonObject>
#include <QString>
#include <QTest>

namespace testing {

enum class OpenApiFile {
    Cloud,   // the official Cloud API, 3.1 ($HCLOUD_OPENAPI_SPEC)
    Hetzner, // the 3.0 file with the Hetzner API's Storage Boxes ($HCLOUD_OPENAPI_SPEC_30)
};

struct OpenApiLoad
{
    QJsonObject spec;
    bool found = false; // the file could be opened
    QString problem;    // why spec is empty: where it looked, or what is wrong with the file
};

QString openApiPath(OpenApiFile file);
OpenApiLoad loadOpenApi(OpenApiFile file);

} // namespace testing

// In a test function: the description into `target`, or the test skipped
// (file not there) or failed (file not a description with paths).
#define HCLOUD_LOAD_OPENAPI(target, file)                                                                    \
    do {                                                                                                     \
        const testing::OpenApiLoad load_ = testing::loadOpenApi(file);                                       \
        if (!load_.found)                                                                                    \
            QSKIP(qPrintable(load_.problem));                                                                \
        QVERIFY2(load_.problem.isEmpty(), qPrintable(load_.problem));                                        \
        target = load_.spec;                                                                                 \
    } while (false)
