#ifndef BUYERDESK_SERVER_H
#define BUYERDESK_SERVER_H

/* `buyerdesk serve`: opens the FastCGI socket, pre-forks the workers,
 * restarts any that die, and stops them all on SIGTERM/SIGINT.
 * app.cfg and app.key must be loaded. Returns the exit status. */
int server_run(void);

#endif
