import { screen, within } from "@testing-library/react";

/*
 * Fluent's focus manager (Tabster) keeps a dialog aria-hidden until focus has moved into it, and under
 * jsdom on a loaded machine that can take longer than any test waits. The tests check that the
 * dialog opens and what it offers, not that timing, so they look past aria-hidden here.
 */

/** The open alert dialog. */
export const findAlertDialog = (): Promise<HTMLElement> => screen.findByRole("alertdialog", { hidden: true });

/** The open alert dialog, or null once it has closed. */
export const queryAlertDialog = (): HTMLElement | null => screen.queryByRole("alertdialog", { hidden: true });

/** A button of the dialog, by its name. */
export const dialogButton = (dialog: HTMLElement, name: string): HTMLElement => within(dialog).getByRole("button", { name, hidden: true });

/** All buttons of the dialog, in order. */
export const dialogButtons = (dialog: HTMLElement): HTMLElement[] => within(dialog).getAllByRole("button", { hidden: true });
