#ifndef BUYERDESK_SERVER_H
#define BUYERDESK_SERVER_H

/* `buyerdesk serve`: opens the FastCGI socket, pre-forks the workers,
 * restarts any that die, and stops them all on SIGTERM/SIGINT.
 * With the mailer switched on (app.cfg.mailer) it also runs mailer_main
 * in a process of its own beside the workers, restarted likewise, so the
 * demo needs nothing else. app.cfg and app.key must be loaded. Returns
 * the exit status. */
int server_run(int (*mailer_main)(void));

#endif
