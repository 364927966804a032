#ifndef BUYERDESK_SERVER_H
#define BUYERDESK_SERVER_H

/* `buyerdesk serve`: opens the FastCGI socket, pre-forks the workers,
 * restarts any that die, and stops them all on SIGTERM/SIGINT. It also
 * runs jobs_main (the jobs runner: mail, reminders...) in a process of its
 * own beside the workers, restarted likewise, so the demo needs nothing
 * else. jobs_main gets the pid of the runner it replaces (0 at start):
 * that process is gone for sure, so its leases need not wait for their
 * expiry. app.cfg and app.key must be loaded. Returns the exit status. */
int server_run(int (*jobs_main)(long previous_pid));

#endif
