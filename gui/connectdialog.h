#pragma once

// Chooses what the console shows. Today: a local database file (typed,
// browsed or picked from the recent connections). The backend combo and the
// stacked pages leave room for the remote Trio2o API (URL, Keystone, CA file,
// noauth) as another page; passwords will never be stored in plain text.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace gui {

struct ConnectionSpec {
    enum class Kind { LocalDatabase };
    Kind kind = Kind::LocalDatabase;
    QString databasePath;
};

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(const QStringList &recentDatabases, const QString &currentPath, QWidget *parent = nullptr);

    ConnectionSpec connection() const;
    bool recentCleared() const { return m_recentCleared; }
    QLineEdit *pathEdit() const { return m_path; }
    QListWidget *recentList() const { return m_recent; }

private:
    QWidget *buildLocalPage();
    void browse();
    void updateButtons();

    QComboBox *m_backend;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QListWidget *m_recent;
    QDialogButtonBox *m_buttons;
    bool m_recentCleared = false;
};

} // namespace gui
