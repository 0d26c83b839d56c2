#pragma once

// A simulated project opened in a ProjectSession, for the tests of the
// client against the simulator: the simulator on loopback, the token in a
// memory vault. Header-only; tests link hcloud_core and hcloud_sim.

#include "projects/memorytokenvault.h"
#include "projects/projectsession.h"
#include "simserver.h"

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
        hcloud::Project project;
        project.id = QStringLiteral("p");
        project.name = QStringLiteral("Simulated");
        project.endpoint = simulator.endpoint();
        project.hetznerEndpoint = simulator.hetznerEndpoint();
        project.tokens.append({QStringLiteral("t"), QString(), token.left(32), hcloud::TokenPermission::Unknown, {}, {}, false});
        bool stored = false;
        vault.store(QStringLiteral("t"), token, [&](const hcloud::TokenVault::Result &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
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
