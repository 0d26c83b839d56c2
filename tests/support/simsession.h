#pragma once

// A simulated project opened in a ProjectSession, for the tests of the
// client against the simulator: the simulator on loopback, the token in a
// memory vault. Tests link hcloud_test_support.

#include "tests/support/projectfactory.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/sim/simserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

struct SimSession
{
    SimSession(const QString &token, int servers, int actionMs = 1500)
        : token(token), simulator(hcloud::sim::SimOptions{{{token, servers, 1}}, 0, actionMs})
    {
    }

    // Listens, stores the token and opens the session; refresh() lists the
    // servers first when `refresh` is set. Check QTest::currentTestFailed().
    void start(bool refresh = true)
    {
        QVERIFY(simulator.listen(0));
        hcloud::Project project = testing::projectWithToken(QStringLiteral("p"), QStringLiteral("Simulated"),
                                                            simulator.endpoint(), QStringLiteral("t"), token);
        project.hetznerEndpoint = simulator.hetznerEndpoint();
        QVERIFY(testing::storeToken(vault, QStringLiteral("t"), token));
        session = std::make_unique<hcloud::ProjectSession>(project, &vault);
        if (!refresh)
            return;
        QSignalSpy refreshed(session.get(), &hcloud::ProjectSession::refreshed);
        session->refresh();
        QVERIFY(refreshed.wait(10000));
    }

    QString token;
    hcloud::sim::SimServer simulator;
    hcloud::MemoryTokenVault vault;
    std::unique_ptr<hcloud::ProjectSession> session;
};
