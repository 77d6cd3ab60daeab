// SPDX-License-Identifier: Apache-2.0
#pragma once

// Every modal question the console asks goes through a Prompter, so tests
// answer confirmations and drive dialogs without real modal loops.

#include <QCoreApplication>
#include <QString>

class QDialog;
class QWidget;

namespace gui {

class Prompter
{
    Q_DECLARE_TR_FUNCTIONS(Prompter)

public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    // An action the operator asked for failed.
    virtual void actionFailed(QWidget *parent, const QString &title, const QString &text);
    // Shows a dialog modally; QDialog::Accepted or Rejected.
    virtual int run(QDialog &dialog);
    // Where to save a file; empty when the operator cancels.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
};

} // namespace gui
