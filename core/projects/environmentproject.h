#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace hcloud {

class ProjectStore;
class RoutingTokenVault;

// HCLOUD_TOKEN (and HCLOUD_ENDPOINT) in the environment at start give a
// temporary project "Environment", as the hcloud CLI would use them. It is
// never written to the project file and its token stays in memory.
class EnvironmentProject
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::EnvironmentProject)

public:
    struct Outcome
    {
        QString projectId; // "" when there was no usable token
        QString tokenId;
        QString problem;   // for the user; never holds the token
    };

    static Outcome install(const QProcessEnvironment &env, ProjectStore *store, RoutingTokenVault *vault);
};

} // namespace hcloud
