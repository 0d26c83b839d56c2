#pragma once

#include <QTreeView>

namespace hcloud {

class SidebarModel;

// The tree at the left: projects, their resource kinds, All projects.
// Projects open expanded, also those added later.
class SidebarTree : public QTreeView
{
    Q_OBJECT
public:
    SidebarTree(SidebarModel *model, QWidget *parent);
};

} // namespace hcloud
