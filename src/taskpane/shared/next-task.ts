/** The next turn of the page's event loop: the progress painted and a click on 取消 taken between two steps of long work. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
