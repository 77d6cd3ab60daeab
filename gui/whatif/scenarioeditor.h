// SPDX-License-Identifier: Apache-2.0
#pragma once

// The scenario editor: the base, the primary policy and the policies to
// compare, and the ordered event list (add, remove, move up and down) with a
// form per event type in a QStackedWidget. It edits the scenario as the JSON
// the file format uses, so a file opened, edited and saved stays a file.

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace model {
class ScenarioEventListModel;
}

namespace gui {

class ScenarioEventForm;

class ScenarioEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget *parent = nullptr);

    static QJsonObject emptyScenario();
    void setScenario(const QJsonObject &scenario, const QString &directory);
    QJsonObject scenario() const;
    QString baseDirectory() const { return m_directory; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Editing, as the buttons do it (tests call these).
    int addEvent(const QString &type); // after the current row; returns the new row
    void removeCurrentEvent();
    void moveCurrentEvent(int delta);
    void setCurrentEvent(int row);
    int currentEvent() const;
    ScenarioEventForm *currentForm() const;
    void setPrimaryPolicy(const QString &policyKey);
    // The console's scheduler settings: the policy of a scenario that names none.
    void setDefaultPolicy(const QJsonObject &config);
    QJsonObject primaryPolicy() const;
    void setCompared(const QString &policyKey, bool compared);

    // What the scenario format refuses in the current event, naming the field; empty when nothing.
    QString eventProblem() const;

    model::ScenarioEventListModel *events() const { return m_events; }
    QListView *eventView() const { return m_list; }

signals:
    void modifiedChanged(bool modified);

private:
    QWidget *buildSettings();
    QWidget *buildEvents();
    void showEvent(int row);
    void formEdited();
    void showProblem();
    void markModified() { setModified(true); }
    void clearCompared();
    void addCompared(const QString &label, const QJsonObject &config, bool checked);
    static QString policyLabel(const QJsonObject &config);
    int fixedPolicyItems() const;

    QJsonObject m_defaultPolicy; // empty: none set, "weighted" stands in
    bool m_usesDefaultPolicy = true; // the scenario names no policy of its own

    QString m_directory;
    bool m_modified = false;
    bool m_loading = false;
    QJsonObject m_extra; // top-level keys the editor does not show
    QLineEdit *m_description;
    QComboBox *m_base;
    QComboBox *m_policy;
    QSpinBox *m_samples;
    QHBoxLayout *m_compareRow;
    std::vector<std::pair<QCheckBox *, QJsonObject>> m_compared;
    model::ScenarioEventListModel *m_events;
    QListView *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QStackedWidget *m_forms;
    QLabel *m_problem = nullptr;
    std::vector<ScenarioEventForm *> m_formByType;
};

} // namespace gui
