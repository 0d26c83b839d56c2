#pragma once

#include <QStackedWidget>

class QLabel;

namespace hcloud {

class AttentionView;
class ResourceTable;
class WelcomePage;

// Right of the sidebar: the lists (the banner and the table over the
// details tabs), the welcome page while there is no project, or the
// attention view.
class MainArea : public QStackedWidget
{
    Q_OBJECT
public:
    MainArea(QLabel *banner, ResourceTable *table, QWidget *tabs, WelcomePage *welcome, AttentionView *attention,
             QWidget *parent);

    // The welcome page without projects, else the attention view or the lists.
    void showPage(bool noProject, bool attention);
    bool isShowingWelcome() const { return currentWidget() == m_welcome; }
    bool isShowingAttention() const { return currentWidget() == m_attention; }

private:
    QWidget *m_lists;
    QWidget *m_welcome;
    QWidget *m_attention;
};

} // namespace hcloud
