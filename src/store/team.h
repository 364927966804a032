#ifndef BUYERDESK_TEAM_H
#define BUYERDESK_TEAM_H
#endif
